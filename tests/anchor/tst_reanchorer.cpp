// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/reanchorer.h"
#include "model/textanchor.h"

#include <QTest>

using namespace Lectern;

namespace {
// Position of the occurrence-th (from 0) copy of needle in text, or -1.
int nthIndexOf(const QString &text, const QString &needle, int occurrence)
{
    qsizetype pos = text.indexOf(needle);
    for (int i = 0; i < occurrence && pos >= 0; ++i) {
        pos = text.indexOf(needle, pos + 1);
    }
    return int(pos);
}

bool splitsPair(const QString &text, int pos)
{
    return pos > 0 && pos < text.size() && text.at(pos - 1).isHighSurrogate() && text.at(pos).isLowSurrogate();
}

const QString pier = QStringLiteral("Harbour crews repaired the northern pier before the autumn storms arrived. ");
const QString council = QStringLiteral("The council later voted to widen the channel so that larger ferries could dock. ");
const QString lights = QStringLiteral("Fishermen said the new lights made night landings far safer than before. ");
const QString museum = QStringLiteral("A small museum by the quay now shows photographs of the old wooden boats.");
const QString harbour = pier + council + lights + museum;
const QString councilQuote = council.trimmed();
const QString canal = QStringLiteral("The council later voted to widen the canal so that larger barges could dock. ");

const QString monday = QStringLiteral("Monday: engine trouble kept everyone waiting at the quay, yet the ferry left on time, much to the relief of the crew. ");
const QString tuesday = QStringLiteral("Tuesday: under clear skies and with a calm sea, the ferry left on time, carrying forty cyclists to the island. ");

const QString chorus = QStringLiteral("We row, we row, the lantern glows upon the water. ");
const QString song = QStringLiteral("Song of the harbour. ") + chorus + chorus + chorus + chorus + QStringLiteral("The end of the song.");

const QString cafe
    = QStringLiteral("Le café près du musée ouvre à sept heures. Élodie y écrit ses critiques de théâtre chaque matin. Le soir, la place est très animée.");
const QString library = QStringLiteral("港の図書館は月曜日に休館します。新しい閲覧室では静かに本を読むことができます。夜には灯台の光が窓から見えます。");
const QString launch = QStringLiteral("Launch day 🚀 went well. The team celebrated 🎉🎉 with cake 🍰 and music. Everyone went home happy 😊.");
} // namespace

class ReanchorerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("expectedStart");
        QTest::addColumn<int>("expectedEnd");
        QTest::addColumn<int>("prefixLength");
        QTest::addColumn<int>("suffixLength");

        const QString digits = QStringLiteral("0123456789").repeated(10);
        QTest::newRow("middle: full contexts") << digits << 40 << 50 << 40 << 50 << 32 << 32;
        QTest::newRow("near the start: short prefix") << digits << 5 << 12 << 5 << 12 << 5 << 32;
        QTest::newRow("near the end: short suffix") << digits << 80 << 90 << 80 << 90 << 32 << 10;
        QTest::newRow("whole text") << digits << 0 << 100 << 0 << 100 << 0 << 0;
        QTest::newRow("negative start clamped") << digits << -5 << 3 << 0 << 3 << 0 << 32;
        QTest::newRow("end past the text clamped") << digits << 95 << 200 << 95 << 100 << 32 << 0;
        QTest::newRow("start after end: empty") << digits << 60 << 20 << 60 << 60 << 32 << 32;
        QTest::newRow("empty text") << QString() << 0 << 5 << 0 << 0 << 0 << 0;

        // "ab😀cd": the emoji is units 2 and 3.
        const QString smile = QStringLiteral("ab😀cd");
        QTest::newRow("start inside a pair widens") << smile << 3 << 5 << 2 << 5 << 2 << 1;
        QTest::newRow("end inside a pair widens") << smile << 1 << 3 << 1 << 4 << 1 << 2;
        // Emoji pairs start at odd offsets, so a 32-unit prefix of "END" would begin on a low surrogate.
        const QString leading = QStringLiteral("x") + QStringLiteral("😀").repeated(20) + QStringLiteral("aEND");
        QTest::newRow("prefix never starts on half a pair") << leading << 42 << 45 << 42 << 45 << 31 << 0;
        // Emoji pairs start at even offsets, so a 32-unit suffix would end after a high surrogate.
        const QString trailing = QStringLiteral("STARTb") + QStringLiteral("😀").repeated(20);
        QTest::newRow("suffix never ends on half a pair") << trailing << 0 << 5 << 0 << 5 << 0 << 31;
    }
    void describe()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, expectedStart);
        QFETCH(int, expectedEnd);
        QFETCH(int, prefixLength);
        QFETCH(int, suffixLength);

        const TextAnchor anchor = TextAnchor::describe(text, start, end);
        QCOMPARE(anchor.start, expectedStart);
        QCOMPARE(anchor.end, expectedEnd);
        QCOMPARE(anchor.exact, text.mid(expectedStart, expectedEnd - expectedStart));
        QCOMPARE(anchor.prefix.size(), prefixLength);
        QCOMPARE(anchor.suffix.size(), suffixLength);
        QCOMPARE(anchor.prefix, text.mid(expectedStart - prefixLength, prefixLength));
        QCOMPARE(anchor.suffix, text.mid(expectedEnd, suffixLength));
        QVERIFY(anchor.prefix.isEmpty() || !anchor.prefix.front().isLowSurrogate());
        QVERIFY(anchor.suffix.isEmpty() || !anchor.suffix.back().isHighSurrogate());
        QVERIFY(anchor.exact.isEmpty() || (!anchor.exact.front().isLowSurrogate() && !anchor.exact.back().isHighSurrogate()));
    }

    void locate_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("newText");
        // Where the highlight must land: the occurrence-th copy of this in newText. Empty for an orphan.
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("expectedOccurrence");
        QTest::addColumn<double>("minConfidence");
        QTest::addColumn<double>("maxConfidence");

        const QString note = QStringLiteral("Editor's note: this report was updated in the spring. ");
        QTest::newRow("exact, same place") << harbour << councilQuote << 0 << harbour << councilQuote << 0 << 1.0 << 1.0;
        QTest::newRow("exact, text appended after") << harbour << councilQuote << 0 << harbour + QStringLiteral(" Visitors are welcome.") << councilQuote << 0
                                                    << 1.0 << 1.0;
        QTest::newRow("moved: text inserted before") << harbour << councilQuote << 0 << note + harbour << councilQuote << 0 << 0.9 << 1.0;
        QTest::newRow("moved: text deleted before") << harbour << lights.trimmed() << 0 << council + lights + museum << lights.trimmed() << 0 << 0.9 << 1.0;
        QTest::newRow("moved: short quote") << harbour << QStringLiteral("lights") << 0 << note + harbour << QStringLiteral("lights") << 0 << 0.9 << 1.0;

        QTest::newRow("duplicate told apart by context")
            << monday + pier + council + tuesday + lights << QStringLiteral("the ferry left on time") << 1 << tuesday + pier + council + monday + lights
            << QStringLiteral("the ferry left on time") << 0 << 0.8 << 1.0;
        QTest::newRow("identical duplicates: the nearest, less sure")
            << song << QStringLiteral("the lantern glows") << 1 << QStringLiteral("Sung every year. ") + song << QStringLiteral("the lantern glows") << 1 << 0.6
            << 0.85;

        const auto edited = [&](const QString &changedCouncil) {
            return pier + changedCouncil + QStringLiteral(" ") + lights + museum;
        };
        const QString inserted = QStringLiteral("The council later voted unanimously to widen the channel so that larger ferries could dock.");
        const QString deleted = QStringLiteral("The council voted to widen the channel so that larger ferries could dock.");
        const QString replaced = QStringLiteral("The council later voted to deepen the channel so that larger ferries could dock.");
        const QString several = QStringLiteral("The town council later voted to widen the old channel so that bigger ferries could dock.");
        QTest::newRow("fuzzy: word inserted") << harbour << councilQuote << 0 << edited(inserted) << inserted << 0 << 0.6 << 0.99;
        QTest::newRow("fuzzy: word deleted") << harbour << councilQuote << 0 << edited(deleted) << deleted << 0 << 0.6 << 0.99;
        QTest::newRow("fuzzy: word replaced") << harbour << councilQuote << 0 << edited(replaced) << replaced << 0 << 0.6 << 0.99;
        QTest::newRow("fuzzy: several edits, moved") << harbour << councilQuote << 0 << note + edited(several) << several << 0 << 0.6 << 0.99;
        const QString lastWord = QStringLiteral("The council later voted to widen the channel so that larger ferries could berth.");
        QTest::newRow("fuzzy: last word replaced") << harbour << councilQuote << 0 << edited(lastWord) << lastWord << 0 << 0.6 << 0.99;

        const QString quoted = QStringLiteral(" Quote of the day: ") + councilQuote + QStringLiteral(" That was all.");
        QTest::newRow("edited in place beats an exact copy elsewhere")
            << harbour + quoted << councilQuote << 0 << edited(replaced) + quoted << replaced << 0 << 0.6 << 0.99;
        QTest::newRow("original removed, exact copy elsewhere: taken, less sure")
            << harbour + quoted << councilQuote << 0 << pier + lights + museum + quoted << councilQuote << 0 << 0.6 << 0.9;
        const QString paragraphs = pier + council.trimmed() + QStringLiteral("\n") + lights + museum;
        QTest::newRow("paragraph break inside the quote became a space")
            << paragraphs << QStringLiteral("could dock.\nFishermen said") << 0 << harbour << QStringLiteral("could dock. Fishermen said") << 0 << 0.6 << 0.99;

        QTest::newRow("quote deleted") << harbour << councilQuote << 0 << pier + lights + museum << QString() << 0 << 0.0 << 0.59;
        QTest::newRow("look-alike far away, original gone")
            << harbour + QStringLiteral(" In a nearby town, ") + canal.trimmed() << councilQuote << 0
            << pier + lights + museum + QStringLiteral(" In a nearby town, ") + canal.trimmed() << QString() << 0 << 0.0 << 0.59;
        QTest::newRow("look-alike next to it, original gone")
            << pier + council + canal + lights << councilQuote << 0 << pier + canal + lights << QString() << 0 << 0.0 << 0.59;
        QTest::newRow("exact copy of a short quote in another sentence")
            << harbour << QStringLiteral("The council") << 0 << pier + lights + QStringLiteral("Nobody asked what The council thought about it.") << QString()
            << 0 << 0.0 << 0.59;
        QTest::newRow("empty text") << harbour << councilQuote << 0 << QString() << QString() << 0 << 0.0 << 0.0;

        const QString firstEdited = QStringLiteral("Harbour crews quickly repaired the northern pier before the autumn storms arrived.");
        QTest::newRow("at text start, edited") << harbour << pier.trimmed() << 0 << firstEdited + QStringLiteral(" ") + council + lights + museum << firstEdited
                                               << 0 << 0.6 << 0.99;
        const QString lastEdited = QStringLiteral("A small museum by the quay now shows old photographs of wooden boats.");
        QTest::newRow("at text end, moved and edited")
            << harbour << museum << 0 << note + pier + council + lights + lastEdited << lastEdited << 0 << 0.6 << 0.99;

        const QString cafeEdited = QStringLiteral("Ouvert en 1998. Le café près du musée ouvre à sept heures. Élodie y rédige ses critiques de théâtre chaque "
                                                  "matin. Le soir, la place est très animée.");
        QTest::newRow("accents: moved") << cafe << QStringLiteral("Élodie y écrit ses critiques de théâtre chaque matin.") << 0
                                        << QStringLiteral("Ouvert en 1998. ") + cafe << QStringLiteral("Élodie y écrit ses critiques de théâtre chaque matin.")
                                        << 0 << 0.9 << 1.0;
        QTest::newRow("accents: fuzzy") << cafe << QStringLiteral("Élodie y écrit ses critiques de théâtre chaque matin.") << 0 << cafeEdited
                                        << QStringLiteral("Élodie y rédige ses critiques de théâtre chaque matin.") << 0 << 0.6 << 0.99;
        QTest::newRow("Japanese: moved") << library << QStringLiteral("新しい閲覧室では静かに本を読むことができます。") << 0
                                         << QStringLiteral("お知らせ：") + library << QStringLiteral("新しい閲覧室では静かに本を読むことができます。") << 0
                                         << 0.9 << 1.0;
        QTest::newRow("Japanese: fuzzy")
            << library << QStringLiteral("新しい閲覧室では静かに本を読むことができます。") << 0
            << QStringLiteral("港の図書館は月曜日と火曜日に休館します。新しい閲覧室ではゆっくり本を読むことができます。夜には灯台の光が窓から見えます。")
            << QStringLiteral("新しい閲覧室ではゆっくり本を読むことができます。") << 0 << 0.6 << 0.99;
        QTest::newRow("emoji: fuzzy") << launch << QStringLiteral("The team celebrated 🎉🎉 with cake 🍰 and music.") << 0
                                      << QStringLiteral(
                                             "Launch day 🚀 went very well. The team celebrated 🎉🎉🎉 with cake 🍰 and loud music. Everyone went home happy 😊.")
                                      << QStringLiteral("The team celebrated 🎉🎉🎉 with cake 🍰 and loud music.") << 0 << 0.6 << 0.99;
        QTest::newRow("emoji: quote starts with one")
            << launch << QStringLiteral("🍰 and music.") << 0
            << QStringLiteral("Launch day 🚀 went well. The team celebrated 🎉🎉 with cake 🍰 and music! Everyone went home happy 😊.")
            << QStringLiteral("🍰 and music!") << 0 << 0.6 << 0.99;
        QTest::newRow("emoji: moved") << launch << QStringLiteral("happy 😊") << 0 << QStringLiteral("🌊🌊 ") + launch << QStringLiteral("happy 😊") << 0 << 0.9
                                      << 1.0;
    }
    void locate()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        QFETCH(int, expectedOccurrence);
        QFETCH(double, minConfidence);
        QFETCH(double, maxConfidence);

        const int oldStart = nthIndexOf(oldText, quote, occurrence);
        QVERIFY(oldStart >= 0);
        const TextAnchor anchor = TextAnchor::describe(oldText, oldStart, oldStart + int(quote.size()));
        QCOMPARE(anchor.exact, quote);

        const AnchorMatch match = Reanchorer(newText).locate(anchor);
        const QString found = match.start >= 0 ? newText.mid(match.start, match.end - match.start) : QString();
        const QByteArray where = QStringLiteral("got [%1, %2) \"%3\" confidence %4").arg(match.start).arg(match.end).arg(found).arg(match.confidence).toUtf8();
        QVERIFY2(match.confidence >= minConfidence && match.confidence <= maxConfidence, where.constData());
        if (expected.isEmpty()) {
            QVERIFY2(!match.isAnchored(), where.constData());
            QVERIFY(match.confidence < Reanchorer::threshold);
            return;
        }
        const int expectedStart = nthIndexOf(newText, expected, expectedOccurrence);
        QVERIFY(expectedStart >= 0);
        QVERIFY2(match.isAnchored(), where.constData());
        QCOMPARE(match.start, expectedStart);
        QCOMPARE(match.end, expectedStart + int(expected.size()));
        QVERIFY(!splitsPair(newText, match.start) && !splitsPair(newText, match.end));
    }

    void emptyQuoteIsAnOrphan()
    {
        const AnchorMatch match = Reanchorer(harbour).locate(TextAnchor::describe(harbour, 10, 10));
        QVERIFY(!match.isAnchored());
        QCOMPARE(match.start, -1);
    }

    void previousLengthScalesThePosition()
    {
        // The third chorus line, at 357 of 901 characters, is highlighted; the filler around the song
        // goes. The second and third lines now share its context, so the position decides: scaled to
        // the new length, 357 becomes 95, nearest the second line (87); unscaled, the third (137) would win.
        const QString filler = QStringLiteral("Filler sentence number one keeps the page long enough. ");
        const QString old = filler.repeated(4) + song + filler.repeated(8);
        const QString line = QStringLiteral("the lantern glows");
        const int oldStart = nthIndexOf(old, line, 2);
        QCOMPARE(oldStart, 357);
        const TextAnchor anchor = TextAnchor::describe(old, oldStart, oldStart + int(line.size()));
        const AnchorMatch match = Reanchorer(song, int(old.size())).locate(anchor);
        QVERIFY(match.isAnchored());
        QCOMPARE(match.start, 87);
        QCOMPARE(match.end, 104);
        QCOMPARE(Reanchorer(song).locate(anchor).start, 137);
    }
};

QTEST_GUILESS_MAIN(ReanchorerTest)
#include "tst_reanchorer.moc"
