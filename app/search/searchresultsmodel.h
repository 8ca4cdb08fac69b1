// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"

#include <QAbstractListModel>
#include <QStringList>

namespace Lectern {

class SearchEngine;

/// Search results for the library pane: title for display, the snippet as
/// escaped rich text with the match in bold, and where to open the article.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, SnippetHtmlRole, SiteRole, PublishedRole, TermsRole };

    explicit SearchResultsModel(SearchEngine &engine, QObject *parent = nullptr);

    void setQuery(const QString &input);
    QString query() const { return m_input; }
    QStringList terms() const { return m_terms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SearchEngine &m_engine;
    QString m_input;
    QStringList m_terms;
    QList<SearchHit> m_hits;
};

} // namespace Lectern
