// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomy.h"
#include "tagpalette.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Lectern {

Taxonomy::Taxonomy(Database &database, QObject *parent)
    : QObject(parent)
    , m_store(database)
{
    reload();
}

void Taxonomy::reload()
{
    m_tags.clear();
    appendSubtree(m_store.all(), 0);
    Q_EMIT changed();
}

bool Taxonomy::reloadIfChangedElsewhere()
{
    const auto byId = [](QList<Tag> tags) {
        std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.id < b.id; });
        return tags;
    };
    const QList<Tag> stored = byId(m_store.all());
    const QList<Tag> known = byId(m_tags);
    const bool same = std::equal(stored.cbegin(), stored.cend(), known.cbegin(), known.cend(), [](const Tag &a, const Tag &b) {
        return a.id == b.id && a.parentId == b.parentId && a.name == b.name && a.color == b.color && a.description == b.description
            && a.position == b.position;
    });
    if (!same)
        reload();
    return !same;
}

// Depth first without recursion, in one pass over the tags: a library made
// before tags had a depth limit may nest thousands deep.
void Taxonomy::appendSubtree(const QList<Tag> &all, qint64 parentId)
{
    QHash<qint64, QList<qsizetype>> children;
    for (qsizetype i = 0; i < all.size(); ++i)
        children[all[i].parentId].append(i);
    QList<std::pair<qint64, qsizetype>> stack{{parentId, 0}};
    while (!stack.isEmpty()) {
        auto &[parent, next] = stack.last();
        const QList<qsizetype> &siblings = children[parent];
        if (next >= siblings.size()) {
            stack.removeLast();
            continue;
        }
        const Tag &tag = all[siblings[next++]];
        m_tags << tag;
        if (stack.size() <= all.size()) // a cycle in a damaged file ends here
            stack.append({tag.id, 0});
    }
}

std::optional<Tag> Taxonomy::tag(qint64 tagId) const
{
    for (const Tag &tag : m_tags) {
        if (tag.id == tagId)
            return tag;
    }
    return std::nullopt;
}

QList<qint64> Taxonomy::childrenOf(qint64 parentId) const
{
    QList<qint64> children;
    for (const Tag &tag : m_tags) {
        if (tag.parentId == parentId)
            children << tag.id;
    }
    return children;
}

QString Taxonomy::tooDeep()
{
    return QCoreApplication::translate("Lectern::Taxonomy", "Tags nest at most %1 levels deep.").arg(maxDepth);
}

// How many levels the tag's subtree spans below it.
int Taxonomy::height(qint64 tagId) const
{
    const int top = depth(tagId);
    int deepest = top;
    bool inside = false;
    for (const Tag &tag : m_tags) { // depth first: the subtree follows the tag
        if (tag.id == tagId) {
            inside = true;
            continue;
        }
        if (!inside)
            continue;
        const int level = depth(tag.id);
        if (level <= top)
            break;
        deepest = std::max(deepest, level);
    }
    return deepest - top;
}

int Taxonomy::depth(qint64 tagId) const
{
    int depth = 0;
    for (auto current = tag(tagId); current && current->parentId != 0 && depth < m_tags.size(); current = tag(current->parentId))
        ++depth;
    return depth;
}

QString Taxonomy::path(qint64 tagId, const QString &separator) const
{
    QStringList parts;
    for (auto current = tag(tagId); current && parts.size() <= m_tags.size(); current = tag(current->parentId)) {
        parts.prepend(current->name);
        if (current->parentId == 0)
            break;
    }
    return parts.join(separator);
}

std::optional<qint64> Taxonomy::findByPath(const QString &wanted) const
{
    const QString normalized = wanted.trimmed();
    std::optional<qint64> byName;
    int sameName = 0;
    for (const Tag &tag : m_tags) {
        if (path(tag.id).compare(normalized, Qt::CaseInsensitive) == 0)
            return tag.id;
        if (tag.name.compare(normalized, Qt::CaseInsensitive) == 0) {
            byName = tag.id;
            ++sameName;
        }
    }
    return sameName == 1 ? byName : std::nullopt;
}

QList<qint64> Taxonomy::shortcutTags() const
{
    QList<qint64> result;
    for (const Tag &tag : m_tags) {
        if (result.size() == 9)
            break;
        result << tag.id;
    }
    return result;
}

int Taxonomy::styleIndex(qint64 tagId) const
{
    for (int i = 0; i < m_tags.size(); ++i) {
        if (m_tags.at(i).id == tagId)
            return i;
    }
    return 0;
}

