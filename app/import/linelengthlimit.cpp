// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linelengthlimit.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

qsizetype LineLengthLimit::longestRun(const QByteArray &data, QByteArrayView stops)
{
    bool isStop[256] = {};
    for (char c : stops)
        isStop[uchar(c)] = true;
    qsizetype longest = 0;
    qsizetype run = 0;
    for (char c : data) {
        run = isStop[uchar(c)] ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

QString LineLengthLimit::check(const QByteArray &data, bool markup)
{
    if (data.size() <= maxLineBytes)
        return {};
    const qsizetype longest = longestRun(data, markup ? QByteArrayView("\n\r<") : QByteArrayView("\n\r"));
    if (longest <= maxLineBytes)
        return {};
    return QCoreApplication::translate(
        "Lectern::LineLengthLimit", "has a line of %1 MB with no line break; an article's lines are under %2 MB (is it a text file?)")
        .arg(double(longest) / (1024 * 1024), 0, 'f', 1)
        .arg(maxLineBytes / (1024 * 1024));
}

} // namespace Lectern
