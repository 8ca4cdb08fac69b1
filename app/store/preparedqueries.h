// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <unordered_map>

namespace Lectern {

/// The statements a store runs once per article, each prepared once: on an
/// import, SQLite compiling them cost more than running most of them. Bind
/// and exec the query returned; finish() one that returns rows once read,
/// so that it holds nothing open. Qt's SQLite driver finalizes them if the
/// connection closes first.
class PreparedQueries
{
public:
    explicit PreparedQueries(const QSqlDatabase &db);

    /// The query for sql, prepared on first use; null, with error set, when
    /// it cannot be prepared (and it is tried again next time).
    QSqlQuery *prepared(const QString &sql, QString *error);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_queries;
};

} // namespace Lectern
