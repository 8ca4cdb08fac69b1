// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintoolbar.h"

#include "annotation/taxonomy.h"
#include "reader/claimactions.h"
#include "reader/tagswatch.h"

#include <QAction>

namespace Lectern {

MainToolBar::MainToolBar(ClaimActions *claimActions, Taxonomy *taxonomy, QWidget *parent)
    : QToolBar(tr("Main Toolbar"), parent)
    , m_claimActions(claimActions)
    , m_taxonomy(taxonomy)
    , m_tagsStart(addSeparator())
{
    // The name lets QMainWindow::saveState() remember where it sits and whether it shows.
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(true);
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    connect(m_claimActions, &ClaimActions::tagActionsChanged, this, &MainToolBar::rebuildTagButtons);
    rebuildTagButtons();
}

void MainToolBar::addWindowActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action)
            insertAction(m_tagsStart, action);
        else
            insertSeparator(m_tagsStart);
    }
}

void MainToolBar::rebuildTagButtons()
{
    qDeleteAll(m_tagButtons);
    m_tagButtons.clear();
    const QList<QAction *> &tagActions = m_claimActions->tagActions();
    for (int i = 0; i < tagActions.size(); ++i) {
        QAction *tagAction = tagActions.at(i);
        const qint64 tag = tagAction->data().toLongLong();
        // A button of its own: the tag action's key works in the reader only,
        // and a toolbar button must not claim the same shortcut.
        auto *button = new QAction(TagSwatch::keyed(m_taxonomy->color(tag), i + 1), m_taxonomy->tag(tag)->name, this);
        button->setObjectName(QStringLiteral("tagButton"));
        button->setData(tag);
        button->setToolTip(tr("Tag the selection as %1 (%2)").arg(tagAction->text(), tagAction->shortcut().toString(QKeySequence::NativeText)));
        button->setStatusTip(tagAction->statusTip());
        connect(button, &QAction::triggered, tagAction, &QAction::trigger);
        addAction(button);
        m_tagButtons << button;
    }
}

} // namespace Lectern
