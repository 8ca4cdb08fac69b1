// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Hears every "database disk image is malformed" SQLite reports, whatever
/// query met it: a read that finds damage must not pass for an empty result
/// (an article "not found", a list with nothing in it), and nothing may be
/// written after it. Uses SQLite's error log, which must be installed before
/// SQLite opens its first connection.
class CorruptionWatch
{
public:
    /// Call first thing in main(). False when SQLite was already in use.
    static bool install();
    /// The first damage SQLite reported since install() or reset(), or empty.
    static QString damage();
    static void reset();
};

} // namespace Lectern
