// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Lectern {

/// A statement prepared on a QSQLITE connection's own SQLite handle, for the
/// few loops that run it thousands of times: there Qt SQL's QVariant per
/// bound or read value costs more than SQLite's own work. It runs in the
/// connection's current transaction like any QSqlQuery. Everywhere else,
/// use QSqlQuery. Long texts are bound as UTF-8 here too: SQLite converts a
/// UTF-16 text in a buffer of one and a half times its size.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds the parameter numbered from 1, as in SQL's "?1".
    void bind(int parameter, qint64 value);
    void bind(int parameter, double value);
    void bind(int parameter, QStringView text);
    /// Binds without a copy: utf8 must stay alive until the statement has run.
    void bindUtf8(int parameter, QByteArrayView utf8);

    /// Steps to the next row; false at the end and on an error: call ok().
    bool next();
    /// Runs a statement that returns no rows and resets it for new values.
    bool run(QString *error);
    /// After next() returned false: whether the rows ended without an error
    /// (else sets error). Resets the statement to run again.
    bool ok(QString *error);

    /// The rowid the connection's last INSERT made.
    qint64 lastInsertRowId() const;

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_result = 0;
};

} // namespace Lectern
