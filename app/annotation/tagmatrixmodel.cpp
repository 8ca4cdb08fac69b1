// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmatrixmodel.h"

#include "taxonomy.h"

#include <QColor>

namespace Lectern {

TagMatrixModel::TagMatrixModel(Taxonomy *taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_taxonomy(taxonomy)
{
}

void TagMatrixModel::setStatistics(const ClaimCatalog *catalog, const ClaimStatistics &statistics)
{
    beginResetModel();
    m_catalog = catalog;
    m_statistics = statistics;
    m_largest = 1;
    for (const int count : std::as_const(m_statistics.matrix))
        m_largest = std::max(m_largest, count);
    endResetModel();
}

int TagMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_statistics.articles.size());
}

int TagMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_statistics.tags.size());
}

QVariant TagMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int article = m_statistics.articles.at(index.row());
    const qint64 tag = m_statistics.tags.at(index.column());
    const int count = m_statistics.matrix.value({article, tag});
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QVariant(count) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (count == 0)
            return {};
        // The tag's colour, stronger for more claims: a heat map.
        QColor color = m_taxonomy->color(tag);
        color.setAlphaF(float(0.15 + 0.6 * count / m_largest));
        return color;
    }
    case Qt::ToolTipRole:
        return tr("%n claim(s) tagged %1 in “%2”", nullptr, count).arg(m_taxonomy->path(tag), m_catalog->articles.at(article).title);
    case ArticleIdRole:
        return m_catalog->articles.at(article).id;
    case TagIdRole:
        return tag;
    case CountRole:
        return count;
    default:
        return {};
    }
}

QVariant TagMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_catalog)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_statistics.tags.size() ? QVariant(m_taxonomy->path(m_statistics.tags.at(section))) : QVariant();
    return section >= 0 && section < m_statistics.articles.size() ? QVariant(m_catalog->articles.at(m_statistics.articles.at(section)).title) : QVariant();
}

} // namespace Lectern
