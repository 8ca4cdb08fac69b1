// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Lectern {

class LibraryEdits;

/// File ▸ Trash: the deleted articles, to restore (undoable) or delete for good.
class TrashDialog : public QDialog
{
    Q_OBJECT
public:
    TrashDialog(LibraryEdits *edits, QWidget *parent);

    QTreeWidget *list() const { return m_list; }

private:
    void fill();
    void restoreSelected();
    void emptyTrash();

    LibraryEdits *m_edits;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_empty;
};

} // namespace Lectern
