// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "library/libraryedits.h"
#include "library/samplelibrary.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "indexing/librarystore.h"
#include "session/readingsession.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue #26: the sample articles are a choice, never put into a library unasked.
class WelcomeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aNewLibraryStaysEmptyUntilTheReaderChooses()
    {
        TestLibrary library;
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(LibraryStore(library.database()).isEmpty());
        QWidget *welcome = window.findChild<QWidget *>(u"welcome"_s);
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(!window.reader()->isVisible());
        QTest::mouseClick(welcome->findChild<QPushButton *>(u"openSamples"_s), Qt::LeftButton);
        QCOMPARE(LibraryStore(library.database()).count(), SampleLibrary::files().size());
        QVERIFY(!welcome->isVisible());
        QVERIFY(window.reader()->isVisible());
        QVERIFY(window.session()->articleId() > 0);
    }

    void emptyingTheLibraryBringsTheChoiceBackNotTheSamples()
    {
        TestLibrary library;
        const qint64 only = library.addArticle(u"Keepers"_s, {u"Lighthouse keepers distrust automation."_s});
        {
            MainWindow window(library.database());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QWidget *welcome = window.findChild<QWidget *>(u"welcome"_s);
            QVERIFY(!welcome->isVisible());
            LibraryEdits *edits = window.findChild<LibraryEdits *>();
            QVERIFY(edits->moveToTrash({only}));
            QVERIFY(welcome->isVisible());
            QCOMPARE(edits->emptyTrash(), 1);
        }
        MainWindow again(library.database());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(LibraryStore(library.database()).isEmpty());
        QVERIFY(again.findChild<QWidget *>(u"welcome"_s)->isVisible());
    }
};

QTEST_MAIN(WelcomeTest)
#include "tst_welcome.moc"
