// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "searchengine.h"
#include "searchquery.h"

namespace Lectern {

SearchResultsModel::SearchResultsModel(SearchEngine &engine, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
{
}

void SearchResultsModel::setQuery(const QString &input)
{
    const SearchQuery query(input);
    beginResetModel();
    m_input = input;
    m_terms = query.terms();
    m_hits = m_engine.search(query);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return SearchEngine::markedSnippet(hit.snippet, {}, {});
    case ArticleIdRole:
        return hit.articleId;
    case SnippetHtmlRole:
        // Escape first: the snippet is article text, never markup.
        return SearchEngine::markedSnippet(hit.snippet.toHtmlEscaped(), QStringLiteral("<b>"), QStringLiteral("</b>"));
    case SiteRole:
        return hit.site;
    case PublishedRole:
        return hit.published;
    case TermsRole:
        return m_terms;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(SiteRole, "site");
    names.insert(PublishedRole, "published");
    return names;
}

} // namespace Lectern
