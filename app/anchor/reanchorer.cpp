// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchorer.h"

#include "approximatematcher.h"
#include "contextscorer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace Lectern {

struct Reanchorer::Candidate
{
    int start = -1;
    int end = -1;
    double confidence = 0.0;
    double cost = 0.0; // edits to the quote and its context: between overlapping fits, the lower wins
    bool isValid() const { return start >= 0; }
};

namespace {
// Agreement of an approximate match's weaker context side (0 = chance) that confirms it fully.
constexpr double fullContextCredit = 0.2;
// An edit next to a quote is likelier outside it than inside: a context edit weighs this much of a quote edit.
constexpr double contextWeight = 0.8;
// A quote this long identifies itself; a shorter one leans on its context.
constexpr int specificLength = 24;
// A stored position is only a hint (texts grow and shrink): it decides between equal
// contexts, and a whole text's length of distance weighs this much of context.
constexpr double proximityWeight = 0.25;
// An exact quote elsewhere this sure of itself (its context agrees) needs no approximate search.
constexpr double convincingExact = 0.95;
constexpr int maxScoredOccurrences = 64;
// A gram found this often (" of the") says nothing about where a quote is.
constexpr int maxGramHits = 256;
constexpr int maxVotingGrams = 256;
constexpr int maxWindows = 4;
// Quotes too short to vote with grams are searched in the whole text when it is this cheap.
constexpr qint64 maxFullScanCells = 2'000'000;

// Two places that both fit make a guess, however good: the closer the runner-up, the lower the
// confidence, down to an orphan for two approximate fits that are nearly as good as each other.
double ambiguityFactor(double lead)
{
    return 0.55 + 0.45 * std::clamp(lead / 0.25, 0.0, 1.0);
}

// The length (index into quoteDistances) with the lowest quote distance plus extra(length);
// on a tie, the lower quote distance, then the length nearer the quote's own. -1 if none.
// Lengths are tried by quote distance, so the search stops once that alone cannot win.
template<typename Extra>
int bestLength(const std::vector<int> &quoteDistances, int m, Extra extra)
{
    const int least = *std::min_element(quoteDistances.begin(), quoteDistances.end());
    std::vector<int> lengths;
    for (int length = 1; length < int(quoteDistances.size()); ++length) {
        if (quoteDistances[length] <= least + TextAnchor::contextLength) {
            lengths.push_back(length);
        }
    }
    std::stable_sort(lengths.begin(), lengths.end(), [&](int a, int b) {
        return quoteDistances[a] < quoteDistances[b];
    });
    double bestCost = std::numeric_limits<double>::infinity();
    int best = -1;
    for (const int length : lengths) {
        const int distance = quoteDistances[length];
        if (distance > bestCost) {
            break;
        }
        const double cost = distance + extra(length);
        if (cost == std::numeric_limits<double>::infinity()) {
            continue;
        }
        const bool tie = best >= 0 && cost == bestCost;
        const bool closer = tie && distance == quoteDistances[best] && std::abs(length - m) < std::abs(best - m);
        if (best < 0 || cost < bestCost || (tie && distance < quoteDistances[best]) || closer) {
            bestCost = cost;
            best = length;
        }
    }
    return best;
}

// Cheap stand-in for context agreement, to shortlist among many identical occurrences.
int sharedContext(QStringView text, const TextAnchor &anchor, int start, int end)
{
    int shared = 0;
    for (qsizetype i = 1; i <= anchor.prefix.size() && start - i >= 0 && anchor.prefix[anchor.prefix.size() - i] == text[start - i]; ++i) {
        ++shared;
    }
    for (qsizetype i = 0; i < anchor.suffix.size() && end + i < text.size() && anchor.suffix[i] == text[end + i]; ++i) {
        ++shared;
    }
    return shared;
}
} // namespace

Reanchorer::Reanchorer(const QString &text, int previousLength)
    : m_text(text)
    , m_index(text)
    , m_scale(previousLength > 0 ? double(text.size()) / double(previousLength) : 1.0)
{
}

AnchorMatch Reanchorer::locate(const TextAnchor &anchor) const
{
    AnchorMatch match;
    if (m_text.isEmpty() || anchor.exact.isEmpty()) {
        return match;
    }
    const ContextScorer context(m_text, anchor);
    Candidate best = atStoredPosition(anchor, context);
    if (!best.isValid()) {
        best = exactElsewhere(anchor, context);
        if (best.confidence < convincingExact) {
            // The exact words with a weak context may be a copy (a pull quote, a repeated
            // sentence) while the highlight itself was edited in place: both compete.
            // Where the exact words are, they win over an approximate fit of the same place.
            const Candidate fuzzy = approximate(anchor, context);
            if (!best.isValid()) {
                best = fuzzy;
            } else if (fuzzy.isValid() && (fuzzy.end <= best.start || best.end <= fuzzy.start)) {
                const double runnerUp = std::min(best.confidence, fuzzy.confidence);
                best = fuzzy.confidence > best.confidence ? fuzzy : best;
                best.confidence *= ambiguityFactor(best.confidence - runnerUp);
            }
        }
    }
    match.start = best.start;
    match.end = best.end;
    match.confidence = best.confidence;
    match.status = best.isValid() && best.confidence >= threshold ? AnchorMatch::Status::Anchored : AnchorMatch::Status::Orphan;
    return match;
}

