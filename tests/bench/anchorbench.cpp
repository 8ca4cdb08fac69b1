// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-anchor-bench: re-anchoring quality and speed on a generated article that
// is edited the way re-imported pages are (words inserted, deleted and replaced in
// and around highlights, passages removed, look-alike sentences left behind),
// scored against a ground truth kept while editing.
#include "benchrow.h"

#include "anchor/reanchorer.h"
#include "model/textanchor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace Lectern;

namespace {
QTextStream out(stdout);
QJsonObject figures;

void report(const QString &name, double value, const QString &unit, const QString &note = {})
{
    out << QStringLiteral("%1  %2 %3  %4").arg(name, -40).arg(value, 10, 'f', 2).arg(unit, -3).arg(note) << Qt::endl;
    figures.insert(name, value);
}

using Range = std::pair<int, int>;

struct Article
{
    QString text;
    QList<int> wordStarts; // ascending
    QList<int> sentenceStarts;
    QList<Range> twinsNear; // sentences followed by a look-alike (one to three words changed)
    QList<Range> twinsFar; // sentences with a look-alike 20-60 sentences later
    QList<Range> twinned; // all of those and their look-alikes
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : random(seed)
    {
        // Common real words, then a long tail made of syllables: sentences differ, yet share
        // the short grams ("the ", "ing") that real prose repeats.
        vocabulary
            = QStringLiteral("the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her "
                             "she there been one all we their has would when if so no will more about can said up out them into than other some could time "
                             "these two may first then do any like my now over such our after also did many before must through back years where much your "
                             "way well down should because each just those people how too little state good very make world still own see work long get here "
                             "harbour council ferry channel pier storm lantern museum island report market bridge river garden engine quay tide crew budget")
                  .split(QLatin1Char(' '));
        const QStringList syllables
            = QStringLiteral("ka ro mi ten sal por vi den lu mar is an ber cho ta nel fo rin gu sta pe lo dra wen").split(QLatin1Char(' '));
        while (vocabulary.size() < 1500) {
            QString w;
            for (int i = 2 + int(random.bounded(3)); i > 0; --i) {
                w += syllables.at(random.bounded(int(syllables.size())));
            }
            vocabulary << w;
        }
    }

    QString word()
    {
        const double u = random.generateDouble(); // skewed to the front, like real word frequencies
        return vocabulary.at(int(u * u * u * double(vocabulary.size())));
    }

    QString sentence()
    {
        QString s;
        const int words = 6 + int(random.bounded(18));
        for (int i = 0; i < words; ++i) {
            QString w = word();
            if (i == 0) {
                w[0] = w.at(0).toUpper();
            }
            s += w + (i + 1 == words ? QStringLiteral(".") : random.bounded(8) == 0 ? QStringLiteral(", ") : QStringLiteral(" "));
        }
        return s;
    }

    QString lookAlike(const QString &original)
    {
        QStringList words = original.split(QLatin1Char(' '));
        for (int i = 1 + int(random.bounded(3)); i > 0 && words.size() > 1; --i) {
            QString &w = words[1 + int(random.bounded(int(words.size()) - 1))];
            const QString tail = w.back().isLetter() ? QString() : QString(w.back());
            QString replacement;
            do {
                replacement = word() + tail;
            } while (replacement == w);
            w = replacement;
        }
        return words.join(QLatin1Char(' '));
    }

    Article article(int size)
    {
        Article article;
        struct Pending
        {
            int index; // the sentence number where the look-alike goes
            QString text;
            Range original;
        };
        QList<Pending> pending;
        for (int index = 0; article.text.size() < size; ++index) {
            const int start = int(article.text.size());
            article.sentenceStarts << start;
            const auto due = std::find_if(pending.begin(), pending.end(), [&](const Pending &p) {
                return p.index == index;
            });
            if (due != pending.end()) {
                article.text += due->text;
                article.twinsFar.append(due->original);
                article.twinned << due->original << Range{start, int(article.text.size())};
            } else {
                const QString s = sentence();
                article.text += s;
                if (random.bounded(40) == 0) {
                    article.twinsNear.append({start, int(article.text.size())});
                    article.text += QLatin1Char(' ') + lookAlike(s);
                    article.twinned << Range{start, int(article.text.size())};
                } else if (random.bounded(40) == 0) {
                    pending.append({index + 20 + int(random.bounded(40)), lookAlike(s), {start, int(article.text.size())}});
                }
            }
            article.text += random.bounded(5) == 0 ? QStringLiteral("\n") : QStringLiteral(" "); // blocks are joined by newlines
        }
        article.text.chop(1);
        for (int i = 0; i < article.text.size(); ++i) {
            if (article.text.at(i).isLetter() && (i == 0 || !article.text.at(i - 1).isLetter())) {
                article.wordStarts << i;
            }
        }
        return article;
    }

