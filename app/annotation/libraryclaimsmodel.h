// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryclaimfilter.h"
#include "store/claimcatalog.h"

#include <QAbstractTableModel>

namespace Lectern {

class Database;
class Taxonomy;

/// Every claim in the library, one row each, filtered by tag, stance, kind,
/// speaker, site, date and text. Loads once (ClaimCatalog) and filters in
/// memory, so typing in the filter never goes back to the database.
class LibraryClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, TagsColumn, StanceColumn, KindColumn, SpeakerColumn, ArticleColumn, SiteColumn, PublishedColumn, ColumnCount };
    enum Role { ClaimIdRole = Qt::UserRole + 1, ArticleIdRole, StartRole };

    LibraryClaimsModel(Database &database, Taxonomy *taxonomy, QObject *parent = nullptr);

    void reload();
    void setFilter(const LibraryClaimFilter &filter);
    const LibraryClaimFilter &filter() const { return m_filter; }
    const ClaimCatalog &catalog() const { return m_catalog; }
    /// Indexes into catalog().claims of the rows shown.
    const QList<int> &visibleClaims() const { return m_visible; }
    int totalCount() const { return int(m_catalog.claims.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filtered();

private:
    bool accepts(const ClaimCatalog::Entry &entry, const QList<qint64> &tags) const;
    void applyFilter();
    QString tagNames(const ClaimCatalog::Entry &entry) const;

    Database &m_database;
    Taxonomy *m_taxonomy;
    ClaimCatalog m_catalog;
    LibraryClaimFilter m_filter;
    QList<int> m_visible;
};

} // namespace Lectern
