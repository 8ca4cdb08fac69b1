// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordsnap.h"

#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue #26: a drag that starts or ends inside a word takes the whole word.
class WordSnapTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snaps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("selected");
        const QString giants = u"The giants. We stayed."_s;
        QTest::newRow("ends mid-word") << giants << 4 << 13 << u"giants. We"_s;
        QTest::newRow("starts mid-word") << giants << 6 << 10 << u"giants"_s;
        QTest::newRow("whole words stay") << giants << 4 << 10 << u"giants"_s;
        QTest::newRow("after punctuation") << giants << 4 << 11 << u"giants."_s;
        QTest::newRow("apostrophe") << u"The keeper’s log"_s << 5 << 9 << u"keeper’s"_s;
        QTest::newRow("accents") << u"Le phare côtier"_s << 10 << 12 << u"côtier"_s;
        QTest::newRow("Japanese keeps characters") << u"海岸の観測所は水位を測る。"_s << 3 << 5 << u"観測"_s;
    }

    void snaps()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, selected);
        const int from = WordSnap::wordStart(text, start);
        const int to = WordSnap::wordEnd(text, end);
        QCOMPARE(text.mid(from, to - from), selected);
    }

    // A claim's edges move a word at a time from the keyboard.
    void stepsByWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        const QString keepers = u"Keepers insist, loudly, that automation failed."_s;
        QTest::newRow("end a word later") << keepers << u"nextWordEnd"_s << 7 << 14;
        QTest::newRow("end later skips punctuation") << keepers << u"nextWordEnd"_s << 14 << 22;
        QTest::newRow("end a word earlier") << keepers << u"previousWordEnd"_s << 22 << 14;
        QTest::newRow("start a word earlier") << keepers << u"previousWordStart"_s << 16 << 8;
        QTest::newRow("start a word later") << keepers << u"nextWordStart"_s << 8 << 16;
        QTest::newRow("no word after the last") << keepers << u"nextWordEnd"_s << 46 << 46;
        QTest::newRow("no word before the first") << keepers << u"previousWordStart"_s << 0 << 0;
        QTest::newRow("accents and apostrophes") << u"Le gardien’s côtier dort."_s << u"nextWordEnd"_s << 2 << 12;
    }
    void stepsByWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, step);
        QFETCH(int, from);
        QFETCH(int, to);
        int result = -1;
        if (step == u"nextWordEnd")
            result = WordSnap::nextWordEnd(text, from);
        else if (step == u"previousWordEnd")
            result = WordSnap::previousWordEnd(text, from);
        else if (step == u"previousWordStart")
            result = WordSnap::previousWordStart(text, from);
        else
            result = WordSnap::nextWordStart(text, from);
        QCOMPARE(result, to);
    }

    void japaneseStepsStayInsideTheText()
    {
        const QString text = u"海岸の観測所は水位を測る。"_s;
        const int end = WordSnap::nextWordEnd(text, 3);
        QVERIFY(end > 3 && end <= text.size());
        QVERIFY(WordSnap::previousWordStart(text, 3) < 3);
    }
};

QTEST_GUILESS_MAIN(WordSnapTest)
#include "tst_wordsnap.moc"