    QRandomGenerator random;
    QStringList vocabulary;
};

int wordEnd(const QString &text, int start)
{
    while (start < text.size() && text.at(start).isLetter()) {
        ++start;
    }
    return start;
}

struct Truth
{
    enum Kind { Unchanged, SmallEdits, ContextRewritten, HeavyEdits, EdgeEdited, Destroyed, LookAlikeNear, LookAlikeFar, KindCount };
    Kind kind = Unchanged;
    int start = 0; // where the quote is in the new text
    int end = 0;
};

const QStringList kindNames = {QStringLiteral("unchanged"), QStringLiteral("small edits inside (<= 20%)"), QStringLiteral("a context side rewritten"),
    QStringLiteral("heavy edits inside (> 20%)"), QStringLiteral("an edge edited"), QStringLiteral("destroyed"), QStringLiteral("destroyed, look-alike next"),
    QStringLiteral("destroyed, look-alike far")};

/// Edits of the old text that never touch each other, so that each one's effect on positions is its own.
class Editor
{
public:
    struct Edit
    {
        int from;
        int to;
        QString replacement;
    };

    Editor(const Article &article, Generator &generator)
        : m_article(article)
        , m_generator(generator)
    {
    }

    bool add(const Edit &edit, int limitFrom = 0, int limitTo = std::numeric_limits<int>::max())
    {
        const bool clashes = std::any_of(m_edits.begin(), m_edits.end(), [&](const Edit &other) {
            return edit.from <= other.to && other.from <= edit.to;
        });
        if (edit.from < limitFrom || edit.to > limitTo || clashes) {
            return false;
        }
        m_edits.append(edit);
        return true;
    }

    // Inserts a word before, deletes or replaces one of the words starting in [from, to), all within the limits.
    void editWordIn(int from, int to, int limitFrom, int limitTo)
    {
        const auto first = std::lower_bound(m_article.wordStarts.begin(), m_article.wordStarts.end(), from);
        const auto last = std::lower_bound(m_article.wordStarts.begin(), m_article.wordStarts.end(), to);
        if (first >= last) {
            return;
        }
        const int start = *(first + m_generator.random.bounded(int(last - first)));
        const int end = wordEnd(m_article.text, start);
        const int next = end < m_article.text.size() && m_article.text.at(end) == QLatin1Char(' ') ? end + 1 : end;
        const int kind = int(m_generator.random.bounded(3));
        add(kind == 0       ? Edit{start, start, m_generator.word() + QLatin1Char(' ')}
                : kind == 1 ? Edit{start, next, QString()}
                            : Edit{start, end, m_generator.word()},
            limitFrom, limitTo);
    }

    QString apply()
    {
        std::sort(m_edits.begin(), m_edits.end(), [](const Edit &a, const Edit &b) {
            return a.from < b.from;
        });
        QString result;
        int at = 0;
        for (const Edit &edit : std::as_const(m_edits)) {
            result += QStringView(m_article.text).mid(at, edit.from - at) + edit.replacement;
            at = edit.to;
        }
        return result + QStringView(m_article.text).mid(at);
    }

    qsizetype size() const { return m_edits.size(); }

    // Where old position x is after apply(); a position inside an edit lands after its replacement.
    int map(int x) const
    {
        int shift = 0;
        for (const Edit &edit : m_edits) {
            if (edit.to <= x) {
                shift += int(edit.replacement.size()) - (edit.to - edit.from);
            } else if (edit.from < x) {
                return edit.from + shift + int(edit.replacement.size());
            } else {
                break;
            }
        }
        return x + shift;
    }

