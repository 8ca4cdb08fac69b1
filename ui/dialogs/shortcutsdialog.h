// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Lectern {

/// Help › Keyboard Shortcuts: every shortcut of the window, read from its
/// actions (the menus first, by menu), so the list cannot fall out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// Rows of (menu path › action, shortcuts) for the window's actions.
    static QList<QStringList> shortcutsOf(QWidget *window);

private:
    QTreeWidget *m_list;
};

} // namespace Lectern
