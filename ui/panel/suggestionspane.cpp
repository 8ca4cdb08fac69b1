// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionspane.h"

#include "annotation/taxonomy.h"
#include "suggest/articlesuggestions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

namespace {
constexpr int startRole = Qt::UserRole;
constexpr int endRole = Qt::UserRole + 1;
} // namespace

SuggestionsPane::SuggestionsPane(ArticleSuggestions *suggestions, Taxonomy *taxonomy, QAction *toggle, QWidget *parent)
    : QWidget(parent)
    , m_suggestions(suggestions)
    , m_taxonomy(taxonomy)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
{
    auto *toggleButton = new QToolButton(this);
    toggleButton->setDefaultAction(toggle);
    toggleButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestion"));
    m_summary->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Suggested claims in this article"));
    m_list->setAccessibleDescription(tr("Sentences that read like claims; Enter shows the selected one in the article"));
    m_accept->setToolTip(tr("Make the selected suggestion a claim with its suggested tag"));
    m_reject->setToolTip(tr("Drop the selected suggestion; Lectern will not suggest it again"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toggleButton);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_suggestions, &ArticleSuggestions::pendingChanged, this, &SuggestionsPane::refill);
    connect(m_suggestions, &ArticleSuggestions::enabledChanged, this, &SuggestionsPane::refill);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT suggestionActivated(item->data(startRole).toInt(), item->data(endRole).toInt());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_accept->setEnabled(currentStart() >= 0);
        m_reject->setEnabled(currentStart() >= 0);
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (currentStart() >= 0)
            m_suggestions->accept(currentStart());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (currentStart() >= 0)
            m_suggestions->reject(currentStart());
    });
    refill();
}

int SuggestionsPane::currentStart() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(startRole).toInt() : -1;
}

void SuggestionsPane::refill()
{
    const int row = m_list->currentRow();
    m_list->clear();
    if (!m_suggestions->isEnabled()) {
        m_summary->setText(tr("Suggestions are off for this article. Turn them on to see which sentences read like claims; "
                              "everything runs on this computer."));
    } else {
        m_summary->setText(tr("%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.", nullptr,
                              int(m_suggestions->pending().size())));
    }
    for (const Suggestion &suggestion : m_suggestions->pending()) {
        QString heading = tr("%1 · %2%").arg(m_taxonomy->path(suggestion.tagId, QStringLiteral(" › "))).arg(qRound(suggestion.confidence * 100));
        if (!suggestion.speaker.isEmpty())
            heading = tr("%1 · %2").arg(heading, suggestion.speaker);
        auto *item = new QListWidgetItem(heading + u'\n' + suggestion.text, m_list);
        item->setData(startRole, suggestion.start);
        item->setData(endRole, suggestion.end);
        item->setToolTip(suggestion.text);
        QColor colour = m_taxonomy->color(suggestion.tagId);
        colour.setAlpha(40);
        item->setBackground(colour);
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_accept->setEnabled(currentStart() >= 0);
    m_reject->setEnabled(currentStart() >= 0);
}

} // namespace Lectern
