// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/tag.h"

#include <QList>

#include <optional>

namespace Lectern {

class Database;

/// Reads and writes the codebook. Claims refer to tags by id; merging and
/// deleting move or drop those references in the same transaction.
class TagStore
{
public:
    explicit TagStore(Database &database);

    /// Every tag, siblings in their order.
    QList<Tag> all() const;
    std::optional<Tag> tag(qint64 tagId) const;

    /// Adds a tag after its siblings; sets its id.
    bool add(Tag *tag, QString *error);
    /// Writes name, colour, description, parent and position.
    bool update(const Tag &tag, QString *error);
    /// Makes children the sub-tags of parentId (0: top level), in that order.
    bool arrange(qint64 parentId, const QList<qint64> &children, QString *error);
    /// Moves every claim of from (and its sub-tags) to into, then drops from.
    bool merge(qint64 from, qint64 into, QString *error);
    /// Drops a tag and its sub-tags; their claims keep their other tags.
    bool remove(qint64 tagId, QString *error);

    /// The tag and all tags nested under it.
    QList<qint64> withDescendants(qint64 tagId) const;
    /// Claims carrying the tag or one nested under it.
    int claimCount(qint64 tagId) const;

private:
    QString describeError(const QString &name, const QString &databaseError) const;

    Database &m_database;
};

} // namespace Lectern
