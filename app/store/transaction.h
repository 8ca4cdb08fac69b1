// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Lectern {

/// Begins a transaction and rolls it back unless commit() is called, so an
/// early return can never leave half a write behind.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(db)
        , m_active(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error)
    {
        if (m_active && m_db.commit()) {
            m_active = false;
            return true;
        }
        *error = m_db.lastError().text();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace Lectern
