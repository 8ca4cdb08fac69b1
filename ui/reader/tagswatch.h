// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Lectern {

/// A tag's colour as an icon: in menus and the selection bar, the New Tag
/// palette, and (with its key on it) the toolbar.
class TagSwatch
{
public:
    static QIcon icon(const QColor &colour, int size);
    /// The colour filling the icon with the key on it, in black or white, whichever reads.
    static QIcon keyed(const QColor &colour, int key);
};

} // namespace Lectern
