// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QSqlDatabase>

#include <atomic>
#include <optional>

namespace Lectern {

/// Copies of one library file, kept in a folder beside it
/// (library.sqlite → library-backups/): made before every schema upgrade and
/// at most once a day, the newest `kept` of them kept. Also moves a damaged
/// library aside and puts a backup in its place.
class LibraryBackups
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::LibraryBackups)
public:
    static constexpr int kept = 7;
    static constexpr qint64 dailyInterval = 24 * 60 * 60; // seconds

    explicit LibraryBackups(const QString &libraryPath);

    QString folder() const;
    /// Backups, newest first.
    QFileInfoList list() const;
    std::optional<QFileInfo> newest() const;
    /// No backup was made in the last day.
    bool isDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Writes a consistent copy of the open library db (any writer may go
    /// on meanwhile), labelled e.g. "before-schema-4", then keeps the newest
    /// `kept`. Returns the backup's path, or an empty string and sets error.
    /// A set stop flag ends the copy between steps, leaving no backup.
    QString create(const QSqlDatabase &db, const QString &label, QString *error, const std::atomic_bool *stop = nullptr) const;

    /// Renames the library file and its -wal and -shm files to
    /// "<file>.<why>-<time>" so nothing is lost; returns the new path of the
    /// library file, or an empty string and sets error.
    static QString setAside(const QString &libraryPath, const QString &why, QString *error);
    /// The newest file setAside() made from the library with this why, or
    /// an empty string.
    static QString newestSetAside(const QString &libraryPath, const QString &why);
    /// The file is an undamaged Lectern library (of any schema version).
    static bool isUsable(const QString &backupPath, QString *error);
    /// Replaces the (closed) library with a copy of backupPath; a library
    /// file already there is set aside first, never overwritten.
    static bool restore(const QString &backupPath, const QString &libraryPath, QString *error);

private:
    void prune() const;
    QString m_libraryPath;
};

} // namespace Lectern
