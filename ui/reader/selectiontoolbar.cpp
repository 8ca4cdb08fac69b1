// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectiontoolbar.h"

#include "claimactions.h"
#include "readerview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QToolButton>

namespace Lectern {

SelectionToolBar::SelectionToolBar(ReaderView *reader, ClaimActions *actions)
    : QFrame(reader->viewport())
    , m_reader(reader)
    , m_actions(actions)
    , m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Tag the selection"));
    m_layout->setContentsMargins(3, 3, 3, 3);
    m_layout->setSpacing(2);
    hide();
    rebuild();
    connect(m_actions, &ClaimActions::tagActionsChanged, this, &SelectionToolBar::rebuild);
    connect(m_reader, &ReaderView::selectionFinished, this, &SelectionToolBar::showForSelection);
    connect(m_reader, &QTextEdit::selectionChanged, this, [this] {
        if (!m_reader->textCursor().hasSelection())
            hide();
    });
    connect(m_reader->verticalScrollBar(), &QScrollBar::valueChanged, this, &QWidget::hide);
}

void SelectionToolBar::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addButton = [this](QAction *action, bool textToo) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(textToo ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        // After a click the keys should go on working in the article.
        connect(button, &QToolButton::clicked, this, [this] {
            hide();
            m_reader->setFocus();
        });
        m_layout->addWidget(button);
    };
    for (QAction *action : m_actions->tagActions())
        addButton(action, true);
    addButton(m_actions->newTagAction(), true);
    addButton(m_actions->noteAction(), true);
    adjustSize();
}

void SelectionToolBar::showForSelection()
{
    if (m_actions->stickyAction()->isChecked() || !m_reader->textCursor().hasSelection()) {
        hide();
        return;
    }
    QTextCursor start = m_reader->textCursor();
    start.setPosition(start.selectionStart());
    const QRect at = m_reader->cursorRect(start);
    adjustSize();
    const int x = qBound(0, at.left(), qMax(0, m_reader->viewport()->width() - width()));
    int y = at.top() - height() - 4;
    if (y < 0)
        y = m_reader->cursorRect().bottom() + 4;
    move(x, y);
    show();
    raise();
}

} // namespace Lectern
