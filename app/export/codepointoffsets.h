// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

/// Converts between Lectern's offsets (UTF-16 units, as QString counts) and
/// the Web Annotation model's (Unicode code points: TextPositionSelector
/// counts characters, so a text with emoji or rare CJK differs).
class CodePointOffsets
{
public:
    explicit CodePointOffsets(const QString &text);

    int toCodePoints(int utf16Offset) const;
    /// -1 when the offset is past the end of the text.
    int toUtf16(int codePointOffset) const;

private:
    QList<int> m_pairs; ///< UTF-16 offsets of the high halves of surrogate pairs
    int m_length = 0;
};

} // namespace Lectern
