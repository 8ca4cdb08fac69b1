// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace Lectern {

class Taxonomy;

/// The codebook as a tree: name (editable: a rename), colour, description
/// and how many claims use each tag.
class TaxonomyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { TagIdRole = Qt::UserRole + 1 };
    enum Column { NameColumn, ClaimsColumn, DescriptionColumn, ColumnCount };

    explicit TaxonomyModel(Taxonomy *taxonomy, QObject *parent = nullptr);

    QModelIndex indexOf(qint64 tagId) const;
    qint64 tagId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    Taxonomy *m_taxonomy;
};

} // namespace Lectern
