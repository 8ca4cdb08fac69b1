// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchimport.h"

#include "article/article.h"

#include <QElapsedTimer>

#include <memory>

namespace Lectern {

class LibraryStore;
class Transaction;
struct ImportResult;

/// Saves imported articles in groups, one commit per group. A batch import
/// mostly waits for commits (WAL frames, checkpoints, FTS5 segment merges at
/// each one), not for parsing, so a group of articles shares one.
///
/// A file that fails still leaves nothing behind and costs no other file
/// its place: the group is rolled back and the articles before it written
/// again. (Not a savepoint per article: FTS5 flushes its pending index to a
/// new segment at every savepoint, which costs as much as a commit.) An
/// item is handed to `committed` only once the group that holds it is
/// committed, so nothing reported as imported can be lost in a crash; a
/// group that cannot be committed reports its articles as failed.
class GroupCommit
{
public:
    GroupCommit(LibraryStore &store, const BatchImport::GroupLimits &limits, BatchImport::Committed committed);
    /// Rolls back a group that was not committed: none of it was reported.
    ~GroupCommit();
    GroupCommit(const GroupCommit &) = delete;
    GroupCommit &operator=(const GroupCommit &) = delete;

    /// Keeps the file's article for the group (or notes why it failed) and
    /// commits the group when it is full.
    void add(const QString &path, const ImportResult &result);
    /// Commits when the group has been open longer than the time limit, so
    /// that a slow file does not keep finished ones from being reported.
    void commitIfDue();
    /// Commits the open group and reports its items, in the order added.
    void commit();
    /// Items added but not yet reported.
    qsizetype pending() const { return m_pending.size(); }

private:
    struct Entry {
        BatchImport::Item item;
        Article article; ///< kept until committed, to write again after a rollback
        bool toWrite = false; ///< read and parsed; false for a file that failed
    };
    bool write(Entry &entry);
    void writePending();
    void rollBack();
    void rollBackAndRewrite(qsizetype failed);
    bool due() const;

    LibraryStore &m_store;
    BatchImport::GroupLimits m_limits;
    BatchImport::Committed m_committed;
    std::unique_ptr<Transaction> m_group;
    QList<Entry> m_pending;
    int m_articles = 0;
    qint64 m_bytes = 0;
    QElapsedTimer m_opened;
    int m_autoCheckpoint = 1000;
};

} // namespace Lectern
