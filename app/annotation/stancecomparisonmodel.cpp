// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stancecomparisonmodel.h"

#include "taxonomy.h"

namespace Lectern {

StanceComparisonModel::StanceComparisonModel(Taxonomy *taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_taxonomy(taxonomy)
{
}

void StanceComparisonModel::setStatistics(const ClaimCatalog *catalog, const ClaimStatistics &statistics)
{
    beginResetModel();
    m_catalog = catalog;
    m_statistics = statistics;
    endResetModel();
}

Claim::Stance StanceComparisonModel::stanceOf(int column)
{
    switch (column) {
    case SupportsColumn:
        return Claim::Stance::Supports;
    case OpposesColumn:
        return Claim::Stance::Opposes;
    default:
        return Claim::Stance::Neutral;
    }
}

int StanceComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_statistics.tags.size());
}

int StanceComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList StanceComparisonModel::titles(qint64 tag, Claim::Stance stance) const
{
    QStringList result;
    const auto sides = m_statistics.articlesByStance.value(tag);
    for (const int article : sides.at(size_t(stance)))
        result << m_catalog->articles.at(article).title;
    return result;
}

QVariant StanceComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 tag = m_statistics.tags.at(index.row());
    if (index.column() == TagColumn) {
        if (role == Qt::DisplayRole)
            return m_taxonomy->path(tag);
        if (role == Qt::DecorationRole)
            return m_taxonomy->color(tag);
        return role == TagIdRole ? QVariant(tag) : QVariant();
    }
    const Claim::Stance stance = stanceOf(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QStringList all = titles(tag, stance);
        if (all.isEmpty())
            return QString();
        QString text = tr("%n article(s)", nullptr, int(all.size())) + QLatin1Char('\n') + all.mid(0, titlesShown).join(QLatin1Char('\n'));
        if (all.size() > titlesShown)
            text += QLatin1Char('\n') + tr("and %n more", nullptr, int(all.size() - titlesShown));
        return text;
    }
    case Qt::ToolTipRole:
        return titles(tag, stance).join(QLatin1Char('\n'));
    case ArticleIdsRole: {
        QVariantList ids;
        const auto sides = m_statistics.articlesByStance.value(tag);
        for (const int article : sides.at(size_t(stance)))
            ids << m_catalog->articles.at(article).id;
        return ids;
    }
    case TagIdRole:
        return tag;
    default:
        return {};
    }
}

QVariant StanceComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case SupportsColumn:
        return Claim::stanceName(Claim::Stance::Supports);
    case OpposesColumn:
        return Claim::stanceName(Claim::Stance::Opposes);
    case NeutralColumn:
        return Claim::stanceName(Claim::Stance::Neutral);
    }
    return {};
}

} // namespace Lectern
