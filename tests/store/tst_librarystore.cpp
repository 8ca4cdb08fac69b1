// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/sqlscript.h"
#include "store/database.h"
#include "indexing/librarystore.h"
#include "store/librarywatcher.h"
#include "store/migrations.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {
Article makeArticle(const QString &title, const QStringList &paragraphs, const QString &source = {})
{
    Article article;
    article.title = title;
    article.source = source;
    article.format = QStringLiteral("text");
    article.blocks.append(Block::heading(QStringLiteral("Background"), 2));
    for (const QString &text : paragraphs)
        article.blocks.append(Block::paragraph(text));
    article.removed.append({QStringLiteral("Share this article"), QStringLiteral("share prompt"), 0});
    return article;
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM ") + table, db.connection());
    return query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

class LibraryStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QString error;
        m_db.reset(new Database);
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
    }

    void opensWithWalAndForeignKeys()
    {
        QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(QStringLiteral("PRAGMA journal_mode"), m_db->connection());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery keys(QStringLiteral("PRAGMA foreign_keys"), m_db->connection());
        QVERIFY(keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
        // Issue #25: FULL, so that a power cut cannot roll back a saved claim.
        QSqlQuery sync(QStringLiteral("PRAGMA synchronous"), m_db->connection());
        QVERIFY(sync.next());
        QCOMPARE(sync.value(0).toInt(), 2);
    }

    // Issue #25: the window did not notice what the command line wrote
    // while it was open.
    void writesFromAnotherConnectionAreNoticed()
    {
        LibraryWatcher watcher(*m_db);
        QSignalSpy changed(&watcher, &LibraryWatcher::changed);
        LibraryStore(*m_db).setReadingPosition(1, 0); // this connection's own writes do not count
        StoreOutcome outcome;
        QString error;
        QVERIFY(LibraryStore(*m_db).add(makeArticle(QStringLiteral("Own write"), {QStringLiteral("Written here.")}), &outcome, &error));
        watcher.check();
        QCOMPARE(changed.count(), 0);
        Database other;
        QVERIFY2(other.open(m_db->path(), &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
        QVERIFY(LibraryStore(other).add(makeArticle(QStringLiteral("Elsewhere"), {QStringLiteral("Written by another process.")}), &outcome, &error));
        watcher.check();
        QCOMPARE(changed.count(), 1);
        watcher.check();
        QCOMPARE(changed.count(), 1);
    }

    void addAndReadBack()
    {
        LibraryStore store(*m_db);
        Article article = makeArticle(QStringLiteral("Grid Storage"), {QStringLiteral("Batteries smooth the peaks."), QStringLiteral("Costs fell.")});
        article.blocks.append(Block::code(QStringLiteral("print(1)\nprint(2)"), QStringLiteral("python")));
        article.curated.summary = QStringLiteral("A short summary.");
        article.curated.topics = {QStringLiteral("Energy")};
        article.tags = {QStringLiteral("energy")};
        StoreOutcome outcome;
        QString error;
        QVERIFY2(store.add(article, &outcome, &error), qPrintable(error));
        QCOMPARE(outcome.status, StoreOutcome::Status::Added);
        QCOMPARE(outcome.version, 1);
        const std::optional<Article> read = store.article(outcome.articleId);
        QVERIFY(read);
        QCOMPARE(read->title, article.title);
        QCOMPARE(read->blocks, article.blocks);
        QCOMPARE(read->removed, article.removed);
        QCOMPARE(read->curated, article.curated);
        QCOMPARE(read->tags, article.tags);
        QCOMPARE(read->canonicalText(), article.canonicalText());
        QVERIFY(!store.article(outcome.articleId + 100));
    }

    void duplicateContentIsNotImportedTwice()
    {
        LibraryStore store(*m_db);
        const Article article = makeArticle(QStringLiteral("Same"), {QStringLiteral("Identical body text.")}, QStringLiteral("/a.txt"));
        StoreOutcome first;
        StoreOutcome second;
        QString error;
        QVERIFY(store.add(article, &first, &error));
        Article copy = article;
        copy.source = QStringLiteral("/elsewhere/b.txt");
        QVERIFY(store.add(copy, &second, &error));
        QCOMPARE(second.status, StoreOutcome::Status::Duplicate);
        QCOMPARE(second.articleId, first.articleId);
        QCOMPARE(second.title, QStringLiteral("Same"));
        QCOMPARE(store.count(), 1);
    }

    void changedSourceBecomesNewVersion()
    {
        LibraryStore store(*m_db);
        StoreOutcome first;
        StoreOutcome second;
        QString error;
        QVERIFY(store.add(makeArticle(QStringLiteral("Draft"), {QStringLiteral("Old wording of the claim.")}, QStringLiteral("/src.txt")), &first, &error));
        QVERIFY(store.add(makeArticle(QStringLiteral("Final"), {QStringLiteral("New wording of the claim.")}, QStringLiteral("/src.txt")), &second, &error));
        QCOMPARE(second.status, StoreOutcome::Status::NewVersion);
        QCOMPARE(second.articleId, first.articleId);
        QCOMPARE(second.version, 2);
        QCOMPARE(store.count(), 1);
        QCOMPARE(countRows(*m_db, QStringLiteral("versions")), 2);
        QCOMPARE(store.article(first.articleId)->title, QStringLiteral("Final"));
        // The search index follows the current text only.
        QSqlQuery old(QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'old'"), m_db->connection());
        QVERIFY(old.next());
        QCOMPARE(old.value(0).toInt(), 0);
        QSqlQuery fresh(QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'new'"), m_db->connection());
        QVERIFY(fresh.next());
        QCOMPARE(fresh.value(0).toInt(), 1);
        QSqlQuery integrity(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)"), m_db->connection());
        QVERIFY2(integrity.lastError().type() == QSqlError::NoError, qPrintable(integrity.lastError().text()));
    }

    void failedImportWritesNothing()
    {
        LibraryStore store(*m_db);
        // A trigger stands in for a failure half-way through the transaction
        // (disk full, crash): after the article row, before the version row.
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER fail_versions BEFORE INSERT ON versions BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        StoreOutcome outcome;
        QString error;
        QVERIFY(!store.add(makeArticle(QStringLiteral("Doomed"), {QStringLiteral("Never stored.")}), &outcome, &error));
        QVERIFY2(error.contains(QStringLiteral("disk full")), qPrintable(error));
        QCOMPARE(countRows(*m_db, QStringLiteral("articles")), 0);
        QCOMPARE(countRows(*m_db, QStringLiteral("versions")), 0);
        QSqlQuery search(QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'stored'"), m_db->connection());
        QVERIFY(search.next());
        QCOMPARE(search.value(0).toInt(), 0);
    }

    void restoreRemovedLineMakesNewVersion()
    {
        LibraryStore store(*m_db);
        StoreOutcome outcome;
        QString error;
        QVERIFY(store.add(makeArticle(QStringLiteral("Restorable"), {QStringLiteral("Body.")}), &outcome, &error));
        QVERIFY2(store.restoreRemovedLine(outcome.articleId, 0, &error), qPrintable(error));
        const Article after = *store.article(outcome.articleId);
        QCOMPARE(after.version, 2);
        QVERIFY(after.removed.isEmpty());
        QCOMPARE(after.blocks.at(1).text, QStringLiteral("Share this article"));
        QVERIFY(!store.restoreRemovedLine(outcome.articleId, 0, &error));
        QVERIFY(error.contains(QStringLiteral("no removed line")));
    }

    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("removedLines");
        QTest::newRow("version 1") << QStringLiteral("library-v1.sql") << 0;
        QTest::newRow("version 2") << QStringLiteral("library-v2.sql") << 1;
    }

    void migratesEveryEarlierVersion()
    {
        QFETCH(QString, fixture);
        QFETCH(int, removedLines);
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        const QString scriptError = runSqlScript(QStringLiteral(LECTERN_TEST_DATA "/store/") + fixture, path);
        QVERIFY2(scriptError.isEmpty(), qPrintable(scriptError));
        Database old;
        QString error;
        QVERIFY2(old.open(path, &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), Migrations::latestVersion());
        LibraryStore store(old);
        const std::optional<Article> article = store.article(1);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Tidal Power Grants Favour Incumbents"));
        QCOMPARE(article->blocks.size(), 2);
        QCOMPARE(article->blocks.at(0).kind, Block::Kind::Heading);
        QCOMPARE(article->removed.size(), removedLines);
        QSqlQuery search(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH 'turbines'"), old.connection());
        QVERIFY(search.next());
        QCOMPARE(search.value(0).toInt(), 1);
        // Version 3 brought the default codebook and an empty claims table.
        QCOMPARE(countRows(old, QStringLiteral("tags")), 3);
        QCOMPARE(countRows(old, QStringLiteral("claims")), 0);
    }

    // Schema 10 copies the claims into a table that never reuses an id; the
    // claims keep their ids and tags, and every row gets a global id.
    void aSchema9LibraryKeepsItsClaimsAndTags()
    {
        const QString path = m_dir->filePath(QStringLiteral("v9.sqlite"));
        const QString scriptError = runSqlScript(QStringLiteral(LECTERN_TEST_DATA "/store/library-v2.sql"), path);
        QVERIFY2(scriptError.isEmpty(), qPrintable(scriptError));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(Migrations::upgradeTo(raw, 9, &error), qPrintable(error));
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            for (int id : {4, 9}) {
                QVERIFY2(query.exec(QStringLiteral("INSERT INTO claims (id, article_id, start_offset, end_offset, exact, created, modified)"
                                                   " VALUES (%1, 1, 0, 5, 'Tidal', '2025-11-04T09:00:00Z', '2025-11-04T09:00:00Z')")
                                        .arg(id)),
                         qPrintable(query.lastError().text()));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO claim_tags (claim_id, tag_id, position) VALUES (%1, 2, 0), (%1, 3, 1)").arg(id)));
            }
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(claim_id || ':' || tag_id) FROM (SELECT * FROM claim_tags ORDER BY claim_id, position)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("4:2,4:3,9:2,9:3"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT uid) FROM claims WHERE length(uid) = 36")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE uid = '' UNION ALL SELECT count(*) FROM tags WHERE uid = ''")));
        while (query.next())
            QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM claims WHERE id = 9")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO claims (article_id, start_offset, end_offset, exact, created, modified)"
                                          " VALUES (1, 0, 5, 'Tidal', '2025-11-04T09:00:00Z', '2025-11-04T09:00:00Z')")));
        QCOMPARE(query.lastInsertId().toLongLong(), 10);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
    }

    // A schema 6 library cut every text in trigrams; schema 7 keeps only
    // the texts in scripts written without spaces, and still finds them.
    // Schema 8 reads the vocabulary of a library made before it from its index.
    void anOlderLibraryGetsItsVocabulary()
    {
        const QString path = m_dir->filePath(QStringLiteral("v7.sqlite"));
        const QString scriptError = runSqlScript(QStringLiteral(LECTERN_TEST_DATA "/store/library-v2.sql"), path);
        QVERIFY2(scriptError.isEmpty(), qPrintable(scriptError));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab(main, article_fts, row)")));
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT group_concat(term) FROM (SELECT term FROM search_terms ORDER BY term)),"
                                          " (SELECT group_concat(term) FROM (SELECT term FROM temp.index_terms ORDER BY term))")));
        QVERIFY(query.next());
        QVERIFY(!query.value(0).toString().isEmpty());
        QCOMPARE(query.value(0).toString(), query.value(1).toString());
    }

    void trigramIndexKeepsOnlyUnspacedTexts()
    {
        const QString path = m_dir->filePath(QStringLiteral("v6.sqlite"));
        const QString scriptError = runSqlScript(QStringLiteral(LECTERN_TEST_DATA "/store/library-v2.sql"), path);
        QVERIFY2(scriptError.isEmpty(), qPrintable(scriptError));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (id, title, imported, current_version) VALUES (2, '港の日記', '2025-11-04T09:00:00Z', 2)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO versions (id, article_id, number, content_hash, text, blocks, imported)"
                                              " VALUES (2, 2, 1, 'another-hash', '朝の港では漁船が静かに並んでいた。', '[]', '2025-11-04T09:00:00Z')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')")));
            QString error;
            QVERIFY2(Migrations::upgradeTo(raw, 6, &error), qPrintable(error));
            QSqlQuery both(QStringLiteral("SELECT count(*) FROM article_trigram WHERE article_trigram MATCH 'rul'"), raw);
            QVERIFY(both.next());
            QCOMPARE(both.value(0).toInt(), 1); // the English text, cut in trigrams
            both.finish();
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(article_id) FROM trigram_articles")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2"));
        QVERIFY(query.exec(QStringLiteral("SELECT rowid FROM article_trigram WHERE article_trigram MATCH '漁船が'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM article_trigram WHERE article_trigram MATCH 'rul'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO article_trigram(article_trigram, rank) VALUES('integrity-check', 1)")), qPrintable(query.lastError().text()));

        // A new version moves the article in or out of the trigram index.
        LibraryStore store(db);
        StoreOutcome outcome;
        QVERIFY2(store.add(makeArticle(QStringLiteral("Tidal Power"), {QStringLiteral("潮力発電の補助金は大手に有利だ。")}, QStringLiteral("/home/reader/tidal.txt")),
                           &outcome, &error),
                 qPrintable(error));
        QCOMPARE(outcome.status, StoreOutcome::Status::NewVersion);
        QVERIFY(store.add(makeArticle(QStringLiteral("Harbour Diary"), {QStringLiteral("Fishing boats lined the quay at dawn.")}), &outcome, &error));
        const qint64 english = outcome.articleId;
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(article_id) FROM (SELECT article_id FROM trigram_articles ORDER BY article_id)")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("1,2"));
        QVERIFY(english != 1 && english != 2);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO article_trigram(article_trigram, rank) VALUES('integrity-check', 1)")), qPrintable(query.lastError().text()));
        QVERIFY(store.add(makeArticle(QStringLiteral("Tidal Power"), {QStringLiteral("Grants favour incumbents again.")}, QStringLiteral("/home/reader/tidal.txt")),
                          &outcome, &error));
        QCOMPARE(outcome.version, 3);
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(article_id) FROM trigram_articles")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM article_trigram WHERE article_trigram MATCH '補助金'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO article_trigram(article_trigram, rank) VALUES('integrity-check', 1)")), qPrintable(query.lastError().text()));
    }

    void refusesFilesItCannotUse()
    {
        const QString garbage = m_dir->filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.open(garbage, &error));
        QVERIFY2(error.contains(garbage), qPrintable(error));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(LibraryStoreTest)
#include "tst_librarystore.moc"
