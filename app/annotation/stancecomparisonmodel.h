// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimstatistics.h"

#include <QAbstractTableModel>

namespace Lectern {

class Taxonomy;

/// Stances side by side per tag: for each tag, the articles with claims
/// that support it, oppose it, or stay neutral.
class StanceComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, SupportsColumn, OpposesColumn, NeutralColumn, ColumnCount };
    enum Role { ArticleIdsRole = Qt::UserRole + 1, TagIdRole };
    /// Titles shown in a cell; the tooltip has them all.
    static constexpr int titlesShown = 4;

    explicit StanceComparisonModel(Taxonomy *taxonomy, QObject *parent = nullptr);

    void setStatistics(const ClaimCatalog *catalog, const ClaimStatistics &statistics);
    static Claim::Stance stanceOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList titles(qint64 tag, Claim::Stance stance) const;

    Taxonomy *m_taxonomy;
    const ClaimCatalog *m_catalog = nullptr;
    ClaimStatistics m_statistics;
};

} // namespace Lectern
