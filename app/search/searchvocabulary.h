// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchtokenizer.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace Lectern {

/// Every term article_fts holds (schema 8), so that a prefix can be turned
/// into the terms it starts. FTS5 answers `prefix*` by merging the postings
/// of every term it starts, across the whole library, before it yields one
/// row; an OR of those terms it walks lazily and stops at the ranking
/// window. Terms of deleted articles stay: a term that matches nothing
/// costs nothing.
///
/// An import reads its articles' terms on a worker (the other core) while
/// the library writes, and writes the new ones once per group.
class SearchVocabulary
{
public:
    explicit SearchVocabulary(const QSqlDatabase &db);
    ~SearchVocabulary();
    SearchVocabulary(const SearchVocabulary &) = delete;
    SearchVocabulary &operator=(const SearchVocabulary &) = delete;

    /// Records the terms of an article's indexed columns now, in the
    /// caller's transaction.
    bool add(const QStringList &columns, QString *error);
    /// Reads them on the worker; flush() writes them.
    void addLater(const QStringList &columns);
    /// Writes the terms read so far that the library lacks, in the
    /// caller's transaction: before it commits.
    bool flush(QString *error);
    /// After a rollback: forgets which terms were written, so that none
    /// is taken for written that is not.
    void forget();

    /// The terms that start with a prefix as typed (folded as FTS5 folds
    /// it), in order. Nothing when that cannot be told: no FTS5, or a
    /// prefix FTS5 reads as more than one term.
    std::optional<QStringList> termsStartingWith(const QString &prefix) const;

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view term) const { return std::hash<std::string_view>()(term); }
    };
    const SearchTokenizer &tokenizer() const;
    void collect(const QStringList &columns);
    void handOver();

    QSqlDatabase m_db;
    // Made on first use: a window that never searches by prefix or imports never needs it.
    mutable std::unique_ptr<SearchTokenizer> m_tokenizer;
    // Terms written or about to be, so that each is written once; and those
    // not written yet. Only the worker touches them while it runs.
    std::unordered_set<std::string, Hash, std::equal_to<>> m_known;
    std::vector<std::string> m_unwritten;
    QStringList m_queued; // columns not handed to the worker yet
    // Last, so that it is destroyed (and waits for its task) first.
    mutable QThreadPool m_worker;
};

} // namespace Lectern
