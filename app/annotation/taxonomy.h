// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/tagstore.h"
#include "model/tag.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Lectern {

class Database;

/// The codebook as the application sees it: tags in reading order (each
/// followed by the tags nested under it), their paths, and every edit.
/// Edits write through at once and announce changed().
class Taxonomy : public QObject
{
    Q_OBJECT
public:
    explicit Taxonomy(Database &database, QObject *parent = nullptr);

    void reload();
    /// Reloads (and announces changed()) only when the stored codebook differs
    /// from this one: another process added, renamed or moved a tag.
    bool reloadIfChangedElsewhere();
    /// Depth first: a tag, then the tags nested under it.
    const QList<Tag> &tags() const { return m_tags; }
    std::optional<Tag> tag(qint64 tagId) const;
    QList<qint64> childrenOf(qint64 parentId) const;
    /// 0 for a top-level tag.
    int depth(qint64 tagId) const;
    /// Tags nest at most this many levels (a path of 32 names): deeper
    /// trees are no codebook, and walking them took minutes.
    static constexpr int maxDepth = 32;
    /// "Security/Misuse"; separator is for display ("Security › Misuse").
    QString path(qint64 tagId, const QString &separator = QStringLiteral("/")) const;
    /// Finds a tag by path or, when unambiguous, by its own name; case-insensitive.
    std::optional<qint64> findByPath(const QString &path) const;
    /// The tags keys 1–9 apply, in order.
    QList<qint64> shortcutTags() const;
    /// A stable small number per tag, for a second cue beside colour.
    int styleIndex(qint64 tagId) const;
    QColor color(qint64 tagId) const;
    /// A palette colour that colour-blind readers can tell from every tag's
    /// (TagPalette), when one is left.
    QColor suggestedColor() const;
    QList<QColor> colours() const;

    std::optional<qint64> addTag(const QString &name, qint64 parentId, const QColor &color, const QString &description, QString *error);
    /// Adds the tag a path names ("Security/Misuse"), with any missing tag
    /// above it; color is the new tag's (invalid: suggestedColor()).
    std::optional<qint64> addPath(const QString &path, const QColor &color, QString *error);
    bool renameTag(qint64 tagId, const QString &name, QString *error);
    bool recolorTag(qint64 tagId, const QColor &color, QString *error);
    bool describeTag(qint64 tagId, const QString &description, QString *error);
    /// Nests under newParent (0: top level) at row among its siblings.
    bool moveTag(qint64 tagId, qint64 newParent, int row, QString *error);
    bool mergeTags(qint64 from, qint64 into, QString *error);
    bool removeTag(qint64 tagId, QString *error);
    /// How many claims a delete or merge of the tag would touch.
    int claimCount(qint64 tagId) const;

Q_SIGNALS:
    void changed();

private:
    static QString tooDeep();
    int height(qint64 tagId) const;
    std::optional<qint64> childNamed(qint64 parentId, const QString &name) const;
    bool updateTag(qint64 tagId, const std::function<void(Tag &)> &change, QString *error);
    void appendSubtree(const QList<Tag> &all, qint64 parentId);

    TagStore m_store;
    QList<Tag> m_tags;
};

} // namespace Lectern
