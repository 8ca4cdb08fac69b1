// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"
#include "search/searchvocabulary.h"
#include "indexing/librarystore.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern;

class SearchVocabularyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The vocabulary's terms are the index's own: the same tokenizer with
    // the same options, whether an article comes alone or in a batch.
    void termsAreThoseTheIndexHolds()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        add(store, u"Hélène's Harbour Notes"_s, u"Boats, tides: 12 knots at 06:30. Naïve café owners don't mind."_s);
        {
            Transaction group(library.database().connection());
            store.beginBatch();
            for (int i = 0; i < 40; ++i)
                addInBatch(store, u"Tide table %1"_s.arg(i), u"Sandboxes and sandbars, entry %1 of the log."_s.arg(i));
            QString error;
            QVERIFY2(store.endBatch(&error) && group.commit(&error), qPrintable(error));
        }
        QCOMPARE(vocabulary(library), indexTerms(library));
        QVERIFY(vocabulary(library).contains(u"helene"_s));
    }

    void prefixesAreFoldedAsTheIndexFoldsThem_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("case and accents") << u"HÉL"_s << QStringList{u"helene"_s};
        QTest::newRow("several, in order") << u"sand"_s << QStringList{u"sandbars"_s, u"sandboxes"_s};
        QTest::newRow("a whole word") << u"tides"_s << QStringList{u"tides"_s};
        QTest::newRow("none") << u"zeppelin"_s << QStringList{};
    }

    void prefixesAreFoldedAsTheIndexFoldsThem()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, terms);
        TestLibrary library;
        LibraryStore store(library.database());
        add(store, u"Hélène at the harbour"_s, u"Sandboxes, sandbars and tides."_s);
        const SearchVocabulary vocabulary(library.database().connection());
        QCOMPARE(vocabulary.termsStartingWith(prefix), std::optional<QStringList>(terms));
    }

    // FTS5 reads "sea-wa*" as two terms; that is not a prefix to expand.
    void aPrefixOfTwoTermsIsLeftToFts5()
    {
        TestLibrary library;
        const SearchVocabulary vocabulary(library.database().connection());
        QCOMPARE(vocabulary.termsStartingWith(u"sea-wa"_s), std::nullopt);
    }

    // A batch rolled back takes its terms with it; the store must not then
    // take them for written when the same articles come again.
    void aRollbackForgetsWhatWasWritten()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        {
            Transaction group(library.database().connection());
            store.beginBatch();
            addInBatch(store, u"Lighthouse keepers"_s, u"Foghorns and lanterns."_s);
            QString error;
            QVERIFY2(store.endBatch(&error), qPrintable(error));
            store.abandonBatch(); // what GroupCommit does when the commit fails
        } // rolled back
        QVERIFY(vocabulary(library).isEmpty());
        add(store, u"Lighthouse keepers"_s, u"Foghorns and lanterns."_s);
        QCOMPARE(vocabulary(library), indexTerms(library));
        QVERIFY(vocabulary(library).contains(u"foghorns"_s));
    }

private:
    static Article article(const QString &title, const QString &text)
    {
        Article article;
        article.title = title;
        article.blocks = {Block::paragraph(text)};
        return article;
    }

    static void add(LibraryStore &store, const QString &title, const QString &text)
    {
        StoreOutcome outcome;
        QString error;
        QVERIFY2(store.add(article(title, text), &outcome, &error), qPrintable(error));
    }

    static void addInBatch(LibraryStore &store, const QString &title, const QString &text)
    {
        StoreOutcome outcome;
        QString error;
        QVERIFY2(store.addInOpenTransaction(article(title, text), &outcome, &error), qPrintable(error));
    }

    static QStringList column(TestLibrary &library, const QString &sql)
    {
        QSqlQuery query(library.database().connection());
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0).toString();
        }
        return values;
    }

    static QStringList vocabulary(TestLibrary &library) { return column(library, u"SELECT term FROM search_terms ORDER BY term"_s); }

    static QStringList indexTerms(TestLibrary &library)
    {
        QSqlQuery(library.database().connection()).exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_terms USING fts5vocab(main, article_fts, row)"_s);
        return column(library, u"SELECT term FROM temp.index_terms ORDER BY term"_s);
    }
};

QTEST_GUILESS_MAIN(SearchVocabularyTest)
#include "tst_searchvocabulary.moc"
