// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "searchquery.h"
#include "store/database.h"

#include <QSqlQuery>

namespace Lectern {

SearchEngine::SearchEngine(Database &database)
    : m_database(database)
{
}

QList<SearchHit> SearchEngine::search(const QString &input, int limit, int offset) const
{
    return search(SearchQuery(input), limit, offset);
}

QList<SearchHit> SearchEngine::search(const SearchQuery &query, int limit, int offset) const
{
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    // Rank and page inside the FTS query (FTS5 sorts by rank itself), then
    // join the metadata of the page only.
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT a.id, a.title, a.site, a.published, r.snip, r.rank FROM"
                               " (SELECT rowid, rank, snippet(article_fts, 2, char(1), char(2), '\u2026', 16) AS snip"
                               "  FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?) r"
                               " JOIN articles a ON a.id = r.rowid ORDER BY r.rank"));
    sql.addBindValue(query.expression());
    sql.addBindValue(limit);
    sql.addBindValue(offset);
    if (!sql.exec())
        return hits;
    while (sql.next()) {
        hits.append({sql.value(0).toLongLong(), sql.value(1).toString(), sql.value(2).toString(), sql.value(3).toString(), sql.value(4).toString(),
                     sql.value(5).toDouble()});
    }
    return hits;
}

QString SearchEngine::markedSnippet(const QString &snippet, const QString &before, const QString &after)
{
    QString marked = snippet;
    marked.replace(matchStart, before);
    marked.replace(matchEnd, after);
    return marked;
}

qsizetype SearchEngine::firstMatch(const QString &text, const QStringList &terms)
{
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    return first;
}

} // namespace Lectern
