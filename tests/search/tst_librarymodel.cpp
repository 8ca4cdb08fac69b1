// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarymodel.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace Lectern;

class LibraryModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        LibraryStore store(m_db);
        for (int i = 0; i < 600; ++i) {
            Article article;
            article.title = QStringLiteral("Article %1").arg(i, 3, 10, QLatin1Char('0'));
            article.site = i % 2 ? QStringLiteral("Odd Gazette") : QStringLiteral("Even Herald");
            article.published = QStringLiteral("2026-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            article.blocks = {Block::paragraph(QStringLiteral("Body number %1.").arg(i))};
            StoreOutcome outcome;
            QVERIFY2(store.add(article, &outcome, &error), qPrintable(error));
        }
    }

    void fetchesLazily()
    {
        LibraryModel model(m_db);
        QCOMPARE(model.totalCount(), 600);
        QCOMPARE(model.rowCount(), LibraryModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 000"));
        QCOMPARE(model.index(599, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 599"));
    }

    // A listener asking for more while rows come in (QAbstractItemModelTester
    // does, on rowsAboutToBeInserted) gets nothing: the page on its way would
    // otherwise be read and inserted twice.
    void aFetchWithinAFetchAddsNothingTwice()
    {
        LibraryModel model(m_db);
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model, [&model] {
            if (model.canFetchMore({}))
                model.fetchMore({});
        });
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(LibraryModel::ArticleIdRole).toLongLong());
        QCOMPARE(ids.size(), 600);
    }

    void sortsInSql()
    {
        LibraryModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(LibraryModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 599"));
        model.sort(LibraryModel::SiteColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, LibraryModel::SiteColumn).data().toString(), QStringLiteral("Even Herald"));
        model.sort(LibraryModel::PublishedColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, LibraryModel::PublishedColumn).data().toString(), QStringLiteral("2026-01-28"));
    }

    void countsClaims()
    {
        // Article 007 gets two claims, Article 003 one.
        ClaimStore claims(m_db);
        LibraryModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 seven = model.index(7, 0).data(LibraryModel::ArticleIdRole).toLongLong();
        const qint64 three = model.index(3, 0).data(LibraryModel::ArticleIdRole).toLongLong();
        QString error;
        for (qint64 article : {seven, seven, three}) {
            Claim claim;
            claim.articleId = article;
            claim.anchor = TextAnchor::describe(QStringLiteral("Body number 7."), 0, 4);
            QVERIFY2(claims.insert(&claim, &error), qPrintable(error));
        }
        QVERIFY(!model.index(7, LibraryModel::ClaimsColumn).data().isValid()); // not re-read yet
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateClaimCount(seven, 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(7, LibraryModel::ClaimsColumn).data().toInt(), 2);
        model.sort(LibraryModel::ClaimsColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(LibraryModel::ArticleIdRole).toLongLong(), seven);
        QCOMPARE(model.index(1, LibraryModel::ClaimsColumn).data().toInt(), 1);
        QVERIFY(!model.index(2, LibraryModel::ClaimsColumn).data().isValid());
        for (const Claim &claim : claims.claims({}))
            QVERIFY(claims.remove(claim.id, &error));
    }

    void filters()
    {
        LibraryModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(QStringLiteral("article 05"));
        QCOMPARE(model.totalCount(), 10);
        QCOMPARE(model.rowCount(), 10);
        model.setFilter(QStringLiteral("odd gaz"));
        QCOMPARE(model.totalCount(), 300);
        model.setFilter(QStringLiteral("100%_"));
        QCOMPARE(model.totalCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.totalCount(), 600);
    }

    // Issue #25: what another process writes shows in the window's list;
    // a change to rows already read keeps the selection and the scroll.
    void refreshesWhatAnotherProcessWrote()
    {
        LibraryModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);

        Database other;
        QString error;
        QVERIFY2(other.open(m_db.path(), &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
        const QModelIndex third = model.index(2, LibraryModel::ClaimsColumn);
        const qint64 articleId = third.data(LibraryModel::ArticleIdRole).toLongLong();
        const int claimsBefore = third.data().toInt();
        Claim claim;
        claim.articleId = articleId;
        claim.anchor = TextAnchor::describe(LibraryStore(other).article(articleId)->canonicalText(), 0, 4);
        QVERIFY2(ClaimStore(other).insert(&claim, &error), qPrintable(error));
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(2, LibraryModel::ClaimsColumn).data().toInt(), claimsBefore + 1);

        Article added;
        added.title = QStringLiteral("Article 600");
        added.blocks = {Block::paragraph(QStringLiteral("Written by another process."))};
        StoreOutcome outcome;
        QVERIFY2(LibraryStore(other).add(added, &outcome, &error), qPrintable(error));
        model.refresh();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.totalCount(), 601);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(LibraryModelTest)
#include "tst_librarymodel.moc"
