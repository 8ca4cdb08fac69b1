// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepages.h"

#include "claimspane.h"
#include "lazypage.h"
#include "reader/claimactions.h"
#include "reader/readerview.h"
#include "reader/suggestionactions.h"
#include "sidepanel.h"
#include "suggestionspane.h"

#include "annotation/articleannotations.h"
#include "annotation/claimsoutlinemodel.h"
#include "session/readingsession.h"

#include <QMessageBox>

namespace Lectern {

ArticlePages::ArticlePages(SidePanel *panel, ReadingSession *session, ReaderView *reader, ClaimActions *claimActions, SuggestionActions *suggestionActions)
    : QObject(panel)
    , m_session(session)
    , m_reader(reader)
    , m_claimActions(claimActions)
    , m_suggestionActions(suggestionActions)
    , m_claimsModel(new ClaimsOutlineModel(session->annotations(), session->taxonomy(), this))
    , m_claimsPage(new LazyPage([this](QWidget *parent) { return createClaimsPane(parent); }, panel))
    , m_suggestionsPage(new LazyPage([this](QWidget *parent) { return createSuggestionsPane(parent); }, panel))
{
    panel->insertTab(1, m_claimsPage, tr("Claims"));
    panel->setTabToolTip(1, tr("The claims marked in this article, with their tags and notes"));
    panel->insertTab(2, m_suggestionsPage, tr("Suggestions"));
    panel->setTabToolTip(2, tr("Sentences that read like claims, to accept or reject"));
}

ClaimsPane *ArticlePages::claimsPane() const
{
    return static_cast<ClaimsPane *>(m_claimsPage->content());
}

SuggestionsPane *ArticlePages::suggestionsPane() const
{
    return static_cast<SuggestionsPane *>(m_suggestionsPage->content());
}

ClaimsPane *ArticlePages::createClaimsPane(QWidget *parent)
{
    auto *pane = new ClaimsPane(m_claimsModel, m_session->taxonomy(), parent);
    connect(pane, &ClaimsPane::claimActivated, m_reader, &ReaderView::revealClaim);
    connect(pane, &ClaimsPane::editRequested, this, [this](qint64 claimId) { m_claimActions->editClaim(claimId, true); });
    connect(pane, &ClaimsPane::removeRequested, m_session->annotations(), &ArticleAnnotations::removeClaim);
    connect(pane, &ClaimsPane::reattachRequested, this, &ArticlePages::reattachClaim);
    return pane;
}

SuggestionsPane *ArticlePages::createSuggestionsPane(QWidget *parent)
{
    auto *pane = new SuggestionsPane(m_session->suggestions(), m_session->taxonomy(), m_suggestionActions->toggleAction(), parent);
    connect(pane, &SuggestionsPane::suggestionActivated, this, [this](int start, int end) {
        m_reader->selectRange(end, end);
        m_reader->ensureCursorVisible();
        m_reader->selectRange(start, start);
        m_reader->ensureCursorVisible();
        m_reader->setFocus();
    });
    return pane;
}

void ArticlePages::reattachClaim(qint64 claimId)
{
    const auto [start, end] = m_reader->selectedRange();
    if (start == end) {
        QMessageBox::information(m_reader->window(), tr("Re-attach Claim"), tr("First select the text this claim should mark, then press Re-attach."));
        return;
    }
    if (m_session->annotations()->reattach(claimId, start, end))
        Q_EMIT status(tr("The claim is attached to the selected text."), 4000);
}

} // namespace Lectern
