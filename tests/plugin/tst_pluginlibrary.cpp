// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/codecolouring.h"
#include "import/pdfreader.h"
#include "import/zipreader.h"
#include "plugin/pluginlibrary.h"

#include <QTest>
#include <QThread>

using namespace Lectern;

// Lectern's plugins are found beside the program, whichever thread asks.
class PluginLibraryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadedOnAWorkerBelongsToTheApplication()
    {
        QObject *root = nullptr;
        QString error;
        std::unique_ptr<QThread> worker(QThread::create([&root, &error] {
            root = PluginLibrary::instance(QStringLiteral("lectern_pdfreader"), &error);
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->thread(), QCoreApplication::instance()->thread());
        // Loaded once: the same object for everyone after.
        QCOMPARE(PluginLibrary::instance(QStringLiteral("lectern_pdfreader"), &error), root);
        QVERIFY(qobject_cast<PdfReader *>(root));
    }

    void eachPluginHasItsInterface()
    {
        QString error;
        QVERIFY2(PluginLibrary::load<CodeColouring>(QStringLiteral("lectern_codecolouring"), &error), qPrintable(error));
        QVERIFY2(PluginLibrary::load<ZipReader>(QStringLiteral("lectern_zipreader"), &error), qPrintable(error));
        QVERIFY(!PluginLibrary::load<ZipReader>(QStringLiteral("lectern_pdfreader"), &error));
        QVERIFY2(error.contains(QStringLiteral("lectern_pdfreader is not the one")), qPrintable(error));
        QVERIFY(!PluginLibrary::load<PdfReader>(QStringLiteral("lectern_codecolouring"), &error));
        QVERIFY2(error.contains(QStringLiteral("lectern_codecolouring is not the one")), qPrintable(error));
    }

    void aMissingPluginIsNamed()
    {
        QString error;
        QVERIFY(!PluginLibrary::instance(QStringLiteral("lectern_nowhere"), &error));
        QVERIFY2(error.contains(QStringLiteral("the plugin lectern_nowhere could not be loaded")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(PluginLibraryTest)
#include "tst_pluginlibrary.moc"
