// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Where an export may not go: over a SQLite database (the open library,
/// another library, a backup) or the -wal, -shm or -journal file beside
/// one. A typo in -o must never replace the user's claims with a CSV.
class ExportTarget
{
public:
    /// Why path must not be written, or empty when it may be.
    static QString refusal(const QString &path);
};

} // namespace Lectern
