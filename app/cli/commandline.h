// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QStringList>

class QCommandLineParser;

namespace Lectern {

/// `lectern SUBCOMMAND ...`: the core's actions without a display, on the
/// same code paths as the window. Exit codes: 0 success, 1 some item
/// failed (the rest done), 2 usage error. Claims and tags are in
/// ClaimCommands and TagCommands, the help text in CliHelp.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    enum ExitCode { Success = CliContext::Success, ItemFailed = CliContext::ItemFailed, UsageError = CliContext::UsageError };

    CommandLine();

    /// True when arguments ask for the command line rather than the window.
    static bool handles(const QStringList &arguments);
    /// The subcommand the arguments name, after the options every command
    /// takes (--library, --language); empty when there is none.
    static QString subcommandIn(const QStringList &arguments);
    static QStringList subcommands();
    static QString versionText();

    int run(const QStringList &arguments);

private:
    int runCommand(const QStringList &arguments);
    static qsizetype firstWordIndex(const QStringList &arguments);
    static QStringList withDashedQueryLast(const QStringList &arguments);
    /// Usage errors common to the article subcommands; 0 when there are none.
    int checkArticleArguments(const QString &subcommand, const QStringList &rest, const QCommandLineParser &parser);
    int runImport(const QStringList &paths, bool json, qint64 maxSize, const QByteArray &encoding);
    int runList(bool json, const QString &topic);
    int runSearch(const QString &query, bool json, int limit);
    int runShow(const QString &id, bool json);

    CliContext m_context;
};

} // namespace Lectern
