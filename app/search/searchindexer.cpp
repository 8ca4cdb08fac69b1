// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexer.h"

#include "article/article.h"
#include "store/queryhelpers.h"
#include "store/sqlitestatement.h"
#include "text/unspacedscripts.h"

#include <QSqlQuery>

namespace Lectern {

using QueryHelpers::run;

SearchIndexer::SearchIndexer(const QSqlDatabase &db)
    : m_db(db)
    , m_queries(db)
    , m_vocabulary(db)
{
}

// FTS5 external content: the old row must be deleted with its old values,
// before the metadata and text change under it.
bool SearchIndexer::replacing(qint64 articleId, QString *error)
{
    return remove(articleId, error);
}

// External content: an entry is deleted with the values it was indexed
// with, read through the index's own source view (no row: not indexed).
bool SearchIndexer::remove(qint64 articleId, QString *error)
{
    QSqlQuery query(m_db);
    const auto deleteFrom = [&](QLatin1StringView index, QLatin1StringView source) {
        query.prepare(QStringLiteral("INSERT INTO %1(%1, rowid, title, byline, text) SELECT 'delete', id, title, byline, text FROM %2 WHERE id = ?")
                          .arg(index, source));
        query.addBindValue(articleId);
        return run(query, error);
    };
    if (!deleteFrom(QLatin1StringView("article_fts"), QLatin1StringView("article_search_source"))
        || !deleteFrom(QLatin1StringView("article_trigram"), QLatin1StringView("article_trigram_source")))
        return false;
    query.prepare(QStringLiteral("DELETE FROM trigram_articles WHERE article_id = ?"));
    query.addBindValue(articleId);
    return run(query, error);
}

// The trigram index holds only articles with text in a script written
// without spaces (schema 7): most of a library is never cut in trigrams.
bool SearchIndexer::add(const Entry &entry, QString *error)
{
    const Article &article = entry.article;
    const auto insertInto = [&](const char *sql) {
        SqliteStatement insert(m_db, sql);
        insert.bind(1, entry.articleId);
        insert.bind(2, article.title);
        insert.bind(3, article.byline);
        insert.bindUtf8(4, entry.utf8Text);
        return insert.run(error);
    };
    if (!insertInto("INSERT INTO article_fts(rowid, title, byline, text) VALUES (?1, ?2, ?3, ?4)"))
        return false;
    const QStringList columns{article.title, article.byline, entry.text};
    if (m_batch)
        m_vocabulary.addLater(columns);
    else if (!m_vocabulary.add(columns, error))
        return false;
    if (!UnspacedScripts::occurIn(article.title) && !UnspacedScripts::occurIn(article.byline) && !UnspacedScripts::occurIn(entry.text))
        return true;
    QSqlQuery *listed = m_queries.prepared(QStringLiteral("INSERT INTO trigram_articles (article_id) VALUES (?)"), error);
    if (!listed)
        return false;
    listed->addBindValue(entry.articleId);
    return run(*listed, error) && insertInto("INSERT INTO article_trigram(rowid, title, byline, text) VALUES (?1, ?2, ?3, ?4)");
}

void SearchIndexer::beginBatch()
{
    m_batch = true;
}

bool SearchIndexer::endBatch(QString *error)
{
    m_batch = false;
    return m_vocabulary.flush(error);
}

void SearchIndexer::abandonBatch()
{
    m_batch = false;
    m_vocabulary.forget();
}

// The terms written were rolled back with the rest.
void SearchIndexer::rolledBack()
{
    m_vocabulary.forget();
}

} // namespace Lectern
