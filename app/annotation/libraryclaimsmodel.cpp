// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryclaimsmodel.h"

#include "taxonomy.h"

#include <algorithm>

namespace Lectern {

LibraryClaimsModel::LibraryClaimsModel(Database &database, Taxonomy *taxonomy, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_taxonomy(taxonomy)
{
    reload();
    // Renames show at once; merges and deletes change claims' tags: reload.
    connect(m_taxonomy, &Taxonomy::changed, this, &LibraryClaimsModel::reload);
}

void LibraryClaimsModel::reload()
{
    beginResetModel();
    m_catalog = ClaimCatalog::load(m_database);
    m_visible.clear();
    endResetModel();
    applyFilter();
}

void LibraryClaimsModel::setFilter(const LibraryClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

bool LibraryClaimsModel::accepts(const ClaimCatalog::Entry &entry, const QList<qint64> &tags) const
{
    if (m_filter.stance && entry.stance != *m_filter.stance)
        return false;
    if (m_filter.kind && entry.kind != *m_filter.kind)
        return false;
    if (!tags.isEmpty() && std::none_of(entry.tagIds.begin(), entry.tagIds.end(), [&tags](qint64 id) {
            return tags.contains(id);
        }))
        return false;
    if (!m_filter.speaker.isEmpty() && !entry.speaker.contains(m_filter.speaker, Qt::CaseInsensitive))
        return false;
    const ClaimCatalog::ArticleInfo &article = m_catalog.articles.at(entry.article);
    if (!m_filter.site.isEmpty() && !article.site.contains(m_filter.site, Qt::CaseInsensitive))
        return false;
    // Dates compare as ISO text: "2025" takes in all of 2025 at either end.
    if (!m_filter.from.isEmpty() && (article.published.isEmpty() || QStringView(article.published).left(m_filter.from.size()) < m_filter.from))
        return false;
    if (!m_filter.to.isEmpty() && (article.published.isEmpty() || QStringView(article.published).left(m_filter.to.size()) > m_filter.to))
        return false;
    if (!m_filter.text.isEmpty() && !entry.quote.contains(m_filter.text, Qt::CaseInsensitive) && !entry.note.contains(m_filter.text, Qt::CaseInsensitive)
        && !entry.speaker.contains(m_filter.text, Qt::CaseInsensitive) && !article.title.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

void LibraryClaimsModel::applyFilter()
{
    QList<qint64> tags;
    if (m_filter.tagId != 0) {
        tags << m_filter.tagId;
        for (qsizetype i = 0; i < tags.size(); ++i)
            tags << m_taxonomy->childrenOf(tags.at(i));
    }
    QList<int> visible;
    visible.reserve(m_catalog.claims.size());
    for (qsizetype i = 0; i < m_catalog.claims.size(); ++i) {
        if (accepts(m_catalog.claims.at(i), tags))
            visible << int(i);
    }
    beginResetModel();
    m_visible.swap(visible);
    endResetModel();
    Q_EMIT filtered();
}

int LibraryClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int LibraryClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryClaimsModel::tagNames(const ClaimCatalog::Entry &entry) const
{
    QStringList names;
    for (const qint64 id : entry.tagIds)
        names << m_taxonomy->path(id);
    return names.join(QStringLiteral(", "));
}

QVariant LibraryClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimCatalog::Entry &entry = m_catalog.claims.at(m_visible.at(index.row()));
    const ClaimCatalog::ArticleInfo &article = m_catalog.articles.at(entry.article);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return entry.orphan ? tr("%1 (needs review)").arg(entry.quote) : entry.quote;
        case TagsColumn:
            return tagNames(entry);
        case StanceColumn:
            return Claim::stanceName(entry.stance);
        case KindColumn:
            return Claim::kindName(entry.kind);
        case SpeakerColumn:
            return entry.speaker;
        case ArticleColumn:
            return article.title;
        case SiteColumn:
            return article.site;
        case PublishedColumn:
            return article.published.left(10);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == QuoteColumn && !entry.note.isEmpty() ? entry.note : QVariant();
    case Qt::DecorationRole:
        return index.column() == TagsColumn && !entry.tagIds.isEmpty() ? QVariant(m_taxonomy->color(entry.tagIds.first())) : QVariant();
    case ClaimIdRole:
        return entry.id;
    case ArticleIdRole:
        return article.id;
    case StartRole:
        return entry.start;
    default:
        return {};
    }
}

QVariant LibraryClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Claim");
    case TagsColumn:
        return tr("Tags");
    case StanceColumn:
        return tr("Stance");
    case KindColumn:
        return tr("Kind");
    case SpeakerColumn:
        return tr("Speaker");
    case ArticleColumn:
        return tr("Article");
    case SiteColumn:
        return tr("Site");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}

} // namespace Lectern
