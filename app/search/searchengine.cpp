// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "searchquery.h"
#include "searchranking.h"
#include "store/database.h"
#include "text/unspacedscripts.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Lectern {

SearchEngine::SearchEngine(Database &database)
    : m_database(database)
    , m_vocabulary(database.connection())
{
    if (!SearchRanking::install(m_database.connection()))
        qWarning("Cannot rank search results: this SQLite has no FTS5");
}

QList<SearchHit> SearchEngine::search(const QString &input, int limit, int offset) const
{
    return search(SearchQuery(input), limit, offset);
}

QList<SearchHit> SearchEngine::search(const SearchQuery &query, int limit, int offset) const
{
    if (query.isEmpty())
        return {};
    if (needsCharacterSearch(query.terms()))
        return searchByCharacters(query, limit, offset);
    const SearchQuery expanded = query.withPrefixesExpanded([this](const QString &prefix) {
        return m_vocabulary.termsStartingWith(prefix);
    });
    return rankAndCut(expanded, limit, offset);
}

QList<SearchHit> SearchEngine::rankAndCut(const SearchQuery &query, int limit, int offset) const
{
    QList<Ranked> ranked = rankNewestMatches(query);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.score < b.score;
    });
    return withSnippets(query, ranked.mid(offset, limit));
}

// FTS5 walks a doclist newest first and stops at the LIMIT: one pass over
// at most rankingWindow matches ranks them all. (A prefix left to FTS5
// pays for each pass in full, by merging every matching term's doclist
// first: search() writes prefixes as the OR of their terms.)
//
// A query of one phrase is ranked with a weight of 1 and scaled by its
// inverse document frequency after the pass, which counts the phrase's
// newest matches on the way: that saves a second pass over its doclist.
QList<SearchEngine::Ranked> SearchEngine::rankNewestMatches(const SearchQuery &query) const
{
    const Sample sample = newestArticles();
    const bool countsOnTheWay = query.phrases().size() == 1 && query.exclusions() == 0;
    const QList<double> frequencies = countsOnTheWay ? QList<double>{1.0} : inverseFrequencies(query, sample);
    const QList<int> spans = query.phraseSpans() + QList<int>(query.exclusions(), 1);
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT rowid, %1(article_fts%2) FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?")
                    .arg(QLatin1StringView(SearchRanking::functionName), QStringLiteral(", ?, ?").repeated(frequencies.size())));
    for (qsizetype i = 0; i < frequencies.size(); ++i) {
        sql.addBindValue(frequencies.at(i));
        sql.addBindValue(spans.value(i, 1));
    }
    sql.addBindValue(query.expression());
    sql.addBindValue(m_rankingWindow);
    QList<Ranked> ranked;
    if (!sql.exec()) {
        qWarning("Search failed: %s", qPrintable(sql.lastError().text()));
        return ranked;
    }
    qint64 inSample = 0;
    while (sql.next()) {
        ranked.append({sql.value(0).toLongLong(), sql.value(1).toDouble()});
        inSample += ranked.constLast().articleId > sample.lowestExcluded;
    }
    if (countsOnTheWay) {
        // The pass saw every match in the sample unless it stopped at the
        // window while still inside it.
        const bool sawAll = ranked.size() < m_rankingWindow || (!ranked.isEmpty() && ranked.constLast().articleId <= sample.lowestExcluded);
        const qint64 matching = sawAll ? inSample : countMatches(query.phrases().constFirst(), sample);
        const double weight = SearchRanking::inverseDocumentFrequency(matching, sample.documents);
        for (Ranked &row : ranked)
            row.score *= weight;
    }
    return ranked;
}

// Snippets of the page's articles only, in one pass: the page's ids filter
// the rows through IN, which SQLite tests against a small index of them.
// The + keeps the IN from FTS5, which would open a cursor per id (and
// merge a prefix's postings for each).
QList<SearchHit> SearchEngine::withSnippets(const SearchQuery &query, const QList<Ranked> &page) const
{
    if (page.isEmpty())
        return {};
    QStringList ids;
    qint64 lowest = page.constFirst().articleId;
    qint64 highest = lowest;
    for (const Ranked &row : page) {
        ids << QString::number(row.articleId);
        lowest = std::min(lowest, row.articleId);
        highest = std::max(highest, row.articleId);
    }
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT a.id, a.title, a.site, a.published, snippet(article_fts, 2, char(1), char(2), '\u2026', 16)"
                               " FROM article_fts CROSS JOIN articles a ON a.id = article_fts.rowid"
                               " WHERE article_fts MATCH ? AND article_fts.rowid BETWEEN ? AND ? AND +article_fts.rowid IN (%1)")
                    .arg(ids.join(QLatin1Char(','))));
    sql.addBindValue(query.expression());
    sql.addBindValue(lowest);
    sql.addBindValue(highest);
    QHash<qint64, SearchHit> found;
    if (!sql.exec()) {
        qWarning("Search failed: %s", qPrintable(sql.lastError().text()));
        return {};
    }
    while (sql.next()) {
        const qint64 id = sql.value(0).toLongLong();
        found.insert(id, {id, sql.value(1).toString(), sql.value(2).toString(), sql.value(3).toString(), sql.value(4).toString(), 0});
    }
    QList<SearchHit> hits;
    for (const Ranked &row : page) {
        if (auto hit = found.constFind(row.articleId); hit != found.constEnd()) {
            hits.append(*hit);
            hits.last().rank = row.score;
        }
    }
    return hits;
}

// Document frequencies are counted among the newest articles only
// (idfSampleArticles), which bounds the cost of a word found everywhere;
// for a library that small they are exact.
SearchEngine::Sample SearchEngine::newestArticles() const
{
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT coalesce(max(id), 0) - ? FROM articles"));
    sql.addBindValue(idfSampleArticles);
    Sample sample;
    sample.lowestExcluded = sql.exec() && sql.next() ? sql.value(0).toLongLong() : 0;
    sql.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE id > ?"));
    sql.addBindValue(sample.lowestExcluded);
    sample.documents = sql.exec() && sql.next() ? sql.value(0).toLongLong() : 0;
    return sample;
}

qint64 SearchEngine::countMatches(const QString &phrase, const Sample &sample) const
{
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH ? AND rowid > ?"));
    count.addBindValue(phrase);
    count.addBindValue(sample.lowestExcluded);
    return count.exec() && count.next() ? count.value(0).toLongLong() : 0;
}

// Each phrase's inverse document frequency over the sample. Excluded
// phrases match no result and weigh nothing.
QList<double> SearchEngine::inverseFrequencies(const SearchQuery &query, const Sample &sample) const
{
    QList<double> frequencies;
    for (const QString &phrase : query.phrases())
        frequencies << SearchRanking::inverseDocumentFrequency(countMatches(phrase, sample), sample.documents);
    frequencies.append(QList<double>(query.exclusions(), 0.0));
    return frequencies;
}

bool SearchEngine::needsCharacterSearch(const QStringList &terms)
{
    return std::any_of(terms.begin(), terms.end(), [](const QString &term) {
        return UnspacedScripts::occurIn(term);
    });
}

// Every positive term must occur. Terms of three characters or more go
// through the trigram index; shorter ones (most two-character Japanese
// words) cannot, so they filter the rows with instr() - over the trigram
// matches when there are any, else over every article the trigram index
// holds: a term in such a script can only be in one of those.
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
