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
    if (needsCharacterSearch(query.terms()))
        return searchByCharacters(query, limit, offset);
    // Rank and page inside the FTS query (FTS5 sorts by rank itself), then
    // join the metadata of the page only. FTS5 walks a doclist newest first
    // and seeks to a rowid cheaply: the window's lowest rowid costs at most
    // rankingWindow steps, and bounds the rows ranked.
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT a.id, a.title, a.site, a.published, r.snip, r.rank FROM"
                               " (SELECT rowid, rank, snippet(article_fts, 2, char(1), char(2), '\u2026', 16) AS snip"
                               "  FROM article_fts WHERE article_fts MATCH ? AND rowid >= (SELECT coalesce(min(rowid), 0) FROM"
                               "   (SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?))"
                               "  ORDER BY rank LIMIT ? OFFSET ?) r"
                               " JOIN articles a ON a.id = r.rowid ORDER BY r.rank"));
    sql.addBindValue(query.expression());
    sql.addBindValue(query.expression());
    sql.addBindValue(m_rankingWindow);
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

bool SearchEngine::needsCharacterSearch(const QStringList &terms)
{
    for (const QString &term : terms) {
        for (const QChar c : term) {
            const QChar::Script script = c.script();
            if (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana || script == QChar::Script_Hangul)
                return true;
        }
    }
    return false;
}

// Every positive term must occur. Terms of three characters or more go
// through the trigram index; shorter ones (most two-character Japanese
// words) cannot, so they filter the rows with instr() - over the trigram
// matches when there are any, else over the library.
QList<SearchHit> SearchEngine::searchByCharacters(const SearchQuery &query, int limit, int offset) const
{
    QStringList indexed;
    QStringList scanned;
    for (const QString &term : query.terms())
        (term.size() >= 3 ? indexed : scanned) << QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    QStringList conditions;
    if (!indexed.isEmpty())
        conditions << QStringLiteral("f.article_trigram MATCH ?");
    for (qsizetype i = 0; i < scanned.size(); ++i)
        conditions << QStringLiteral("(instr(f.title, ?) > 0 OR instr(f.text, ?) > 0)");
    const QString first = query.terms().constFirst();
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT a.id, a.title, a.site, a.published,"
                               " substr(f.text, max(1, instr(f.text, ?) - 24), 80), %1"
                               " FROM article_trigram f JOIN articles a ON a.id = f.rowid WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                    .arg(indexed.isEmpty() ? QStringLiteral("0.0") : QStringLiteral("f.rank"), conditions.join(QStringLiteral(" AND ")),
                         indexed.isEmpty() ? QStringLiteral("a.id") : QStringLiteral("f.rank")));
    sql.addBindValue(first);
    if (!indexed.isEmpty())
        sql.addBindValue(indexed.join(QLatin1Char(' ')));
    for (const QString &term : query.terms()) {
        if (term.size() < 3) {
            sql.addBindValue(term);
            sql.addBindValue(term);
        }
    }
    sql.addBindValue(limit);
    sql.addBindValue(offset);
    QList<SearchHit> hits;
    if (!sql.exec())
        return hits;
    while (sql.next()) {
        QString snippet = sql.value(4).toString();
        for (const QString &term : query.terms())
            snippet.replace(term, matchStart + term + matchEnd);
        hits.append({sql.value(0).toLongLong(), sql.value(1).toString(), sql.value(2).toString(), sql.value(3).toString(), snippet,
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
