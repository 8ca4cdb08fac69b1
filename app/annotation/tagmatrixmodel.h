// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimstatistics.h"

#include <QAbstractTableModel>

namespace Lectern {

class Taxonomy;

/// Articles × tags: how many claims of each article carry each tag.
class TagMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, TagIdRole, CountRole };

    explicit TagMatrixModel(Taxonomy *taxonomy, QObject *parent = nullptr);

    void setStatistics(const ClaimCatalog *catalog, const ClaimStatistics &statistics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Taxonomy *m_taxonomy;
    const ClaimCatalog *m_catalog = nullptr;
    ClaimStatistics m_statistics;
    int m_largest = 1;
};

} // namespace Lectern
