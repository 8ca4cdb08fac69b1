// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"

#include <QList>

namespace Lectern {

class Database;
class SearchQuery;

/// Full-text search over the library with SQLite FTS5: bm25 ranking with
/// titles weighted above bylines above text, diacritics folded. Queries in
/// Japanese or Chinese go to a second, trigram index instead, which holds
/// only the articles written at least partly in such scripts (schema 7).
///
/// Ranking scores every candidate, so a word found in most of a large
/// library would cost time in proportion to the library. Candidates are
/// therefore the most recently added `rankingWindow` matches: exact for any
/// query matching fewer articles, and a bounded cost for the rest.
class SearchEngine
{
public:
    static constexpr QChar matchStart = QChar(0x0001);
    static constexpr QChar matchEnd = QChar(0x0002);
    static constexpr int defaultRankingWindow = 2000;
    /// How many of the newest articles the ranking's document frequencies
    /// are counted over (SearchRanking).
    static constexpr int idfSampleArticles = 2000;

    explicit SearchEngine(Database &database);

    QList<SearchHit> search(const SearchQuery &query, int limit = 50, int offset = 0) const;
    QList<SearchHit> search(const QString &input, int limit = 50, int offset = 0) const;
    /// The snippet with its match markers swapped for the given strings.
    static QString markedSnippet(const QString &snippet, const QString &before, const QString &after);
    /// Offset of the first place in text where one of the terms occurs,
    /// ignoring case; -1 when none does.
    static qsizetype firstMatch(const QString &text, const QStringList &terms);

    /// True when a term holds characters of a script written without
    /// spaces (UnspacedScripts), which unicode61 cannot split.
    static bool needsCharacterSearch(const QStringList &terms);

    int rankingWindow() const { return m_rankingWindow; }
    void setRankingWindow(int matches) { m_rankingWindow = matches; }

private:
    struct Ranked {
        qint64 articleId = 0;
        double score = 0;
    };
    QList<Ranked> rankNewestMatches(const SearchQuery &query) const;
    QList<SearchHit> withSnippets(const SearchQuery &query, const QList<Ranked> &page) const;
    QList<SearchHit> searchByCharacters(const SearchQuery &query, int limit, int offset) const;
    QList<double> inverseFrequencies(const SearchQuery &query) const;

    Database &m_database;
    int m_rankingWindow = defaultRankingWindow;
};

} // namespace Lectern
