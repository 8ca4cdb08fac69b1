// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Lectern {

/// Makes databasePath from an SQL script (a library of an older schema,
/// say), skipping "--" comment lines; returns an error message or an empty string.
inline QString runSqlScript(const QString &scriptPath, const QString &databasePath)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + scriptPath;
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sql-script"));
        raw.setDatabaseName(databasePath);
        if (!raw.open())
            return raw.lastError().text();
        QSqlQuery query(raw);
        QStringList lines;
        for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1StringView("--")))
                lines << line;
        }
        const QStringList statements = lines.join(QLatin1Char('\n')).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty() && !query.exec(statement)) {
                error = query.lastError().text() + QStringLiteral(": ") + statement;
                break;
            }
        }
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql-script"));
    return error;
}

} // namespace Lectern
