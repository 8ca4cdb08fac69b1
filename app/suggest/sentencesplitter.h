// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

/// Splits text into sentences with QTextBoundaryFinder (Unicode UAX #29),
/// then undoes the breaks that rule set makes after abbreviations and
/// initials ("Dr. Osei", "J. Varga", "the U.S. Trade Office") and inside a
/// short quotation. Ranges exclude surrounding white space.
class SentenceSplitter
{
public:
    struct Range {
        int start = 0;
        int end = 0;
        int length() const { return end - start; }
        bool operator==(const Range &) const = default;
    };

    static QList<Range> split(const QString &text);

private:
    static bool endsWithAbbreviation(QStringView before, QStringView after);
    static bool insideQuotation(const QString &text, int start, int boundary);
};

} // namespace Lectern