Reanchorer::Candidate Reanchorer::atStoredPosition(const TextAnchor &anchor, const ContextScorer &context) const
{
    const int m = int(anchor.exact.size());
    if (anchor.start < 0 || qsizetype(anchor.start) + m > m_text.size() || QStringView(m_text).mid(anchor.start, m) != anchor.exact) {
        return {};
    }
    // The same words at the same offset can still be another passage (a short quote, text
    // inserted before it): the position is trusted only while the surroundings agree.
    if (context.prefixAgreement(anchor.start) + context.suffixAgreement(anchor.start + m) < 1.0) {
        return {};
    }
    return {anchor.start, anchor.start + m, 1.0};
}

Reanchorer::Candidate Reanchorer::exactElsewhere(const TextAnchor &anchor, const ContextScorer &context) const
{
    const int m = int(anchor.exact.size());
    QList<int> found = occurrences(anchor.exact);
    if (found.isEmpty()) {
        return {};
    }
    const double expected = anchor.start * m_scale;
    const double span = std::max<double>(double(m_text.size()), 1.0);
    const auto distance = [&](int pos) {
        return std::abs(pos - expected) / span;
    };
    if (found.size() > maxScoredOccurrences) {
        std::vector<std::pair<int, int>> ranked; // (-shared context, position): best first
        ranked.reserve(size_t(found.size()));
        for (const int pos : std::as_const(found)) {
            ranked.emplace_back(-sharedContext(m_text, anchor, pos, pos + m), pos);
        }
        std::partial_sort(ranked.begin(), ranked.begin() + maxScoredOccurrences, ranked.end(), [&](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : distance(a.second) < distance(b.second);
        });
        found.resize(maxScoredOccurrences);
        for (int i = 0; i < maxScoredOccurrences; ++i) {
            found[i] = ranked[size_t(i)].second;
        }
    }
    double bestScore = -std::numeric_limits<double>::infinity();
    double secondScore = bestScore;
    double bestContext = 0;
    int bestStart = -1;
    for (const int pos : std::as_const(found)) {
        const double agreement = (context.prefixAgreement(pos) + context.suffixAgreement(pos + m)) / 2;
        const double score = agreement - proximityWeight * distance(pos);
        if (score > bestScore) {
            secondScore = bestScore;
            bestScore = score;
            bestContext = agreement;
            bestStart = pos;
        } else if (score > secondScore) {
            secondScore = score;
        }
    }
    // The exact words are evidence in themselves, the more so the longer they are; context adds the rest.
    const double base = 0.4 + 0.35 * std::min(1.0, double(m) / specificLength);
    double confidence = base + (1 - base) * bestContext;
    if (found.size() > 1) {
        confidence *= ambiguityFactor(bestScore - secondScore);
    }
    return {bestStart, bestStart + m, confidence};
}

QList<int> Reanchorer::occurrences(const QString &exact) const
{
    const int m = int(exact.size());
    const QStringView text(m_text);
    QList<int> found;
    if (m < QGramIndex::gramLength) {
        for (qsizetype pos = text.indexOf(exact); pos >= 0; pos = text.indexOf(exact, pos + 1)) {
            found.append(int(pos));
        }
        return found;
    }
    // Every occurrence holds each of the quote's grams, so the rarest gram lists them all.
    QGramIndex::Positions rarest(nullptr, nullptr);
    int rarestOffset = -1;
    for (int i = 0; i + QGramIndex::gramLength <= m; ++i) {
        const QGramIndex::Positions hits = m_index.positions(QStringView(exact).mid(i, QGramIndex::gramLength));
        if (rarestOffset < 0 || hits.size() < rarest.size()) {
            rarest = hits;
            rarestOffset = i;
            if (hits.size() <= 1) {
                break;
            }
        }
    }
    for (const int hit : rarest) {
        const int pos = hit - rarestOffset;
        if (pos >= 0 && pos + m <= text.size() && text.mid(pos, m) == exact) {
            found.append(pos);
        }
    }
    return found;
}

