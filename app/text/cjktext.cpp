// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjktext.h"

namespace Lectern {

bool CjkText::isUnspaced(QChar c)
{
    const QChar::Script script = c.script();
    const char16_t code = c.unicode();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana || (code >= 0x3000 && code <= 0x303F)
        || (code >= 0xFF00 && code <= 0xFFEF);
}

QString CjkText::withoutSpacesBetween(QString text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char(' ') && isUnspaced(text[i - 1]) && isUnspaced(text[i + 1]))
            text.remove(i, 1);
    }
    return text;
}

QString CjkText::withUnifiedRadicals(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) {
            const QString unified = QString(c).normalized(QString::NormalizationForm_KC);
            if (unified.size() == 1)
                c = unified.front();
        }
    }
    return text;
}

} // namespace Lectern
