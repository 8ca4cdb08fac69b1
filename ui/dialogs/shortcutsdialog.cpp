// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lectern {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    // Drop accelerators: "&File" and "ファイル(&F)" read as "File" and "ファイル".
    static const QRegularExpression japaneseStyle(QStringLiteral("\\(&\\w\\)"));
    text.remove(japaneseStyle);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    return text.remove(QStringLiteral("…")).trimmed();
}

QString shortcutsText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &path, QSet<const QAction *> &seen, QList<QStringList> &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path.isEmpty() ? plainText(action) : path + QStringLiteral(" › ") + plainText(action);
        seen.insert(action);
        if (action->menu())
            collect(action->menu(), name, seen, rows);
        else if (!action->shortcuts().isEmpty())
            rows.append(QStringList{name, shortcutsText(action)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Every keyboard shortcut of the main window, with the menu it is in"));
    for (const QStringList &row : shortcutsOf(window))
        m_list->addTopLevelItem(new QTreeWidgetItem(row));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(620, 520);
}

QList<QStringList> ShortcutsDialog::shortcutsOf(QWidget *window)
{
    QList<QStringList> rows;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            if (top->menu())
                collect(top->menu(), plainText(top), seen, rows);
        }
    }
    // Actions outside the menus (the reader's tag keys, the find bar...).
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->menu())
            rows.append(QStringList{plainText(action), shortcutsText(action)});
    }
    return rows;
}

} // namespace Lectern
