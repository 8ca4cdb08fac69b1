// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"
#include "libraryclaimfilter.h"
#include "store/claimfilterquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Lectern {

class Database;
class Taxonomy;

/// Every claim in the library, one row each, filtered by tag, stance, kind,
/// speaker, site, date and text. Lazy: a filter costs one SQL count, and rows
/// are read from the database a page at a time as the view asks for them, so
/// opening 100,000 claims costs what the first screen shows.
class LibraryClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, TagsColumn, StanceColumn, KindColumn, SpeakerColumn, ArticleColumn, SiteColumn, PublishedColumn, ColumnCount };
    enum Role { ClaimIdRole = Qt::UserRole + 1, ArticleIdRole, StartRole };
    static constexpr int pageSize = 200;

    LibraryClaimsModel(Database &database, Taxonomy *taxonomy, QObject *parent = nullptr);

    void reload();
    void setFilter(const LibraryClaimFilter &filter);
    const LibraryClaimFilter &filter() const { return m_filter; }
    /// The filter as SQL, for summaries of the rows shown (ClaimCatalog::load).
    const ClaimFilterQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filtered();

private:
    struct Row {
        qint64 id = 0;
        qint64 articleId = 0;
        int start = 0;
        QString quote;
        QString speaker;
        QString note;
        Claim::Stance stance = Claim::Stance::Neutral;
        Claim::Kind kind = Claim::Kind::Claim;
        bool orphan = false;
        QList<qint64> tagIds;
        QString title;
        QString site;
        QString published;
    };

    void applyFilter();
    int count(const ClaimFilterQuery &query) const;
    const Row &row(int row) const;
    QList<Row> readPage(int page) const;
    QString tagNames(const Row &row) const;

    Database &m_database;
    Taxonomy *m_taxonomy;
    LibraryClaimFilter m_filter;
    ClaimFilterQuery m_query;
    int m_total = 0;
    int m_rows = 0;
    mutable QHash<int, QList<Row>> m_pages;
};

} // namespace Lectern
