// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lectern {

/// A byline as Lectern shows it: the author's names, never a social
/// network handle or a profile address.
class BylineName
{
public:
    /// value without a leading "By" (and "By:"), or empty when it is no name:
    /// a handle ("@Harbour"), an address, no letters at all.
    static QString cleaned(const QString &value);
    /// The text of a byline printed on the page: cleaned, and without the
    /// date that often follows the name ("By Ada Berg | June 2, 2025").
    static QString printed(const QString &text);
    /// "A", "A and B", "A, B and C": several authors as one byline.
    static QString joined(const QStringList &names);
};

} // namespace Lectern
