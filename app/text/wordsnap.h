// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Lectern {

/// Where a selection made by dragging should begin and end: a drag that
/// starts or ends inside a word takes the whole word, so a claim never ends
/// in "giants. We". Words are found by QTextBoundaryFinder (Unicode word
/// boundaries, so accents and scripts without spaces work).
class WordSnap
{
public:
    /// The start of the word around position in text, or position itself
    /// when it is not inside a word.
    static int wordStart(QStringView text, int position);
    /// The end of the word around position, or position itself.
    static int wordEnd(QStringView text, int position);
};

} // namespace Lectern
