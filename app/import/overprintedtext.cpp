// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overprintedtext.h"

#include <QList>

namespace Lectern {

namespace {

// Fewer letters than this could be doubled letters by chance ("Aalii").
constexpr qsizetype minimumLetters = 8;
constexpr int mostCopies = 4;

struct Run
{
    QChar character;
    qsizetype length;
};

// Runs of one character, spaces left out: PDFium inserts one space between
// words whatever the number of copies.
QList<Run> runsOf(const QString &line)
{
    QList<Run> runs;
    for (QChar c : line) {
        if (c.isSpace())
            runs.append({c, 1});
        else if (!runs.isEmpty() && runs.last().character == c)
            ++runs.last().length;
        else
            runs.append({c, 1});
    }
    return runs;
}

bool repeatsEvery(const QList<Run> &runs, qsizetype copies)
{
    qsizetype letters = 0;
    for (const Run &run : runs) {
        if (run.character.isSpace())
            continue;
        if (run.length % copies != 0)
            return false;
        if (run.character.isLetter())
            letters += run.length;
    }
    return letters >= copies * minimumLetters;
}

} // namespace

QString OverprintedText::readOnce(const QString &line)
{
    const QList<Run> runs = runsOf(line);
    for (qsizetype copies = mostCopies; copies >= 2; --copies) {
        if (!repeatsEvery(runs, copies))
            continue;
        QString once;
        once.reserve(line.size() / copies + 1);
        for (const Run &run : runs)
            once.append(QString(run.character.isSpace() ? 1 : run.length / copies, run.character));
        return once;
    }
    return line;
}

} // namespace Lectern