QColor Taxonomy::color(qint64 tagId) const
{
    const auto found = tag(tagId);
    return found && found->color.isValid() ? found->color : QColor(Qt::gray);
}

QColor Taxonomy::suggestedColor() const
{
    return TagPalette::suggested(colours());
}

QList<QColor> Taxonomy::colours() const
{
    QList<QColor> list;
    for (const Tag &tag : m_tags)
        list << tag.color;
    return list;
}

std::optional<qint64> Taxonomy::childNamed(qint64 parentId, const QString &name) const
{
    for (const Tag &tag : m_tags) {
        if (tag.parentId == parentId && tag.name.compare(name, Qt::CaseInsensitive) == 0)
            return tag.id;
    }
    return std::nullopt;
}

std::optional<qint64> Taxonomy::addPath(const QString &wanted, const QColor &color, QString *error)
{
    QStringList names;
    for (const QString &name : wanted.split(QLatin1Char('/'))) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    if (names.isEmpty()) {
        *error = QCoreApplication::translate("Lectern::Taxonomy", "A tag needs a name.");
        return std::nullopt;
    }
    qint64 parent = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool last = i == names.size() - 1;
        if (const std::optional<qint64> existing = childNamed(parent, names.at(i))) {
            if (last) {
                *error = QCoreApplication::translate("Lectern::Taxonomy", "There is already a tag %1.").arg(path(*existing));
                return std::nullopt;
            }
            parent = *existing;
            continue;
        }
        const std::optional<qint64> added = addTag(names.at(i), parent, last ? color : QColor(), {}, error);
        if (!added)
            return std::nullopt;
        parent = *added;
    }
    return parent;
}

std::optional<qint64> Taxonomy::addTag(const QString &name, qint64 parentId, const QColor &color, const QString &description, QString *error)
{
    if (parentId != 0 && depth(parentId) + 1 >= maxDepth) {
        *error = tooDeep();
        return std::nullopt;
    }
    Tag tag;
    tag.name = name;
    tag.parentId = parentId;
    tag.color = color.isValid() ? color : suggestedColor();
    tag.description = description;
    if (!m_store.add(&tag, error))
        return std::nullopt;
    reload();
    return tag.id;
}

bool Taxonomy::updateTag(qint64 tagId, const std::function<void(Tag &)> &change, QString *error)
{
    std::optional<Tag> found = tag(tagId);
    if (!found) {
        *error = QCoreApplication::translate("Lectern::Taxonomy", "There is no tag %1.").arg(tagId);
        return false;
    }
    change(*found);
    if (!m_store.update(*found, error))
        return false;
    reload();
    return true;
}

bool Taxonomy::renameTag(qint64 tagId, const QString &name, QString *error)
{
    return updateTag(
        tagId,
        [&](Tag &tag) {
            tag.name = name;
        },
        error);
}

bool Taxonomy::recolorTag(qint64 tagId, const QColor &color, QString *error)
{
    return updateTag(
        tagId,
        [&](Tag &tag) {
            tag.color = color;
        },
        error);
}

bool Taxonomy::describeTag(qint64 tagId, const QString &description, QString *error)
{
    return updateTag(
        tagId,
        [&](Tag &tag) {
            tag.description = description;
        },
        error);
}

bool Taxonomy::moveTag(qint64 tagId, qint64 newParent, int row, QString *error)
{
    if (!tag(tagId)) {
        *error = QCoreApplication::translate("Lectern::Taxonomy", "There is no tag %1.").arg(tagId);
        return false;
    }
    if (newParent != 0 && depth(newParent) + 1 + height(tagId) >= maxDepth) {
        *error = tooDeep();
        return false;
    }
    QList<qint64> siblings = childrenOf(newParent);
    siblings.removeAll(tagId);
    siblings.insert(qBound(0, row, int(siblings.size())), tagId);
    if (!m_store.arrange(newParent, siblings, error))
        return false;
    reload();
    return true;
}

bool Taxonomy::mergeTags(qint64 from, qint64 into, QString *error)
{
    if (!m_store.merge(from, into, error))
        return false;
    reload();
    return true;
}

bool Taxonomy::removeTag(qint64 tagId, QString *error)
{
    if (!m_store.remove(tagId, error))
        return false;
    reload();
    return true;
}

int Taxonomy::claimCount(qint64 tagId) const
{
    return m_store.claimCount(tagId);
}

} // namespace Lectern
