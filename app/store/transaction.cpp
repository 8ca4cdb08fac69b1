// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "corruptionwatch.h"
#include "database.h"

#include <QCoreApplication>

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Lectern {

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    if (const QString damage = CorruptionWatch::damage(); !damage.isEmpty()) {
        m_lastError = QCoreApplication::translate("Lectern::Transaction", "the library is damaged (%1); nothing is written to it").arg(damage);
        return;
    }
    sqlite3 *handle = Database::handleOf(m_db);
    // A read-only library has no write lock to take; nothing will be written.
    m_outermost = handle && sqlite3_get_autocommit(handle) != 0 && sqlite3_db_readonly(handle, "main") == 0;
    m_active = execute(m_outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT lectern_tx"));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_outermost) {
        execute(QStringLiteral("ROLLBACK"));
    } else {
        execute(QStringLiteral("ROLLBACK TO lectern_tx"));
        execute(QStringLiteral("RELEASE lectern_tx"));
    }
}

bool Transaction::commit(QString *error)
{
    if (m_active && execute(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE lectern_tx"))) {
        m_active = false;
        return true;
    }
    *error = m_lastError.isEmpty() ? m_db.lastError().text() : m_lastError;
    return false;
}

bool Transaction::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    return false;
}

} // namespace Lectern
