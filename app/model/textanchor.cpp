// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include <algorithm>

namespace Lectern {

namespace {
// True when position pos of text falls between the two halves of one character.
bool splitsPair(const QString &text, qsizetype pos)
{
    return pos > 0 && pos < text.size() && text.at(pos - 1).isHighSurrogate() && text.at(pos).isLowSurrogate();
}
} // namespace

TextAnchor TextAnchor::describe(const QString &text, int start, int end)
{
    const int size = int(text.size());
    TextAnchor anchor;
    anchor.start = std::clamp(start, 0, size);
    anchor.end = std::clamp(end, anchor.start, size);
    // A highlight that cut a character in two would store half an emoji, which no text can match again.
    if (splitsPair(text, anchor.start)) {
        --anchor.start;
    }
    if (splitsPair(text, anchor.end)) {
        ++anchor.end;
    }
    anchor.exact = text.mid(anchor.start, anchor.end - anchor.start);

    int prefixStart = std::max(0, anchor.start - contextLength);
    if (splitsPair(text, prefixStart)) {
        ++prefixStart;
    }
    anchor.prefix = text.mid(prefixStart, anchor.start - prefixStart);

    int suffixEnd = std::min(size, anchor.end + contextLength);
    if (splitsPair(text, suffixEnd)) {
        --suffixEnd;
    }
    anchor.suffix = text.mid(anchor.end, suffixEnd - anchor.end);
    return anchor;
}

} // namespace Lectern
