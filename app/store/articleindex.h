// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reanchorcounts.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Lectern {

struct Article;

/// What is kept in step with the articles inside the store's own write
/// transaction: the search index, the related index, the claims' anchors.
/// ArticleStore calls it and knows nothing more of them; they register with
/// the writer above the store (LibraryStore, in indexing/). A call that
/// returns false fails the write, which is rolled back.
class ArticleIndex
{
public:
    /// An article as just written.
    struct Entry {
        qint64 articleId = 0;
        const Article &article;
        const QString &text; ///< its canonical text
        QByteArrayView utf8Text; ///< the same in UTF-8, as stored
        /// Set for a new version of the text: the length of the text it
        /// replaces (-1 when that could not be read).
        std::optional<int> previousLength;
        /// For a new version: where its claims went, for the caller.
        ReanchorCounts *claims = nullptr;
    };

    virtual ~ArticleIndex() = default;

    /// Before a new version's rows are written: they still hold what was indexed.
    virtual bool replacing(qint64 articleId, QString *error) = 0;
    /// The article leaves the index (the Trash; details about to change),
    /// its rows still holding what was indexed.
    virtual bool remove(qint64 articleId, QString *error) = 0;
    /// After the rows are written: a new article, a new version, or one back.
    virtual bool add(const Entry &entry, QString *error) = 0;
    /// Many articles in one transaction (GroupCommit): from beginBatch() on,
    /// work may be put off until endBatch(), which runs inside the
    /// transaction before it commits; abandonBatch() forgets what a rolled
    /// back transaction left.
    virtual void beginBatch() {}
    virtual bool endBatch(QString *error) = 0;
    virtual void abandonBatch() {}
    /// The transaction of a single write was rolled back.
    virtual void rolledBack() {}
};

} // namespace Lectern
