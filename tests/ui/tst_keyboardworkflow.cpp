// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "dialogs/claimdialog.h"
#include "dialogs/exportdialog.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "session/readingsession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Lectern;

namespace {
const QStringList firstArticle = {QStringLiteral("Ferry timetables change twice a year, the operator says.")};
const QStringList secondArticle = {
    QStringLiteral("Harbour pilots argue that night crossings should stay."),
    QStringLiteral("The council insists the night crossings lose money every winter."),
};

// Where a key press goes: the focus inside the dialog on top, else the
// application's. The offscreen platform moves the application's focus into
// a new dialog late, if at all.
QWidget *focused()
{
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->focusWidget())
        return modal->focusWidget();
    return QApplication::focusWidget();
}

// Presses Tab until the focus reaches a widget `arrived` accepts, as a
// keyboard user would; false when it never does (a trap or an unreachable control).
template<typename Arrived>
bool tabUntil(Arrived arrived, int most = 30)
{
    for (int i = 0; i < most; ++i) {
        if (focused() && arrived(focused()))
            return true;
        if (!focused())
            return false;
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    return focused() && arrived(focused());
}
} // namespace

// Opens an article, selects, tags, notes and exports with keys alone: every
// event below is a key press sent where the focus is, never a click.
class KeyboardWorkflowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void openSelectTagNoteExport()
    {
        TestLibrary library;
        library.addArticle(QStringLiteral("Ferries"), firstArticle);
        const qint64 nightCrossings = library.addArticle(QStringLiteral("Night Crossings"), secondArticle);
        QTemporaryDir out;
        const QString exported = out.filePath(QStringLiteral("night-crossings.md"));
        QSettings().setValue(QStringLiteral("export/folder"), out.path());

        // Never hang on a dialog the keys failed to close: fail instead.
        QTimer watchdog;
        connect(&watchdog, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                qWarning() << "closing a dialog left open:" << modal << "focus" << focused();
                modal->close();
            }
        });
        watchdog.start(15000);

        MainWindow window(library.database());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+K reaches the library; Tab leads from the search field to the list.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(qobject_cast<QLineEdit *>(focused()));
        QVERIFY2(tabUntil([](QWidget *w) { return qobject_cast<QTreeView *>(w) != nullptr; }), "Tab never reaches the library list");
        auto *list = qobject_cast<QTreeView *>(focused());
        // Titles sort alphabetically: Ferries, then Night Crossings.
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.session()->articleId(), nightCrossings);

        // Tab leads on to the article.
        ReaderView *reader = window.reader();
        QVERIFY2(tabUntil([reader](QWidget *w) { return w == reader; }), "Tab never reaches the article");
        const QString claimText = QStringLiteral("night crossings should stay");
        const int start = int(secondArticle.first().indexOf(claimText));
        QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < start; ++i)
            QTest::keyClick(reader, Qt::Key_Right);
        for (int i = 0; i < claimText.size(); ++i)
            QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(reader->textCursor().selectedText(), claimText);
        QTest::keyClick(reader, Qt::Key_1);
        QCOMPARE(window.session()->annotations()->count(), 1);
        const qint64 claimId = window.session()->annotations()->claims().first().id;

        // N opens the claim editor on the note; Tab reaches OK, Space presses it.
        const QString note = QStringLiteral("Ask the pilots for their incident log.");
        bool noted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ClaimDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(focused(), note);
            const bool reached = tabUntil([](QWidget *w) {
                auto *button = qobject_cast<QPushButton *>(w);
                return button && button->isDefault();
            });
            if (reached)
                QTest::keyClick(focused(), Qt::Key_Space);
            noted = reached && !dialog->isVisible();
            if (dialog->isVisible())
                dialog->reject(); // never leave the test waiting on a dialog
        });
        QTest::keyClick(reader, Qt::Key_N);
        QVERIFY2(noted, "the claim editor could not be completed with keys");
        QCOMPARE(window.session()->annotations()->claim(claimId)->note, note);

        // Ctrl+E: the export dialog, its format chosen with the keys, Tab to
        // Export, then a file name typed into the file dialog.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool exportDialogSeen = false;
        bool fileDialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            exportDialogSeen = true;
            // The dialog opens on the format: Home picks the first, Markdown.
            if (!qobject_cast<QComboBox *>(focused()))
                return;
            QTest::keyClick(focused(), Qt::Key_Home);
            QTimer::singleShot(0, this, [&] {
                auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!files || !focused())
                    return;
                fileDialogSeen = true;
                QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
                // The dialog opens in the last export folder, set above.
                QTest::keyClicks(focused(), QFileInfo(exported).fileName());
                QTest::keyClick(focused(), Qt::Key_Return);
                if (files->isVisible()) {
                    qWarning() << "the file dialog stayed open; focus" << focused() << files->directory();
                    files->reject();
                }
            });
            const bool reached = tabUntil([](QWidget *w) {
                auto *button = qobject_cast<QPushButton *>(w);
                return button && button->text().contains(QStringLiteral("Export"));
            });
            if (reached)
                QTest::keyClick(focused(), Qt::Key_Space);
            if (dialog->isVisible())
                QTest::keyClick(focused(), Qt::Key_Escape);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(exportDialogSeen);
        QVERIFY2(fileDialogSeen, "Alt+E did not open the file dialog");
        QFile file(exported);
        QVERIFY2(file.open(QIODevice::ReadOnly), "nothing was exported");
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("> ") + claimText), qPrintable(markdown));
        QVERIFY(markdown.contains(note));
    }
};

QTEST_MAIN(KeyboardWorkflowTest)
#include "tst_keyboardworkflow.moc"
