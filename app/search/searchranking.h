// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct fts5_api;

namespace Lectern {

/// The rank search results are ordered by: FTS5's bm25 (title, byline and
/// text weighted 10, 3 and 1), with each phrase's inverse document
/// frequency given by the caller instead of counted.
///
/// FTS5's own bm25() counts the documents holding each phrase over the
/// whole index when it ranks its first row, whatever the query's LIMIT or
/// rowid bounds: a full scan of a common word's postings, 24-37 ms for one
/// row at 100,000 articles. SearchEngine counts them over a bounded sample
/// of the library instead.
class SearchRanking
{
public:
    /// The SQL function: lectern_rank(article_fts, idf, span, idf, span, ...):
    /// for each phrase of the query, in the order FTS5 numbers them, its
    /// inverse document frequency and how many of FTS5's phrases it spans
    /// (a prefix written as the OR of its terms spans as many as it has
    /// terms; 1 for any phrase not given). Lower is better, as with bm25().
    static constexpr const char *functionName = "lectern_rank";

    /// The connection's FTS5 extension API; null when its SQLite has no FTS5.
    static fts5_api *fts5Of(const QSqlDatabase &db);
    /// Adds the function to the connection; false when its SQLite has no FTS5.
    static bool install(const QSqlDatabase &db);
    /// bm25's inverse document frequency of a phrase found in `matching` of
    /// `documents`, kept above zero as FTS5 does.
    static double inverseDocumentFrequency(qint64 matching, qint64 documents);
};

} // namespace Lectern
