// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Chinese and Japanese text as extracted from a PDF: written without
/// spaces between words, and sometimes set in fonts that name a Han
/// character by its Kangxi radical.
class CjkText
{
public:
    /// Han, kana and CJK punctuation (Hangul is written with spaces).
    static bool isUnspaced(QChar c);
    /// Removes the single spaces a text layer puts between such characters.
    static QString withoutSpacesBetween(QString text);
    /// Kangxi radicals (U+2F00–U+2FDF) as the unified characters they stand
    /// for (U+2F54 as 水): the same glyph, but a character search finds.
    static QString withUnifiedRadicals(QString text);
};

} // namespace Lectern
