// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "database.h"

#include <sqlite3.h>

namespace Lectern {

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_handle(Database::handleOf(db))
{
    m_result = m_handle ? sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) : SQLITE_MISUSE;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, double value)
{
    sqlite3_bind_double(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, QStringView text)
{
    // A null view would bind SQL NULL; the schema wants '' for "none".
    static const char16_t empty = 0;
    const void *data = text.isNull() ? &empty : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, parameter, data, int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int parameter, QByteArrayView utf8)
{
    static const char empty = 0;
    sqlite3_bind_text64(m_statement, parameter, utf8.isNull() ? &empty : utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    m_result = sqlite3_step(m_statement);
    return m_result == SQLITE_ROW;
}

bool SqliteStatement::run(QString *error)
{
    next();
    return ok(error);
}

bool SqliteStatement::ok(QString *error)
{
    const bool failed = !m_statement || (m_result != SQLITE_OK && m_result != SQLITE_ROW && m_result != SQLITE_DONE);
    if (failed)
        *error = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : "not an SQLite connection");
    if (m_statement)
        sqlite3_reset(m_statement);
    m_result = m_statement ? SQLITE_OK : m_result;
    return !failed;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Lectern
