// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fileimporter.h"
#include "import/linelengthlimit.h"

#include <QTest>

using namespace Lectern;

class LineLengthLimitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestRunStopsAtEachStop()
    {
        QCOMPARE(LineLengthLimit::longestRun("ab\ncdef\r\nx", "\n\r"), 4);
        QCOMPARE(LineLengthLimit::longestRun("<p>abcde</p><p>xy</p>", "<"), 7); // "p>abcde"
        QCOMPARE(LineLengthLimit::longestRun({}, "\n"), 0);
    }

    void aLineOverTheLimitIsRefusedSayingHowLong()
    {
        const QByteArray line = QByteArray("tide and ledger ").repeated(LineLengthLimit::maxLineBytes / 16 + 1);
        const ImportResult result = FileImporter().importData("Title\n\n" + line + "\n", QStringLiteral("long.txt"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("1.0 MB")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("line")), qPrintable(result.error));
    }

    void aLineAtTheLimitIsImported()
    {
        QByteArray line = QByteArray("tide and ledger ").repeated(LineLengthLimit::maxLineBytes / 16);
        const ImportResult result = FileImporter().importData("Title\n\n" + line + "\n", QStringLiteral("long.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    void markupOnOneLineIsBrokenByItsTags()
    {
        // A minified page: megabytes on one line, but short runs between tags.
        const QByteArray page = "<html><head><title>Tides</title></head><body>"
            + QByteArray("<p>The tide turns twice a day.</p>").repeated(LineLengthLimit::maxLineBytes / 16) + "</body></html>";
        QVERIFY(page.size() > 2 * LineLengthLimit::maxLineBytes);
        QVERIFY(LineLengthLimit::check(page, true).isEmpty());
        QVERIFY(!LineLengthLimit::check(page, false).isEmpty());
        const QByteArray text = "<html><body><p>" + QByteArray(LineLengthLimit::maxLineBytes + 1, 'w') + "</p></body></html>";
        QVERIFY(!FileImporter().importData(text, QStringLiteral("page.html")).ok());
    }
};

QTEST_GUILESS_MAIN(LineLengthLimitTest)
#include "tst_linelengthlimit.moc"
