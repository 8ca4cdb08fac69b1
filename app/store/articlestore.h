// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"
#include "article/articledetails.h"
#include "preparedqueries.h"
#include "storeoutcome.h"

#include <QHash>

#include <optional>

namespace Lectern {

class ArticleIndex;
class Database;

/// Reads and writes articles and their versions. Every write is one
/// transaction: an article is either fully there (text, blocks, metadata,
/// and what the ArticleIndex it is given keeps: the search index, the related
/// index, the claims' anchors) or not at all. Lectern writes through
/// LibraryStore (indexing/), which gives it the indexes.
class ArticleStore
{
public:
    explicit ArticleStore(Database &database);

    /// Adds an article, or a new text version of the article with the same
    /// source, or nothing when the same text is already in the library.
    bool add(const Article &article, ArticleIndex &index, StoreOutcome *outcome, QString *error);
    /// add() with no transaction of its own, for a caller that writes many
    /// articles in one (GroupCommit): a savepoint per article would make
    /// FTS5 flush its pending index at each. On failure the article may be
    /// half written, so the caller must roll its transaction back.
    bool addInOpenTransaction(const Article &article, ArticleIndex &index, StoreOutcome *outcome, QString *error);
    /// The current version of an article, with blocks, removed lines and
    /// curated summary; nullopt when there is no such article.
    std::optional<Article> article(qint64 id) const;
    /// Puts a removed line back into the text as a paragraph; this makes a
    /// new text version, so the change is kept with the article's history.
    bool restoreRemovedLine(qint64 articleId, int removedIndex, ArticleIndex &index, QString *error);
    /// Corrects an article's details; its text and versions stay as they are.
    bool editDetails(qint64 articleId, const ArticleDetails &details, ArticleIndex &index, QString *error);
    /// Puts the article into the indexes, or takes it out of them (the Trash
    /// does), in the caller's transaction.
    bool setIndexed(qint64 articleId, bool indexed, ArticleIndex &index, QString *error);
    /// Where the reader stopped: a position in the canonical text.
    int readingPosition(qint64 articleId) const;
    bool setReadingPosition(qint64 articleId, int position);
    /// The article one of whose versions has this text hash; 0 when none.
    qint64 articleWithHash(const QString &contentHash) const;
    /// Every article's id by its source (path or URL), for matching notes
    /// made elsewhere to the articles they were made on.
    QHash<QString, qint64> articlesBySource() const;
    /// Every saved page's id by the web address it states (Article::address).
    QHash<QString, qint64> articlesByAddress() const;
    /// Articles in the library, the Trash not counted.
    qint64 count() const;
    /// No article at all, not even in the Trash. Cheaper than count() == 0:
    /// it reads one row, not the whole table.
    bool isEmpty() const;
    /// Articles in the library, the Trash left out.
    QList<qint64> ids() const;

    /// The Trash's rows (ArticleTrash, indexing/, keeps the indexes in step).
    struct TrashedArticle {
        qint64 id = 0;
        QString title;
        QString trashed; ///< when, ISO 8601 UTC
        int claims = 0;
    };
    /// Where an article is: nullopt when there is none, else whether it is in the Trash.
    std::optional<bool> isTrashed(qint64 articleId) const;
    /// Puts the article in the Trash as of now, or back: its row only.
    bool setTrashed(qint64 articleId, bool trashed, QString *error);
    /// Deletes every trashed article for good, their versions, claims and
    /// features with them (ON DELETE CASCADE); how many, -1 on failure.
    int deleteTrashed(QString *error);
    /// Newest first.
    QList<TrashedArticle> trashed() const;
    /// The library written to, for a caller that groups writes (GroupCommit).
    Database &database() const { return m_database; }

private:
    QHash<QString, qint64> articlesBy(QLatin1StringView column) const;
    struct Existing {
        qint64 articleId = 0;
        int version = 0;
        QString title;
    };
    std::optional<Existing> existing(const QString &sql, const QString &key) const;
    std::optional<Existing> findByHash(const QString &hash) const;
    std::optional<Existing> findBySource(const QString &source) const;
    bool insertArticle(const Article &article, qint64 *id);
    bool insertVersion(qint64 articleId, int number, const Article &article, QByteArrayView utf8Text, const QString &hash);
    bool updateMetadata(qint64 articleId, const Article &article);
    bool isIndexed(qint64 articleId) const;
    int currentTextLength(qint64 articleId) const;
    bool writeArticle(const Article &article, const QString &text, const QString &hash, const std::optional<Existing> &previous, ArticleIndex &index,
                      StoreOutcome *outcome);
    QString lastError() const;

    Database &m_database;
    mutable PreparedQueries m_queries;
    mutable QString m_lastError;
};

} // namespace Lectern
