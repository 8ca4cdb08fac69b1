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
};

QTEST_GUILESS_MAIN(WordSnapTest)
#include "tst_wordsnap.moc"