Reanchorer::Candidate Reanchorer::approximate(const TextAnchor &anchor, const ContextScorer &context) const
{
    const int m = int(anchor.exact.size());
    const int maxErrors = int(m * maxErrorRate);
    if (maxErrors < 1) {
        return {};
    }
    const ApproximateMatcher quote(anchor.exact);
    QList<Candidate> found;
    for (const auto &[from, to] : candidateWindows(anchor.exact, maxErrors)) {
        const ApproximateMatcher::Hit hit = quote.bestIn(m_text, from, to, maxErrors);
        if (!hit.isValid()) {
            continue;
        }
        const Candidate candidate = refine(quote, context, hit.end, maxErrors);
        // Exact copies were weighed by exactElsewhere(), with their own ambiguity.
        if (!candidate.isValid() || (candidate.end - candidate.start == m && QStringView(m_text).mid(candidate.start, m) == anchor.exact)) {
            continue;
        }
        const auto same = std::find_if(found.begin(), found.end(), [&](const Candidate &other) {
            return candidate.start < other.end && other.start < candidate.end;
        });
        if (same == found.end()) {
            found.append(candidate);
        } else if (candidate.cost < same->cost) {
            *same = candidate;
        }
    }
    if (found.isEmpty()) {
        return {};
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.confidence > b.confidence;
    });
    Candidate best = found.first();
    if (found.size() > 1) {
        best.confidence *= ambiguityFactor(best.confidence - found.at(1).confidence);
    }
    return best;
}

QList<std::pair<int, int>> Reanchorer::candidateWindows(const QString &exact, int maxErrors) const
{
    const int m = int(exact.size());
    const int n = int(m_text.size());
    constexpr int q = QGramIndex::gramLength;
    const QList<std::pair<int, int>> wholeText = qint64(n) * m <= maxFullScanCells ? QList<std::pair<int, int>>{{0, n}} : QList<std::pair<int, int>>{};
    if (m < 2 * q) {
        return wholeText;
    }
    // Each of the quote's grams found in the text votes for where the quote would start there;
    // edits shift later grams by at most maxErrors, so a real match gathers its votes in a narrow band.
    // A few hundred grams place a quote as well as all of a long one's, for a fraction of the sorting.
    const int stride = std::max(1, (m - q + 1) / maxVotingGrams);
    std::vector<int> starts;
    for (int i = 0; i + q <= m; i += stride) {
        const QGramIndex::Positions hits = m_index.positions(QStringView(exact).mid(i, q));
        if (hits.size() <= size_t(maxGramHits)) {
            for (const int hit : hits) {
                starts.push_back(hit - i);
            }
        }
    }
    if (starts.empty()) {
        return wholeText;
    }
    std::sort(starts.begin(), starts.end());
    struct Band
    {
        int first;
        int last;
        int votes;
    };
    std::vector<Band> bands;
    const int width = 2 * maxErrors + q;
    for (size_t i = 0, j = 0; i < starts.size(); ++i) {
        while (j < starts.size() && starts[j] <= starts[i] + width) {
            ++j;
        }
        bands.push_back({starts[i], starts[j - 1], int(j - i)});
    }
    std::stable_sort(bands.begin(), bands.end(), [](const Band &a, const Band &b) {
        return a.votes > b.votes;
    });
    const int minVotes = std::max(2, bands.front().votes / 4);
    QList<std::pair<int, int>> windows;
    for (const Band &band : bands) {
        if (band.votes < minVotes || windows.size() == maxWindows) {
            break;
        }
        const int from = std::max(0, band.first - maxErrors - 2);
        const int to = std::min(n, band.last + m + maxErrors + 2);
        const bool overlaps = std::any_of(windows.begin(), windows.end(), [&](const std::pair<int, int> &w) {
            return from < w.second - m / 2 && w.first + m / 2 < to;
        });
        if (!overlaps) {
            windows.append({from, to});
        }
    }
    return windows;
}

Reanchorer::Candidate Reanchorer::refine(const ApproximateMatcher &quote, const ContextScorer &context, int end, int maxErrors) const
{
    // The search gives the end of the closest substring, but its edges are loose: a replaced
    // last word matches best half-way through, a word inserted beside the quote could belong
    // to either. Each edge goes where quote and context together need the fewest edits,
    // keeping the quote's own first and last characters and the kinds of character around it.
    const int m = quote.length();
    const std::vector<int> before = quote.distancesBefore(m_text, end, m + maxErrors);
    const int startLength = bestLength(before, m, [&](int length) {
        return contextWeight * context.prefixDistance(end - length) + context.startPenalty(end - length);
    });
    if (startLength < 0) {
        return {};
    }
    const int start = end - startLength;
    const std::vector<int> after = quote.distancesAfter(m_text, start, m + maxErrors);
    const int endLength = bestLength(after, m, [&](int length) {
        return contextWeight * context.suffixDistance(start + length) + context.endPenalty(start + length);
    });
    if (endLength < 0 || after[endLength] > maxErrors) {
        return {};
    }
    const int distance = after[endLength];
    end = start + endLength;
    // A quote rewritten in place keeps its neighbours, if edited too; a look-alike elsewhere has
    // neither, and the sentence after a deleted quote has only the prefix. So the weaker side
    // rules: without it no approximate match reaches the threshold, and once it is clearly
    // above chance the quote's own similarity decides.
    const double weakerSide = std::min(context.prefixAgreement(start), context.suffixAgreement(end));
    const double credit = std::min(1.0, weakerSide / fullContextCredit);
    const double similarity = 1.0 - double(distance) / m;
    return {start, end, similarity * (0.35 + 0.65 * credit), double(distance + context.prefixDistance(start) + context.suffixDistance(end))};
}

} // namespace Lectern
