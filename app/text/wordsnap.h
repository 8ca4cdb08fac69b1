// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QTextBoundaryFinder>

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
    /// Steps by whole words, for moving a claim's edges from the keyboard;
    /// each returns position itself when there is no such word.
    static int nextWordEnd(QStringView text, int position);
    static int previousWordEnd(QStringView text, int position);
    static int previousWordStart(QStringView text, int position);
    static int nextWordStart(QStringView text, int position);

private:
    static int step(QStringView text, int position, bool forward, QTextBoundaryFinder::BoundaryReason reason);
};

} // namespace Lectern
