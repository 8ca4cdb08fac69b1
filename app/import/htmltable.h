// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <gumbo.h>

#include <algorithm>
#include <optional>

namespace Lectern {

/// An HTML table of data read as rows of cell texts: what a table block
/// holds (Block::table). A table used for layout, whose cells hold
/// paragraphs, lists or other tables, is not one.
class HtmlTable
{
public:
    QString caption;
    QStringList rows; ///< each row's cells joined by '\t'
    int headerRows = 0; ///< leading rows of <th> cells or in <thead>
    int columns = 0;
    qsizetype longestCell = 0;

    /// The table, or nothing when it is not a table of data.
    static std::optional<HtmlTable> read(const GumboNode *table);

private:
    bool isData() const;
};

} // namespace Lectern
