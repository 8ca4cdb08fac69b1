// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "library/samplelibrary.h"
#include "mainwindow.h"
#include "panel/sidepanel.h"
#include "reader/readerview.h"
#include "session/readingsession.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QListWidget>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Lectern;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        LibraryStore store(m_db);
        QStringList errors;
        QCOMPARE(SampleLibrary::importIfEmpty(store, &errors), 6);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(SampleLibrary::importIfEmpty(store, &errors), 0);
    }

    // The window and About icons are SVG: Qt draws them with its SVG icon
    // engine, a plugin the package depends on.
    void applicationIconDraws()
    {
        const QImage icon = QIcon(QStringLiteral(":/lectern/icons/lectern.svg")).pixmap(64, 64).toImage();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.size(), QSize(64, 64));
        QVERIFY(icon.pixelColor(32, 32).alpha() > 0);
    }

    void showsThreePanesWithTheLibrary()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.libraryPane()->isVisible());
        QVERIFY(window.reader()->isVisible());
        QVERIFY(window.sidePanel()->isVisible());
        QCOMPARE(window.libraryPane()->libraryView()->model()->rowCount(), 6);
        QVERIFY(window.session()->articleId() > 0);
        QVERIFY(!window.reader()->toPlainText().isEmpty());
        const QStringList menus = [&] {
            QStringList titles;
            for (QAction *action : window.menuBar()->actions())
                titles << action->text().remove(QLatin1Char('&'));
            return titles;
        }();
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Tags"), QStringLiteral("Help")}));
    }

    // The list skips shaping (a cost of the first frame) but keeps
    // following the application's font: setting one attribute must not pin the rest.
    void libraryListFollowsTheApplicationFont()
    {
        MainWindow window(m_db);
        QTreeView *list = window.libraryPane()->libraryView();
        QVERIFY(list->font().styleStrategy() & QFont::PreferNoShaping);
        const QFont original = QApplication::font();
        QFont larger = original;
        larger.setPointSizeF(original.pointSizeF() + 5);
        QApplication::setFont(larger);
        const auto restore = qScopeGuard([&original] {
            QApplication::setFont(original);
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.font().pointSizeF(), larger.pointSizeF());
        QCOMPARE(list->font().pointSizeF(), larger.pointSizeF());
        QCOMPARE(list->font().family(), larger.family());
        QVERIFY(list->font().styleStrategy() & QFont::PreferNoShaping);
    }

    void curatedCardShowsInSidePanel()
    {
        MainWindow window(m_db);
        window.openArticle(articleWithFormat(QStringLiteral("card")));
        const QString html = window.sidePanel()->summaryHtml();
        QVERIFY(html.contains(QStringLiteral("Originally published by Northbound Policy Review")));
        QVERIFY(html.contains(QStringLiteral("Key takeaway")));
        QVERIFY(html.contains(QStringLiteral("Competition Policy")));
    }

    void searchOpensArticleAtMatch()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.libraryPane()->setSearchText(QStringLiteral("salinity OR tampering OR sandboxes"));
        QListView *results = window.libraryPane()->resultsView();
        QVERIFY(results->isVisible());
        QVERIFY(results->model()->rowCount() >= 1);
        results->setFocus();
        results->setCurrentIndex(results->model()->index(0, 0));
        QTest::keyClick(results, Qt::Key_Return);
        QVERIFY(window.reader()->textCursor().selectedText().compare(QStringLiteral("sandboxes"), Qt::CaseInsensitive) == 0);
    }

    // Issue #26: a search that finds nothing says so, and Esc clears it.
    void aSearchWithoutHitsSaysSoAndEscClearsIt()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibraryPane *pane = window.libraryPane();
        pane->setSearchText(QStringLiteral("zeppelinxyz"));
        auto *noHits = pane->findChild<QLabel *>(QStringLiteral("noHits"));
        QVERIFY(noHits && noHits->isVisible());
        QVERIFY2(noHits->text().contains(QStringLiteral("zeppelinxyz")), qPrintable(noHits->text()));
        // A picture to look at after a change to the pane (not compared).
        pane->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/library-no-hits.png"));
        auto *field = pane->findChild<QLineEdit *>();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->text().isEmpty());
        QTRY_VERIFY(pane->libraryView()->isVisible());
        QVERIFY(!noHits->isVisible());
    }

    void damageFoundAfterOpeningStopsWrites()
    {
        // Its own library: this one ends read-only.
        Database db;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("damaged-later.sqlite"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        MainWindow window(db);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isHidden());
        window.showLibraryDamage(QStringLiteral("Tree 12 page 40: btreeInitPage() returns error code 11"));
        QVERIFY(db.isReadOnly());
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QStringLiteral("btreeInitPage")), qPrintable(banner->text()));
        auto *offer = window.findChild<QMessageBox *>(QStringLiteral("libraryDamage"));
        QVERIFY(offer);
        QVERIFY2(offer->text().contains(path), qPrintable(offer->text()));
        offer->reject();
        QSqlQuery write(db.connection());
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM articles")));
    }

    void removedLinesCanBeRestored()
    {
        MainWindow window(m_db);
        const qint64 id = articleWithFormat(QStringLiteral("text"));
        window.openArticle(id);
        QListWidget *removed = window.sidePanel()->removedList();
        const int before = removed->count();
        QVERIFY(before > 0);
        const QString line = removed->item(0)->text();
        QVERIFY(!window.reader()->toPlainText().contains(line));
        removed->setCurrentRow(0);
        QPushButton *restore = window.sidePanel()->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(restore && restore->isEnabled());
        restore->click();
        QCOMPARE(removed->count(), before - 1);
        QVERIFY(window.reader()->toPlainText().contains(line));
    }

    // The last article opens again, and opening it writes nothing: QSettings
    // writes through to disk, which a start should not wait for.
    void reopensTheLastArticleWithoutWritingSettings()
    {
        const qint64 card = articleWithFormat(QStringLiteral("card"));
        {
            MainWindow window(m_db);
            window.openArticle(card);
        }
        const QString file = QSettings().fileName();
        const QDateTime written = QFileInfo(file).lastModified();
        QVERIFY(written.isValid());
        QTest::qWait(20);
        MainWindow again(m_db);
        QCOMPARE(again.session()->articleId(), card);
        QCOMPARE(QFileInfo(file).lastModified(), written);
        again.openArticle(articleWithFormat(QStringLiteral("text")));
        QVERIFY(QFileInfo(file).lastModified() > written);
    }

    // Issue #26: however an article is opened, its row in the list is the selected one.
    void theOpenArticleStaysSelectedInTheList()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *list = window.libraryPane()->libraryView();
        for (const QString &format : {QStringLiteral("card"), QStringLiteral("text"), QStringLiteral("html")}) {
            const qint64 article = articleWithFormat(format);
            window.openArticle(article);
            QCOMPARE(list->currentIndex().data(LibraryModel::ArticleIdRole).toLongLong(), article);
            QVERIFY(list->selectionModel()->isRowSelected(list->currentIndex().row(), {}));
            QCOMPARE(window.session()->articleId(), article);
        }
    }

    void remembersGeometryAndSplitter()
    {
        QList<int> sizes;
        {
            MainWindow window(m_db);
            window.resize(700, 500);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({200, 600, 200});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again(m_db);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(700, 500));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

private:
    qint64 articleWithFormat(const QString &format)
    {
        LibraryStore store(m_db);
        for (qint64 id : store.ids()) {
            if (store.article(id)->format == format)
                return id;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
