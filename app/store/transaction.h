// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Lectern {

/// Begins a transaction and rolls it back unless commit() is called, so an
/// early return can never leave half a write behind.
///
/// The outermost one is BEGIN IMMEDIATE: it takes the write lock at once,
/// waiting its turn (the busy timeout) while another process writes. A
/// deferred transaction that read first would instead fail at its first
/// write with "database is locked" as soon as another writer had committed.
/// Inner ones are SQLite savepoints, so transactions nest: a store call that
/// commits its own write (ClaimStore::insert) can run inside a larger one
/// (an annotation import) and is then undone with it.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error);

private:
    bool execute(const QString &sql);

    QSqlDatabase m_db;
    QString m_lastError;
    bool m_outermost = false;
    bool m_active = false;
};

} // namespace Lectern
