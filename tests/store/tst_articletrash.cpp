// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "model/claim.h"
#include "library/librarymodel.h"
#include "related/relatedfinder.h"
#include "search/searchengine.h"
#include "indexing/articletrash.h"
#include "store/claimcatalog.h"
#include "store/claimstore.h"
#include "indexing/librarystore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
const QStringList lighthouse = {u"Lighthouse keepers insist that automation made the coast more dangerous for fishing fleets."_s};
const QStringList beacons = {u"Automated beacons on the coast have not failed once, the maritime agency says of fishing fleets."_s};

qint64 addClaim(Database &db, qint64 articleId, int start, int end, const QString &exact)
{
    Claim claim;
    claim.articleId = articleId;
    claim.anchor.start = start;
    claim.anchor.end = end;
    claim.anchor.exact = exact;
    QString error;
    if (!ClaimStore(db).insert(&claim, &error))
        qWarning("cannot add a claim: %s", qPrintable(error));
    return claim.id;
}

bool searchIndexIsSound(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"INSERT INTO article_fts(article_fts) VALUES ('integrity-check')"_s)
        && query.exec(u"INSERT INTO article_trigram(article_trigram) VALUES ('integrity-check')"_s);
}

QList<qint64> hitIds(const SearchEngine &engine, const QString &query)
{
    QList<qint64> ids;
    for (const SearchHit &hit : engine.search(query))
        ids << hit.articleId;
    return ids;
}
} // namespace

class ArticleTrashTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trashedArticlesLeaveEveryListButTheTrash()
    {
        TestLibrary library;
        Database &db = library.database();
        const qint64 a = library.addArticle(u"Keepers"_s, lighthouse);
        const qint64 b = library.addArticle(u"Beacons"_s, beacons);
        const qint64 claim = addClaim(db, a, 0, 17, u"Lighthouse keepers"_s);
        addClaim(db, b, 0, 15, u"Automated beacon"_s);
        ArticleTrash trash(db);
        QString error;
        QVERIFY2(trash.moveToTrash({a}, &error), qPrintable(error));

        QCOMPARE(LibraryStore(db).count(), 1);
        QVERIFY(!LibraryStore(db).isEmpty());
        QCOMPARE(LibraryStore(db).ids(), QList<qint64> {b});
        LibraryModel model(db);
        QCOMPARE(model.rowCount(), 1);
        SearchEngine engine(db);
        QVERIFY(hitIds(engine, u"keepers"_s).isEmpty());
        QCOMPARE(hitIds(engine, u"fishing"_s), QList<qint64> {b});
        QVERIFY(RelatedFinder(db).find(b, 10).isEmpty());
        QCOMPARE(ClaimStore(db).claims(ClaimFilter()).size(), 1);
        const ClaimCatalog catalog = ClaimCatalog::load(db);
        QCOMPARE(catalog.claims.size(), 1);
        QCOMPARE(catalog.articles.size(), 1);
        QVERIFY(searchIndexIsSound(db));

        const QList<ArticleTrash::Entry> contents = trash.contents();
        QCOMPARE(contents.size(), 1);
        QCOMPARE(contents.first().id, a);
        QCOMPARE(contents.first().title, u"Keepers"_s);
        QCOMPARE(contents.first().claims, 1);
        QVERIFY(!contents.first().trashed.isEmpty());
        // The claim is kept, whole, while its article waits in the Trash.
        QVERIFY(ClaimStore(db).claim(claim));
    }

    void restoreBringsBackTheArticleItsClaimsAndItsIndexes()
    {
        TestLibrary library;
        Database &db = library.database();
        const qint64 a = library.addArticle(u"Keepers"_s, lighthouse);
        const qint64 b = library.addArticle(u"Beacons"_s, beacons);
        const qint64 claim = addClaim(db, a, 0, 17, u"Lighthouse keepers"_s);
        const QString uid = ClaimStore(db).claim(claim)->uid;
        ArticleTrash trash(db);
        QString error;
        QVERIFY2(trash.moveToTrash({a}, &error), qPrintable(error));
        QVERIFY2(trash.restore({a}, &error), qPrintable(error));
        QVERIFY(trash.contents().isEmpty());
        QCOMPARE(LibraryStore(db).ids(), (QList<qint64> {a, b}));
        QCOMPARE(hitIds(SearchEngine(db), u"keepers"_s), QList<qint64> {a});
        QCOMPARE(RelatedFinder(db).find(b, 10).size(), 1);
        QCOMPARE(ClaimStore(db).claim(claim)->uid, uid);
        QVERIFY(searchIndexIsSound(db));
    }

    void emptyingTheTrashDeletesForGood()
    {
        TestLibrary library;
        Database &db = library.database();
        const qint64 a = library.addArticle(u"Keepers"_s, lighthouse);
        const qint64 b = library.addArticle(u"Beacons"_s, beacons);
        const qint64 claim = addClaim(db, a, 0, 17, u"Lighthouse keepers"_s);
        ArticleTrash trash(db);
        QString error;
        QVERIFY2(trash.moveToTrash({a}, &error), qPrintable(error));
        QCOMPARE(trash.empty(&error), 1);
        QVERIFY(trash.contents().isEmpty());
        QVERIFY(!LibraryStore(db).article(a));
        QVERIFY(!ClaimStore(db).claim(claim));
        QCOMPARE(LibraryStore(db).ids(), QList<qint64> {b});
        QVERIFY(searchIndexIsSound(db));
        // Its text can come back as a new article.
        QVERIFY(library.addArticle(u"Keepers"_s, lighthouse) > b);
    }

    void refusesWhatItCannotDo()
    {
        TestLibrary library;
        Database &db = library.database();
        const qint64 a = library.addArticle(u"Keepers"_s, lighthouse);
        ArticleTrash trash(db);
        QString error;
        QVERIFY(!trash.moveToTrash({a + 7}, &error));
        QVERIFY2(error.contains(QString::number(a + 7)), qPrintable(error));
        QVERIFY(!trash.restore({a}, &error));
        QVERIFY2(error.contains(u"not in the Trash"_s), qPrintable(error));
        QVERIFY2(trash.moveToTrash({a}, &error), qPrintable(error));
        QVERIFY(!trash.moveToTrash({a}, &error));
        QVERIFY2(error.contains(u"already in the Trash"_s), qPrintable(error));
        // One bad id stops the whole batch: nothing is half done.
        const qint64 b = library.addArticle(u"Beacons"_s, beacons);
        QVERIFY(!trash.moveToTrash({b, a + 7}, &error));
        QCOMPARE(LibraryStore(db).ids(), QList<qint64> {b});
    }

    void detailsEditsReachTheSearchIndex()
    {
        TestLibrary library;
        Database &db = library.database();
        const qint64 a = library.addArticle(u"Keepers"_s, lighthouse);
        ArticleDetails details = ArticleDetails::of(*LibraryStore(db).article(a));
        details.title = u"Coastal automation"_s;
        details.byline = u"Ines Marlow"_s;
        details.site = u"Harbour Weekly"_s;
        details.published = u"2025-11-02"_s;
        details.address = u"https://example.org/coast"_s;
        details.topics = QStringList {u"maritime"_s, u"automation"_s};
        QString error;
        QVERIFY2(LibraryStore(db).editDetails(a, details, &error), qPrintable(error));
        const Article edited = *LibraryStore(db).article(a);
        QCOMPARE(edited.title, details.title);
        QCOMPARE(edited.byline, details.byline);
        QCOMPARE(edited.site, details.site);
        QCOMPARE(edited.published, details.published);
        QCOMPARE(edited.address, details.address);
        QCOMPARE(edited.tags, details.topics);
        QCOMPARE(edited.version, 1); // metadata is not a new text version
        SearchEngine engine(db);
        QCOMPARE(hitIds(engine, u"coastal"_s), QList<qint64> {a});
        QCOMPARE(hitIds(engine, u"marlow"_s), QList<qint64> {a});
        QVERIFY(searchIndexIsSound(db));
        details.title = u"  "_s;
        QVERIFY(!LibraryStore(db).editDetails(a, details, &error));
        QVERIFY2(error.contains(u"title"_s), qPrintable(error));
        QVERIFY(!LibraryStore(db).editDetails(a + 9, details, &error));
    }
};

QTEST_GUILESS_MAIN(ArticleTrashTest)
#include "tst_articletrash.moc"
