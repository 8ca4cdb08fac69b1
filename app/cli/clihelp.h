// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Lectern {

class CliContext;

/// The subcommands, their actions (`claim edit`, `tags add`, ...), the
/// options each one takes, and the help printed for them: one table, so
/// that --help, `lectern help X` and option checking cannot disagree.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    static QStringList subcommands();
    /// The actions of a subcommand that has them (claim, tags); else empty.
    static QStringList actions(const QString &subcommand);
    /// True when the subcommand does nothing without an action (claim).
    static bool needsAction(const QString &subcommand);
    /// The long options (without "--") of subcommand and action.
    static QStringList options(const QString &subcommand, const QString &action);
    /// "unknown claim action 'x' (edit, delete)", for usage errors.
    static QString unknownAction(const QString &subcommand, const QString &action);

    /// Help for everything (empty subcommand), for a subcommand and all its
    /// actions, or for one action. Unknown names are usage errors.
    static int print(CliContext &context, const QString &subcommand, const QString &action);
};

} // namespace Lectern
