// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reader/readerview.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Lectern {

/// The character format the reader draws at position (claims, suggestions, code colours).
inline QTextCharFormat drawnFormat(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

/// Does the reader show a claim's background over position?
inline bool isHighlighted(const QTextDocument *document, int position)
{
    return drawnFormat(document, position).background().style() != Qt::NoBrush;
}

/// Is position drawn with a suggestion's dotted underline?
inline bool isDotted(const QTextDocument *document, int position)
{
    return drawnFormat(document, position).underlineStyle() == QTextCharFormat::DotLine;
}

/// Puts the cursor at position the way a keyboard user does.
inline void moveCursorWithKeyboard(ReaderView *reader, int position)
{
    QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < position; ++i)
        QTest::keyClick(reader, Qt::Key_Right);
}

/// Selects [start, end) the way a keyboard user does: move, then Shift+Right.
inline void selectWithKeyboard(ReaderView *reader, int start, int end)
{
    moveCursorWithKeyboard(reader, start);
    for (int i = start; i < end; ++i)
        QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier);
}

} // namespace Lectern
