// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/libraryclaimfilter.h"
#include "store/claimcatalog.h"

#include <QAbstractTableModel>
#include <QHash>

class QStringMatcher;
class QTimer;

namespace Lectern {

class Database;
class Taxonomy;

/// Every claim in the library, one row each, filtered by tag, stance, kind,
/// speaker, site, date and text.
///
/// Opening costs what the first screen shows: a count, then rows read from
/// the database a page at a time. Meanwhile the whole catalog fills in slices
/// between events; filters run in memory over it, so typing never goes back
/// to the database, and a longer text only looks among the rows shown.
class LibraryClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, TagsColumn, StanceColumn, KindColumn, SpeakerColumn, NoteColumn, ArticleColumn, SiteColumn, PublishedColumn, ColumnCount };
    enum Role { ClaimIdRole = Qt::UserRole + 1, ArticleIdRole, StartRole };
    static constexpr int pageSize = 200; ///< rows read at once before the catalog is in
    static constexpr int sliceSize = 2000; ///< claims read into the catalog per event

    LibraryClaimsModel(Database &database, Taxonomy *taxonomy, QObject *parent = nullptr);

    void reload();
    /// Reads the rest of the catalog now (a filter or a summary needs all of it).
    void finishLoading();
    bool isLoaded() const { return m_loaded; }
    void setFilter(const LibraryClaimFilter &filter);
    const LibraryClaimFilter &filter() const { return m_filter; }
    /// Complete once isLoaded().
    const ClaimCatalog &catalog() const { return m_catalog; }
    /// Indexes into catalog().claims of the rows shown, once isLoaded().
    const QList<int> &visibleClaims() const { return m_visible; }
    int totalCount() const { return isLoaded() ? int(m_catalog.claims.size()) : m_counted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filtered();
    void loaded();

private:
    struct PagedRow {
        ClaimCatalog::Entry entry;
        ClaimCatalog::ArticleInfo article;
    };

    void loadSlice();
    void catalogComplete();
    bool accepts(const ClaimCatalog::Entry &entry, const QList<qint64> &tags, const QStringMatcher &text) const;
    QList<int> matching(bool narrowing) const;
    void applyFilter(bool narrowing);
    QList<PagedRow> readPage(int page) const;
    const PagedRow &pagedRow(int row) const;
    QString tagNames(const ClaimCatalog::Entry &entry) const;

    Database &m_database;
    Taxonomy *m_taxonomy;
    QTimer *m_loadTimer;
    ClaimCatalog m_catalog;
    LibraryClaimFilter m_filter;
    QList<int> m_visible;
    int m_counted = 0; ///< rows shown from pages before the catalog is in
    bool m_loaded = false;
    mutable QHash<int, QList<PagedRow>> m_pages;
};

} // namespace Lectern
