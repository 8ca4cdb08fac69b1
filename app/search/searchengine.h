// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"
#include "searchvocabulary.h"

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
/// query matching fewer articles, and a bounded cost for the rest. The
/// window is sized by cost: at 100,000 articles, 500 matches of a phrase of
/// two common words take about as long to walk as every article of a
/// 1,000-article library (BENCHMARKS.md).
class SearchEngine
{
public:
    static constexpr QChar matchStart = QChar(0x0001);
    static constexpr QChar matchEnd = QChar(0x0002);
    static constexpr int defaultRankingWindow = 500;
    /// How many of the newest articles the ranking's document frequencies
    /// are counted over (SearchRanking); no more than the window, so that
    /// the window's own pass counts them for a query of one phrase.
    static constexpr int idfSampleArticles = 500;

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
    /// The newest articles, over which document frequencies are counted.
    struct Sample {
        qint64 lowestExcluded = 0;
        qint64 documents = 0;
    };
    QList<SearchHit> rankAndCut(const SearchQuery &query, int limit, int offset) const;
    QList<Ranked> rankNewestMatches(const SearchQuery &query) const;
    QList<SearchHit> withSnippets(const SearchQuery &query, const QList<Ranked> &page) const;
    QList<SearchHit> searchByCharacters(const SearchQuery &query, int limit, int offset) const;
    Sample newestArticles() const;
    qint64 countMatches(const QString &phrase, const Sample &sample) const;
    QList<double> inverseFrequencies(const SearchQuery &query, const Sample &sample) const;

    Database &m_database;
    SearchVocabulary m_vocabulary;
    int m_rankingWindow = defaultRankingWindow;
};

} // namespace Lectern
