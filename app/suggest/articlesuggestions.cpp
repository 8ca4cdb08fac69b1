// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesuggestions.h"

#include "annotation/articleannotations.h"
#include "suggestionlearner.h"

namespace Lectern {

ArticleSuggestions::ArticleSuggestions(Database &database, ArticleAnnotations *annotations, SuggestionLearner *learner, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_learner(learner)
    , m_store(database)
{
    connect(m_annotations, &ArticleAnnotations::claimsChanged, this, &ArticleSuggestions::articleChanged);
    connect(m_learner, &SuggestionLearner::modelChanged, this, &ArticleSuggestions::refresh);
}

void ArticleSuggestions::articleChanged()
{
    if (m_annotations->articleId() != m_articleId) {
        m_articleId = m_annotations->articleId();
        const bool enabled = m_enabledArticles.contains(m_articleId);
        if (enabled != m_enabled) {
            m_enabled = enabled;
            Q_EMIT enabledChanged(m_enabled);
        }
        // The reader formats a new article from scratch: nothing to re-draw.
        m_pending.clear();
    }
    refresh();
}

void ArticleSuggestions::setEnabled(bool enabled)
{
    if (enabled)
        m_enabledArticles.insert(m_articleId);
    else
        m_enabledArticles.remove(m_articleId);
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    refresh();
    Q_EMIT enabledChanged(m_enabled);
}

void ArticleSuggestions::refresh()
{
    const QList<Suggestion> before = m_pending;
    m_pending.clear();
    if (m_enabled && m_articleId > 0) {
        const QList<std::pair<int, int>> rejected = m_store.rejections(m_articleId);
        for (const Suggestion &suggestion : m_learner->suggester().suggest(m_annotations->text())) {
            if (!m_annotations->highlightsIn(suggestion.start, suggestion.end).isEmpty())
                continue;
            const bool wasRejected = std::any_of(rejected.cbegin(), rejected.cend(), [&](const auto &range) {
                return range.first == suggestion.start && range.second == suggestion.end;
            });
            if (!wasRejected)
                m_pending << suggestion;
        }
    }
    announce(before);
}

void ArticleSuggestions::announce(const QList<Suggestion> &before)
{
    const auto same = [](const Suggestion &a, const Suggestion &b) {
        return a.start == b.start && a.end == b.end && a.tagId == b.tagId;
    };
    bool changed = before.size() != m_pending.size();
    for (const Suggestion &old : before) {
        if (std::none_of(m_pending.cbegin(), m_pending.cend(), [&](const Suggestion &now) { return same(old, now); })) {
            Q_EMIT highlightsChanged(old.start, old.end);
            changed = true;
        }
    }
    for (const Suggestion &now : std::as_const(m_pending)) {
        if (std::none_of(before.cbegin(), before.cend(), [&](const Suggestion &old) { return same(old, now); })) {
            Q_EMIT highlightsChanged(now.start, now.end);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT pendingChanged();
}

std::optional<Suggestion> ArticleSuggestions::suggestionAt(int position) const
{
    for (const Suggestion &suggestion : m_pending) {
        if (suggestion.contains(position) || (position == suggestion.end && position > suggestion.start))
            return suggestion;
    }
    return std::nullopt;
}

QList<Suggestion> ArticleSuggestions::suggestionsIn(int from, int to) const
{
    QList<Suggestion> result;
    for (const Suggestion &suggestion : m_pending) {
        if (suggestion.overlaps(from, to))
            result << suggestion;
    }
    return result;
}

qint64 ArticleSuggestions::accept(int start, qint64 tagId)
{
    const auto it = std::find_if(m_pending.cbegin(), m_pending.cend(), [start](const Suggestion &s) { return s.start == start; });
    if (it == m_pending.cend())
        return 0;
    const Suggestion suggestion = *it;
    QUndoStack *undo = m_annotations->undoStack();
    undo->beginMacro(tagId && tagId != suggestion.tagId ? tr("Accept Suggestion with Another Tag") : tr("Accept Suggestion"));
    const qint64 claimId = m_annotations->addClaim(suggestion.start, suggestion.end, {tagId ? tagId : suggestion.tagId});
    if (claimId && !suggestion.speaker.isEmpty())
        m_annotations->setSpeaker(claimId, suggestion.speaker);
    undo->endMacro();
    return claimId;
}

bool ArticleSuggestions::reject(int start)
{
    const auto it = std::find_if(m_pending.cbegin(), m_pending.cend(), [start](const Suggestion &s) { return s.start == start; });
    if (it == m_pending.cend())
        return false;
    const Suggestion suggestion = *it;
    QString error;
    if (!m_store.reject(m_articleId, suggestion.start, suggestion.end, suggestion.text, &error))
        qWarning("cannot store a rejected suggestion: %s", qPrintable(error));
    m_learner->learnRejection(suggestion.text); // refreshes through modelChanged
    return true;
}

} // namespace Lectern
