// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringView>

#include <vector>

namespace Lectern {

/// Edit distance (Levenshtein, in UTF-16 units) between one pattern and pieces of texts.
///
/// Hand-written because Qt has no approximate matcher: QString and QRegularExpression
/// only find exact text. Anchoring needs two shapes of the same dynamic programme:
/// Sellers' semi-global search (the pattern may start and end anywhere) to find a quote
/// that changed, and a global alignment from a fixed edge, to place that quote's other
/// edge or to compare a stored context with the text. Both run Myers' bit-parallel
/// algorithm, 64 pattern units per machine word, so that a paragraph-long quote costs
/// milliseconds rather than seconds.
class ApproximateMatcher
{
public:
    struct Hit
    {
        int end = -1; ///< one past the last unit of the closest substring
        int distance = -1; ///< -1 when nothing is close enough
        bool isValid() const { return distance >= 0; }
    };

    explicit ApproximateMatcher(QStringView pattern);

    int length() const { return m_length; }

    /// The substring of text[from, to) closest to the pattern, if at most maxErrors away;
    /// among equal distances, the leftmost end.
    Hit bestIn(QStringView text, int from, int to, int maxErrors) const;

    /// result[n] = distance between the pattern and text[at, at + n), for n = 0 .. min(maxLength, text.size() - at).
    std::vector<int> distancesAfter(QStringView text, int at, int maxLength) const;
    /// result[n] = distance between the pattern and text[at - n, at), for n = 0 .. min(maxLength, at).
    std::vector<int> distancesBefore(QStringView text, int at, int maxLength) const;
    /// The smallest of distancesAfter() (distancesBefore()), without the list.
    int leastAfter(QStringView text, int at, int maxLength) const;
    int leastBefore(QStringView text, int at, int maxLength) const;

private:
    /// For each character, the pattern positions holding it, one bit each, in blocks of 64.
    struct Masks
    {
        std::vector<quint64> latin1; // 256 characters x blocks
        QHash<char16_t, std::vector<quint64>> others;
        const quint64 *of(QChar c) const;
    };

    template<typename Visit>
    void scan(const Masks &masks, QStringView text, int from, int step, int count, bool global, Visit visit) const;

    int m_length;
    int m_blocks;
    Masks m_forward;
    Masks m_backward; // for the pattern read from its end
};

} // namespace Lectern
