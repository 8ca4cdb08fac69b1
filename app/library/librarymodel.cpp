// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include <algorithm>

#include "related/relatedindex.h"
#include "store/database.h"

#include <QScopedValueRollback>
#include <QSqlQuery>

namespace Lectern {

LibraryModel::LibraryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    reload();
}

void LibraryModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void LibraryModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    reload();
}

QString LibraryModel::topicCondition()
{
    return QStringLiteral("id IN (SELECT article_id FROM related_features WHERE feature = :topic)");
}

void LibraryModel::bindTopic(QSqlQuery &query, const QString &topic)
{
    query.bindValue(QStringLiteral(":topic"), RelatedIndex::topicKey(topic));
}

QString LibraryModel::whereClause() const
{
    QStringList conditions{QStringLiteral("trashed IS NULL")};
    if (!m_filter.isEmpty())
        conditions << QStringLiteral("(title LIKE :pattern ESCAPE '\\' OR byline LIKE :pattern ESCAPE '\\' OR site LIKE :pattern ESCAPE '\\')");
    if (!m_topic.isEmpty())
        conditions << topicCondition();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

namespace {
QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}
} // namespace

qint64 LibraryModel::countRows() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles") + whereClause());
    if (!m_filter.isEmpty())
        query.bindValue(QStringLiteral(":pattern"), likePattern(m_filter));
    if (!m_topic.isEmpty())
        bindTopic(query, m_topic);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<LibraryModel::Row> LibraryModel::fetchPage(int offset) const
{
    static const char *const orderBy[] = {"title COLLATE NOCASE", "site COLLATE NOCASE", "published", "claims"};
    const QString order = QString::fromLatin1(orderBy[m_sortColumn]) + (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, site, published, byline,"
                                 " (SELECT count(*) FROM claims WHERE claims.article_id = articles.id) AS claims FROM articles") + whereClause() + QStringLiteral(" ORDER BY ") + order
                  + QStringLiteral(", id LIMIT :limit OFFSET :offset"));
    if (!m_filter.isEmpty())
        query.bindValue(QStringLiteral(":pattern"), likePattern(m_filter));
    if (!m_topic.isEmpty())
        bindTopic(query, m_topic);
    query.bindValue(QStringLiteral(":limit"), pageSize);
    query.bindValue(QStringLiteral(":offset"), offset);
    QList<Row> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                     query.value(5).toInt()});
    }
    return rows;
}

void LibraryModel::reload()
{
    // Views ask for more rows while handling modelReset; they get them on
    // their next request, not in the middle of the reset.
    m_resetting = true;
    beginResetModel();
    m_total = countRows();
    m_rows = fetchPage(0);
    endResetModel();
    m_resetting = false;
}

void LibraryModel::refresh()
{
    if (countRows() != m_total) {
        reload();
        return;
    }
    QList<Row> fresh;
    while (fresh.size() < m_rows.size()) {
        const QList<Row> page = fetchPage(int(fresh.size()));
        if (page.isEmpty())
            break;
        fresh += page;
    }
    fresh.resize(std::min(fresh.size(), m_rows.size()));
    if (fresh.size() != m_rows.size()) {
        reload();
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const Row &was = m_rows[i];
        const Row &is = fresh[i];
        if (was.id != is.id) { // the order changed: nothing to keep in place
            reload();
            return;
        }
        if (was.title != is.title || was.site != is.site || was.published != is.published || was.byline != is.byline || was.claims != is.claims) {
            m_rows[i] = is;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }
}

int LibraryModel::rowOf(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == articleId)
            return int(i);
    }
    return -1;
}

void LibraryModel::updateClaimCount(qint64 articleId, int count)
{
    const int row = rowOf(articleId);
    if (row < 0 || m_rows[row].claims == count)
        return;
    m_rows[row].claims = count;
    const QModelIndex changed = index(row, ClaimsColumn);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ArticleIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == ClaimsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        // A narrow library pane hides the site and date columns: the tooltip keeps them.
        const QString title = row.byline.isEmpty() ? row.title : tr("%1\nby %2").arg(row.title, row.byline);
        QStringList where;
        for (const QString &part : {row.site, row.published.left(10)}) {
            if (!part.isEmpty())
                where << part;
        }
        return where.isEmpty() ? title : title + u'\n' + where.join(QStringLiteral(" · "));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case SiteColumn:
        return row.site;
    case PublishedColumn:
        return row.published.left(10);
    case ClaimsColumn:
        return row.claims > 0 ? QVariant(row.claims) : QVariant();
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SiteColumn:
        return tr("Site");
    case PublishedColumn:
        return tr("Published");
    case ClaimsColumn:
        return tr("Claims");
    default:
        return {};
    }
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    // Views ask again for the order they show (setSortingEnabled,
    // sortByColumn): a reload reads the first page again for nothing.
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    // A listener may ask for more while rows are being inserted (the model
    // tester does): the page being added is not in m_rows yet, and would be
    // read and added twice.
    if (parent.isValid() || m_resetting || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const QList<Row> page = fetchPage(int(m_rows.size()));
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the library shrank under us
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace Lectern
