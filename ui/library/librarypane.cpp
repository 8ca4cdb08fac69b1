// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "library/librarymodel.h"
#include "librarycolumnfitter.h"
#include "search/searchresultsmodel.h"
#include "searchresultdelegate.h"
#include "topicfilterbar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern {

LibraryPane::LibraryPane(LibraryModel *library, SearchResultsModel *results, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_results(results)
    , m_search(new QLineEdit(this))
    , m_topicBar(new TopicFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_libraryView(new QTreeView(this))
    , m_resultsView(new QListView(this))
    , m_searchDelay(new QTimer(this))
    , m_noHits(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search the library…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setAccessibleDescription(tr("Type words, \"a phrase\", prefix* or -excluded words; Enter opens the first result"));

    // A screen of titles is a few thousand characters, and in most scripts
    // shaping them only kerns; scripts that need shaping still get it. Set
    // before the model, so nothing is measured twice.
    QFont listFont;
    listFont.setStyleStrategy(QFont::PreferNoShaping);
    m_libraryView->setFont(listFont);
    m_libraryView->setModel(library);
    m_libraryView->setRootIsDecorated(false);
    m_libraryView->setUniformRowHeights(true);
    // The indicator first: turning sorting on sorts by it, and the model
    // is already in title order, so nothing is read again.
    m_libraryView->header()->setSortIndicator(LibraryModel::TitleColumn, Qt::AscendingOrder);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->setAlternatingRowColors(true);
    new LibraryColumnFitter(m_libraryView);
    m_libraryView->setAccessibleName(tr("Library"));
    m_libraryView->setAccessibleDescription(tr("The articles in the library; Enter opens the selected one"));

    m_resultsView->setModel(results);
    m_resultsView->setItemDelegate(new SearchResultDelegate(m_resultsView));
    m_resultsView->setWordWrap(true);
    m_resultsView->setAccessibleName(tr("Search results"));

    m_stack->addWidget(m_libraryView);
    m_stack->addWidget(m_resultsView);
    m_noHits->setObjectName(QStringLiteral("noHits"));
    m_noHits->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noHits->setWordWrap(true);
    m_noHits->setMargin(12);
    m_stack->addWidget(m_noHits);

    // Esc in the field gives the library list back.
    auto *clearSearch = new QAction(tr("Clear the Search"), m_search);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_topicBar);
    layout->addWidget(m_stack);
    connect(m_topicBar, &TopicFilterBar::clearRequested, this, [this] {
        setTopicFilter({});
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPane::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_results->rowCount() > 0)
            activateResult(m_results->index(0));
    });
    connect(m_libraryView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.data(LibraryModel::ArticleIdRole).toLongLong(), false);
    });
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT articleActivated(index.data(LibraryModel::ArticleIdRole).toLongLong(), false);
    });
    connect(m_resultsView, &QListView::activated, this, &LibraryPane::activateResult);
    connect(m_resultsView, &QListView::clicked, this, &LibraryPane::activateResult);
}

void LibraryPane::showOpenArticle(qint64 articleId)
{
    const int row = m_library->rowOf(articleId);
    if (row < 0 || m_libraryView->currentIndex().row() == row)
        return;
    const QSignalBlocker quiet(m_libraryView->selectionModel());
    m_libraryView->selectionModel()->setCurrentIndex(m_library->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_libraryView->scrollTo(m_library->index(row, 0));
    m_libraryView->viewport()->update(); // the blocked signals would have repainted it
}

void LibraryPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPane::setSearchText(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void LibraryPane::setTopicFilter(const QString &topic)
{
    // The list, not search results, shows a topic's articles.
    if (!topic.isEmpty())
        m_search->clear();
    runSearch();
    m_library->setTopic(topic);
    m_topicBar->setTopic(topic);
}

void LibraryPane::runSearch()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_stack->setCurrentWidget(m_libraryView);
        return;
    }
    m_results->setQuery(text);
    if (m_results->rowCount() > 0) {
        m_stack->setCurrentWidget(m_resultsView);
        return;
    }
    m_noHits->setText(tr("No article matches “%1”.").arg(text));
    m_stack->setCurrentWidget(m_noHits);
}

void LibraryPane::activateResult(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT articleActivated(index.data(SearchResultsModel::ArticleIdRole).toLongLong(), true);
}

} // namespace Lectern
