// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

struct sqlite3;

namespace Lectern {

/// One connection to a library file: opens it with the pragmas Lectern relies
/// on (WAL, foreign keys) and brings its schema up to date. Connections are
/// per thread, as Qt SQL requires; a worker opens its own Database.
///
/// Opening also looks after the file: a damaged library (PRAGMA quick_check)
/// is moved aside, never written to, and open() fails saying so; a backup is
/// made before every schema upgrade and at most daily (LibraryBackups); a
/// library that cannot be written (permissions, a full disk) opens read-only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Database)
public:
    enum class Access { ReadWrite, ReadOnly };
    /// How much of the file open() checks before anything is read from it.
    enum class Check {
        /// Every page, then the daily backup.
        Whole,
        /// Whole when the daily backup is due, so that it copies a checked
        /// library, else UserWork: the command line, where a whole check at
        /// every command takes seconds on a large library.
        Daily,
        /// The tables holding the user's own work (claims, tags, what the
        /// suggestions learnt); LibraryCheck does the rest after the first
        /// paint. A library found damaged that way is checked whole again.
        UserWork,
        /// Nothing: a second connection to a library already checked.
        None,
    };
    /// Below this much free space writes would fail half-way: read-only.
    static constexpr qint64 minimumFreeSpace = 8 * 1024 * 1024;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Creates the file and its folder when missing, unless a damaged library
    /// was moved aside from that path (see setNewLibraryAllowed()). An empty
    /// file, or one shorter than its header says, is damage. On failure
    /// returns false and sets error to a message naming the file and the reason.
    bool open(const QString &path, QString *error, Access access = Access::ReadWrite, Check check = Check::Whole);
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// Writes fail (with a clear error) on a read-only library; why it is.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Lets open() start a new library where a damaged one was moved aside:
    /// only on the user's explicit choice (--new, "Start Empty Library").
    void setNewLibraryAllowed(bool allowed) { m_newLibraryAllowed = allowed; }
    /// After open() failed on a damaged file: where that file now is.
    QString damagedCopyPath() const { return m_damagedCopy; }
    /// The first problem PRAGMA quick_check finds, or an empty string. When
    /// the check itself could not run (busy, out of memory) it says why and
    /// sets *checked to false: that is no proof of damage.
    QString integrityProblem(Check check, bool *checked = nullptr) const;
    /// From now on every write fails; for damage found after opening.
    void makeReadOnly(const QString &reason);

    /// Damage found in the library at path outside open(): until a whole
    /// check has run, it opens read-only, and Check::UserWork checks it whole
    /// (so it is set aside before anything is shown).
    static bool recordDamage(const QString &path, const QString &problem, QString *error);
    static QString damageRecord(const QString &path);

    /// The daily backup, when one is due and the library holds articles.
    /// A set stop flag ends the copy early, leaving no backup.
    void backUpIfDue(const std::atomic_bool *stop = nullptr);

    /// The SQLite connection under a QSQLITE one, for what Qt SQL does not
    /// offer (the backup API, interrupting a query from another thread).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    /// The library used when none is given: $LECTERN_LIBRARY, else
    /// library.sqlite in the application data folder.
    static QString defaultPath();

private:
    QString whyReadOnly(Access access) const;
    Check resolved(Check check) const;
    bool openConnection(bool readOnly, QString *error);
    bool checkIntegrity(Check check, QString *error);
    bool checkFile(QString *error);
    bool createFile(QString *error);
    bool setAsideAsDamaged(const QString &problem, QString *error);
    bool applyPragmas(QString *error);
    bool upgradeSchema(QString *error);
    void close();
    QString m_connectionName;
    QString m_path;
    QString m_readOnlyReason;
    QString m_damagedCopy;
    bool m_newLibraryAllowed = false;
};

} // namespace Lectern
