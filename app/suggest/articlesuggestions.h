// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestion.h"
#include "suggestionstore.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace Lectern {

class ArticleAnnotations;
class Database;
class SuggestionLearner;

/// The pending suggestions of the open article, for the reader and the side
/// panel. Off for each article until asked for; accepting one makes a normal
/// claim through ArticleAnnotations (so Ctrl+Z takes it back), rejecting one
/// hides it for good and teaches the model that it is not a claim.
class ArticleSuggestions : public QObject
{
    Q_OBJECT
public:
    ArticleSuggestions(Database &database, ArticleAnnotations *annotations, SuggestionLearner *learner, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    /// Shows or hides suggestions for the open article.
    void setEnabled(bool enabled);
    const QList<Suggestion> &pending() const { return m_pending; }
    std::optional<Suggestion> suggestionAt(int position) const;
    QList<Suggestion> suggestionsIn(int from, int to) const;

    /// Accepts the suggestion starting at start, with its own tag or tagId;
    /// returns the new claim's id (0 when there is no such suggestion).
    qint64 accept(int start, qint64 tagId = 0);
    bool reject(int start);

Q_SIGNALS:
    /// Suggestions appeared or went over [from, to): re-draw there.
    void highlightsChanged(int from, int to);
    void pendingChanged();
    void enabledChanged(bool enabled);

private:
    void articleChanged();
    void refresh();
    void announce(const QList<Suggestion> &before);

    ArticleAnnotations *m_annotations;
    SuggestionLearner *m_learner;
    SuggestionStore m_store;
    QSet<qint64> m_enabledArticles;
    qint64 m_articleId = 0;
    bool m_enabled = false;
    QList<Suggestion> m_pending;
};

} // namespace Lectern
