// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

namespace Lectern {

class ClaimActions;
class Taxonomy;

/// The window's toolbar: the everyday actions, then one button per
/// shortcut tag showing its colour and its key.
class MainToolBar : public QToolBar
{
    Q_OBJECT
public:
    MainToolBar(ClaimActions *claimActions, Taxonomy *taxonomy, QWidget *parent);

    /// Adds window actions before the tag buttons, in order; nullptr adds a separator.
    void addWindowActions(const QList<QAction *> &actions);

private:
    void rebuildTagButtons();

    ClaimActions *m_claimActions;
    Taxonomy *m_taxonomy;
    QAction *m_tagsStart;
    QList<QAction *> m_tagButtons;
};

} // namespace Lectern
