// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approximatematcher.h"
#include "model/textanchor.h"

#include <QStringView>

namespace Lectern {

/// How well a highlight's stored prefix and suffix fit a text around a candidate place.
///
/// A context's distance is its edit distance to the text next to the quote's edge, free
/// at the far end, so that a word inserted beside a quote costs its length once rather
/// than also pushing the rest of the context out of the window.
class ContextScorer
{
public:
    /// text and anchor must outlive the scorer.
    ContextScorer(QStringView text, const TextAnchor &anchor);

    int prefixDistance(int start) const;
    int suffixDistance(int end) const;

    /// 0 when the context is no closer than unrelated prose would be, 1 when unchanged.
    double prefixAgreement(int start) const;
    double suffixAgreement(int end) const;

    /// Extra cost, in edits, of the quote starting (ending) there: splitting a word the
    /// original edge did not split, a different kind of character beside the edge, and
    /// losing the quote's own first (last) characters. Infinite inside a surrogate pair.
    double startPenalty(int start) const;
    double endPenalty(int end) const;

private:
    double agreement(int distance, qsizetype length, bool atTextEdge) const;

    QStringView m_text;
    const TextAnchor &m_anchor;
    ApproximateMatcher m_prefix;
    ApproximateMatcher m_suffix;
    bool m_startSplitsWord;
    bool m_endSplitsWord;
};

} // namespace Lectern
