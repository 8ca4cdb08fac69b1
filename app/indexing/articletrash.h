// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlestore.h"

#include <QList>
#include <QString>

namespace Lectern {

class Database;

/// Deleted articles wait here, claims and all, until they are restored or
/// the Trash is emptied (as in Zotero). A trashed article is out of the
/// library list, search, related articles and claim lists.
class ArticleTrash
{
public:
    using Entry = ArticleStore::TrashedArticle;

    explicit ArticleTrash(Database &database);

    /// All or nothing: an unknown or already trashed id fails the whole call.
    bool moveToTrash(const QList<qint64> &articleIds, QString *error);
    bool restore(const QList<qint64> &articleIds, QString *error);
    /// Deletes every trashed article for good; returns how many, -1 on failure.
    int empty(QString *error);
    QList<Entry> contents() const;
    bool contains(qint64 articleId) const;

private:
    enum class Place { Missing, Library, Trash };
    Place placeOf(qint64 articleId) const;
    bool move(qint64 articleId, bool toTrash, QString *error);

    Database &m_database;
};

} // namespace Lectern
