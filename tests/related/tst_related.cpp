// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "model/claim.h"
#include "related/relatedarticlesmodel.h"
#include "related/relatedfinder.h"
#include "related/relatedindex.h"
#include "store/claimstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Lectern;

namespace {
// A small library written for these tests. Two articles on tidal power
// (different sites and authors), one from the same site and author as the
// first but on dredging, one sharing only a claim tag, and two unrelated.
struct Spec {
    const char *title;
    const char *site;
    const char *byline;
    QStringList topics;
    QStringList paragraphs;
};

Article makeArticle(const Spec &spec, const QString &source)
{
    Article article;
    article.title = QString::fromUtf8(spec.title);
    article.site = QString::fromUtf8(spec.site);
    article.byline = QString::fromUtf8(spec.byline);
    article.source = source;
    article.format = QStringLiteral("text");
    article.tags = spec.topics;
    for (const QString &text : spec.paragraphs)
        article.blocks.append(Block::paragraph(text));
    return article;
}

const Spec tidal{"Tidal turbines under the breakwater", "Harbour Gazette", "By Ines Okafor", {QStringLiteral("Tidal power"), QStringLiteral("Ports")},
                 {QStringLiteral("Tidal turbines under the breakwater deliver predictable power, because tides follow the moon."),
                  QStringLiteral("Maintenance of tidal turbines costs more than installing them; barnacles foul the turbine blades."),
                  QStringLiteral("The grid buys tidal power on long contracts since tides can be forecast.")}};
const Spec tides{"Tides as a grid resource", "Energy Weekly", "Tomas Rue", {QStringLiteral("tidal power")},
                 {QStringLiteral("Grid operators value tidal power because tides are predictable for decades."),
                  QStringLiteral("Tidal turbines deliver power at times the moon decides, not the weather."),
                  QStringLiteral("Contracts for tidal turbines are long, and blades need cleaning of barnacles.")}};
const Spec dredging{"Dredging budget for the outer basin", "Harbour Gazette", "Ines Okafor", {},
                    {QStringLiteral("The outer basin needs dredging before larger ferries can dock."),
                     QStringLiteral("Silt from the river fills the channel every spring, and the budget for dredging doubled.")}};
const Spec fishing{"Quota auctions for inshore fleets", "Coastal Review", "Ana Petrov", {},
                   {QStringLiteral("Inshore fleets bid for quota in monthly auctions run by the ministry."),
                    QStringLiteral("Small boats say auctions favour trawler groups with deep pockets.")}};
const Spec baking{"Keeping a sourdough starter alive", "Home Oven", "Lu Mei", {QStringLiteral("Baking")},
                  {QStringLiteral("Feed the starter flour and water daily and keep it somewhere warm."),
                   QStringLiteral("A sluggish starter usually needs a warmer kitchen or fresher rye flour.")}};
const Spec chess{"Opening repertoires for club players", "Board Notes", "K. Adeyemi", {},
                 {QStringLiteral("Club players gain more from understanding pawn structures than memorising opening lines."),
                  QStringLiteral("A small repertoire of openings, played often, teaches plans faster.")}};

qint64 add(TestLibrary &library, const Article &article)
{
    StoreOutcome outcome;
    QString error;
    if (!LibraryStore(library.database()).add(article, &outcome, &error))
        qWarning("cannot add %s: %s", qPrintable(article.title), qPrintable(error));
    return outcome.articleId;
}

qint64 claimWithTag(TestLibrary &library, qint64 articleId, const QString &exact, qint64 tagId)
{
    const Article article = *LibraryStore(library.database()).article(articleId);
    const int start = int(article.canonicalText().indexOf(exact));
    Claim claim;
    claim.articleId = articleId;
    claim.anchor = TextAnchor::describe(article.canonicalText(), start, start + int(exact.size()));
    claim.tagIds = {tagId};
    claim.created = claim.modified = QDateTime::currentDateTimeUtc();
    QString error;
    if (!ClaimStore(library.database()).insert(&claim, &error))
        qWarning("cannot add claim: %s", qPrintable(error));
    return claim.id;
}

qint64 tagNamed(TestLibrary &library, const QString &name)
{
    QSqlQuery query(library.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qsizetype rankOf(const QList<RelatedArticle> &list, qint64 id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].articleId == id)
            return i;
    }
    return list.size() + 100;
}
} // namespace

class RelatedTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameTopicRanksAboveUnrelatedAndSaysWhy()
    {
        TestLibrary library;
        const qint64 a = add(library, makeArticle(tidal, QStringLiteral("/t/a.txt")));
        const qint64 b = add(library, makeArticle(tides, QStringLiteral("/t/b.txt")));
        const qint64 c = add(library, makeArticle(dredging, QStringLiteral("/t/c.txt")));
        const qint64 d = add(library, makeArticle(fishing, QStringLiteral("/t/d.txt")));
        const qint64 e = add(library, makeArticle(baking, QStringLiteral("/t/e.txt")));
        const qint64 f = add(library, makeArticle(chess, QStringLiteral("/t/f.txt")));
        const qint64 security = tagNamed(library, QStringLiteral("Security"));
        QVERIFY(security > 0);
        claimWithTag(library, a, QStringLiteral("barnacles foul the turbine blades"), security);
        claimWithTag(library, d, QStringLiteral("auctions favour trawler groups"), security);

        const QList<RelatedArticle> related = RelatedFinder(library.database()).find(a, 10);
        QVERIFY(!related.isEmpty());
        QCOMPARE(related.first().articleId, b);
        QCOMPARE(related.first().title, QStringLiteral("Tides as a grid resource"));
        const QString why = related.first().why;
        QVERIFY2(why.contains(QStringLiteral("Tidal power")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("turbine")) && why.contains(QStringLiteral("similar terms")), qPrintable(why));
        QVERIFY(!why.contains(QStringLiteral("same site")));

        // Same site and author, other subject: listed, below the same topic, and says so.
        QVERIFY(rankOf(related, c) > 0 && rankOf(related, c) < related.size());
        const RelatedArticle sameAuthor = related.at(rankOf(related, c));
        QVERIFY2(sameAuthor.why.contains(QStringLiteral("same author: Ines Okafor"), Qt::CaseInsensitive), qPrintable(sameAuthor.why));
        QVERIFY2(sameAuthor.why.contains(QStringLiteral("same site: Harbour Gazette"), Qt::CaseInsensitive), qPrintable(sameAuthor.why));

        // Only a claim tag in common.
        QVERIFY(rankOf(related, d) < related.size());
        QVERIFY2(related.at(rankOf(related, d)).why.contains(QStringLiteral("claims tagged Security"), Qt::CaseInsensitive), qPrintable(related.at(rankOf(related, d)).why));
        QVERIFY(rankOf(related, b) < rankOf(related, d));

        // Nothing in common: not listed at all.
        QCOMPARE(rankOf(related, e), related.size() + 100);
        QCOMPARE(rankOf(related, f), related.size() + 100);
        QCOMPARE(rankOf(related, a), related.size() + 100);

        QCOMPARE(RelatedFinder(library.database()).find(a, 1).size(), 1);
    }

    void indexFollowsNewVersions()
    {
        TestLibrary library;
        const qint64 a = add(library, makeArticle(tidal, QStringLiteral("/t/a.txt")));
        const qint64 b = add(library, makeArticle(baking, QStringLiteral("/t/b.txt")));
        QCOMPARE(rankOf(RelatedFinder(library.database()).find(a, 10), b), 100);
        // The baking file is rewritten about tidal turbines: a new version, re-indexed in the same import.
        Spec rewritten = tides;
        rewritten.title = "Keeping a sourdough starter alive";
        add(library, makeArticle(rewritten, QStringLiteral("/t/b.txt")));
        QCOMPARE(LibraryStore(library.database()).count(), 2);
        const QList<RelatedArticle> related = RelatedFinder(library.database()).find(a, 10);
        QCOMPARE(rankOf(related, b), 0);
        // Its old words are gone from the index and from the frequencies.
        QSqlQuery query(library.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM related_features WHERE feature = 'w:sourdough'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1); // the title still says it, once
        QVERIFY(query.exec(QStringLiteral("SELECT articles FROM related_frequency WHERE feature = 'w:flour'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void curatedRelatedItemsMatchByTitle()
    {
        TestLibrary library;
        const qint64 b = add(library, makeArticle(tides, QStringLiteral("/t/b.txt")));
        Article card = makeArticle(baking, QStringLiteral("/t/card.txt"));
        card.curated.summary = QStringLiteral("A card.");
        card.curated.related = {QStringLiteral("TIDES AS A GRID RESOURCE — Energy Weekly"), QStringLiteral("A Title Nobody Imported")};
        card.id = add(library, card);
        const QList<CuratedRelated> items = RelatedFinder(library.database()).curatedRelated(card);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].articleId, b);
        QCOMPARE(items[0].title, QStringLiteral("Tides as a grid resource"));
        QCOMPARE(items[1].articleId, 0);
        QCOMPARE(items[1].label, QStringLiteral("A Title Nobody Imported"));

        RelatedArticlesModel model(library.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(card);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(RelatedArticlesModel::ArticleIdRole).toLongLong(), b);
        QCOMPARE(model.index(1, 0).data(RelatedArticlesModel::KindRole).toInt(), int(RelatedArticlesModel::Kind::CuratedMissing));
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable));
        QVERIFY(model.index(1, 0).data().toString().contains(QStringLiteral("not in your library")));

        const qint64 a = add(library, makeArticle(tidal, QStringLiteral("/t/a.txt")));
        model.load(*LibraryStore(library.database()).article(a));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(RelatedArticlesModel::KindRole).toInt(), int(RelatedArticlesModel::Kind::Related));
        QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("Tidal power")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void upgradeIndexesExistingArticles()
    {
        QTemporaryDir dir;
        QFile script(QStringLiteral(LECTERN_TEST_DATA "/store/library-v2.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QStringList lines;
            for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
                if (!line.startsWith(QLatin1StringView("--")))
                    lines << line;
            }
            for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty() && !query.exec(statement))
                    QFAIL(qPrintable(query.lastError().text()));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT feature FROM related_features WHERE article_id = 1")));
        QStringList features;
        while (query.next())
            features << query.value(0).toString();
        QVERIFY2(features.contains(QStringLiteral("w:turbine")), qPrintable(features.join(QLatin1Char(','))));
        QVERIFY(features.contains(RelatedIndex::siteKey(QStringLiteral("The Estuary Post"))));
        QVERIFY(features.contains(RelatedIndex::authorKey(QStringLiteral("Mirela Oancea"))));
    }
};

QTEST_GUILESS_MAIN(RelatedTest)
#include "tst_related.moc"
