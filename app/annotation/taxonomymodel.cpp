// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomymodel.h"

#include "taxonomy.h"

namespace Lectern {

TaxonomyModel::TaxonomyModel(Taxonomy *taxonomy, QObject *parent)
    : QAbstractItemModel(parent)
    , m_taxonomy(taxonomy)
{
    // Every edit goes through the taxonomy, which reloads; a reset is the
    // honest signal for "anything may have moved".
    connect(m_taxonomy, &Taxonomy::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

qint64 TaxonomyModel::tagId(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex TaxonomyModel::indexOf(qint64 tagId) const
{
    const auto tag = m_taxonomy->tag(tagId);
    if (!tag)
        return {};
    const int row = int(m_taxonomy->childrenOf(tag->parentId).indexOf(tagId));
    return createIndex(row, 0, quintptr(tagId));
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(m_taxonomy->childrenOf(tagId(parent)).at(row)));
}

QModelIndex TaxonomyModel::parent(const QModelIndex &child) const
{
    const auto tag = m_taxonomy->tag(tagId(child));
    if (!tag || tag->parentId == 0)
        return {};
    return indexOf(tag->parentId);
}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_taxonomy->childrenOf(tagId(parent)).size());
}

int TaxonomyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto tag = m_taxonomy->tag(tagId(index));
    if (!tag)
        return {};
    if (role == TagIdRole)
        return tag->id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return tag->name;
        if (role == Qt::DecorationRole)
            return tag->color;
        if (role == Qt::ToolTipRole)
            return tag->description;
        break;
    case ClaimsColumn:
        if (role == Qt::DisplayRole)
            return m_taxonomy->claimCount(tag->id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return tag->description;
        break;
    default:
        break;
    }
    return {};
}

bool TaxonomyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QString error;
    bool ok = false;
    if (index.column() == NameColumn)
        ok = m_taxonomy->renameTag(tagId(index), value.toString(), &error);
    else if (index.column() == DescriptionColumn)
        ok = m_taxonomy->describeTag(tagId(index), value.toString(), &error);
    if (!ok && !error.isEmpty())
        Q_EMIT editFailed(error);
    return ok;
}

Qt::ItemFlags TaxonomyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() != ClaimsColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TaxonomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case ClaimsColumn:
        return tr("Claims");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Lectern
