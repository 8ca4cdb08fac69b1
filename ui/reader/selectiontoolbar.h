// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;

namespace Lectern {

class ClaimActions;
class ReaderView;

/// A small bar of tag buttons that appears just above a fresh selection,
/// so a mouse user tags with one more click.
class SelectionToolBar : public QFrame
{
    Q_OBJECT
public:
    SelectionToolBar(ReaderView *reader, ClaimActions *actions);

    void showForSelection();

private:
    void rebuild();

    ReaderView *m_reader;
    ClaimActions *m_actions;
    QHBoxLayout *m_layout;
};

} // namespace Lectern
