// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlestore.h"

#include <memory>

namespace Lectern {

class LibraryIndexes;

/// The library's articles as the rest of Lectern reads and writes them: an
/// ArticleStore whose every write keeps the search index (SearchIndexer), the
/// related index (RelatedIndexer) and the claims' anchors (ClaimReanchoring)
/// in step, in the write's own transaction. The indexes register here, above
/// the store, so that storage knows nothing of them.
class LibraryStore : public ArticleStore
{
public:
    explicit LibraryStore(Database &database);
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    /// Adds an article, or a new text version of the article with the same
    /// source, or nothing when the same text is already in the library.
    bool add(const Article &article, StoreOutcome *outcome, QString *error);
    /// add() with no transaction of its own, for a caller that writes many
    /// articles in one (GroupCommit): a savepoint per article would make
    /// FTS5 flush its pending index at each. On failure the article may be
    /// half written, so the caller must roll its transaction back.
    bool addInOpenTransaction(const Article &article, StoreOutcome *outcome, QString *error);
    /// For a caller that writes many articles in one transaction: from
    /// beginBatch() on, the indexes put off what they can (how many articles
    /// hold each related-index feature, the search vocabulary's new terms)
    /// and endBatch() writes it once. endBatch() must run inside the
    /// transaction, before it commits; abandonBatch() forgets what a
    /// transaction rolled back left.
    void beginBatch();
    bool endBatch(QString *error);
    void abandonBatch();
    /// Puts a removed line back into the text as a paragraph; this makes a
    /// new text version, so the change is kept with the article's history.
    bool restoreRemovedLine(qint64 articleId, int removedIndex, QString *error);
    /// Corrects an article's details; its text and versions stay as they are.
    bool editDetails(qint64 articleId, const ArticleDetails &details, QString *error);
    /// Puts the article into the indexes, or takes it out of them (the Trash
    /// does), in the caller's transaction.
    bool setIndexed(qint64 articleId, bool indexed, QString *error);

private:
    std::unique_ptr<LibraryIndexes> m_indexes;
};

} // namespace Lectern
