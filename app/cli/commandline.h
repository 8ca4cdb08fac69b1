// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lectern {

class Database;

/// `lectern SUBCOMMAND ...`: the core's actions without a display, on the
/// same code paths as the window. Exit codes: 0 success, 1 some item
/// failed (the rest done), 2 usage error.
class CommandLine
{
public:
    enum ExitCode { Success = 0, ItemFailed = 1, UsageError = 2 };

    CommandLine();

    /// True when arguments ask for the command line rather than the window.
    static bool handles(const QStringList &arguments);
    static QStringList subcommands();
    static QString versionText();

    int run(const QStringList &arguments);

private:
    int usage(const QString &message);
    int help(const QString &subcommand);
    bool openLibrary(Database &database, const QString &path);
    int runImport(Database &database, const QStringList &paths, bool json, qint64 maxSize);
    int runList(Database &database, bool json);
    int runSearch(Database &database, const QString &query, bool json, int limit);
    int runShow(Database &database, const QString &id, bool json);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Lectern
