// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/sqlscript.h"
#include "model/claim.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "store/librarybackups.h"
#include "indexing/librarystore.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

#include <sys/wait.h>
#include <unistd.h>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
Article article(const QString &title)
{
    Article article;
    article.title = title;
    article.format = u"text"_s;
    article.source = u"/articles/"_s + title;
    for (int i = 0; i < 40; ++i)
        article.blocks.append(
            Block::paragraph(u"%1, paragraph %2: the estuary fills and empties twice a day, and the mud remembers both."_s.arg(title).arg(i)));
    return article;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery query(u"SELECT count(*) FROM "_s + table, db.connection());
    return query.next() ? query.value(0).toLongLong() : -1;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Scribbles over every page but the first (the header stays, so it is
// still an SQLite file): what a failing disk or a stray write leaves.
void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QRandomGenerator generator(4242);
    for (qint64 at = 4096; at < file.size(); at += 4096) {
        QByteArray junk(512, Qt::Uninitialized);
        for (char &byte : junk)
            byte = char(generator.bounded(256));
        file.seek(at);
        file.write(junk);
    }
}
} // namespace

class LibraryRecoveryTest : public QObject
{
    Q_OBJECT

private:
    static constexpr uid_t nobody = 65534;

    // Runs check as an unprivileged user: here when this process is one,
    // else in a forked child that gives up root first. True when check is.
    static bool asUnprivileged(const std::function<bool()> &check)
    {
        if (geteuid() != 0)
            return check();
        const pid_t child = fork();
        if (child == 0) {
            if (setgid(nobody) != 0 || setuid(nobody) != 0 || geteuid() == 0)
                _exit(2);
            _exit(check() ? 0 : 1);
        }
        int status = 0;
        if (child < 0 || waitpid(child, &status, 0) != child)
            return false;
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }

