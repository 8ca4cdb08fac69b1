// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextscorer.h"

#include <algorithm>
#include <limits>

namespace Lectern {

namespace {
// Room beyond a stored context's length for its alignment: the length of the words that
// may be inserted beside a quote and still cost only their own length.
constexpr int contextSlack = 12;
// Unrelated 32-character snippets of English prose are 22% similar by this alignment (the
// median; 41% at the 99th percentile, measured here): only similarity above 40% counts.
constexpr double chanceSimilarity = 0.4;
// An empty stored context only says that the quote touched the edge of the old text.
constexpr double unknownEdgeAgreement = 0.7;
// Edge penalties, in edits. They break near-ties between edges that quote and context
// alignments rate alike: an edge cutting a word that the original edge did not cut is rarely
// right; neither is one that drops the quote's own first or last characters (edgeCharacters
// of them are checked) or that has a different kind of character beside it.
constexpr double splitWordPenalty = 2.0;
constexpr double lostCharacterPenalty = 0.5;
constexpr double neighbourKindPenalty = 0.25;
constexpr int edgeCharacters = 3;

enum class CharClass { None, Word, Space, Other };

CharClass classOf(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size()) {
        return CharClass::None;
    }
    const QChar c = text[pos];
    if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
        return CharClass::Word;
    }
    return c.isSpace() ? CharClass::Space : CharClass::Other;
}

bool splitsWord(QStringView text, qsizetype pos)
{
    return classOf(text, pos - 1) == CharClass::Word && classOf(text, pos) == CharClass::Word;
}

bool splitsPair(QStringView text, qsizetype pos)
{
    return pos > 0 && pos < text.size() && text[pos - 1].isHighSurrogate() && text[pos].isLowSurrogate();
}

} // namespace

ContextScorer::ContextScorer(QStringView text, const TextAnchor &anchor)
    : m_text(text)
    , m_anchor(anchor)
    , m_prefix(anchor.prefix)
    , m_suffix(anchor.suffix)
    , m_startSplitsWord(classOf(anchor.prefix, anchor.prefix.size() - 1) == CharClass::Word && classOf(anchor.exact, 0) == CharClass::Word)
    , m_endSplitsWord(classOf(anchor.exact, anchor.exact.size() - 1) == CharClass::Word && classOf(anchor.suffix, 0) == CharClass::Word)
{
}

int ContextScorer::prefixDistance(int start) const
{
    const qsizetype length = m_anchor.prefix.size();
    return length == 0 ? 0 : m_prefix.leastBefore(m_text, start, int(length) + contextSlack);
}

int ContextScorer::suffixDistance(int end) const
{
    const qsizetype length = m_anchor.suffix.size();
    return length == 0 ? 0 : m_suffix.leastAfter(m_text, end, int(length) + contextSlack);
}

double ContextScorer::prefixAgreement(int start) const
{
    return agreement(prefixDistance(start), m_anchor.prefix.size(), start == 0);
}

double ContextScorer::suffixAgreement(int end) const
{
    return agreement(suffixDistance(end), m_anchor.suffix.size(), end == m_text.size());
}

double ContextScorer::agreement(int distance, qsizetype length, bool atTextEdge) const
{
    if (length == 0) {
        return atTextEdge ? 1.0 : unknownEdgeAgreement;
    }
    const double similarity = 1.0 - double(distance) / double(length);
    return std::clamp((similarity - chanceSimilarity) / (1.0 - chanceSimilarity), 0.0, 1.0);
}

double ContextScorer::startPenalty(int start) const
{
    if (splitsPair(m_text, start)) {
        return std::numeric_limits<double>::infinity();
    }
    double penalty = splitsWord(m_text, start) != m_startSplitsWord ? splitWordPenalty : 0.0;
    penalty += classOf(m_text, start - 1) != classOf(m_anchor.prefix, m_anchor.prefix.size() - 1) ? neighbourKindPenalty : 0.0;
    const qsizetype kept = std::min<qsizetype>(edgeCharacters, m_anchor.exact.size());
    for (qsizetype i = 0; i < kept; ++i) {
        penalty += start + i >= m_text.size() || m_text[start + i] != m_anchor.exact[i] ? lostCharacterPenalty : 0.0;
    }
    return penalty;
}

double ContextScorer::endPenalty(int end) const
{
    if (splitsPair(m_text, end)) {
        return std::numeric_limits<double>::infinity();
    }
    double penalty = splitsWord(m_text, end) != m_endSplitsWord ? splitWordPenalty : 0.0;
    penalty += classOf(m_text, end) != classOf(m_anchor.suffix, 0) ? neighbourKindPenalty : 0.0;
    const qsizetype kept = std::min<qsizetype>(edgeCharacters, m_anchor.exact.size());
    for (qsizetype i = 1; i <= kept; ++i) {
        penalty += end - i < 0 || m_text[end - i] != m_anchor.exact[m_anchor.exact.size() - i] ? lostCharacterPenalty : 0.0;
    }
    return penalty;
}

} // namespace Lectern
