// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchormatch.h"
#include "qgramindex.h"
#include "model/textanchor.h"

#include <QList>
#include <QString>

#include <utility>

namespace Lectern {

class ApproximateMatcher;
class ContextScorer;

/// Finds highlights again in a changed text. Build one per new text; locate() is const and cheap.
///
/// In order: the stored position, when the quote is still there with its context
/// (confidence 1); the exact quote elsewhere, chosen by context, then nearness; an
/// approximate match of the quote (at most maxErrorRate edits), whose confidence needs
/// both its prefix and its suffix to agree. A look-alike sentence elsewhere, or next to
/// where a deleted quote was, therefore stays below threshold: a highlight is never
/// moved silently onto different text.
class Reanchorer
{
public:
    /// previousLength, the length of the text the anchors were made on, scales stored
    /// positions when choosing between identical occurrences; -1 when unknown.
    explicit Reanchorer(const QString &text, int previousLength = -1);

    AnchorMatch locate(const TextAnchor &anchor) const;

    /// Below it, a highlight becomes an orphan.
    static constexpr double threshold = 0.6;
    /// Most edits an approximate match may have, as a fraction of the quote's length.
    static constexpr double maxErrorRate = 0.25;

private:
    struct Candidate;

    Candidate atStoredPosition(const TextAnchor &anchor, const ContextScorer &context) const;
    Candidate exactElsewhere(const TextAnchor &anchor, const ContextScorer &context) const;
    Candidate approximate(const TextAnchor &anchor, const ContextScorer &context) const;
    Candidate refine(const ApproximateMatcher &quote, const ContextScorer &context, int end, int maxErrors) const;
    QList<int> occurrences(const QString &exact) const;
    QList<std::pair<int, int>> candidateWindows(const QString &exact, int maxErrors) const;

    QString m_text;
    QGramIndex m_index;
    double m_scale = 1.0;
};

} // namespace Lectern
