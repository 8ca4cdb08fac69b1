// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Lectern {

namespace {
QAtomicInt connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Database", text);
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("lectern-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LECTERN_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

bool Database::open(const QString &path, QString *error)
{
    m_path = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot open the library %1: cannot create the folder %2.").arg(m_path, folder);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open the library %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!applyPragmas(error))
        return false;
    QString migrationError;
    if (!Migrations::upgrade(db, &migrationError)) {
        *error = tr("Cannot open the library %1: %2").arg(m_path, migrationError);
        db.close();
        return false;
    }
    return true;
}

bool Database::applyPragmas(QString *error)
{
    QSqlQuery query(connection());
    // WAL lets the window read while an import writes; NORMAL sync is
    // durable across application crashes, which is what annotations need.
    const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA temp_store=MEMORY",
    };
    for (const char *pragma : pragmas) {
        if (!query.exec(QLatin1StringView(pragma))) {
            *error = tr("Cannot open the library %1: %2").arg(m_path, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

} // namespace Lectern
