// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace Lectern {

FindBar::FindBar(QTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in article"));
    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        updateCount();
        search(false, true);
    });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::activate()
{
    show();
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 80)
        m_field->setText(selected);
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::findNext()
{
    search(false, false);
}

void FindBar::findPrevious()
{
    search(true, false);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::search(bool backward, bool fromStart)
{
    const QString needle = m_field->text();
    if (needle.isEmpty())
        return;
    QTextDocument *document = m_view->document();
    QTextCursor from = m_view->textCursor();
    if (fromStart)
        from.setPosition(from.selectionStart());
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = document->find(needle, from, flags);
    if (found.isNull()) {
        // Wrap around, as every find bar does.
        QTextCursor edge(document);
        if (backward)
            edge.movePosition(QTextCursor::End);
        found = document->find(needle, edge, flags);
    }
    if (found.isNull())
        return;
    m_view->setTextCursor(found);
    m_view->ensureCursorVisible();
    int index = 0;
    for (QTextCursor at = document->find(needle, 0); !at.isNull() && at.selectionStart() <= found.selectionStart(); at = document->find(needle, at))
        ++index;
    m_status->setText(tr("%1 of %2").arg(index).arg(m_count));
}

void FindBar::updateCount()
{
    m_count = 0;
    const QString needle = m_field->text();
    if (!needle.isEmpty()) {
        for (QTextCursor at = m_view->document()->find(needle, 0); !at.isNull(); at = m_view->document()->find(needle, at))
            ++m_count;
    }
    m_status->setText(needle.isEmpty() ? QString() : m_count == 0 ? tr("No matches") : tr("%n match(es)", nullptr, m_count));
}

} // namespace Lectern
