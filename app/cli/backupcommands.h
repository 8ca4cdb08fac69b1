// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Lectern {

class CliContext;

/// `lectern backup` lists the library's backups, `backup create` makes one
/// now and `backup restore FILE` puts one in the library's place (the
/// library it replaces is kept beside it, never overwritten); `backup salvage
/// DAMAGED` brings the claims a damaged file still holds into the library.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CommandLine)
public:
    explicit BackupCommands(CliContext &context);

    /// action is "" (list), "create", "restore" or "salvage".
    int run(const QString &action, const QStringList &arguments);

private:
    int list(const QStringList &arguments);
    int create(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int salvage(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace Lectern
