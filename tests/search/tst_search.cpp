// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"
#include "search/searchengine.h"
#include "search/searchquery.h"
#include "search/searchresultsmodel.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern;

class SearchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        LibraryStore store(m_db);
        add(store, QStringLiteral("Export Controls and Chip Competition"), QStringLiteral("Trade rules shape who can build accelerators."));
        add(store, QStringLiteral("A Harbour Diary"), QStringLiteral("Boats, tides and a short aside on export controls for fishing gear."));
        add(store, QStringLiteral("Sandbox Rules for Startups"), QStringLiteral("Hélène Vasseur argues that regulatory sandboxes speed up innovation."));
        add(store, QStringLiteral("Open Weights"), QStringLiteral("Publishing model weights helps defenders as much as attackers, the report says."));
    }

    void queryExpression_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words") << QStringLiteral("export controls") << QStringLiteral("\"export\" \"controls\"")
                               << QStringList{QStringLiteral("export"), QStringLiteral("controls")};
        QTest::newRow("phrase") << QStringLiteral("\"model weights\"") << QStringLiteral("\"model weights\"") << QStringList{QStringLiteral("model weights")};
        QTest::newRow("prefix") << QStringLiteral("sandbox*") << QStringLiteral("\"sandbox\"*") << QStringList{QStringLiteral("sandbox")};
        QTest::newRow("exclude") << QStringLiteral("export -harbour") << QStringLiteral("\"export\" NOT \"harbour\"") << QStringList{QStringLiteral("export")};
        QTest::newRow("or") << QStringLiteral("boats OR chip") << QStringLiteral("(\"boats\" OR \"chip\")")
                            << QStringList{QStringLiteral("boats"), QStringLiteral("chip")};
        QTest::newRow("syntax is quoted") << QStringLiteral("AND ( title: \"x") << QStringLiteral("\"AND\" \"(\" \"title:\" \"x\"")
                                          << QStringList{QStringLiteral("AND"), QStringLiteral("("), QStringLiteral("title:"), QStringLiteral("x")};
        QTest::newRow("only exclusions") << QStringLiteral("-export") << QString() << QStringList{};
        QTest::newRow("lone star") << QStringLiteral("*") << QString() << QStringList{};
    }
    void queryExpression()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QFETCH(QStringList, terms);
        const SearchQuery query(input);
        QCOMPARE(query.expression(), expression);
        QCOMPARE(query.terms(), terms);
    }

    void phrasesInTheOrderFts5NumbersThem()
    {
        const SearchQuery query(QStringLiteral("boats OR chip -harbour \"model weights\" sand*"));
        QCOMPARE(query.phrases(),
                 (QStringList{QStringLiteral("\"boats\""), QStringLiteral("\"chip\""), QStringLiteral("\"model weights\""), QStringLiteral("\"sand\"*")}));
        QCOMPARE(query.exclusions(), 1);
        QCOMPARE(query.expression(), QStringLiteral("(\"boats\" OR \"chip\") \"model weights\" \"sand\"* NOT \"harbour\""));
    }

    void titleMatchesRankFirst()
    {
        const QList<SearchHit> hits = SearchEngine(m_db).search(QStringLiteral("export controls"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).title, QStringLiteral("Export Controls and Chip Competition"));
        QCOMPARE(hits.at(1).title, QStringLiteral("A Harbour Diary"));
        QVERIFY(hits.at(0).rank < hits.at(1).rank);
    }

    void phrasePrefixAndDiacritics_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("phrase") << QStringLiteral("\"model weights\"") << QStringList{QStringLiteral("Open Weights")};
        QTest::newRow("phrase order matters") << QStringLiteral("\"weights model\"") << QStringList{};
        QTest::newRow("prefix") << QStringLiteral("accel*") << QStringList{QStringLiteral("Export Controls and Chip Competition")};
        QTest::newRow("folded diacritics") << QStringLiteral("helene") << QStringList{QStringLiteral("Sandbox Rules for Startups")};
        QTest::newRow("accented query") << QStringLiteral("Hélène") << QStringList{QStringLiteral("Sandbox Rules for Startups")};
        QTest::newRow("case") << QStringLiteral("SANDBOXES") << QStringList{QStringLiteral("Sandbox Rules for Startups")};
        QTest::newRow("exclusion") << QStringLiteral("export -tides") << QStringList{QStringLiteral("Export Controls and Chip Competition")};
        QTest::newRow("nonsense") << QStringLiteral("\"unbalanced (") << QStringList{};
    }
    void phrasePrefixAndDiacritics()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, titles);
        QStringList found;
        const QList<SearchHit> hits = SearchEngine(m_db).search(input);
        for (const SearchHit &hit : hits)
            found << hit.title;
        QCOMPARE(found, titles);
    }

    void snippetMarksTheMatch()
    {
        const QList<SearchHit> hits = SearchEngine(m_db).search(QStringLiteral("defenders"));
        QCOMPARE(hits.size(), 1);
        QVERIFY(SearchEngine::markedSnippet(hits.first().snippet, QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[defenders]")));
    }

    void resultsModel()
    {
        SearchEngine engine(m_db);
        SearchResultsModel model(engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("argues OR trade"));
        QCOMPARE(model.rowCount(), 2);
        const QString html = model.index(0).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<b>")), qPrintable(html));
        QVERIFY(model.index(0).data(SearchResultsModel::ArticleIdRole).toLongLong() > 0);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void firstMatchOffset()
    {
        QCOMPARE(SearchEngine::firstMatch(QStringLiteral("Alpha beta Gamma beta"), {QStringLiteral("gamma"), QStringLiteral("BETA")}), 6);
        QCOMPARE(SearchEngine::firstMatch(QStringLiteral("nothing"), {QStringLiteral("x")}), -1);
    }

    // unicode61 keeps a Japanese sentence as one token; the trigram index
    // finds words of three characters and more, instr() the shorter ones.
    void japaneseWordsAreFound_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("found"); // indexes into the articles below
        QTest::newRow("3+ characters") << QStringLiteral("人工知能") << QList<int>{0};
        QTest::newRow("3 characters in the title") << QStringLiteral("輸出規制") << QList<int>{1};
        QTest::newRow("2 characters") << QStringLiteral("漁船") << QList<int>{1};
        QTest::newRow("2 characters in two articles") << QStringLiteral("規制") << QList<int>{0, 1};
        QTest::newRow("2 and 3+ characters") << QStringLiteral("規制 人工知能") << QList<int>{0};
        QTest::newRow("katakana") << QStringLiteral("サンドボックス") << QList<int>{0};
        QTest::newRow("absent word") << QStringLiteral("台風") << QList<int>{};
        QTest::newRow("mixed with Latin") << QStringLiteral("AI 規制") << QList<int>{0};
    }

    void japaneseWordsAreFound()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, found);
        TestLibrary library;
        QVERIFY(library.isOpen());
        const QList<qint64> ids{
            library.addArticle(QStringLiteral("新しい技術と社会"),
                               {QStringLiteral("政府は人工知能の開発を支援しつつ、AIの安全性を確かめるための規制サンドボックスを設けると発表した。"),
                                QStringLiteral("専門家の多くは、この方針が研究を促すと見ている。")}),
            library.addArticle(QStringLiteral("港の日記と輸出規制"), {QStringLiteral("朝の港では漁船が静かに並び、潮の香りが漂っていた。")}),
            library.addArticle(QStringLiteral("An English Article"), {QStringLiteral("Nothing in Japanese here, only rules and boats.")}),
        };
        QVERIFY(!ids.contains(0));
        QVERIFY(SearchEngine::needsCharacterSearch(SearchQuery(query).terms()));
        QList<qint64> expected;
        for (int index : found)
            expected << ids.at(index);
        QList<qint64> actual;
        for (const SearchHit &hit : SearchEngine(library.database()).search(query))
            actual << hit.articleId;
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        for (const SearchHit &hit : SearchEngine(library.database()).search(query)) {
            if (!hit.snippet.contains(SearchEngine::matchStart) && !hit.title.contains(SearchQuery(query).terms().constFirst()))
                QFAIL(qPrintable(QStringLiteral("the snippet does not mark the match: ") + hit.snippet));
        }
    }

    void broadQueriesRankTheNewestMatches()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        // The oldest is the best match for "lantern"; all thirty match it,
        // only the oldest and one other have "wick".
        add(store, QStringLiteral("Lantern lantern lantern"), QStringLiteral("A lantern, a lantern wick and more lantern."));
        for (int i = 1; i < 30; ++i)
            add(store, QStringLiteral("Harbour note %1").arg(i), QStringLiteral("The lantern on pier %1 was lit.%2").arg(i).arg(i == 7 ? QStringLiteral(" Its wick smoked.") : QString()));
        SearchEngine engine(library.database());
        QCOMPARE(engine.search(QStringLiteral("lantern"), 5).value(0).title, QStringLiteral("Lantern lantern lantern"));

        engine.setRankingWindow(10);
        const QList<SearchHit> windowed = engine.search(QStringLiteral("lantern"), 50);
        QCOMPARE(windowed.size(), 10);
        const qint64 newest = engine.search(QStringLiteral("\"pier 29\""), 1).value(0).articleId;
        for (const SearchHit &hit : windowed)
            QVERIFY2(hit.articleId > newest - 10, qPrintable(hit.title));
        // Fewer matches than the window: every one is ranked, old or new.
        const QList<SearchHit> narrow = engine.search(QStringLiteral("wick"), 50);
        QCOMPARE(narrow.size(), 2);
        QCOMPARE(narrow.value(0).title, QStringLiteral("Lantern lantern lantern"));
    }

    void prefixesExpandIntoTheirTerms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QList<int>>("spans");
        QTest::newRow("a prefix") << u"sand*"_s << u"(\"sandbars\" OR \"sandbox\")"_s << QList<int>{2};
        QTest::newRow("with a word") << u"rules sand*"_s << u"\"rules\" (\"sandbars\" OR \"sandbox\")"_s << QList<int>{1, 2};
        QTest::newRow("in an OR") << u"sand* OR tide"_s << u"((\"sandbars\" OR \"sandbox\") OR \"tide\")"_s << QList<int>{2, 1};
        QTest::newRow("one term") << u"weig*"_s << u"\"weights\""_s << QList<int>{1};
        QTest::newRow("no term: left to FTS5") << u"zep*"_s << u"\"zep\"*"_s << QList<int>{1};
        QTest::newRow("excluded: left to FTS5") << u"rules -sand*"_s << u"\"rules\" NOT \"sand\"*"_s << QList<int>{1};
    }

    void prefixesExpandIntoTheirTerms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QFETCH(QList<int>, spans);
        const QHash<QString, QStringList> terms{{u"sand"_s, {u"sandbars"_s, u"sandbox"_s}}, {u"weig"_s, {u"weights"_s}}, {u"zep"_s, {}}};
        const SearchQuery expanded = SearchQuery(input).withPrefixesExpanded([&](const QString &prefix) {
            return std::optional<QStringList>(terms.value(prefix));
        });
        QCOMPARE(expanded.expression(), expression);
        QCOMPARE(expanded.phraseSpans(), spans);
    }

    // A window that stops before the matches among the newest articles do
    // leaves them uncounted: the frequency is counted apart, and the scores
    // are still bm25's over this small library.
    void aNarrowWindowKeepsTheFrequencies_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << QStringLiteral("lantern");
        QTest::newRow("two words") << QStringLiteral("lantern pier");
    }

    void aNarrowWindowKeepsTheFrequencies()
    {
        QFETCH(QString, query);
        TestLibrary library;
        LibraryStore store(library.database());
        for (int i = 0; i < 30; ++i)
            add(store, QStringLiteral("Note %1").arg(i), QStringLiteral("The lantern on pier %1 was lit.%2").arg(i).arg(QStringLiteral(" Lantern").repeated(i % 4)));
        for (int i = 0; i < 10; ++i)
            add(store, QStringLiteral("Tide table %1").arg(i), QStringLiteral("High water at %1.").arg(i));
        const QHash<qint64, double> expected = bm25Scores(library.database(), SearchQuery(query).expression());
        SearchEngine engine(library.database());
        engine.setRankingWindow(5);
        const QList<SearchHit> hits = engine.search(query, 50);
        QCOMPARE(hits.size(), 5);
        for (const SearchHit &hit : hits)
            QVERIFY2(qAbs(hit.rank - expected.value(hit.articleId)) < 1e-9, qPrintable(QStringLiteral("%1 against %2").arg(hit.rank).arg(expected.value(hit.articleId))));
    }

    // Lectern's rank is FTS5's bm25 with document frequencies counted over
    // the newest articles: over a library smaller than that sample, the
    // very same scores.
    void rankIsBm25OnASmallLibrary_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << QStringLiteral("export");
        QTest::newRow("two words") << QStringLiteral("export controls");
        QTest::newRow("phrase") << QStringLiteral("\"model weights\"");
        QTest::newRow("prefix") << QStringLiteral("sand*");
        QTest::newRow("or") << QStringLiteral("boats OR rules");
        QTest::newRow("exclusion") << QStringLiteral("export -harbour");
    }

    void rankIsBm25OnASmallLibrary()
    {
        QFETCH(QString, query);
        const QHash<qint64, double> expected = bm25Scores(m_db, SearchQuery(query).expression());
        QVERIFY(!expected.isEmpty());
        const QList<SearchHit> hits = SearchEngine(m_db).search(query);
        QCOMPARE(hits.size(), expected.size());
        for (const SearchHit &hit : hits) {
            QVERIFY(expected.contains(hit.articleId));
            QVERIFY2(qAbs(hit.rank - expected.value(hit.articleId)) < 1e-9, qPrintable(QStringLiteral("%1 against %2").arg(hit.rank).arg(expected.value(hit.articleId))));
        }
        QVERIFY(std::is_sorted(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
            return a.rank < b.rank;
        }));
    }

    void latinQueriesKeepTheWordIndex()
    {
        QVERIFY(!SearchEngine::needsCharacterSearch({QStringLiteral("export"), QStringLiteral("Hélène")}));
    }

private:
    static QHash<qint64, double> bm25Scores(Database &db, const QString &expression)
    {
        QSqlQuery bm25(db.connection());
        bm25.prepare(QStringLiteral("SELECT rowid, bm25(article_fts, 10.0, 3.0, 1.0) FROM article_fts WHERE article_fts MATCH ?"));
        bm25.addBindValue(expression);
        if (!bm25.exec())
            qWarning("%s", qPrintable(bm25.lastError().text()));
        QHash<qint64, double> scores;
        while (bm25.next())
            scores.insert(bm25.value(0).toLongLong(), bm25.value(1).toDouble());
        return scores;
    }

    void add(LibraryStore &store, const QString &title, const QString &text)
    {
        Article article;
        article.title = title;
        article.blocks = {Block::paragraph(text)};
        StoreOutcome outcome;
        QString error;
        QVERIFY2(store.add(article, &outcome, &error), qPrintable(error));
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
