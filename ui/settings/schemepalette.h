// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

/// The application's palette and style for the colour scheme chosen in
/// View › Colours, over the desktop's own.
class SchemePalette
{
public:
    enum class Scheme { System, Light, Dark };

    /// Sets the style and palette; returns whether the text is now drawn on a dark base.
    static bool apply(Scheme scheme);
};

} // namespace Lectern
