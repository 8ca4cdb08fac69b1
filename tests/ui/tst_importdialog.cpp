// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "indexing/librarystore.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

bool aMessageBoxShows()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    return std::any_of(
        windows.cbegin(), windows.cend(), [](const QWidget *widget) { return qobject_cast<const QMessageBox *>(widget) && widget->isVisible(); });
}
} // namespace

// Issue #26: an import ends with one summary, never a message box over the progress dialog.
class ImportDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aCleanImportSaysSoInTheStatusBar()
    {
        TestLibrary library;
        QTemporaryDir files;
        write(files.filePath(u"keepers.txt"_s), "Keepers\n\nLighthouse keepers distrust automation on the coast.\n");
        write(files.filePath(u"beacons.txt"_s), "Beacons\n\nAutomated beacons have not failed once in a decade.\n");
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.importPaths({files.path()});
        QTRY_COMPARE(LibraryStore(library.database()).count(), 2);
        QTRY_VERIFY(window.findChildren<ImportDialog *>().isEmpty());
        QVERIFY(!aMessageBoxShows());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"imported"_s), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(u'2'));
    }

    void failuresStayOnTheProgressDialog()
    {
        TestLibrary library;
        QTemporaryDir files;
        write(files.filePath(u"keepers.txt"_s), "Keepers\n\nLighthouse keepers distrust automation on the coast.\n");
        const QString missing = files.filePath(u"missing.txt"_s);
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.importPaths({files.filePath(u"keepers.txt"_s), missing});
        QTRY_COMPARE(LibraryStore(library.database()).count(), 1);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) && dialog->windowTitle() == u"Import Finished"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY(!aMessageBoxShows());
        QLabel *label = dialog->findChild<QLabel *>();
        QVERIFY2(label->text().contains(u"missing.txt"_s), qPrintable(label->text()));
        QPushButton *close = dialog->findChild<QPushButton *>();
        QCOMPARE(close->text(), u"&Close"_s);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(window.findChildren<ImportDialog *>().isEmpty());
        QCOMPARE(LibraryStore(library.database()).count(), 1);
    }
};

QTEST_MAIN(ImportDialogTest)
#include "tst_importdialog.moc"
