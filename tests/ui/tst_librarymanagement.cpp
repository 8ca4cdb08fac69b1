// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/dialogtesting.h"
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "dialogs/articledetailsdialog.h"
#include "dialogs/trashdialog.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "indexing/articletrash.h"
#include "indexing/librarystore.h"
#include "session/readingsession.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Lectern;
using namespace Qt::StringLiterals;

class LibraryManagementTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_library.reset(new TestLibrary);
        m_keepers = m_library->addArticle(u"Keepers"_s, {u"Lighthouse keepers distrust automation."_s});
        m_beacons = m_library->addArticle(u"Beacons"_s, {u"Automated beacons have not failed once."_s});
    }

    void deleteInTheListThenUndo()
    {
        MainWindow window(m_library->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *list = window.libraryPane()->libraryView();
        const int row = rowOf(list, m_keepers);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(ArticleTrash(m_library->database()).contains(m_keepers));
        QVERIFY(window.findChild<QAction *>(u"undo"_s)->isEnabled());
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(!ArticleTrash(m_library->database()).contains(m_keepers));
    }

    void theReaderKeepsItsOwnUndo()
    {
        MainWindow window(m_library->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(m_keepers);
        window.reader()->setFocus();
        window.reader()->selectRange(0, 10);
        QTest::keyClick(window.reader(), Qt::Key_1);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QTest::keyClick(window.reader(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session()->annotations()->count(), 0);
    }

    void trashingTheOpenArticleClosesIt()
    {
        MainWindow window(m_library->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(m_keepers);
        QAction *trash = window.findChild<QAction *>(u"moveToTrash"_s);
        window.libraryPane()->libraryView()->clearSelection();
        trash->trigger();
        QCOMPARE(window.session()->articleId(), 0);
        QVERIFY(window.reader()->document()->isEmpty());
        QCOMPARE(window.libraryPane()->libraryView()->model()->rowCount(), 1);
        // Neither a restart nor a link opens it.
        MainWindow again(m_library->database());
        QCOMPARE(again.session()->articleId(), m_beacons);
        again.openArticle(m_keepers);
        QCOMPARE(again.session()->articleId(), m_beacons);
    }

    void theTrashDialogRestoresAndEmpties()
    {
        QString error;
        QVERIFY2(ArticleTrash(m_library->database()).moveToTrash({m_keepers, m_beacons}, &error), qPrintable(error));
        MainWindow window(m_library->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.libraryPane()->libraryView()->model()->rowCount(), 0);
        bool checked = false;
        whenDialogShows<TrashDialog>([&](TrashDialog *dialog) {
            QTreeWidget *list = dialog->list();
            QCOMPARE(list->topLevelItemCount(), 2);
            auto *restore = dialog->findChild<QPushButton *>(u"restore"_s);
            QVERIFY(!restore->isEnabled());
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (list->topLevelItem(i)->text(0) == u"Beacons"_s)
                    list->topLevelItem(i)->setSelected(true);
            }
            QVERIFY(restore->isEnabled());
            QTest::mouseClick(restore, Qt::LeftButton);
            QCOMPARE(list->topLevelItemCount(), 1);
            QCOMPARE(window.libraryPane()->libraryView()->model()->rowCount(), 1);
            // Empty Trash asks first; Cancel keeps everything.
            whenDialogShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"emptyTrash"_s), Qt::LeftButton);
            QCOMPARE(list->topLevelItemCount(), 1);
            whenDialogShows<QMessageBox>([](QMessageBox *box) { box->findChild<QPushButton *>(u"deleteForGood"_s)->click(); });
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"emptyTrash"_s), Qt::LeftButton);
            QCOMPARE(list->topLevelItemCount(), 0);
            checked = true;
            dialog->reject();
        });
        window.findChild<QAction *>(u"showTrash"_s)->trigger();
        QVERIFY(checked);
        QVERIFY(!LibraryStore(m_library->database()).article(m_keepers));
        QCOMPARE(LibraryStore(m_library->database()).ids(), QList<qint64> {m_beacons});
    }

    void editDetailsFromTheContextMenu()
    {
        MainWindow window(m_library->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(m_keepers);
        QTreeView *list = window.libraryPane()->libraryView();
        const QRect rect = list->visualRect(list->model()->index(rowOf(list, m_keepers), 0));
        bool edited = false;
        whenDialogShows<QMenu>([&](QMenu *menu) {
            QAction *details = window.findChild<QAction *>(u"editArticleDetails"_s);
            QVERIFY(menu->actions().contains(details));
            QVERIFY(menu->actions().contains(window.findChild<QAction *>(u"moveToTrash"_s)));
            whenDialogShows<ArticleDetailsDialog>([&](ArticleDetailsDialog *dialog) {
                auto *title = dialog->findChild<QLineEdit *>(u"title"_s);
                QCOMPARE(title->text(), u"Keepers"_s);
                auto *published = dialog->findChild<QLineEdit *>(u"published"_s);
                published->setText(u"last Tuesday"_s);
                QVERIFY(!ArticleDetailsDialog::problemWith(dialog->details()).isEmpty());
                published->setText(u"2025-11-02"_s);
                title->setText(u"Keepers of the Coast"_s);
                QVERIFY(ArticleDetailsDialog::problemWith(dialog->details()).isEmpty());
                edited = true;
                dialog->accept();
            });
            details->trigger();
            menu->close();
        });
        QMetaObject::invokeMethod(list, "customContextMenuRequested", Q_ARG(QPoint, rect.center()));
        QVERIFY(edited);
        QCOMPARE(LibraryStore(m_library->database()).article(m_keepers)->title, u"Keepers of the Coast"_s);
        QCOMPARE(LibraryStore(m_library->database()).article(m_keepers)->published, u"2025-11-02"_s);
        QCOMPARE(list->model()->index(rowOf(list, m_keepers), 0).data().toString(), u"Keepers of the Coast"_s);
        QVERIFY(window.windowTitle().startsWith(u"Keepers of the Coast"_s));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        list->setFocus();
        QCOMPARE(window.findChild<QAction *>(u"undo"_s)->text(), u"&Undo Edit Article Details"_s);
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(LibraryStore(m_library->database()).article(m_keepers)->title, u"Keepers"_s);
    }

private:
    static int rowOf(QTreeView *list, qint64 articleId)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(LibraryModel::ArticleIdRole).toLongLong() == articleId)
                return row;
        }
        return -1;
    }

    std::unique_ptr<TestLibrary> m_library;
    qint64 m_keepers = 0;
    qint64 m_beacons = 0;
};

QTEST_MAIN(LibraryManagementTest)
#include "tst_librarymanagement.moc"
