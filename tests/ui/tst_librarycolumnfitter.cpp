// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "library/librarycolumnfitter.h"
#include "library/librarymodel.h"
#include "indexing/librarystore.h"

#include <QApplication>
#include <QHeaderView>
#include <QPointer>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Lectern;

// The library view's optional columns follow its width, and the fitter goes
// with its view.
class LibraryColumnFitterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<TestLibrary>();
        QVERIFY(m_library->isOpen());
        QVERIFY(m_library->addArticle(QStringLiteral("Tide gauges along the northern coast"), {QStringLiteral("The gauge at the pier reads high.")},
            QStringLiteral("https://example.org/tides")));
        m_model = std::make_unique<LibraryModel>(m_library->database());
    }

    void cleanup()
    {
        m_model.reset();
        m_library.reset();
    }

    void narrowViewHidesTheOptionalColumns()
    {
        QTreeView view;
        view.setModel(m_model.get());
        auto *fitter = new LibraryColumnFitter(&view);
        view.resize(fitter->minimumTitleWidth() * 4, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.header()->isSectionHidden(LibraryModel::ClaimsColumn));
        QVERIFY(!view.header()->isSectionHidden(LibraryModel::SiteColumn));

        view.resize(fitter->minimumTitleWidth() + 4, 300);
        QTRY_VERIFY(view.header()->isSectionHidden(LibraryModel::ClaimsColumn));
        QVERIFY(view.header()->isSectionHidden(LibraryModel::PublishedColumn));
        QVERIFY(view.header()->isSectionHidden(LibraryModel::SiteColumn));
        QVERIFY(!view.header()->isSectionHidden(LibraryModel::TitleColumn));
    }

    // Only the rows in sight are measured, so a wider value further down
    // widens its column once it is scrolled into sight.
    void rowsScrolledIntoSightAreMeasured()
    {
        LibraryStore store(m_library->database());
        for (int i = 0; i < 60; ++i)
            QVERIFY(addWithSite(store, QStringLiteral("Article %1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("a.org")));
        QVERIFY(addWithSite(store, QStringLiteral("Zebra crossings"), QStringLiteral("harbour-records.example.org")));
        m_model = std::make_unique<LibraryModel>(m_library->database());
        QTreeView view;
        view.setModel(m_model.get());
        auto *fitter = new LibraryColumnFitter(&view);
        view.resize(fitter->minimumTitleWidth() * 8, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.header()->isSectionHidden(LibraryModel::SiteColumn));
        const int before = view.header()->sectionSize(LibraryModel::SiteColumn);
        QCOMPARE(before, fitter->neededWidth(LibraryModel::SiteColumn));
        view.scrollToBottom();
        QTRY_VERIFY(view.header()->sectionSize(LibraryModel::SiteColumn) > before);
    }

    // The viewport still sends events while the view is being destroyed; the
    // fitter must not call into the half-destroyed view then (UBSan in the
    // sanitizer build caught exactly that).
    void deletingTheViewTakesTheFitterWithIt()
    {
        auto *view = new QTreeView;
        view->setModel(m_model.get());
        const QPointer<LibraryColumnFitter> fitter = new LibraryColumnFitter(view);
        view->resize(400, 300);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        delete view;
        QVERIFY(fitter.isNull());
    }

private:
    static bool addWithSite(LibraryStore &store, const QString &title, const QString &site)
    {
        Article article;
        article.title = title;
        article.site = site;
        article.format = QStringLiteral("text");
        article.blocks.append(Block::paragraph(title + QStringLiteral(" and the sea.")));
        StoreOutcome outcome;
        QString error;
        return store.add(article, &outcome, &error);
    }

    std::unique_ptr<TestLibrary> m_library;
    std::unique_ptr<LibraryModel> m_model;
};

QTEST_MAIN(LibraryColumnFitterTest)
#include "tst_librarycolumnfitter.moc"
