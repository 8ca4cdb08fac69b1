// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QAbstractItemModel>

#include <optional>

namespace Lectern {

class ArticleAnnotations;
class Taxonomy;

/// The open article's claims grouped by tag, with counts; claims that lost
/// their place after a new version come last, under "Needs review".
class ClaimsOutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        TagIdRole,
        IsGroupRole,
        IsOrphanRole,
        StartRole,
    };

    ClaimsOutlineModel(ArticleAnnotations *annotations, Taxonomy *taxonomy, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setStanceFilter(std::optional<Claim::Stance> stance);
    void setTagFilter(qint64 tagId); // 0: every tag
    /// Claims shown, counting a claim once however many groups list it.
    int visibleClaims() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group {
        qint64 tagId = 0; // 0 with orphans false: untagged
        bool orphans = false;
        QList<Claim> claims;
    };
    void rebuild();
    bool accepts(const Claim &claim) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant claimData(const Claim &claim, int role) const;

    ArticleAnnotations *m_annotations;
    Taxonomy *m_taxonomy;
    QList<Group> m_groups;
    QString m_filterText;
    std::optional<Claim::Stance> m_stance;
    qint64 m_tagFilter = 0;
};

} // namespace Lectern
