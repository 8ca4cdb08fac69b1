// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unspacedscripts.h"

#include <QChar>

namespace Lectern {

namespace {
// Below Hangul Jamo, the first block of any of these scripts: most text
// never needs a script lookup.
constexpr char32_t firstUnspaced = 0x1100;
} // namespace

bool UnspacedScripts::isUnspaced(char32_t codePoint)
{
    if (codePoint < firstUnspaced)
        return false;
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

bool UnspacedScripts::occurIn(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < firstUnspaced)
            continue;
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, text[++i]);
        if (isUnspaced(codePoint))
            return true;
    }
    return false;
}

} // namespace Lectern
