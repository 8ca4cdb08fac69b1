// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Project Gutenberg, where most public-domain books people save come from,
/// names each one "The Project Gutenberg eBook of TITLE, by AUTHOR" in its
/// first line and its HTML <title>.
class GutenbergTitle
{
public:
    /// Splits such a line into the book's title and author; false (and
    /// nothing changed) for any other line.
    static bool split(const QString &line, QString *title, QString *author);
};

} // namespace Lectern
