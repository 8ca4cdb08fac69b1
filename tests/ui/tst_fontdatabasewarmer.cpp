// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/fontdatabasewarmer.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QTest>

using namespace Lectern;

// The fonts read on the worker serve the main thread, and the worker never
// outlives its owner, whether or not the application was announced.
class FontDatabaseWarmerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhileTheMainThreadMeasures()
    {
        FontDatabaseWarmer warmer;
        warmer.applicationCreated();
        warmer.waitForFontconfig();
        // Both threads in the font database at once: Qt locks it.
        QVERIFY(QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("lighthouse")) > 0);
        warmer.wait();
        QVERIFY(!QFontDatabase::families().isEmpty());
    }

    void theRunningWarmerIsWaitedFor()
    {
        FontDatabaseWarmer::waitForRunningWarmer(); // none: returns at once
        {
            FontDatabaseWarmer warmer;
            warmer.applicationCreated();
            FontDatabaseWarmer::waitForRunningWarmer();
            FontDatabaseWarmer::waitForRunningWarmer();
        }
        FontDatabaseWarmer::waitForRunningWarmer(); // gone: returns at once
    }

    void waitingTwiceOrNeverAnnouncingIsFine()
    {
        {
            FontDatabaseWarmer unannounced;
        }
        FontDatabaseWarmer warmer;
        warmer.applicationCreated();
        warmer.applicationCreated();
        warmer.waitForFontconfig();
        warmer.waitForFontconfig();
        warmer.wait();
        warmer.wait();
    }
};

QTEST_MAIN(FontDatabaseWarmerTest)
#include "tst_fontdatabasewarmer.moc"
