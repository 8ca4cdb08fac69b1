// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class QSqlQuery;

namespace Lectern {

class Database;

/// The library's articles as a table. Rows are fetched a page at a time
/// (canFetchMore/fetchMore), so a library of 100,000 articles costs one page
/// at start-up. Sorting and filtering run in SQL.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SiteColumn, PublishedColumn, ClaimsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit LibraryModel(Database &database, QObject *parent = nullptr);

    /// Rows whose title, byline or site contain text (case-insensitive).
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    /// Rows of articles whose curated card or source names topic (case and
    /// spacing aside, as RelatedIndex keeps them); empty: every article.
    void setTopic(const QString &topic);
    QString topic() const { return m_topic; }
    /// SQL true for an `id` with the topic bound to :topic by bindTopic().
    static QString topicCondition();
    static void bindTopic(QSqlQuery &query, const QString &topic);
    /// Re-reads the first page, e.g. after an import.
    void reload();
    /// After another process wrote: a reset when articles came or went,
    /// else the rows already read updated in place (selection and scroll stay).
    void refresh();
    /// The row of an article among the rows fetched so far, or -1.
    int rowOf(qint64 articleId) const;
    /// Shows a new claim count for one article without a reset.
    void updateClaimCount(qint64 articleId, int count);
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// About two screens: QTreeView lays out a second page at once.
    static constexpr int pageSize = 128;

private:
    struct Row {
        qint64 id;
        QString title;
        QString site;
        QString published;
        QString byline;
        int claims = 0;
    };
    QList<Row> fetchPage(int offset) const;
    qint64 countRows() const;
    QString whereClause() const;

    Database &m_database;
    QList<Row> m_rows;
    qint64 m_total = 0;
    QString m_filter;
    QString m_topic;
    int m_sortColumn = TitleColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace Lectern
