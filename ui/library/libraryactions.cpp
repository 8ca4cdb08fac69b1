// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryactions.h"
#include "librarypane.h"

#include "dialogs/articledetailsdialog.h"
#include "dialogs/trashdialog.h"
#include "library/libraryedits.h"
#include "library/librarymodel.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

namespace Lectern {

LibraryActions::LibraryActions(LibraryEdits *edits, LibraryPane *pane, QWidget *dialogParent)
    : QObject(pane)
    , m_edits(edits)
    , m_pane(pane)
    , m_dialogParent(dialogParent)
    , m_moveToTrash(new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("&Move to Trash"), this))
    , m_editDetails(new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("Article &Details…"), this))
    , m_showTrash(new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("&Trash…"), this))
{
    m_moveToTrash->setObjectName(QStringLiteral("moveToTrash"));
    m_moveToTrash->setShortcut(QKeySequence::Delete);
    // Delete in the list only: in the reader it removes the claim under the cursor.
    m_moveToTrash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveToTrash->setStatusTip(tr("Move the selected article to the Trash, with its claims; Undo or the Trash brings it back"));
    m_pane->libraryView()->addAction(m_moveToTrash);
    m_editDetails->setObjectName(QStringLiteral("editArticleDetails"));
    m_editDetails->setShortcut(QKeySequence(Qt::Key_F2));
    m_editDetails->setStatusTip(tr("Correct the title, byline, site, date, address or topics of the selected article"));
    m_showTrash->setObjectName(QStringLiteral("showTrash"));
    m_showTrash->setStatusTip(tr("See the deleted articles, restore them or delete them for good"));
    connect(m_moveToTrash, &QAction::triggered, this, &LibraryActions::moveToTrash);
    connect(m_editDetails, &QAction::triggered, this, &LibraryActions::editDetails);
    connect(m_showTrash, &QAction::triggered, this, &LibraryActions::showTrash);
    QTreeView *view = m_pane->libraryView();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &LibraryActions::showContextMenu);
}

QList<qint64> LibraryActions::chosenArticles() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_pane->libraryView()->selectionModel() ? m_pane->libraryView()->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &row : rows)
        ids << row.data(LibraryModel::ArticleIdRole).toLongLong();
    if (ids.isEmpty() && m_openArticle > 0)
        ids << m_openArticle;
    return ids;
}

void LibraryActions::moveToTrash()
{
    const QList<qint64> ids = chosenArticles();
    if (ids.isEmpty())
        return;
    if (m_edits->moveToTrash(ids))
        Q_EMIT status(tr("%n article(s) moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.", nullptr, int(ids.size())));
}

void LibraryActions::editDetails()
{
    const QList<qint64> ids = chosenArticles();
    if (ids.isEmpty())
        return;
    const std::optional<ArticleDetails> details = m_edits->details(ids.first());
    if (!details)
        return;
    ArticleDetailsDialog dialog(*details, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && m_edits->editDetails(ids.first(), dialog.details()))
        Q_EMIT status(tr("Details saved. Undo with Ctrl+Z."));
}

void LibraryActions::showTrash()
{
    TrashDialog dialog(m_edits, m_dialogParent);
    dialog.exec();
}

void LibraryActions::showContextMenu(const QPoint &position)
{
    QTreeView *view = m_pane->libraryView();
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    const qint64 articleId = index.data(LibraryModel::ArticleIdRole).toLongLong();
    QMenu menu(view);
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open"), this, [this, articleId] { Q_EMIT openRequested(articleId); });
    menu.addSeparator();
    menu.addAction(m_editDetails);
    menu.addAction(m_moveToTrash);
    menu.exec(view->viewport()->mapToGlobal(position));
}

} // namespace Lectern
