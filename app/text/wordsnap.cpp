// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordsnap.h"

#include <QTextBoundaryFinder>

namespace Lectern {

namespace {
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing || c == QChar(0x2019) || c == QLatin1Char('\'');
}

// Inside a word: a word character on both sides of position.
bool isInsideWord(QStringView text, int position)
{
    return position > 0 && position < text.size() && isWordCharacter(text[position - 1]) && isWordCharacter(text[position]);
}
} // namespace

int WordSnap::wordStart(QStringView text, int position)
{
    if (!isInsideWord(text, position))
        return position;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    finder.setPosition(position);
    const qsizetype start = finder.isAtBoundary() ? position : finder.toPreviousBoundary();
    return start < 0 ? position : int(start);
}

int WordSnap::wordEnd(QStringView text, int position)
{
    if (!isInsideWord(text, position))
        return position;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    finder.setPosition(position);
    const qsizetype end = finder.isAtBoundary() ? position : finder.toNextBoundary();
    return end < 0 ? position : int(end);
}

} // namespace Lectern
