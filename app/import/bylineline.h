// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Lectern {

struct Article;

/// The lines near an article's top that say who wrote it and when, as
/// plain text and pages printed to PDF carry them: "By Name | Site | Date",
/// "Published March 3, 2025".
class BylineLine
{
public:
    /// Reads "By Name", "By Name | Site" or "By Name | Site | Date" into
    /// article; false when the line is not a byline.
    static bool read(const QString &line, Article &article);
    /// The date a short line states on its own ("3 March 2025", "March 3,
    /// 2025", "2025-03-03", after "Published" or "Updated" and a weekday), or
    /// an invalid date.
    static QDate dateIn(const QString &line);
    /// A date at the end of a line ("By Ingrid Solberg Published March 3,
    /// 2025", two lines a PDF ran together): the date, and in before what
    /// came before it; an invalid date when the line ends in none.
    static QDate dateAtEnd(const QString &line, QString *before);
};

} // namespace Lectern
