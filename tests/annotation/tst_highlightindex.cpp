// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation/highlightindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Lectern;

class HighlightIndexTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersLikeAFullScan_data()
    {
        QTest::addColumn<int>("highlights");
        QTest::addColumn<int>("maxLength");
        QTest::newRow("none") << 0 << 10;
        QTest::newRow("short and many") << 2000 << 40;
        QTest::newRow("some very long") << 300 << 5000;
    }

    void answersLikeAFullScan()
    {
        QFETCH(int, highlights);
        QFETCH(int, maxLength);
        QRandomGenerator random(7);
        struct Range {
            qint64 id;
            int start;
            int end;
        };
        QList<Range> ranges;
        HighlightIndex index;
        for (int i = 0; i < highlights; ++i) {
            const int start = random.bounded(20000);
            const Range range{i + 1, start, start + 1 + random.bounded(maxLength)};
            ranges << range;
            index.insert(range.id, range.start, range.end);
        }
        // Remove every third, as undo would.
        for (int i = 0; i < ranges.size(); i += 3)
            index.remove(ranges.at(i).id, ranges.at(i).start);
        QCOMPARE(index.size(), ranges.size() - (ranges.size() + 2) / 3);
        for (int query = 0; query < 500; ++query) {
            const int from = random.bounded(21000);
            const int to = from + random.bounded(300);
            QList<qint64> expected;
            for (int i = 0; i < ranges.size(); ++i) {
                if (i % 3 != 0 && ranges.at(i).start < to && ranges.at(i).end > from)
                    expected << ranges.at(i).id;
            }
            QList<qint64> found = index.overlapping(from, to);
            std::sort(expected.begin(), expected.end());
            std::sort(found.begin(), found.end());
            QCOMPARE(found, expected);
        }
    }
};

QTEST_GUILESS_MAIN(HighlightIndexTest)
#include "tst_highlightindex.moc"