    // Share of old text [from, to) that edits removed or replaced, plus what they inserted there.
    double damage(int from, int to) const
    {
        from = std::max(0, from);
        to = std::min(int(m_article.text.size()), to);
        int touched = 0;
        for (const Edit &edit : m_edits) {
            touched += std::max(0, std::min(edit.to, to) - std::max(edit.from, from));
            touched += edit.from >= from && edit.from <= to ? int(edit.replacement.size()) : 0;
        }
        return to > from ? double(touched) / (to - from) : 0.0;
    }

    Truth truth(int start, int end) const
    {
        bool destroyed = false;
        bool edge = false;
        int changed = 0;
        for (const Edit &edit : m_edits) {
            if (edit.from == edit.to && (edit.from == start || edit.from == end)) {
                edge = true; // an insertion at an edge is inside or outside, as one likes
            } else if (edit.to <= start || edit.from >= end) {
                continue;
            } else if (edit.from > start && edit.to < end) {
                changed += std::max(edit.to - edit.from, int(edit.replacement.size()));
            } else if (edit.from <= start && edit.to >= end) {
                destroyed = true;
            } else {
                edge = true;
            }
        }
        const bool contextLost = damage(start - TextAnchor::contextLength, start) >= 0.5 || damage(end, end + TextAnchor::contextLength) >= 0.5;
        Truth truth{Truth::Unchanged, map(start), map(end)};
        if (destroyed || edge || changed * 5 > end - start) {
            truth.kind = destroyed ? Truth::Destroyed : edge ? Truth::EdgeEdited : Truth::HeavyEdits;
        } else if (contextLost || changed > 0) {
            truth.kind = contextLost ? Truth::ContextRewritten : Truth::SmallEdits;
        }
        return truth;
    }

private:
    const Article &m_article;
    Generator &m_generator;
    QList<Edit> m_edits;
};

void showMiss(const TextAnchor &anchor, const Truth &truth, const AnchorMatch &match, const QString &text)
{
    const auto quoted = [](QStringView s) -> QString {
        return QLatin1Char('"') + s.toString().replace(QLatin1Char('\n'), QStringLiteral("\\n")) + QLatin1Char('"');
    };
    out << QStringLiteral("%1: [%2, %3) -> truth [%4, %5), got [%6, %7) with confidence %8\n  was: %9\n")
               .arg(kindNames.at(truth.kind))
               .arg(anchor.start)
               .arg(anchor.end)
               .arg(truth.start)
               .arg(truth.end)
               .arg(match.start)
               .arg(match.end)
               .arg(match.confidence, 0, 'f', 3)
               .arg(quoted(anchor.prefix) + QStringLiteral(" [") + quoted(anchor.exact) + QStringLiteral("] ") + quoted(anchor.suffix));
    const int before = std::max(0, truth.start - TextAnchor::contextLength);
    out << QStringLiteral("  now: %1 [%2] %3\n  got: %4\n")
               .arg(quoted(QStringView(text).mid(before, truth.start - before)), quoted(QStringView(text).mid(truth.start, truth.end - truth.start)),
                   quoted(QStringView(text).mid(truth.end, TextAnchor::contextLength)),
                   match.start < 0 ? QString() : quoted(QStringView(text).mid(match.start, match.end - match.start)));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Re-anchoring benchmark: quality and speed of finding highlights again in an edited article."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Article length in characters."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption countOption(QStringLiteral("highlights"), QStringLiteral("Number of highlights."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("20260417"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), QStringLiteral("Timing rounds; the fastest counts."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures to this JSON file."), QStringLiteral("file"));
    const QCommandLineOption missesOption(QStringLiteral("show-misses"), QStringLiteral("Print up to n survivors not put back exactly, and wrong places."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({sizeOption, countOption, seedOption, roundsOption, jsonOption, missesOption});
    parser.process(app);
    const int size = std::max(1000, parser.value(sizeOption).toInt());
    const int count = std::max(40, parser.value(countOption).toInt());
    Generator generator(parser.value(seedOption).toUInt());
    const Article article = generator.article(size);
    const QString &oldText = article.text;
    Editor editor(article, generator);

    // Look-alike traps first: a sentence with a twin, the sentence deleted. Other highlights keep out
    // of twinned sentences: inside one, a twin has the same context and, away from its changed words,
    // the same text, so whether it or its edited original is the highlight cannot be told.
    QList<TextAnchor> anchors;
    QList<Truth::Kind> traps;
    for (const bool near : {true, false}) {
        const Truth::Kind kind = near ? Truth::LookAlikeNear : Truth::LookAlikeFar;
        for (const auto &[start, end] : near ? article.twinsNear : article.twinsFar) {
            if (traps.count(kind) < count / 40 && editor.add({start, end + 1, QString()})) {
                anchors << TextAnchor::describe(oldText, start, end);
                traps << kind;
            }
        }
    }
    // The other highlights: sentence-ish ranges of 40-200 characters from a word start to a word end; they may overlap.
    while (anchors.size() < count) {
        const QList<int> &starts = generator.random.bounded(2) == 0 ? article.sentenceStarts : article.wordStarts;
        const int start = starts.at(generator.random.bounded(int(starts.size())));
        int end = wordEnd(oldText, std::min(int(oldText.size()) - 1, start + 40 + int(generator.random.bounded(161))));
        end += end < oldText.size() && oldText.at(end) == QLatin1Char('.') ? 1 : 0;
        const bool clear = std::none_of(article.twinned.begin(), article.twinned.end(), [&](const Range &t) {
            return start < t.second && t.first < end;
        });
        if (end - start >= 40 && end - start <= 220 && clear) {
            anchors << TextAnchor::describe(oldText, start, end);
        }
    }

    // For each highlight, at most one of: removed (deleted, or replaced by another sentence), one or two
    // words edited inside it (never its first or last word), one or two words edited within 40 characters
    // of it. Then edits anywhere, one per 500 characters.
    for (const TextAnchor &anchor : anchors.mid(traps.size())) {
        const int dice = int(generator.random.bounded(100));
        const int edits = 1 + int(generator.random.bounded(2));
        if (dice < 8) {
            editor.add({anchor.start, anchor.end, dice < 4 ? QString() : generator.sentence()});
        } else if (dice < 45) {
            const int first = wordEnd(oldText, anchor.start) + 1;
            const int lastStart = int(oldText.lastIndexOf(QLatin1Char(' '), anchor.end - 1));
            for (int i = 0; i < edits; ++i) {
                editor.editWordIn(first, lastStart, first, lastStart);
            }
        } else if (dice < 75) {
            for (int i = 0; i < edits; ++i) {
                if (generator.random.bounded(2) == 0) {
                    editor.editWordIn(anchor.start - 40, anchor.start, 0, anchor.start);
                } else {
                    editor.editWordIn(anchor.end + 1, anchor.end + 40, anchor.end + 1, int(oldText.size()));
                }
            }
        }
    }
    for (int i = 0; i < size / 500; ++i) {
        const int at = int(generator.random.bounded(int(oldText.size())));
        editor.editWordIn(at, at + 20, 0, int(oldText.size()));
    }
    const QString newText = editor.apply();

    // Quality.
    const Reanchorer reanchorer(newText, int(oldText.size()));
    int misses = parser.value(missesOption).toInt();
    int kinds[Truth::KindCount] = {};
    int right[Truth::KindCount] = {};
    int orphans[Truth::KindCount] = {};
    int wrong[Truth::KindCount] = {};
    int copies[Truth::KindCount] = {};
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const TextAnchor &anchor = anchors.at(i);
        Truth truth = editor.truth(anchor.start, anchor.end);
        truth.kind = i < traps.size() ? traps.at(i) : truth.kind;
        const AnchorMatch match = reanchorer.locate(anchor);
        const bool gone = truth.kind >= Truth::Destroyed;
        const int overlap = std::min(match.end, truth.end) - std::max(match.start, truth.start);
        const bool exact = !gone && match.start == truth.start && match.end == truth.end;
        const bool elsewhere = match.isAnchored() && (gone || overlap * 2 < std::max(truth.end - truth.start, match.end - match.start));
        const bool copy = elsewhere && QStringView(newText).mid(match.start, match.end - match.start) == anchor.exact;
        const bool misplaced = elsewhere && !copy;
        ++kinds[truth.kind];
        orphans[truth.kind] += match.isAnchored() ? 0 : 1;
        right[truth.kind] += match.isAnchored() && exact ? 1 : 0;
        wrong[truth.kind] += misplaced ? 1 : 0;
        copies[truth.kind] += copy ? 1 : 0;
        if ((elsewhere || (truth.kind <= Truth::SmallEdits && !(match.isAnchored() && exact))) && misses-- > 0) {
            showMiss(anchor, truth, match, newText);
        }
    }

    // Speed: the fastest of several rounds, beside a plain QString::indexOf of every quote in the same text.
    double buildSeconds = 1e9;
    double locateSeconds = 1e9;
    double indexOfSeconds = 1e9;
    qint64 sink = 0;
    for (int round = std::max(1, parser.value(roundsOption).toInt()); round > 0; --round) {
        QElapsedTimer timer;
        timer.start();
        const Reanchorer timed(newText, int(oldText.size()));
        buildSeconds = std::min(buildSeconds, timer.nsecsElapsed() / 1e9);
        timer.restart();
        for (const TextAnchor &anchor : std::as_const(anchors)) {
            sink += timed.locate(anchor).start;
        }
        locateSeconds = std::min(locateSeconds, timer.nsecsElapsed() / 1e9);
        timer.restart();
        for (const TextAnchor &anchor : std::as_const(anchors)) {
            sink += newText.indexOf(anchor.exact);
        }
        indexOfSeconds = std::min(indexOfSeconds, timer.nsecsElapsed() / 1e9);
    }

    out << QStringLiteral("Article: %1 -> %2 characters after %3 edits; %4 highlights of 40-200 characters; seed %5\n")
               .arg(oldText.size())
               .arg(newText.size())
               .arg(editor.size())
               .arg(count)
               .arg(parser.value(seedOption))
        << Qt::endl;
    const auto row = [](const QString &name, const QString &a, const QString &b, const QString &c, const QString &d, const QString &e) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6").arg(name, -30).arg(a, 6).arg(b, 12).arg(c, 8).arg(d, 12).arg(e, 15);
    };
    out << row(QStringLiteral("what happened to the quote"), QStringLiteral("count"), QStringLiteral("exact place"), QStringLiteral("orphan"),
        QStringLiteral("wrong place"), QStringLiteral("identical copy"))
        << Qt::endl;
    for (int kind = 0; kind < Truth::KindCount; ++kind) {
        const QString exact = kind >= Truth::Destroyed ? QStringLiteral("-") : QString::number(right[kind]);
        out << row(kindNames.at(kind), QString::number(kinds[kind]), exact, QString::number(orphans[kind]), QString::number(wrong[kind]),
            QString::number(copies[kind]))
            << Qt::endl;
    }
    out << QStringLiteral("\nSurvived = unchanged, or small edits inside: words inserted, deleted or replaced strictly inside the quote (its\n"
                          "first and last words kept) changing at most 20% of its characters; in both, at least half of the %1 characters\n"
                          "on each side of the quote are still there. \"A context side rewritten\": the same, but half or more of one side\n"
                          "replaced; an edited quote with only one side of its context is what a look-alike next to a deleted quote looks\n"
                          "like, so such quotes are orphaned by design (unedited ones are still found). Exact place = anchored, start and\n"
                          "end equal to the quote's new position. Wrong place = anchored (confidence >= %2) on text overlapping less than\n"
                          "half of the quote's new position, or anywhere once the quote is gone; if that text is the quote's exact words\n"
                          "(an unedited copy, while the original was edited or removed), it counts as identical copy instead. Look-alike =\n"
                          "a sentence whose twin (one to three words changed) is next to it or 20-60 sentences away; the sentence is\n"
                          "deleted, the twin stays. Other highlights keep out of twinned sentences, where no text could tell them apart.\n")
               .arg(TextAnchor::contextLength)
               .arg(Reanchorer::threshold)
        << Qt::endl;

    const auto sum = [](const int *values, std::initializer_list<Truth::Kind> which) {
        int total = 0;
        for (const Truth::Kind kind : which) {
            total += values[kind];
        }
        return total;
    };
    const int survived = sum(kinds, {Truth::Unchanged, Truth::SmallEdits});
    const int survivedRight = sum(right, {Truth::Unchanged, Truth::SmallEdits});
    const int withContext = survived + kinds[Truth::ContextRewritten];
    const int withContextRight = survivedRight + right[Truth::ContextRewritten];
    const std::initializer_list<Truth::Kind> goneKinds = {Truth::Destroyed, Truth::LookAlikeNear, Truth::LookAlikeFar};
    int wrongTotal = 0;
    int copyTotal = 0;
    for (int kind = 0; kind < Truth::KindCount; ++kind) {
        wrongTotal += wrong[kind];
        copyTotal += copies[kind];
    }
    report(QStringLiteral("anchor.survived_exact_place_percent"), 100.0 * survivedRight / std::max(1, survived), QStringLiteral("%"),
        QStringLiteral("target >= 99 (%1 of %2)").arg(survivedRight).arg(survived));
    report(QStringLiteral("anchor.with_context_rewritten_percent"), 100.0 * withContextRight / std::max(1, withContext), QStringLiteral("%"),
        QStringLiteral("the same, counting \"a context side rewritten\" (%1 of %2)").arg(withContextRight).arg(withContext));
    report(QStringLiteral("anchor.wrong_place_above_threshold"), wrongTotal, QString(), QStringLiteral("target 0"));
    report(QStringLiteral("anchor.moved_to_identical_copy"), copyTotal, QString(), QStringLiteral("anchored elsewhere on the quote's exact words"));
    report(QStringLiteral("anchor.gone_orphaned_percent"), 100.0 * sum(orphans, goneKinds) / std::max(1, sum(kinds, goneKinds)), QStringLiteral("%"),
        QStringLiteral("destroyed quotes, look-alikes included"));
    report(QStringLiteral("anchor.highlights_per_s"), count / locateSeconds, QStringLiteral("/s"), QStringLiteral("target >= 1000"));
    report(QStringLiteral("anchor.index_build_ms"), buildSeconds * 1000, QStringLiteral("ms"), QStringLiteral("once per text, in the constructor"));
    report(QStringLiteral("anchor.indexof_per_s"), count / indexOfSeconds, QStringLiteral("/s"), QStringLiteral("reference: QString::indexOf of each quote"));
    report(QStringLiteral("anchor.time_ratio_to_indexof"), locateSeconds / indexOfSeconds, QStringLiteral("x"),
        QStringLiteral("locate() time over the reference's"));
    if (sink == 42) {
        out << Qt::endl; // keeps the timed loops from being optimised away
    }
    const QString section = QStringLiteral("Re-anchoring");
    const QString articleSize = QStringLiteral("%1-character article, %2 highlights").arg(oldText.size()).arg(count);
    BenchRow exactRow{section, QStringLiteral("survived quotes put back exactly, %1").arg(articleSize), 100.0 * survivedRight / std::max(1, survived), QStringLiteral("%")};
    exactRow.minFigure = 99;
    exactRow.record();
    BenchRow wrongRow{section, QStringLiteral("placed on wrong text above the threshold"), double(wrongTotal), QStringLiteral("highlights")};
    wrongRow.maxFigure = 0;
    wrongRow.record();
    BenchRow speed{section, QStringLiteral("re-anchoring speed"), count / locateSeconds, QStringLiteral("/s"), count / indexOfSeconds,
                   QStringLiteral("QString::indexOf of each quote")};
    speed.minFigure = 1000;
    speed.record();

    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(figures).toJson()) < 0) {
            qCritical("cannot write %s", qPrintable(parser.value(jsonOption)));
            return 1;
        }
    }
    return 0;
}
