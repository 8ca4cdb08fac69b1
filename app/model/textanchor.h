// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// W3C TextPositionSelector + TextQuoteSelector for one highlight.
struct TextAnchor
{
    int start = 0;
    int end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    static constexpr int contextLength = 32;
    /// Describes [start, end) of text (clamped to the text); prefix/suffix are up to contextLength characters around it.
    /// Never splits a surrogate pair: a boundary inside one widens the range to take the whole character,
    /// and a context that would begin or end on half a character is one unit shorter.
    static TextAnchor describe(const QString &text, int start, int end);
    bool operator==(const TextAnchor &) const = default;
};

} // namespace Lectern
