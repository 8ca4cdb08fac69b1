// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "approximatematcher.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Lectern {

namespace {
constexpr int wordBits = 64;
} // namespace

ApproximateMatcher::ApproximateMatcher(QStringView pattern)
    : m_length(int(pattern.size()))
    , m_blocks(std::max(1, (m_length + wordBits - 1) / wordBits))
{
    for (Masks *masks : {&m_forward, &m_backward}) {
        masks->latin1.assign(size_t(256 * m_blocks), 0);
    }
    for (int i = 0; i < m_length; ++i) {
        for (const bool forward : {true, false}) {
            Masks &masks = forward ? m_forward : m_backward;
            const QChar c = forward ? pattern[i] : pattern[m_length - 1 - i];
            quint64 *bits = nullptr;
            if (c.unicode() < 256) {
                bits = masks.latin1.data() + size_t(c.unicode()) * size_t(m_blocks);
            } else {
                std::vector<quint64> &other = masks.others[c.unicode()];
                other.resize(size_t(m_blocks), 0);
                bits = other.data();
            }
            bits[i / wordBits] |= quint64(1) << (i % wordBits);
        }
    }
}

const quint64 *ApproximateMatcher::Masks::of(QChar c) const
{
    if (c.unicode() < 256) {
        return latin1.data() + size_t(c.unicode()) * (latin1.size() / 256);
    }
    const auto found = others.constFind(c.unicode());
    return found == others.cend() ? nullptr : found->data();
}

// Myers (1999), with his block-based extension: per text character, each block of 64 pattern
// rows updates its vertical deltas (Pv, Mv) from the character's mask and the horizontal delta
// entering from the block above; the score is the bottom row's value. The top row is all zeros
// for a search (a match may start anywhere) and counts up for a global alignment.
template<typename Visit>
void ApproximateMatcher::scan(const Masks &masks, QStringView text, int from, int step, int count, bool global, Visit visit) const
{
    if (m_length == 0) {
        for (int j = 1; j <= count; ++j) {
            if (!visit(j, global ? j : 0)) {
                return;
            }
        }
        return;
    }
    QVarLengthArray<quint64, 8> pv(m_blocks);
    QVarLengthArray<quint64, 8> mv(m_blocks);
    std::fill(pv.begin(), pv.end(), ~quint64(0));
    std::fill(mv.begin(), mv.end(), 0);
    const int lastBit = (m_length - 1) % wordBits; // bits above it in the last block never reach it
    int score = m_length;
    for (int j = 0; j < count; ++j) {
        const quint64 *eqs = masks.of(text[from + j * step]);
        int carry = global ? 1 : 0;
        for (int b = 0; b < m_blocks; ++b) {
            quint64 eq = eqs ? eqs[b] : 0;
            const quint64 p = pv[b];
            const quint64 xv = eq | mv[b];
            eq |= carry < 0 ? 1 : 0;
            const quint64 xh = (((eq & p) + p) ^ p) | eq;
            quint64 ph = mv[b] | ~(xh | p);
            quint64 mh = p & xh;
            const int bit = b + 1 == m_blocks ? lastBit : wordBits - 1;
            const int out = (ph >> bit) & 1 ? 1 : ((mh >> bit) & 1 ? -1 : 0);
            ph = (ph << 1) | (carry > 0 ? 1 : 0);
            mh = (mh << 1) | (carry < 0 ? 1 : 0);
            pv[b] = mh | ~(xv | ph);
            mv[b] = ph & xv;
            carry = out;
        }
        score += carry;
        if (!visit(j + 1, score)) {
            return;
        }
    }
}

ApproximateMatcher::Hit ApproximateMatcher::bestIn(QStringView text, int from, int to, int maxErrors) const
{
    from = std::clamp(from, 0, int(text.size()));
    to = std::clamp(to, from, int(text.size()));
    Hit best;
    if (m_length == 0) {
        return best;
    }
    scan(m_forward, text, from, 1, to - from, false, [&](int length, int score) {
        if (score <= maxErrors && (!best.isValid() || score < best.distance)) {
            best = {from + length, score};
        }
        return score > 0;
    });
    return best;
}

std::vector<int> ApproximateMatcher::distancesAfter(QStringView text, int at, int maxLength) const
{
    std::vector<int> result{m_length};
    scan(m_forward, text, at, 1, std::clamp(maxLength, 0, std::max(0, int(text.size()) - at)), true, [&](int, int score) {
        result.push_back(score);
        return true;
    });
    return result;
}

std::vector<int> ApproximateMatcher::distancesBefore(QStringView text, int at, int maxLength) const
{
    std::vector<int> result{m_length};
    scan(m_backward, text, at - 1, -1, std::clamp(maxLength, 0, std::max(0, at)), true, [&](int, int score) {
        result.push_back(score);
        return true;
    });
    return result;
}

int ApproximateMatcher::leastAfter(QStringView text, int at, int maxLength) const
{
    int least = m_length;
    scan(m_forward, text, at, 1, std::clamp(maxLength, 0, std::max(0, int(text.size()) - at)), true, [&](int, int score) {
        least = std::min(least, score);
        return least > 0;
    });
    return least;
}

int ApproximateMatcher::leastBefore(QStringView text, int at, int maxLength) const
{
    int least = m_length;
    scan(m_backward, text, at - 1, -1, std::clamp(maxLength, 0, std::max(0, at)), true, [&](int, int score) {
        least = std::min(least, score);
        return least > 0;
    });
    return least;
}

} // namespace Lectern