    QString makeLibrary(int articles)
    {
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        Database db;
        QString error;
        if (!db.open(path, &error))
            qFatal("%s", qPrintable(error));
        LibraryStore store(db);
        for (int i = 0; i < articles; ++i) {
            StoreOutcome outcome;
            if (!store.add(article(u"Estuary %1"_s.arg(i)), &outcome, &error))
                qFatal("%s", qPrintable(error));
        }
        return path;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void newLibraryHasNoBackup()
    {
        const QString path = makeLibrary(0);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(LibraryBackups(path).list().isEmpty());
    }

    void backsUpDailyAndKeepsTheNewest()
    {
        const QString path = makeLibrary(3);
        const LibraryBackups backups(path);
        // The first open of a library with articles finds no backup: one is made.
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
        }
        QCOMPARE(backups.list().size(), 1);
        const QFileInfo first = backups.list().first();
        QVERIFY(first.fileName().startsWith(u"library-"_s));
        QVERIFY(first.fileName().endsWith(u"-daily.sqlite"_s));
        QCOMPARE(first.absolutePath(), m_dir->filePath(u"library-backups"_s));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        QCOMPARE(backups.list().size(), 1); // at most daily
        // A day later, the next open makes another.
        QFile old(first.absoluteFilePath());
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-LibraryBackups::dailyInterval - 60), QFileDevice::FileModificationTime));
        old.close();
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        QCOMPARE(backups.list().size(), 2);
        // The backup is a library in its own right, with every article.
        Database copy;
        QString error;
        QVERIFY2(copy.open(backups.newest()->absoluteFilePath(), &error, Database::Access::ReadOnly), qPrintable(error));
        QCOMPARE(count(copy, u"articles"_s), 3);
    }

    void keepsOnlyTheLastBackups()
    {
        const QString path = makeLibrary(1);
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const LibraryBackups backups(path);
        QStringList made;
        for (int i = 0; i < LibraryBackups::kept + 3; ++i) {
            const QString backup = backups.create(db.connection(), u"test"_s, &error);
            QVERIFY2(!backup.isEmpty(), qPrintable(error));
            made << backup;
        }
        QCOMPARE(backups.list().size(), LibraryBackups::kept);
        QCOMPARE(backups.newest()->absoluteFilePath(), made.last());
        QVERIFY(!QFileInfo::exists(made.first()));
    }

    void backsUpBeforeEveryUpgrade()
    {
        const QString path = m_dir->filePath(u"old.sqlite"_s);
        const QString scriptError = runSqlScript(QStringLiteral(LECTERN_TEST_DATA "/store/library-v2.sql"), path);
        QVERIFY2(scriptError.isEmpty(), qPrintable(scriptError));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        const QFileInfoList backups = LibraryBackups(path).list();
        QVERIFY(!backups.isEmpty());
        const auto upgrade = std::find_if(backups.cbegin(), backups.cend(),
            [](const QFileInfo &info) { return info.fileName().endsWith(u"-before-schema-%1.sqlite"_s.arg(Migrations::latestVersion())); });
        QVERIFY(upgrade != backups.cend());
        Database copy;
        QVERIFY2(copy.open(upgrade->absoluteFilePath(), &error, Database::Access::ReadOnly) == false, "a read-only copy of schema 2 cannot be upgraded");
        QVERIFY2(error.contains(u"upgrade"_s), qPrintable(error));
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        {
            raw.setDatabaseName(upgrade->absoluteFilePath());
            QVERIFY(raw.open());
            QCOMPARE(Migrations::currentVersion(raw), 2);
            QSqlQuery query(u"SELECT title FROM articles"_s, raw);
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"Tidal Power Grants Favour Incumbents"_s);
            raw.close();
        }
        raw = {};
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    void damagedLibraryIsSetAsideAndRestoredFromBackup()
    {
        const QString path = makeLibrary(30);
        {
            Database db; // makes the daily backup
            QString error;
            QVERIFY(db.open(path, &error));
        }
        QVERIFY(LibraryBackups(path).newest());
        damage(path);
        const QByteArray damaged = contents(path);

        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"damaged"_s) && error.contains(path), qPrintable(error));
        QVERIFY(!db.isOpen());
        // Moved aside byte for byte, never repaired or deleted.
        QVERIFY(!db.damagedCopyPath().isEmpty());
        QVERIFY2(error.contains(db.damagedCopyPath()), qPrintable(error));
        QCOMPARE(contents(db.damagedCopyPath()), damaged);
        QVERIFY(!QFileInfo::exists(path));

        const std::optional<QFileInfo> backup = LibraryBackups(path).newest();
        QVERIFY(backup);
        QVERIFY2(LibraryBackups::restore(backup->absoluteFilePath(), path, &error), qPrintable(error));
        Database restored;
        QVERIFY2(restored.open(path, &error), qPrintable(error));
        QCOMPARE(count(restored, u"articles"_s), 30);
        QSqlQuery check(u"PRAGMA integrity_check"_s, restored.connection());
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    // Issue #25: after one open moved a damaged library aside, the next one
    // silently made an empty library in its place.
    void noNewLibraryBesideADamagedOneUnlessAsked()
    {
        const QString path = makeLibrary(3);
        damage(path);
        {
            Database db;
            QString error;
            QVERIFY(!db.open(path, &error));
        }
        Database again;
        QString error;
        QVERIFY(!again.open(path, &error));
        QVERIFY2(error.contains(u"moved aside"_s) && error.contains(path), qPrintable(error));
        QVERIFY(!again.damagedCopyPath().isEmpty());
        QVERIFY2(error.contains(again.damagedCopyPath()), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));

        again.setNewLibraryAllowed(true);
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(count(again, u"articles"_s), 0);
    }

    // Issue #25: a 0-byte file opened as a new library (and the window
    // imported its samples into it); a file cut short is damage too.
    void anEmptyOrTruncatedFileIsDamage_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::addColumn<QString>("problem");
        QTest::newRow("0 bytes") << true << u"empty"_s;
        QTest::newRow("cut short") << false << u"cut short"_s;
    }

    void anEmptyOrTruncatedFileIsDamage()
    {
        QFETCH(bool, empty);
        QFETCH(QString, problem);
        const QString path = makeLibrary(40);
        {
            Database db; // folds the WAL into the file
            QString error;
            QVERIFY(db.open(path, &error));
            QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db.connection());
        }
        QFile file(path);
        QVERIFY(file.resize(empty ? 0 : file.size() / 2));
        const QByteArray before = contents(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(problem) && error.contains(path), qPrintable(error));
        QCOMPARE(contents(db.damagedCopyPath()), before);
        QVERIFY(!QFileInfo::exists(path));
    }

    // In WAL mode a new library's pages sit in its -wal until the first
    // checkpoint (the file itself is 0 bytes), and a checkpoint cut short by a
    // kill leaves the file shorter than its header says: SQLite puts both
    // right from the log. tst_crashsafety saw both taken for damage.
    void aFileWhoseLogHoldsItsPagesIsNoDamage()
    {
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        const QString copy = m_dir->filePath(u"copy.sqlite"_s);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery(u"PRAGMA wal_autocheckpoint = 0"_s, db.connection());
            StoreOutcome outcome;
            QVERIFY2(LibraryStore(db).add(article(u"Logged"_s), &outcome, &error), qPrintable(error));
            // What a kill leaves: the files as they are while the library is open.
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + u"-wal"_s, copy + u"-wal"_s));
        }
        QVERIFY(QFileInfo(copy + u"-wal"_s).size() > 4096);
        {
            // The header of a checkpoint under way: more pages than the file has yet.
            QFile file(copy);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const quint32 pages = quint32(file.size() / 4096) + 5;
            QVERIFY(file.seek(28));
            const char declared[] = {char(pages >> 24), char(pages >> 16), char(pages >> 8), char(pages)};
            file.write(declared, 4);
        }
        Database db;
        QString error;
        QVERIFY2(db.open(copy, &error), qPrintable(error));
        QCOMPARE(count(db, u"articles"_s), 1);
    }

    void restoreKeepsTheLibraryItReplaces()
    {
        const QString path = makeLibrary(2);
        QString error;
        QString backup;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            backup = LibraryBackups(path).newest()->absoluteFilePath();
            StoreOutcome outcome;
            QVERIFY(LibraryStore(db).add(article(u"Added after the backup"_s), &outcome, &error));
        }
        const QByteArray current = contents(path);
        QVERIFY(LibraryBackups::restore(backup, path, &error));
        const QStringList aside = QDir(m_dir->path()).entryList({u"library.sqlite.replaced-*"_s}, QDir::Files);
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(m_dir->path()).entryList().join(u", "_s)));
        QCOMPARE(contents(m_dir->filePath(aside.first())), current);
        Database db;
        QVERIFY(db.open(path, &error));
        QCOMPARE(count(db, u"articles"_s), 2);
    }

    void notALibraryIsLeftAlone()
    {
        const QString path = m_dir->filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Shopping: bread, tide tables, rope.\n");
        file.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"not a Lectern library"_s), qPrintable(error));
        QVERIFY(db.damagedCopyPath().isEmpty());
        QCOMPARE(contents(path), QByteArray("Shopping: bread, tide tables, rope.\n"));
    }

    void readOnlyLibraryReadsAndRefusesWrites()
    {
        const QString path = makeLibrary(2);
        const QByteArray before = contents(path);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error, Database::Access::ReadOnly), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QVERIFY(!db.readOnlyReason().isEmpty());
        LibraryStore store(db);
        QCOMPARE(store.count(), 2);
        QVERIFY(store.article(1));
        // Every kind of write fails with a reason, and nothing changes.
        StoreOutcome outcome;
        QVERIFY(!store.add(article(u"Refused"_s), &outcome, &error));
        QVERIFY(!error.isEmpty());
        Claim claim;
        claim.articleId = 1;
        claim.anchor = TextAnchor::describe(store.article(1)->canonicalText(), 0, 7);
        error.clear();
        QVERIFY(!ClaimStore(db).insert(&claim, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.setReadingPosition(1, 10));
        QCOMPARE(store.count(), 2);
        QVERIFY(LibraryBackups(path).list().isEmpty()); // no daily backup from a read-only open
        QCOMPARE(contents(path), before);
    }

    void unwritableFileOpensReadOnly()
    {
        const QString path = makeLibrary(1);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = contents(path);
        // Permissions do not bind root, and the tests run as root in their
        // Debian root: there the check runs in a child that is "nobody",
        // owning the folder (for SQLite's -shm file) but not the library.
        if (geteuid() == 0)
            QVERIFY(::chown(qPrintable(m_dir->path()), nobody, nobody) == 0);
        const bool ok = asUnprivileged([&path] {
            Database db;
            QString error;
            if (!db.open(path, &error)) {
                qWarning("cannot open: %s", qPrintable(error));
                return false;
            }
            StoreOutcome outcome;
            const bool refused = !LibraryStore(db).add(article(u"Refused"_s), &outcome, &error) && !error.isEmpty();
            if (!db.isReadOnly() || !db.readOnlyReason().contains(path) || LibraryStore(db).count() != 1 || !refused) {
                qWarning("read-only %d, reason \"%s\", refused %d", db.isReadOnly(), qPrintable(db.readOnlyReason()), refused);
                return false;
            }
            return true;
        });
        QVERIFY(ok);
        QCOMPARE(contents(path), before);
    }

    // Issue #25: a library in a folder the user may not write was reported
    // as damaged and refused; it opens read-only, as docs/user-guide.md promises.
    void libraryInAReadOnlyFolderOpensReadOnly()
    {
        const QString path = makeLibrary(2);
        {
            Database db; // folds the WAL into the file: no -wal or -shm is left
            QString error;
            QVERIFY(db.open(path, &error));
        }
        for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files))
            QVERIFY(QFile::setPermissions(m_dir->filePath(file), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                         | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QByteArray before = contents(path);
        const bool ok = asUnprivileged([&path] {
            Database db;
            QString error;
            if (!db.open(path, &error)) {
                qWarning("cannot open: %s", qPrintable(error));
                return false;
            }
            if (!db.isReadOnly() || db.readOnlyReason().isEmpty() || LibraryStore(db).count() != 2 || !LibraryStore(db).article(1)) {
                qWarning("read-only %d, reason \"%s\"", db.isReadOnly(), qPrintable(db.readOnlyReason()));
                return false;
            }
            return true;
        });
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY(ok);
        QCOMPARE(contents(path), before);
        QVERIFY(QDir(m_dir->path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
    }

    void fullDiskFailsWritesCleanly()
    {
        const QString path = makeLibrary(1);
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        // A page limit at the current size: the next page needed is "disk full".
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const qint64 pages = query.value(0).toLongLong();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        LibraryStore store(db);
        StoreOutcome outcome;
        Article big = article(u"Too big"_s);
        for (int i = 0; i < 200; ++i)
            big.blocks.append(Block::paragraph(u"Sediment %1 settles where the current slows and the channel widens."_s.arg(i)));
        QVERIFY(!store.add(big, &outcome, &error));
        QVERIFY2(error.contains(u"full"_s), qPrintable(error));
        QCOMPARE(store.count(), 1);
        QSqlQuery check(u"PRAGMA integrity_check"_s, db.connection());
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(LibraryRecoveryTest)
#include "tst_libraryrecovery.moc"
