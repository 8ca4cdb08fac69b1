// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Lectern {

class LibraryEdits;
class LibraryPane;

/// Managing articles from the window: Move to Trash (Delete in the list),
/// Edit Article Details (F2), the Trash dialog, and the list's context menu.
class LibraryActions : public QObject
{
    Q_OBJECT
public:
    LibraryActions(LibraryEdits *edits, LibraryPane *pane, QWidget *dialogParent);

    QAction *moveToTrashAction() const { return m_moveToTrash; }
    QAction *editDetailsAction() const { return m_editDetails; }
    QAction *showTrashAction() const { return m_showTrash; }
    /// The article the actions act on when no row of the list is selected.
    void setOpenArticle(qint64 articleId) { m_openArticle = articleId; }

Q_SIGNALS:
    void status(const QString &message);
    void openRequested(qint64 articleId);

private:
    QList<qint64> chosenArticles() const;
    void moveToTrash();
    void editDetails();
    void showTrash();
    void showContextMenu(const QPoint &position);

    LibraryEdits *m_edits;
    LibraryPane *m_pane;
    QWidget *m_dialogParent;
    QAction *m_moveToTrash;
    QAction *m_editDetails;
    QAction *m_showTrash;
    qint64 m_openArticle = 0;
};

} // namespace Lectern
