// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarybackups.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

#include <sqlite3.h>

namespace Lectern {

namespace {
QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// Backup names sort by the time in them, to the millisecond; two backups
// never share one, so the order never depends on their labels.
QString uniqueTimestamp(const QDir &folder, const QString &prefix)
{
    for (;;) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
        if (folder.entryList({prefix + stamp + QLatin1Char('*')}, QDir::Files).isEmpty())
            return stamp;
        QThread::msleep(1);
    }
}

// The online backup API, a step at a time so a stop flag can end it. One read
// transaction spans every step: the copy is a snapshot, and a write from
// another connection meanwhile neither lands half in it nor restarts it.
QString copyLibrary(const QSqlDatabase &db, const QString &target, const std::atomic_bool *stop)
{
    sqlite3 *source = Database::handleOf(db);
    if (!source)
        return QCoreApplication::translate("Lectern::LibraryBackups", "the library's connection is not SQLite");
    const bool ownTransaction = sqlite3_get_autocommit(source);
    // Never leaves the caller's connection inside a transaction: its later
    // writes would be rolled back when it closes.
    const auto endTransaction = [source, ownTransaction] {
        if (ownTransaction && !sqlite3_get_autocommit(source) && sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
    };
    if (ownTransaction && sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString problem = QString::fromUtf8(sqlite3_errmsg(source));
        endTransaction();
        return problem;
    }
    sqlite3 *destination = nullptr;
    int result = sqlite3_open_v2(QFile::encodeName(target).constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString problem;
    if (result == SQLITE_OK) {
        if (sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main")) {
            constexpr int pagesPerStep = 4096;
            do {
                result = sqlite3_backup_step(backup, pagesPerStep);
                if (result == SQLITE_BUSY || result == SQLITE_LOCKED)
                    sqlite3_sleep(10);
            } while ((result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED) && !(stop && *stop));
            sqlite3_backup_finish(backup);
        } else {
            result = sqlite3_errcode(destination);
        }
    }
    if (stop && *stop && result != SQLITE_DONE)
        problem = QCoreApplication::translate("Lectern::LibraryBackups", "stopped before it was complete");
    else if (result != SQLITE_DONE)
        problem = QString::fromUtf8(destination ? sqlite3_errmsg(destination) : sqlite3_errstr(result));
    sqlite3_close(destination);
    endTransaction();
    return problem;
}

// SQLite keeps recent commits in the -wal file: a library is its three files.
const QStringList companions {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
} // namespace

LibraryBackups::LibraryBackups(const QString &libraryPath)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
{
}

QString LibraryBackups::folder() const
{
    const QFileInfo library(m_libraryPath);
    return library.absolutePath() + QLatin1Char('/') + library.completeBaseName() + QStringLiteral("-backups");
}

QFileInfoList LibraryBackups::list() const
{
    const QString pattern = QFileInfo(m_libraryPath).completeBaseName() + QStringLiteral("-*.sqlite");
    // Names start with the UTC time they were made: newest first by name.
    return QDir(folder()).entryInfoList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
}

std::optional<QFileInfo> LibraryBackups::newest() const
{
    const QFileInfoList backups = list();
    if (backups.isEmpty())
        return std::nullopt;
    return backups.first();
}

bool LibraryBackups::isDue(const QDateTime &now) const
{
    const std::optional<QFileInfo> last = newest();
    return !last || last->lastModified().secsTo(now) >= dailyInterval || last->lastModified() > now;
}

QString LibraryBackups::create(const QSqlDatabase &db, const QString &label, QString *error, const std::atomic_bool *stop) const
{
    if (!QDir().mkpath(folder())) {
        *error = tr("cannot create the backup folder %1").arg(folder());
        return {};
    }
    const QString prefix = QFileInfo(m_libraryPath).completeBaseName() + QLatin1Char('-');
    const QString path = folder() + QLatin1Char('/') + prefix + uniqueTimestamp(QDir(folder()), prefix)
        + (label.isEmpty() ? QString() : QLatin1Char('-') + label) + QStringLiteral(".sqlite");
    // It writes to a temporary name first, so a copy cut short never looks
    // like a backup.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (const QString problem = copyLibrary(db, partial, stop); !problem.isEmpty()) {
        *error = tr("cannot back up the library to %1: %2").arg(path, problem);
        QFile::remove(partial);
        return {};
    }
    if (!QFile::rename(partial, path)) {
        *error = tr("cannot back up the library to %1: the copy cannot be renamed").arg(path);
        QFile::remove(partial);
        return {};
    }
    prune();
    return path;
}

void LibraryBackups::prune() const
{
    const QFileInfoList backups = list();
    for (qsizetype i = kept; i < backups.size(); ++i)
        QFile::remove(backups[i].absoluteFilePath());
}

QString LibraryBackups::setAside(const QString &libraryPath, const QString &why, QString *error)
{
    const QString base = QFileInfo(libraryPath).absoluteFilePath();
    QString target = base + QLatin1Char('.') + why + QLatin1Char('-') + timestamp();
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('.') + why + QLatin1Char('-') + timestamp() + QStringLiteral("-%1").arg(n);
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(base + suffix) && !QFile::rename(base + suffix, target + suffix)) {
            *error = tr("cannot move %1 aside to %2").arg(base + suffix, target + suffix);
            return {};
        }
    }
    return target;
}

