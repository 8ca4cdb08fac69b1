// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointoffsets.h"

#include <algorithm>

namespace Lectern {

CodePointOffsets::CodePointOffsets(const QString &text)
    : m_length(int(text.size()))
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairs << int(i);
            ++i;
        }
    }
}

int CodePointOffsets::toCodePoints(int utf16Offset) const
{
    // Each pair that starts before the offset counts one character for two units.
    const auto before = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16Offset);
    return utf16Offset - int(before - m_pairs.cbegin());
}

int CodePointOffsets::toUtf16(int codePointOffset) const
{
    if (codePointOffset < 0)
        return -1;
    // The k-th pair starts at code point m_pairs[k] - k; count those before the offset.
    int low = 0;
    int high = int(m_pairs.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        if (m_pairs.at(middle) - middle < codePointOffset)
            low = middle + 1;
        else
            high = middle;
    }
    const int utf16 = codePointOffset + low;
    return utf16 <= m_length ? utf16 : -1;
}

} // namespace Lectern
