// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"
#include "import/batchimport.h"
#include "import/fileimporter.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <fcntl.h>
#include <unistd.h>

using namespace Lectern;
using namespace Qt::StringLiterals;

// A batch import commits groups of articles at once: these tests check what
// that must never change.
class BatchImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QString &title, const QString &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write((title + u"\n\n"_s + body + u"\n"_s).toUtf8());
        return path;
    }

    QStringList writeFiles(const QString &prefix, int count)
    {
        QStringList files;
        for (int i = 0; i < count; ++i)
            files << writeFile(u"%1-%2.txt"_s.arg(prefix).arg(i), u"Lighthouse log %1 of %2"_s.arg(i).arg(prefix),
                               u"The keeper wrote %1 lines about the lamp, the fog and the boats of %2 that night."_s.arg(i * 7 + 3).arg(prefix));
        return files;
    }

    // What another connection sees: committed articles only.
    static qint64 committedArticles(const QString &library)
    {
        Database other;
        QString error;
        if (!other.open(library, &error))
            qFatal("%s", qPrintable(error));
        return LibraryStore(other).count();
    }

    static void verifyWhole(Database &db)
    {
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(u"INSERT INTO article_fts(article_fts) VALUES('integrity-check')"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT count(*) FROM articles a LEFT JOIN versions v ON v.id = a.current_version WHERE v.id IS NULL"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // A group adds up its related-index counts in memory: after
        // rollbacks and rewrites they must still be those of the features held.
        QVERIFY(query.exec(u"SELECT count(*) FROM related_features"_s) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        QVERIFY(query.exec(u"SELECT count(*) FROM (SELECT feature, count(*) AS held FROM related_features GROUP BY feature) f"
                           " FULL JOIN (SELECT feature, articles FROM related_frequency WHERE articles > 0) q USING (feature)"
                           " WHERE f.held IS NOT q.articles"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportsEachGroupOnlyOnceCommitted()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        batch.setGroupLimits({3, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()});
        QList<qsizetype> groups;
        QList<int> progress;
        qint64 reported = 0;
        const QList<BatchImport::Item> items = batch.run(
            writeFiles(u"groups"_s, 7),
            [&](int done, int, const QString &) {
                progress << done;
                return true;
            },
            [&](const QList<BatchImport::Item> &done) {
                groups << done.size();
                reported += done.size();
                // Everything reported so far is already visible to others.
                QCOMPARE(committedArticles(library.path()), reported);
            });
        QCOMPARE(groups, (QList<qsizetype> {3, 3, 1}));
        QCOMPARE(progress, (QList<int> {0, 0, 0, 3, 3, 3, 6, 7}));
        QCOMPARE(items.size(), qsizetype(7));
        QCOMPARE(BatchImport::failures(items), 0);
        QCOMPARE(store.count(), qint64(7));
    }

    void writeLockIsFreeWhileFilesAreRead()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        batch.setGroupLimits({3, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()});
        QStringList refused;
        {
            // The window's connection, as impatient as it can be.
            QSqlDatabase window = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"window"_s);
            window.setDatabaseName(library.path());
            window.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
            QVERIFY(window.open());
            QSqlQuery write(window);
            batch.run(writeFiles(u"lock"_s, 7), [&](int done, int, const QString &path) {
                // Called before each file is read: a claim saved now must not wait.
                if (!write.exec(u"BEGIN IMMEDIATE"_s))
                    refused << u"%1 (%2 done): %3"_s.arg(path).arg(done).arg(write.lastError().text());
                else
                    write.exec(u"ROLLBACK"_s);
                return true;
            });
            write.finish();
            window.close();
        }
        QSqlDatabase::removeDatabase(u"window"_s);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
        QCOMPARE(store.count(), qint64(7));
    }

    void failedFileLeavesTheRestOfItsGroup()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        QStringList files = writeFiles(u"mixed"_s, 4);
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        files.insert(2, empty);
        // A store failure mid-group: this title cannot be written.
        QSqlQuery poison(library.database().connection());
        QVERIFY(poison.exec(u"CREATE TEMP TRIGGER poison BEFORE INSERT ON versions"
                            " WHEN (SELECT title FROM articles WHERE id = NEW.article_id) LIKE 'Lighthouse log 3 %'"
                            " BEGIN SELECT RAISE(ABORT, 'the lamp went out'); END"_s));
        const QList<BatchImport::Item> items = batch.run(files);
        QCOMPARE(items.size(), qsizetype(5));
        QCOMPARE(BatchImport::failures(items), 2);
        QVERIFY(!items[2].ok);
        QVERIFY(items[2].message().startsWith(files[2]));
        QVERIFY(!items[4].ok);
        QVERIFY2(items[4].error.contains(u"the lamp went out"_s), qPrintable(items[4].error));
        QCOMPARE(store.count(), qint64(3));
        for (int i : {0, 1, 3})
            QVERIFY(store.article(items[i].outcome.articleId));
        verifyWhole(library.database());
    }

    void lostTransactionCostsOnlyTheFailedFile_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QList<bool>>("saved");
        QTest::newRow("one file") << u"(SELECT title FROM articles WHERE id = NEW.article_id) LIKE 'Lighthouse log 6 %'"_s
                                  << QList<bool> {true, true, true, true, true, true, false, true, true};
        QTest::newRow("the library is full") << u"(SELECT count(*) FROM articles) > 5"_s
                                             << QList<bool> {true, true, true, true, true, false, false, false, false};
    }

    void lostTransactionCostsOnlyTheFailedFile()
    {
        QFETCH(QString, when);
        QFETCH(QList<bool>, saved);
        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        batch.setGroupLimits({4, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()});
        // RAISE(ROLLBACK) ends the whole transaction, as a full disk does:
        // the articles before the failed one in its group must be written
        // again, not lost with it.
        QSqlQuery poison(library.database().connection());
        QVERIFY(poison.exec(u"CREATE TEMP TRIGGER poison BEFORE INSERT ON versions WHEN %1 BEGIN SELECT RAISE(ROLLBACK, 'the disk is full'); END"_s.arg(when)));
        const QList<BatchImport::Item> items = batch.run(writeFiles(u"lost"_s, 9));
        QCOMPARE(items.size(), qsizetype(9));
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(items[i].ok, saved[i]);
            if (saved[i])
                QVERIFY(store.article(items[i].outcome.articleId));
            else
                QVERIFY2(items[i].error.contains(u"the disk is full"_s), qPrintable(items[i].error));
        }
        QCOMPARE(store.count(), qint64(saved.count(true)));
        verifyWhole(library.database());
    }

    void duplicatesInTheSameGroupAreFound()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        const QString first = writeFile(u"twin-a.txt"_s, u"Twin reports"_s, u"Two keepers wrote the same words about the same storm."_s);
        const QString second = writeFile(u"twin-b.txt"_s, u"Twin reports"_s, u"Two keepers wrote the same words about the same storm."_s);
        const QList<BatchImport::Item> items = batch.run({first, second});
        QCOMPARE(items.size(), qsizetype(2));
        QCOMPARE(items[0].outcome.status, StoreOutcome::Status::Added);
        QCOMPARE(items[1].outcome.status, StoreOutcome::Status::Duplicate);
        QCOMPARE(items[1].outcome.articleId, items[0].outcome.articleId);
        QCOMPARE(store.count(), qint64(1));
    }

    // Issue #25: a file whose name is not valid UTF-8 (an old Latin-1 archive)
    // "did not exist": Qt decodes such a name with U+FFFD and cannot give the
    // bytes back. It is found by its bytes, alone and in a folder.
    void namesThatAreNotUtf8AreImported()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.filePath(u"Archiv \u00e4lter"_s));
        QVERIFY(QDir().mkpath(QFile::decodeName(folder)));
        const QByteArray latin1Name = folder + "/Caf\xe9 der Fl\xfcsse.txt";
        {
            const int fd = ::open(latin1Name.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
            QVERIFY(fd >= 0);
            const QByteArray text = "Rivers\n\nThe rivers of the north carry silt to the sea every spring.\n";
            QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
            ::close(fd);
        }
        const QString shown = QFile::decodeName(latin1Name);
        QVERIFY(shown.contains(QChar::ReplacementCharacter));

        const ImportResult alone = FileImporter().importFile(shown);
        QVERIFY2(alone.ok(), qPrintable(alone.error));
        QCOMPARE(alone.article.title, u"Rivers"_s);

        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        const QStringList found = BatchImport::expand({QFile::decodeName(folder)});
        QCOMPARE(found, QStringList{shown});
        const QList<BatchImport::Item> items = batch.run(found);
        QVERIFY2(items.size() == 1 && items.first().ok, qPrintable(items.value(0).message()));
        QCOMPARE(store.count(), qint64(1));
    }

    void cancelCommitsWhatIsDone()
    {
        TestLibrary library;
        LibraryStore store(library.database());
        const FileImporter importer;
        BatchImport batch(store, importer);
        int calls = 0;
        const QList<BatchImport::Item> items = batch.run(writeFiles(u"cancel"_s, 8), [&](int, int, const QString &path) {
            return path.isEmpty() || ++calls <= 5;
        });
        QCOMPARE(items.size(), qsizetype(5));
        QCOMPARE(committedArticles(library.path()), qint64(5));
        QCOMPARE(store.count(), qint64(5));
    }
};

QTEST_GUILESS_MAIN(BatchImportTest)
#include "tst_batchimport.moc"
