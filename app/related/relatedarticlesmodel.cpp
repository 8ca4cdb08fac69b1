// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedarticlesmodel.h"

#include "article/article.h"
#include "relatedfinder.h"

#include <algorithm>

namespace Lectern {

RelatedArticlesModel::RelatedArticlesModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
}

void RelatedArticlesModel::load(const Article &article, int limit)
{
    const RelatedFinder finder(m_database);
    QList<Row> rows;
    for (const RelatedArticle &related : finder.find(article.id, limit))
        rows.append({Kind::Related, related.articleId, related.title, related.why});
    for (const CuratedRelated &item : finder.curatedRelated(article)) {
        // Already listed as related: say the curator named it too.
        const auto listed = std::find_if(rows.begin(), rows.end(), [&item](const Row &row) {
            return item.articleId != 0 && row.articleId == item.articleId;
        });
        if (listed != rows.end())
            listed->why = tr("%1; named by the curator").arg(listed->why);
        else if (item.articleId != 0)
            rows.append({Kind::CuratedInLibrary, item.articleId, item.title, tr("Named by the curator; in your library")});
        else
            rows.append({Kind::CuratedMissing, 0, item.label, tr("Named by the curator; not in your library yet")});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RelatedArticlesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RelatedArticlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RelatedArticlesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.why.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.why;
    case Qt::ToolTipRole:
        return row.kind == Kind::CuratedMissing ? tr("“%1” is not in your library: import it to read it here.").arg(row.title)
                                                : tr("Open “%1”").arg(row.title);
    case ArticleIdRole:
        return row.articleId;
    case WhyRole:
        return row.why;
    case KindRole:
        return int(row.kind);
    case TitleRole:
        return row.title;
    default:
        return {};
    }
}

Qt::ItemFlags RelatedArticlesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A title to look for cannot be opened.
    return m_rows.at(index.row()).kind == Kind::CuratedMissing ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Lectern
