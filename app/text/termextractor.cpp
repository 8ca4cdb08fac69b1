// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "termextractor.h"

#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {
// English function words; other languages keep theirs, which only makes
// their summaries a little noisier (idf still weighs them down).
const char *const stopWords[] = {
    "about", "above", "after", "again", "against", "all", "also", "although", "among", "and", "another", "any", "are", "around", "because", "been",
    "before", "being", "below", "between", "both", "but", "can", "could", "did", "does", "doing", "down", "during", "each", "either", "else", "even",
    "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "into", "its", "itself", "just", "like", "made", "make", "many", "may", "might", "more", "most", "much", "must", "neither", "never",
    "nor", "not", "now", "off", "often", "once", "one", "only", "onto", "other", "others", "our", "ours", "out", "over", "own", "per", "perhaps",
    "quite", "rather", "said", "same", "says", "see", "seem", "seems", "several", "she", "should", "since", "some", "still", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "too", "two",
    "under", "until", "upon", "very", "was", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "new", "get", "got", "way", "well", "use", "used", "using",
    "who", "year", "years", "one", "first", "last", "want", "let", "put", "take", "took",
};

// Views into strings that live as long as the program, so a word is looked
// up without a copy.
const QSet<QStringView> &stopWordSet()
{
    static const QStringList storage = [] {
        QStringList words;
        for (const char *word : stopWords)
            words << QString::fromLatin1(word);
        return words;
    }();
    static const QSet<QStringView> set(storage.cbegin(), storage.cend());
    return set;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isAscii(QStringView word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.unicode() < 0x80;
    });
}
} // namespace

QString TermExtractor::fold(QStringView word)
{
    QString folded;
    foldInto(word, folded);
    return folded;
}

// Reuses folded's buffer: most words are ASCII, lowered here without the
// allocation QString::toLower() makes.
void TermExtractor::foldInto(QStringView word, QString &folded)
{
    if (isAscii(word)) {
        folded.resize(word.size());
        QChar *out = folded.data();
        for (QChar c : word)
            *out++ = c.unicode() >= 'A' && c.unicode() <= 'Z' ? QChar(c.unicode() + ('a' - 'A')) : c;
    } else {
        folded = word.toString().toLower();
    }
    // A light plural fold, not a stemmer: "companies" → "company",
    // "classes" → "class", "weights" → "weight"; "process" and "analysis" stay.
    if (folded.size() <= 4 || !folded.endsWith(QLatin1Char('s')))
        return;
    if (folded.endsWith(QLatin1StringView("ies"))) {
        folded.chop(2);
        folded.back() = QLatin1Char('y');
    } else if (folded.endsWith(QLatin1StringView("sses"))) {
        folded.chop(2);
    } else if (!folded.endsWith(QLatin1StringView("ss")) && !folded.endsWith(QLatin1StringView("is")) && !folded.endsWith(QLatin1StringView("us"))) {
        folded.chop(1);
    }
}

bool TermExtractor::isStopWord(QStringView folded)
{
    return stopWordSet().contains(folded);
}

template<typename KeyFound>
void TermExtractor::forEachKey(QStringView text, KeyFound keyFound)
{
    QString key;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        bool hasLetter = false;
        while (i < size && isWordChar(text[i])) {
            hasLetter = hasLetter || text[i].isLetter();
            ++i;
        }
        const qsizetype length = i - start;
        // Numbers and one- or two-letter words say little about a topic.
        if (length < 3 || length > 40 || !hasLetter)
            continue;
        foldInto(text.mid(start, length), key);
        if (!isStopWord(key))
            keyFound(key, start, length);
    }
}

QList<TermExtractor::Term> TermExtractor::terms(QStringView text)
{
    QList<Term> result;
    forEachKey(text, [&result](const QString &key, qsizetype start, qsizetype length) {
        result.append(Term{key, int(start), int(length)});
    });
    return result;
}

QStringList TermExtractor::keys(QStringView text)
{
    QStringList result;
    forEachKey(text, [&result](const QString &key, qsizetype, qsizetype) {
        result.append(key);
    });
    return result;
}

void TermExtractor::countKeys(QStringView text, int weight, QHash<QString, int> &counts)
{
    forEachKey(text, [&counts, weight](const QString &key, qsizetype, qsizetype) {
        counts[key] += weight;
    });
}

} // namespace Lectern
