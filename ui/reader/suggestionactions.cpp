// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionactions.h"

#include "annotation/taxonomy.h"
#include "readerview.h"
#include "suggest/articlesuggestions.h"

#include <QAction>
#include <QSettings>
#include <QStyle>

namespace Lectern {

SuggestionActions::SuggestionActions(ReaderView *reader, ArticleSuggestions *suggestions, Taxonomy *taxonomy)
    : QObject(reader)
    , m_reader(reader)
    , m_suggestions(suggestions)
    , m_taxonomy(taxonomy)
    , m_toggle(new QAction(tr("Suggest &Claims"), this))
    , m_accept(new QAction(tr("&Accept Suggestion"), this))
    , m_reject(new QAction(tr("Re&ject Suggestion"), this))
{
    m_toggle->setObjectName(QStringLiteral("suggestClaims"));
    m_toggle->setIcon(QIcon::fromTheme(QStringLiteral("tools-wizard"), reader->style()->standardIcon(QStyle::SP_FileDialogInfoView)));
    m_toggle->setIconText(tr("Suggest"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_toggle->setStatusTip(tr("Underline the sentences of this article that read like claims, with the tag they seem to fit"));
    connect(m_toggle, &QAction::toggled, m_suggestions, &ArticleSuggestions::setEnabled);
    connect(m_suggestions, &ArticleSuggestions::enabledChanged, this, &SuggestionActions::updateEnabled);

    // Single keys act only while the article has focus, never in a text field.
    m_accept->setShortcuts({QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_accept->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_accept->setStatusTip(tr("Make the suggestion under the cursor a claim with the suggested tag"));
    connect(m_accept, &QAction::triggered, this, &SuggestionActions::acceptAtCursor);
    m_reject->setShortcut(QKeySequence(Qt::Key_X));
    m_reject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reject->setStatusTip(tr("Dismiss the suggestion under the cursor; Lectern learns it is not a claim"));
    connect(m_reject, &QAction::triggered, this, &SuggestionActions::rejectAtCursor);
    m_reader->addActions({m_accept, m_reject});
    updateEnabled();
    // Remembered: a reader who wants suggestions wants them in every article.
    m_toggle->setChecked(QSettings().value(QStringLiteral("reader/suggestClaims"), false).toBool());
    connect(m_toggle, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("reader/suggestClaims"), on);
    });
}

void SuggestionActions::updateEnabled()
{
    const bool on = m_suggestions->isEnabled();
    // Disabled actions let the keys through to the reader when suggestions are off.
    m_accept->setEnabled(on);
    m_reject->setEnabled(on);
    if (m_toggle->isChecked() != on)
        m_toggle->setChecked(on);
}

void SuggestionActions::acceptAtCursor()
{
    const int position = m_reader->textCursor().position();
    const auto suggestion = m_suggestions->suggestionAt(position);
    if (!suggestion) {
        Q_EMIT status(tr("There is no suggestion under the cursor."));
        return;
    }
    if (m_suggestions->accept(suggestion->start) > 0)
        Q_EMIT status(tr("Accepted as %1. Undo with Ctrl+Z.").arg(m_taxonomy->path(suggestion->tagId, QStringLiteral(" › "))));
    goToNext(suggestion->end);
}

void SuggestionActions::rejectAtCursor()
{
    const int position = m_reader->textCursor().position();
    const auto suggestion = m_suggestions->suggestionAt(position);
    if (!suggestion) {
        Q_EMIT status(tr("There is no suggestion under the cursor."));
        return;
    }
    m_suggestions->reject(suggestion->start);
    Q_EMIT status(tr("Suggestion rejected."));
    goToNext(suggestion->end);
}

void SuggestionActions::goToNext(int position)
{
    for (const Suggestion &suggestion : m_suggestions->pending()) {
        if (suggestion.start >= position) {
            m_reader->selectRange(suggestion.start, suggestion.start);
            m_reader->ensureCursorVisible();
            return;
        }
    }
}

} // namespace Lectern
