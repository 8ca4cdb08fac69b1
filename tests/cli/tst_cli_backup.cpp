// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Fills the root page of a table with junk, after moving the WAL into the file.
    static void overwriteRootPage(const QString &library, const QString &table)
    {
        qint64 root = 0;
        qint64 pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
            db.setDatabaseName(library);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(query.prepare(u"SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = ?"_s));
            query.addBindValue(table);
            QVERIFY(query.exec() && query.next());
            root = query.value(0).toLongLong();
            pageSize = query.value(1).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"pages"_s);
        QFile file(library);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((root - 1) * pageSize));
        file.write(QByteArray(int(pageSize), '\x5a'));
    }

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
        overwriteRootPage(library, u"versions"_s);
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

    // Issue #25: `backup restore` brought back only the last backup, so every
    // claim made since was lost although the damaged file still held it.
    void salvageBringsBackTheClaimsMadeSinceTheBackup()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        const auto run = [&library](QStringList arguments) {
            return runLectern(QStringList{u"--library"_s, library} + arguments);
        };
        QCOMPARE(run({u"import"_s, QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}).code, 0);
        QCOMPARE(run({u"annotate"_s, u"1"_s, u"--range"_s, u"0:5"_s, u"--tag"_s, u"Security"_s, u"--note"_s, u"before the backup"_s}).code, 0);
        const LecternRun created = run({u"backup"_s, u"create"_s});
        QCOMPARE(created.code, 0);
        const QString backup = created.out.trimmed();

        // Since the backup: an article, a tag and two claims.
        const QString late = dir.filePath(u"late.txt"_s);
        {
            QFile file(late);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("A Late Article\n\nExport controls slow the spread of chips. That is the whole argument of this late article.\n");
        }
        QCOMPARE(run({u"import"_s, late}).code, 0);
        const LecternRun listed = run({u"list"_s, u"--json"_s});
        qint64 lateId = 0;
        for (const QJsonValue &article : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            if (article[u"title"_s].toString() == u"A Late Article"_s)
                lateId = article[u"id"_s].toInteger();
        QVERIFY2(lateId > 0, qPrintable(listed.out));
        QCOMPARE(run({u"tags"_s, u"add"_s, u"Chips"_s}).code, 0);
        QCOMPARE(run({u"annotate"_s, QString::number(lateId), u"--range"_s, u"16:31"_s, u"--tag"_s, u"Chips"_s, u"--note"_s, u"after the backup"_s})
                     .code,
                 0);
        QCOMPARE(run({u"annotate"_s, u"1"_s, u"--range"_s, u"6:12"_s, u"--tag"_s, u"Innovation"_s, u"--stance"_s, u"opposes"_s}).code, 0);
        const QJsonArray before = QJsonDocument::fromJson(run({u"claims"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(before.size(), 3);

        // Damage the search index; a search meets it and the next command moves the file aside.
        overwriteRootPage(library, u"article_fts_data"_s);
        QCOMPARE(run({u"search"_s, u"export"_s}).code, 1);
        QCOMPARE(run({u"list"_s}).code, 1);
        const QStringList aside = QDir(dir.path()).entryList({u"library.sqlite.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        const QString damaged = dir.filePath(aside.first());
        QVERIFY(run({u"list"_s}).err.contains(u"lectern backup salvage '%1'"_s.arg(damaged)));

        QCOMPARE(run({u"backup"_s, u"restore"_s, backup}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(run({u"claims"_s, u"--json"_s}).out.toUtf8()).array().size(), 1);
        const LecternRun salvaged = run({u"backup"_s, u"salvage"_s, damaged});
        QVERIFY2(salvaged.code == 0, qPrintable(salvaged.err));
        QVERIFY2(salvaged.out.contains(u"3 claims could be read"_s) && salvaged.out.contains(u"2 claims added"_s)
                     && salvaged.out.contains(u"1 claim already"_s) && salvaged.out.contains(u"1 article added"_s),
                 qPrintable(salvaged.out));

        const QJsonArray after = QJsonDocument::fromJson(run({u"claims"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(after.size(), 3);
        QHash<QString, QJsonObject> byUid;
        for (const QJsonValue &claim : after)
            byUid.insert(claim[u"uid"_s].toString(), claim.toObject());
        for (const QJsonValue &claim : before) {
            const QJsonObject found = byUid.value(claim[u"uid"_s].toString());
            QVERIFY2(!found.isEmpty(), qPrintable(claim[u"uid"_s].toString()));
            for (const QString &field : {u"exact"_s, u"tags"_s, u"stance"_s, u"note"_s, u"start"_s, u"end"_s})
                QCOMPARE(found[field], claim[field]);
        }
        QVERIFY(run({u"search"_s, u"spread"_s}).out.contains(u"A Late Article"_s));

        // Salvaging again changes nothing; the damaged file was only read.
        const QByteArray damagedBytes = readAll(damaged);
        const LecternRun again = run({u"backup"_s, u"salvage"_s, damaged});
        QVERIFY2(again.out.contains(u"0 claims added"_s) && again.out.contains(u"3 claims already"_s), qPrintable(again.out));
        QCOMPARE(readAll(damaged), damagedBytes);
        QCOMPARE(QJsonDocument::fromJson(run({u"claims"_s, u"--json"_s}).out.toUtf8()).array().size(), 3);
    }

    void salvageSaysWhatItCannotRead()
    {
        QTemporaryDir dir;
        const QString notALibrary = dir.filePath(u"notes.txt"_s);
        {
            QFile file(notALibrary);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        const LecternRun refused = runLectern({u"--library"_s, dir.filePath(u"library.sqlite"_s), u"backup"_s, u"salvage"_s, notALibrary});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(notALibrary), qPrintable(refused.err));
        const LecternRun missing = runLectern({u"--library"_s, dir.filePath(u"library.sqlite"_s), u"backup"_s, u"salvage"_s, dir.filePath(u"gone"_s)});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"no such file"_s), qPrintable(missing.err));
    }

    void usage()
    {
        QCOMPARE(lectern({u"backup"_s, u"restore"_s}).code, 2);
        QCOMPARE(lectern({u"backup"_s, u"create"_s, u"extra"_s}).code, 2);
        QCOMPARE(lectern({u"backup"_s, u"frobnicate"_s}).code, 2);
        QCOMPARE(lectern({u"backup"_s, u"salvage"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(CliBackupTest)
#include "tst_cli_backup.moc"
