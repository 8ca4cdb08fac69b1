// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Lectern {

/// Forward-only schema migrations, tracked in PRAGMA user_version. Each step
/// runs in its own transaction so a failed upgrade leaves the file as it was.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    /// Statements that take a database of version-1 to version.
    static QStringList statements(int version);
    static bool upgrade(QSqlDatabase &db, QString *error);
    /// Upgrades only up to version (for tests of older schemas).
    static bool upgradeTo(QSqlDatabase &db, int version, QString *error);
};

} // namespace Lectern
