// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Lectern::QueryHelpers {

/// Qt binds a null QString as SQL NULL; the schema wants '' for "none".
inline QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Runs a prepared statement; on failure sets error. Keeps call sites to one line.
inline bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace Lectern::QueryHelpers
