// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// A title made from the first line of a text that has none of its own:
/// cut at a word boundary with an ellipsis when the line is long.
class ElidedTitle
{
public:
    static constexpr int MaxLength = 120;

    static QString of(const QString &line);
};

} // namespace Lectern