QString LibraryBackups::newestSetAside(const QString &libraryPath, const QString &why)
{
    const QFileInfo library(libraryPath);
    const QString prefix = library.fileName() + QLatin1Char('.') + why + QLatin1Char('-');
    QStringList names = library.absoluteDir().entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    names.removeIf([](const QString &name) { return name.endsWith(QLatin1StringView("-wal")) || name.endsWith(QLatin1StringView("-shm")); });
    if (names.isEmpty())
        return {};
    std::sort(names.begin(), names.end()); // the names end in their time
    return library.absoluteDir().filePath(names.last());
}

bool LibraryBackups::isUsable(const QString &backupPath, QString *error)
{
    if (!QFileInfo(backupPath).isFile()) {
        *error = tr("%1 does not exist").arg(backupPath);
        return false;
    }
    const QString name = QStringLiteral("lectern-backup-check");
    bool usable = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open()) {
            *error = db.lastError().text();
        } else if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next() || query.value(0).toString() != QLatin1StringView("ok")) {
            *error = tr("%1 is damaged").arg(backupPath);
        } else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'articles'")) || !query.next() || query.value(0).toInt() != 1) {
            *error = tr("%1 is not a Lectern library").arg(backupPath);
        } else {
            usable = true;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return usable;
}

bool LibraryBackups::restore(const QString &backupPath, const QString &libraryPath, QString *error)
{
    QFile backup(backupPath);
    if (!backup.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the backup %1: %2").arg(backupPath, backup.errorString());
        return false;
    }
    const QString library = QFileInfo(libraryPath).absoluteFilePath();
    const bool present = std::any_of(companions.cbegin(), companions.cend(), [&library](const QString &suffix) { return QFileInfo::exists(library + suffix); });
    // A -wal file left from the replaced library would be replayed onto the
    // backup: it goes aside with the file it belongs to.
    if (present && setAside(library, QStringLiteral("replaced"), error).isEmpty())
        return false;
    QSaveFile copy(library);
    if (!copy.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(library, copy.errorString());
        return false;
    }
    while (!backup.atEnd()) {
        const QByteArray chunk = backup.read(1024 * 1024);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            *error = tr("cannot copy the backup %1 to %2: %3").arg(backupPath, library, copy.errorString());
            copy.cancelWriting();
            return false;
        }
    }
    if (!copy.commit()) {
        *error = tr("cannot write %1: %2").arg(library, copy.errorString());
        return false;
    }
    return true;
}

} // namespace Lectern
