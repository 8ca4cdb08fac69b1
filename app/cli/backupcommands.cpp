// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "clicontext.h"
#include "library/librarysalvage.h"
#include "store/database.h"
#include "store/librarybackups.h"

#include <QFileInfo>

namespace Lectern {

BackupCommands::BackupCommands(CliContext &context)
    : m_context(context)
{
}

int BackupCommands::run(const QString &action, const QStringList &arguments)
{
    if (action == QLatin1StringView("create"))
        return create(arguments);
    if (action == QLatin1StringView("restore"))
        return restore(arguments);
    if (action == QLatin1StringView("salvage"))
        return salvage(arguments);
    return list(arguments);
}

int BackupCommands::list(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return m_context.usage(tr("backup takes no arguments"));
    for (const QFileInfo &backup : LibraryBackups(m_context.libraryPath()).list())
        m_context.out() << backup.absoluteFilePath() << '\t' << backup.lastModified().toString(Qt::ISODate) << '\t' << backup.size() << '\n';
    return CliContext::Success;
}

int BackupCommands::create(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return m_context.usage(tr("backup create takes no arguments"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    QString error;
    const QString path = LibraryBackups(database->path()).create(database->connection(), QStringLiteral("manual"), &error);
    if (path.isEmpty())
        return m_context.failed(error);
    m_context.out() << path << '\n';
    return CliContext::Success;
}

int BackupCommands::restore(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("backup restore needs the backup file"));
    const QString backup = QFileInfo(arguments.first()).absoluteFilePath();
    QString error;
    if (!LibraryBackups::isUsable(backup, &error))
        return m_context.failed(tr("cannot restore %1: %2").arg(backup, error));
    if (!LibraryBackups::restore(backup, m_context.libraryPath(), &error))
        return m_context.failed(error);
    m_context.out() << tr("restored %1 as %2").arg(backup, QFileInfo(m_context.libraryPath()).absoluteFilePath()) << '\n';
    return CliContext::Success;
}

int BackupCommands::salvage(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return m_context.usage(tr("backup salvage needs the damaged library file"));
    Database *database = m_context.database();
    if (!database)
        return CliContext::ItemFailed;
    LibrarySalvage::Report report;
    QString error;
    if (!LibrarySalvage(*database).salvage(arguments.first(), &report, &error))
        return m_context.failed(error);
    m_context.out() << LibrarySalvage::summary(report) << '\n';
    return CliContext::Success;
}

} // namespace Lectern
