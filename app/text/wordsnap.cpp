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

int WordSnap::nextWordEnd(QStringView text, int position)
{
    return step(text, position, true, QTextBoundaryFinder::EndOfItem);
}

int WordSnap::previousWordEnd(QStringView text, int position)
{
    return step(text, position, false, QTextBoundaryFinder::EndOfItem);
}

int WordSnap::previousWordStart(QStringView text, int position)
{
    return step(text, position, false, QTextBoundaryFinder::StartOfItem);
}

int WordSnap::nextWordStart(QStringView text, int position)
{
    return step(text, position, true, QTextBoundaryFinder::StartOfItem);
}

int WordSnap::step(QStringView text, int position, bool forward, QTextBoundaryFinder::BoundaryReason reason)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    finder.setPosition(position);
    for (qsizetype at = forward ? finder.toNextBoundary() : finder.toPreviousBoundary(); at >= 0;
         at = forward ? finder.toNextBoundary() : finder.toPreviousBoundary()) {
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        if (reasons & reason)
            return int(at);
        // Scripts written without spaces (Han, kana) get a plain break
        // between any two characters: a step there is one character.
        const qsizetype letter = reason == QTextBoundaryFinder::EndOfItem ? at - 1 : at;
        if (!(reasons & (QTextBoundaryFinder::StartOfItem | QTextBoundaryFinder::EndOfItem)) && letter >= 0 && letter < text.size()
            && text[letter].isLetter())
            return int(at);
    }
    return position;
}

} // namespace Lectern
