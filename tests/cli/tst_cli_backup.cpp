// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Backups from the command line, and what it says about a damaged library.
class CliBackupTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    LecternRun lectern(QStringList arguments) { return runLectern(arguments << u"--library"_s << m_library); }

private Q_SLOTS:
    void initTestCase() { m_library = m_dir.filePath(u"library.sqlite"_s); }

    void createListDamageRestore()
    {
        const QString samples = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples");
        QCOMPARE(lectern({u"import"_s, samples}).code, 0);
        const LecternRun list = lectern({u"list"_s});
        QCOMPARE(list.code, 0);

        const LecternRun created = lectern({u"backup"_s, u"create"_s});
        QCOMPARE(created.code, 0);
        const QString backup = created.out.trimmed();
        QVERIFY2(QFileInfo(backup).isFile(), qPrintable(created.out + created.err));
        QVERIFY(backup.startsWith(m_dir.filePath(u"library-backups/library-"_s)));
        const LecternRun listed = lectern({u"backup"_s});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.startsWith(backup + u'\t'), qPrintable(listed.out));

        // Scribble over the library's pages (its header stays).
        {
            QFile file(m_library);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QRandomGenerator generator(99);
            for (qint64 at = 4096; at < file.size(); at += 4096) {
                file.seek(at);
                file.write(QByteArray(256, char(generator.bounded(256))));
            }
        }
        const LecternRun damaged = lectern({u"list"_s});
        QCOMPARE(damaged.code, 1);
        QVERIFY2(damaged.err.contains(u"damaged"_s) && damaged.err.contains(m_library), qPrintable(damaged.err));
        QVERIFY2(damaged.err.contains(u"lectern backup restore"_s), qPrintable(damaged.err));
        QVERIFY(!QFileInfo::exists(m_library));
        // Issue #25: the next command made a new, empty library and exited 0.
        const LecternRun again = lectern({u"list"_s});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"moved aside"_s) && again.err.contains(u"--new"_s), qPrintable(again.err));
        QVERIFY(!QFileInfo::exists(m_library));

        QCOMPARE(lectern({u"backup"_s, u"restore"_s, m_dir.filePath(u"nothing.sqlite"_s)}).code, 1);
        const LecternRun restored = lectern({u"backup"_s, u"restore"_s, backup});
        QCOMPARE(restored.code, 0);
        QCOMPARE(lectern({u"list"_s}).out, list.out);
    }

    // Issue #25: a library in a folder the user may not write opens
    // read-only with a note, as the window shows its banner.
    void aReadOnlyFolderReadsWithANote()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        const QString samples = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples");
        QCOMPARE(runLectern({u"--library"_s, library, u"import"_s, samples}).code, 0);
        const LecternRun writable = runLectern({u"--library"_s, library, u"list"_s});
        QCOMPARE(writable.code, 0);
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(library, readOnly));
        QVERIFY(QFile::setPermissions(dir.path(), readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        // Permissions do not bind root: the tests' Debian root runs as root.
        const auto asNobody = [](const QStringList &arguments) {
            QProcess process;
            if (geteuid() == 0) {
                process.setChildProcessModifier([] {
                    if (setgid(65534) != 0 || setuid(65534) != 0)
                        _exit(99);
                });
            }
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"LANG"_s, u"C.UTF-8"_s);
            environment.insert(u"HOME"_s, u"/tmp"_s);
            environment.insert(u"XDG_CONFIG_HOME"_s, u"/tmp"_s);
            environment.remove(u"LANGUAGE"_s);
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(LECTERN_BINARY), arguments);
            process.waitForFinished(60000);
            return LecternRun {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
        };
        const LecternRun list = asNobody({u"--library"_s, library, u"list"_s});
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(list.out, writable.out);
        QVERIFY2(list.err.contains(u"read-only"_s), qPrintable(list.err));
        QVERIFY(QDir(dir.path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
    }

    // Issue #25: with a damaged page of articles (claims and tags, checked
    // at every open, whole), `list` printed nothing and exited 0, `search`
    // printed the SQLite error and exited 0, and `annotate` wrote.
    void aReadThatFindsDamageFailsTheCommand()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        const QString samples = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples");
        const auto run = [&library](QStringList arguments) {
            return runLectern(QStringList{u"--library"_s, library} + arguments);
        };
        QCOMPARE(run({u"import"_s, samples}).code, 0);
        QCOMPARE(run({u"backup"_s, u"create"_s}).code, 0); // no whole check is due today
        qint64 root = 0;
        qint64 pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
            db.setDatabaseName(library);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(query.exec(u"SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = 'versions'"_s) && query.next());
            root = query.value(0).toLongLong();
            pageSize = query.value(1).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"pages"_s);
        {
            QFile file(library);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((root - 1) * pageSize));
            file.write(QByteArray(int(pageSize), '\x5a'));
        }
        const LecternRun annotate = run({u"annotate"_s, u"1"_s, u"--range"_s, u"0:5"_s, u"--tag"_s, u"Security"_s});
        QVERIFY(annotate.code != 0);
        QVERIFY2(annotate.err.contains(u"damaged"_s) && annotate.err.contains(library), qPrintable(annotate.err));
        // The damage was recorded: the next command checks the whole file and sets it aside.
        const LecternRun show = run({u"show"_s, u"1"_s});
        QCOMPARE(show.code, 1);
        QVERIFY2(show.err.contains(u"moved to"_s), qPrintable(show.err));
        QVERIFY(!QFileInfo::exists(library));
        const QStringList aside = QDir(dir.path()).entryList({u"library.sqlite.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"aside"_s);
        db.setDatabaseName(dir.filePath(aside.first()));
        QVERIFY(db.open());
        QSqlQuery claims(u"SELECT count(*) FROM claims"_s, db);
        QVERIFY(claims.next());
        QCOMPARE(claims.value(0).toInt(), 0); // annotate wrote nothing
        claims.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"aside"_s);
    }

    void newStartsAnEmptyLibraryBesideADamagedOne()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        QFile empty(library);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const LecternRun refused = runLectern({u"--library"_s, library, u"list"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"empty"_s), qPrintable(refused.err));
        QCOMPARE(runLectern({u"--library"_s, library, u"list"_s}).code, 1);
        const LecternRun fresh = runLectern({u"--library"_s, library, u"--new"_s, u"list"_s});
        QVERIFY2(fresh.code == 0, qPrintable(fresh.err));
        QCOMPARE(runLectern({u"--library"_s, library, u"list"_s}).code, 0);
    }

    void usage()
    {
        QCOMPARE(lectern({u"backup"_s, u"restore"_s}).code, 2);
        QCOMPARE(lectern({u"backup"_s, u"create"_s, u"extra"_s}).code, 2);
        QCOMPARE(lectern({u"backup"_s, u"frobnicate"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(CliBackupTest)
#include "tst_cli_backup.moc"
