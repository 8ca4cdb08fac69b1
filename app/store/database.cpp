// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "corruptionwatch.h"
#include "librarybackups.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

namespace Lectern {

namespace {
QAtomicInt connectionCounter;

// Beside the library, so every process that opens it sees it.
QString damageRecordPath(const QString &libraryPath)
{
    return libraryPath + QStringLiteral(".damage-found");
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

// The size the file's header says it has, or 0 when the header does not
// say (an older SQLite left the field stale: its "valid for" number differs).
constexpr qint64 walHeaderSize = 32;

qint64 declaredSize(const QString &path)
{
    QFile file(path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
    if (header.size() < 100 || bigEndian(header, 24, 4) != bigEndian(header, 92, 4))
        return 0;
    const quint32 pageSize = bigEndian(header, 16, 2) == 1 ? 65536 : bigEndian(header, 16, 2);
    return qint64(pageSize) * bigEndian(header, 28, 4);
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("lectern-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LECTERN_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

bool Database::open(const QString &path, QString *error, Access access, Check check)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_damagedCopy.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    const bool exists = QFileInfo::exists(m_path);
    if (!exists && !QDir().mkpath(folder)) {
        *error = tr("Cannot open the library %1: cannot create the folder %2.").arg(m_path, folder);
        return false;
    }
    if (exists && QFileInfo(m_path).size() > 0 && !hasSqliteHeader(m_path)) {
        *error = tr("Cannot open the library %1: it is not a Lectern library (not an SQLite database).").arg(m_path);
        return false;
    }
    m_readOnlyReason = whyReadOnly(access);
    if (!checkFile(error))
        return false;
    if (!QFileInfo::exists(m_path) && !isReadOnly() && !createFile(error))
        return false;
    check = resolved(check);
    const QString damage = damageRecord(m_path);
    if (!damage.isEmpty() && check == Check::UserWork)
        check = Check::Whole;
    else if (!damage.isEmpty() && check == Check::None && m_readOnlyReason.isEmpty())
        m_readOnlyReason = tr("damage was found in it (%1)").arg(damage);
    if (!openConnection(isReadOnly(), error) || !checkIntegrity(check, error) || !applyPragmas(error) || !upgradeSchema(error)) {
        close();
        return false;
    }
    if (check != Check::None)
        CorruptionWatch::reset(); // damage seen before was in the file this check replaced
    if (check == Check::Whole) {
        QFile::remove(damageRecordPath(m_path));
        backUpIfDue();
    }
    return true;
}

QString Database::whyReadOnly(Access access) const
{
    if (access == Access::ReadOnly)
        return tr("it was opened read-only");
    const QFileInfo file(m_path);
    if (file.exists() && !file.isWritable())
        return tr("you do not have permission to change %1").arg(m_path);
    // WAL keeps its -wal and -shm files beside the library.
    if (!QFileInfo(file.absolutePath()).isWritable())
        return tr("you do not have permission to write in the folder %1").arg(file.absolutePath());
    const QStorageInfo storage(file.absolutePath());
    if (storage.isValid() && storage.isReadOnly())
        return tr("the disk holding it is read-only");
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < minimumFreeSpace)
        return tr("the disk holding it is full");
    return {};
}

bool Database::openConnection(bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY") : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    // In a folder no one may write, SQLite cannot make the -shm file a WAL
    // library needs even to read it. With no -wal file there, nothing can
    // change it either: it is read as an immutable file.
    const QFileInfo file(m_path);
    if (readOnly && file.exists() && !QFileInfo(file.absolutePath()).isWritable() && !QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open()) {
        *error = tr("Cannot open the library %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

bool Database::checkIntegrity(Check check, QString *error)
{
    bool checked = true;
    const QString problem = integrityProblem(check, &checked);
    if (problem.isEmpty())
        return true;
    close();
    if (!checked) { // the check could not run: no proof of damage
        *error = tr("Cannot open the library %1: %2").arg(m_path, problem);
        return false;
    }
    return setAsideAsDamaged(problem, error);
}

// What SQLite would take for a new library, or open and find short, before
// it is opened: an empty file, a file cut short, no file where a damaged
// one was moved aside.
bool Database::checkFile(QString *error)
{
    const QFileInfo file(m_path);
    if (!file.exists()) {
        const QString damaged = m_newLibraryAllowed ? QString() : LibraryBackups::newestSetAside(m_path, QStringLiteral("damaged"));
        if (damaged.isEmpty())
            return true;
        m_damagedCopy = damaged;
        *error = tr("There is no library at %1: a damaged one was moved aside from there to %2. Restore a backup, or choose to start a new, "
                    "empty library.")
                     .arg(m_path, damaged);
        return false;
    }
    if (file.size() == 0 && !m_newLibraryAllowed)
        return setAsideAsDamaged(tr("it is empty, 0 bytes"), error);
    // A checkpoint cut short leaves the file shorter than its header says
    // while the log still holds the pages: SQLite puts that right itself.
    const bool logHoldsPages = QFileInfo(m_path + QStringLiteral("-wal")).size() > walHeaderSize;
    if (const qint64 declared = declaredSize(m_path); !logHoldsPages && file.size() > 0 && file.size() < declared)
        return setAsideAsDamaged(tr("it is cut short: %1 of the %2 bytes its header declares").arg(file.size()).arg(declared), error);
    return true;
}

bool Database::createFile(QString *error)
{
    // Made whole beside its place, then renamed into it: a kill while it is
    // made never leaves an empty or half-made file where the library belongs
    // (which the next open would rightly take for damage).
    const QString target = m_path;
    m_path = QStringLiteral("%1.new-%2").arg(target).arg(QCoreApplication::applicationPid());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    const bool made = openConnection(false, error) && applyPragmas(error) && upgradeSchema(error);
    close(); // the last connection folds the log into the file
    const QString madePath = m_path;
    m_path = target;
    if (made && QFile::rename(madePath, target))
        return true;
    QFile::remove(madePath);
    if (made && QFileInfo::exists(target))
        return true; // another process made it first
    if (made)
        *error = tr("Cannot create the library %1: the new file could not be put in place.").arg(target);
    return false;
}

bool Database::setAsideAsDamaged(const QString &problem, QString *error)
{
    QString moveError;
    m_damagedCopy = isReadOnly() ? QString() : LibraryBackups::setAside(m_path, QStringLiteral("damaged"), &moveError);
    if (m_damagedCopy.isEmpty()) {
        *error = tr("The library %1 is damaged (%2) and could not be moved aside: %3").arg(m_path, problem, moveError.isEmpty() ? m_readOnlyReason : moveError);
        return false;
    }
    QFile::remove(damageRecordPath(m_path));
    *error = tr("The library %1 is damaged (%2). It was moved to %3, unchanged.").arg(m_path, problem, m_damagedCopy);
    return false;
}

Database::Check Database::resolved(Check check) const
{
    if (check != Check::Daily)
        return check;
    return LibraryBackups(m_path).isDue() ? Check::Whole : Check::UserWork;
}

QString Database::integrityProblem(Check check, bool *checked) const
{
    check = resolved(check);
    if (checked)
        *checked = true;
    // quick_check reads every page but skips the index-to-table cross check,
    // so it stays fast on a large library and still catches torn pages.
    QStringList checks;
    QSqlQuery query(connection());
    if (check == Check::Whole) {
        checks << QStringLiteral("PRAGMA quick_check(1)");
    } else if (check == Check::UserWork) {
        // Reading the schema is a check of its own: page 1 and sqlite_master.
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('claims', 'claim_tags', 'tags', 'suggest_model', 'suggest_classes', 'suggest_rejections')")))
            return query.lastError().text();
        while (query.next())
            checks << QStringLiteral("PRAGMA quick_check(\"%1\")").arg(query.value(0).toString());
    }
    for (const QString &sql : std::as_const(checks)) {
        if (!query.exec(sql) || !query.next()) {
            // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) are damage found.
            const QString code = query.lastError().nativeErrorCode();
            if (checked && code != QLatin1StringView("11") && code != QLatin1StringView("26"))
                *checked = false;
            return query.lastError().text();
        }
        if (const QString result = query.value(0).toString(); result != QLatin1StringView("ok"))
            return result;
    }
    return {};
}

bool Database::applyPragmas(QString *error)
{
    QSqlQuery query(connection());
    // WAL lets the window read while an import writes. FULL sync writes
    // every commit to the disk before it returns, so a power cut loses no
    // claim the user was told was saved (NORMAL may lose the last commits);
    // lectern-durability-bench measures what it costs. A 32 MB page cache (SQLite's default is 2 MB) keeps an article with
    // thousands of claims in memory between opens; it fills only as used.
    QStringList pragmas {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA cache_size=-32000")};
    if (isReadOnly())
        pragmas << QStringLiteral("PRAGMA query_only=ON");
    else
        pragmas << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA synchronous=FULL");
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma)) {
            *error = tr("Cannot open the library %1: %2").arg(m_path, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::upgradeSchema(QString *error)
{
    QSqlDatabase db = connection();
    const int current = Migrations::currentVersion(db);
    if (current >= 0 && current < Migrations::latestVersion()) {
        if (isReadOnly()) {
            *error = tr("Cannot open the library %1: it needs an upgrade to schema %2, but %3.")
                         .arg(m_path)
                         .arg(Migrations::latestVersion())
                         .arg(m_readOnlyReason);
            return false;
        }
        // A new file (version 0) has nothing to keep.
        QString backupError;
        if (current > 0 && LibraryBackups(m_path).create(db, QStringLiteral("before-schema-%1").arg(Migrations::latestVersion()), &backupError).isEmpty()) {
            *error = tr("Cannot upgrade the library %1: no backup could be made first (%2).").arg(m_path, backupError);
            return false;
        }
    }
    QString migrationError;
    if (!Migrations::upgrade(db, &migrationError)) {
        *error = tr("Cannot open the library %1: %2").arg(m_path, migrationError);
        return false;
    }
    return true;
}

void Database::backUpIfDue(const std::atomic_bool *stop)
{
    if (isReadOnly())
        return;
    const LibraryBackups backups(m_path);
    QSqlQuery query(connection());
    const bool hasArticles = query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles)")) && query.next() && query.value(0).toBool();
    query.finish();
    if (!hasArticles || !backups.isDue())
        return;
    QString error;
    if (backups.create(connection(), QStringLiteral("daily"), &error, stop).isEmpty() && !(stop && *stop))
        qWarning("lectern: %s", qPrintable(error));
}

void Database::makeReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA query_only=ON")))
        qWarning("lectern: cannot stop writes to %s: %s", qPrintable(m_path), qPrintable(query.lastError().text()));
}

bool Database::recordDamage(const QString &path, const QString &problem, QString *error)
{
    QSaveFile record(damageRecordPath(QFileInfo(path).absoluteFilePath()));
    if (record.open(QIODevice::WriteOnly) && record.write(problem.toUtf8()) >= 0 && record.commit())
        return true;
    *error = tr("cannot write %1: %2").arg(record.fileName(), record.errorString());
    return false;
}

QString Database::damageRecord(const QString &path)
{
    QFile record(damageRecordPath(QFileInfo(path).absoluteFilePath()));
    if (!record.open(QIODevice::ReadOnly))
        return {};
    const QString problem = QString::fromUtf8(record.read(4096)).trimmed();
    return problem.isEmpty() ? tr("unknown damage") : problem;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

sqlite3 *Database::handleOf(const QSqlDatabase &db)
{
    // The QSQLITE plugin links the same system SQLite as we do.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

} // namespace Lectern
