// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Lectern {

class LibraryModel;
class SearchResultsModel;
class TopicFilterBar;

/// The library list with a field that filters by title and searches the
/// full text; a search result opens its article at the match.
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    LibraryPane(LibraryModel *library, SearchResultsModel *results, QWidget *parent = nullptr);

    void focusSearch();
    void setSearchText(const QString &text);
    /// Lists only the articles with topic (a curated card's topic chip), under
    /// a chip that clears it; empty: every article.
    void setTopicFilter(const QString &topic);
    /// Marks the open article's row, when the list has read that far, without opening it again.
    void showOpenArticle(qint64 articleId);
    TopicFilterBar *topicBar() const { return m_topicBar; }
    QTreeView *libraryView() const { return m_libraryView; }
    QListView *resultsView() const { return m_resultsView; }

Q_SIGNALS:
    /// atSearchMatch: scroll to the first match of the current search.
    void articleActivated(qint64 articleId, bool atSearchMatch);

private:
    void runSearch();
    void activateResult(const QModelIndex &index);

    LibraryModel *m_library;
    SearchResultsModel *m_results;
    QLineEdit *m_search;
    TopicFilterBar *m_topicBar;
    QStackedWidget *m_stack;
    QTreeView *m_libraryView;
    QListView *m_resultsView;
    QTimer *m_searchDelay;
    QLabel *m_noHits; ///< in place of the results when a search finds nothing
};

} // namespace Lectern
