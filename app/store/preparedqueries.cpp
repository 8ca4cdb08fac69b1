// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedqueries.h"

#include <QSqlError>

#include <utility>

namespace Lectern {

PreparedQueries::PreparedQueries(const QSqlDatabase &db)
    : m_db(db)
{
}

QSqlQuery *PreparedQueries::prepared(const QString &sql, QString *error)
{
    if (auto found = m_queries.find(sql); found != m_queries.end())
        return &found->second;
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return nullptr;
    }
    return &m_queries.emplace(sql, std::move(query)).first->second;
}

} // namespace Lectern
