// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryclaimsmodel.h"

#include "store/database.h"
#include "taxonomy.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lectern {

namespace {
// Pages kept in memory: enough for a few screens either side of a scroll
// position, small enough that a long scroll does not keep every row.
constexpr int pagesKept = 32;
} // namespace

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
    m_total = count({});
    applyFilter();
}

void LibraryClaimsModel::setFilter(const LibraryClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

void LibraryClaimsModel::applyFilter()
{
    QList<qint64> tags;
    if (m_filter.tagId != 0) {
        tags << m_filter.tagId;
        for (qsizetype i = 0; i < tags.size(); ++i)
            tags << m_taxonomy->childrenOf(tags.at(i));
    }
    beginResetModel();
    m_query = ClaimFilterQuery(m_filter, tags);
    m_rows = m_query.where().isEmpty() ? m_total : count(m_query);
    m_pages.clear();
    endResetModel();
    Q_EMIT filtered();
}

int LibraryClaimsModel::count(const ClaimFilterQuery &query) const
{
    QSqlQuery sql(m_database.connection());
    sql.prepare(QStringLiteral("SELECT count(*)") + ClaimFilterQuery::from() + query.where());
    query.bindTo(sql);
    if (!sql.exec() || !sql.next()) {
        qWarning("Cannot count the library's claims: %s", qPrintable(sql.lastError().text()));
        return 0;
    }
    return sql.value(0).toInt();
}

QList<LibraryClaimsModel::Row> LibraryClaimsModel::readPage(int page) const
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT c.id, c.start_offset, c.exact, c.speaker, c.note, c.stance, c.kind, c.status,"
                               " (SELECT group_concat(tag_id) FROM claim_tags WHERE claim_id = c.id), a.id, a.title, a.site, a.published")
                + ClaimFilterQuery::from() + m_query.where() + QStringLiteral(" ORDER BY c.article_id, c.start_offset, c.id LIMIT ? OFFSET ?"));
    m_query.bindTo(sql);
    sql.addBindValue(pageSize);
    sql.addBindValue(page * pageSize);
    QList<Row> rows;
    if (!sql.exec()) {
        qWarning("Cannot read the library's claims: %s", qPrintable(sql.lastError().text()));
        return rows;
    }
    while (sql.next()) {
        Row row;
        row.id = sql.value(0).toLongLong();
        row.start = sql.value(1).toInt();
        row.quote = sql.value(2).toString();
        row.speaker = sql.value(3).toString();
        row.note = sql.value(4).toString();
        row.stance = Claim::stanceFromKey(sql.value(5).toString()).value_or(Claim::Stance::Neutral);
        row.kind = Claim::kindFromKey(sql.value(6).toString()).value_or(Claim::Kind::Claim);
        row.orphan = Claim::statusFromKey(sql.value(7).toString()) == Claim::Status::Orphan;
        const QString tags = sql.value(8).toString();
        for (const QStringView id : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            row.tagIds << id.toLongLong();
        row.articleId = sql.value(9).toLongLong();
        row.title = sql.value(10).toString();
        row.site = sql.value(11).toString();
        row.published = sql.value(12).toString();
        rows << row;
    }
    return rows;
}

const LibraryClaimsModel::Row &LibraryClaimsModel::row(int row) const
{
    const int page = row / pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        if (m_pages.size() >= pagesKept)
            m_pages.clear();
        found = m_pages.insert(page, readPage(page));
    }
    // The library changed under the view since the count (reload() follows).
    static const Row missing;
    const int offset = row % pageSize;
    return offset < found->size() ? found->at(offset) : missing;
}

int LibraryClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LibraryClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryClaimsModel::tagNames(const Row &row) const
{
    QStringList names;
    for (const qint64 id : row.tagIds)
        names << m_taxonomy->path(id);
    return names.join(QStringLiteral(", "));
}

QVariant LibraryClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &entry = row(index.row());
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
            return entry.title;
        case SiteColumn:
            return entry.site;
        case PublishedColumn:
            return entry.published.left(10);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == QuoteColumn && !entry.note.isEmpty() ? entry.note : QVariant();
    case Qt::DecorationRole:
        return index.column() == TagsColumn && !entry.tagIds.isEmpty() ? QVariant(m_taxonomy->color(entry.tagIds.first())) : QVariant();
    case ClaimIdRole:
        return entry.id;
    case ArticleIdRole:
        return entry.articleId;
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
