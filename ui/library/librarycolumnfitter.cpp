// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycolumnfitter.h"

#include "library/librarymodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace Lectern {

namespace {
// Optional columns, most useful first.
constexpr int optionalColumns[] = {LibraryModel::ClaimsColumn, LibraryModel::PublishedColumn, LibraryModel::SiteColumn};
constexpr int titleCharacters = 24;
// A site name longer than this is elided rather than taking the title's room.
constexpr int siteCharacters = 16;
} // namespace

LibraryColumnFitter::LibraryColumnFitter(QTreeView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    // Measured on the rows in sight, not the first thousand: the window's
    // first frame waits for this. Rows scrolled into sight are measured as
    // they come, so no value is ever cut short.
    header->setResizeContentsPrecision(0);
    m_viewport->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LibraryColumnFitter::fit);
    // Contents change the widths the columns need; fit once the view has
    // taken the change in.
    const auto later = [this] { QTimer::singleShot(0, this, &LibraryColumnFitter::fit); };
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

int LibraryColumnFitter::minimumTitleWidth() const
{
    return m_view->fontMetrics().averageCharWidth() * titleCharacters;
}

int LibraryColumnFitter::neededWidth(int column) const
{
    const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
    // The header's text, its margins, and the sort arrow it may carry.
    const QStyle *style = m_view->header()->style();
    const int margins = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view->header());
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_view->header());
    const int header = m_view->header()->fontMetrics().horizontalAdvance(title) + 2 * margins + arrow;
    // Public in QAbstractItemView, protected in QTreeView; the call is virtual still.
    int contents = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
    if (column == LibraryModel::SiteColumn)
        contents = std::min(contents, m_view->fontMetrics().averageCharWidth() * siteCharacters);
    return std::max(header, contents);
}

void LibraryColumnFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->header();
    int room = m_view->viewport()->width() - minimumTitleWidth();
    for (const int column : optionalColumns) {
        const int width = neededWidth(column);
        const bool shown = width <= room;
        header->setSectionHidden(column, !shown);
        if (shown) {
            header->resizeSection(column, width);
            room -= width;
        }
    }
    m_fitting = false;
}

bool LibraryColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport outlives the view's own destructor and still sends events
    // (the view is then a bare QWidget): compare pointers, call nothing on it.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace Lectern
