// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Lectern {

class ClaimActions;
class ClaimsOutlineModel;
class ClaimsPane;
class LazyPage;
class ReaderView;
class ReadingSession;
class SidePanel;
class SuggestionActions;
class SuggestionsPane;

/// The side panel's pages about the open article, its claims and its
/// suggestions, each built when first shown and wired to the reader.
class ArticlePages : public QObject
{
    Q_OBJECT
public:
    ArticlePages(SidePanel *panel, ReadingSession *session, ReaderView *reader, ClaimActions *claimActions, SuggestionActions *suggestionActions);

    ClaimsPane *claimsPane() const;
    SuggestionsPane *suggestionsPane() const;

Q_SIGNALS:
    void status(const QString &message, int timeout);

private:
    ClaimsPane *createClaimsPane(QWidget *parent);
    SuggestionsPane *createSuggestionsPane(QWidget *parent);
    void reattachClaim(qint64 claimId);

    ReadingSession *m_session;
    ReaderView *m_reader;
    ClaimActions *m_claimActions;
    SuggestionActions *m_suggestionActions;
    ClaimsOutlineModel *m_claimsModel;
    LazyPage *m_claimsPage;
    LazyPage *m_suggestionsPage;
};

} // namespace Lectern
