// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gutenbergtitle.h"

#include <QRegularExpression>

namespace Lectern {

bool GutenbergTitle::split(const QString &line, QString *title, QString *author)
{
    // "The Project Gutenberg eBook of T, by A", "Project Gutenberg's T, by A",
    // "The Project Gutenberg EBook, T, by" (the author on the next line).
    static const QRegularExpression pattern(
        QStringLiteral("^(?:the )?project gutenberg(?:'s|\u2019s)?(?: e-?book)?(?: of)?,?\\s+(.+?)(?:,\\s+by(?:\\s+(.+?))?)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(line.simplified());
    if (!match.hasMatch())
        return false;
    *title = match.captured(1);
    *author = match.captured(2);
    return true;
}

} // namespace Lectern
