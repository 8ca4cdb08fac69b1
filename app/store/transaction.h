// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern {

/// Begins a transaction and rolls it back unless commit() is called, so an
/// early return can never leave half a write behind.
///
/// It is an SQLite savepoint rather than BEGIN, so transactions nest: a
/// store call that commits its own write (ClaimStore::insert) can run inside
/// a larger one (an annotation import) and is then undone with it.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
        , m_active(execute(QStringLiteral("SAVEPOINT lectern_tx")))
    {
    }
    ~Transaction()
    {
        if (m_active) {
            execute(QStringLiteral("ROLLBACK TO lectern_tx"));
            execute(QStringLiteral("RELEASE lectern_tx"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error)
    {
        if (m_active && execute(QStringLiteral("RELEASE lectern_tx"))) {
            m_active = false;
            return true;
        }
        *error = m_lastError.isEmpty() ? m_db.lastError().text() : m_lastError;
        return false;
    }

private:
    bool execute(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        m_lastError = query.lastError().text();
        return false;
    }

    QSqlDatabase m_db;
    QString m_lastError;
    bool m_active;
};

} // namespace Lectern
