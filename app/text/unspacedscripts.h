// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Lectern {

/// Scripts written without spaces between words (Han, Hiragana, Katakana,
/// Hangul). FTS5's unicode61 tokenizer makes a whole sentence of them one
/// token, so texts holding them are also indexed, and queries holding them
/// searched, by trigrams.
class UnspacedScripts
{
public:
    static bool isUnspaced(char32_t codePoint);
    /// True when any character of text is of such a script.
    static bool occurIn(QStringView text);
};

} // namespace Lectern
