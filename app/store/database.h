// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Lectern {

/// One connection to a library file: opens it with the pragmas Lectern relies
/// on (WAL, foreign keys) and brings its schema up to date. Connections are
/// per thread, as Qt SQL requires; a worker opens its own Database.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Creates the file and its folder when missing. On failure returns false
    /// and sets error to a message naming the file and the reason.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// The library used when none is given: $LECTERN_LIBRARY, else
    /// library.sqlite in the application data folder.
    static QString defaultPath();

private:
    bool applyPragmas(QString *error);
    QString m_connectionName;
    QString m_path;
};

} // namespace Lectern
