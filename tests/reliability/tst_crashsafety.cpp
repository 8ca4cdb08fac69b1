// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Lectern;
using namespace Qt::StringLiterals;

// 1,000 annotation writes and batch imports (a commit per article, and
// groups of articles to a commit), each in a process killed with
// SIGKILL at random points (seeded, so a failure can be replayed); after each
// kill the library must be intact, hold every acknowledged write, and hold
// no article half-imported.
class CrashSafetyTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int writes = 1000;
    static constexpr int importFiles = 24;
    static constexpr int minimumKills = 20;

    struct Run
    {
        QStringList acknowledged;
        bool killed = false;
    };

    // Lets the driver acknowledge `after` writes, waits `extra` microseconds
    // more (to land inside the next transaction) and kills it.
    Run runAndKill(const QStringList &arguments, int after, int extra)
    {
        QProcess driver;
        driver.start(QStringLiteral(LECTERN_CRASH_DRIVER), arguments);
        Run run;
        auto readLines = [&] {
            while (driver.canReadLine())
                run.acknowledged << QString::fromUtf8(driver.readLine()).trimmed();
        };
        if (!driver.waitForStarted(30000))
            qFatal("the crash driver did not start");
        while (run.acknowledged.size() < after && driver.state() == QProcess::Running) {
            driver.waitForReadyRead(100);
            readLines();
        }
        QThread::usleep(extra);
        driver.kill(); // SIGKILL
        driver.waitForFinished(30000);
        readLines();
        run.killed = driver.exitStatus() == QProcess::CrashExit;
        if (!run.killed && driver.exitCode() != 0)
            qFatal("the crash driver failed: %s", driver.readAllStandardError().constData());
        return run;
    }

    // What must hold after any kill.
    void verifyIntact(Database &db)
    {
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        query.finish();
        // FTS5 compares its index with the article texts it was built from.
        QVERIFY2(query.exec(u"INSERT INTO article_fts(article_fts) VALUES('integrity-check')"_s), qPrintable(query.lastError().text()));
        // Every article has its text version, and the text is the one hashed at import.
        QVERIFY(query.exec(u"SELECT a.id, v.text, v.content_hash FROM articles a"
                           " LEFT JOIN versions v ON v.id = a.current_version AND v.article_id = a.id"_s));
        const LibraryStore store(db);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            QVERIFY2(!query.value(1).isNull(), qPrintable(u"article %1 has no current text"_s.arg(id)));
            QCOMPARE(Article::hashOf(query.value(1).toString()), query.value(2).toString());
            const std::optional<Article> article = store.article(id);
            QVERIFY(article);
            QCOMPARE(article->canonicalText(), query.value(1).toString());
        }
    }

    QString writeImportFile(int index)
    {
        static const QStringList words {u"tide"_s, u"harbour"_s, u"ledger"_s, u"current"_s, u"estuary"_s, u"gull"_s, u"salt"_s, u"channel"_s, u"mooring"_s,
            u"ebb"_s, u"shingle"_s, u"pilot"_s, u"beacon"_s, u"reef"_s};
        QRandomGenerator generator(quint32(1000 + index));
        QString text = u"Harbour Report Number %1\n\n"_s.arg(index);
        for (int paragraph = 0; paragraph < 120; ++paragraph) {
            for (int word = 0; word < 60; ++word)
                text += words[generator.bounded(int(words.size()))] + (word == 59 ? u".\n\n"_s : u" "_s);
        }
        const QString path = m_dir.filePath(u"import/report-%1.txt"_s.arg(index, 2, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    QTemporaryDir m_dir;
    QString m_library;
    QRandomGenerator m_random {20261123};
    int m_kills = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"import"_s));
        m_library = m_dir.filePath(u"library.sqlite"_s);
    }

    void annotationWritesSurviveKills()
    {
        qint64 articleId = 0;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_library, &error), qPrintable(error));
            Article article;
            article.title = u"The Ledger of the Harbour Master"_s;
            article.format = u"text"_s;
            for (int i = 0; i < 30; ++i)
                article.blocks.append(Block::paragraph(u"Entry %1: a boat came in after dusk, and the ledger says who, when and why."_s.arg(i)));
            StoreOutcome outcome;
            QVERIFY2(LibraryStore(db).add(article, &outcome, &error), qPrintable(error));
            articleId = outcome.articleId;
        }
        QSet<int> acknowledged;
        int next = 0;
        int kills = 0;
        while (next < writes) {
            const int after = m_random.bounded(1, 25);
            const int extra = m_random.bounded(0, 3000);
            const Run run = runAndKill({u"annotate"_s, m_library, QString::number(articleId), QString::number(next), QString::number(writes)}, after, extra);
            for (const QString &line : run.acknowledged)
                acknowledged.insert(line.toInt());
            kills += run.killed;

            Database db;
            QString error;
            QVERIFY2(db.open(m_library, &error), qPrintable(error));
            verifyIntact(db);
            if (QTest::currentTestFailed())
                return;
            // Which writes the library holds: claims by note, edits by speaker.
            QHash<int, QString> speakers;
            QSqlQuery query(u"SELECT note, speaker FROM claims"_s, db.connection());
            int highest = -1;
            while (query.next()) {
                const int write = query.value(0).toString().mid(6).toInt();
                QVERIFY2(!speakers.contains(write), "a write was stored twice");
                speakers.insert(write, query.value(1).toString());
                highest = std::max({highest, write, query.value(1).toString().mid(5).toInt()});
            }
            for (int write : std::as_const(acknowledged)) {
                if (write % 3 == 2)
                    QVERIFY2(speakers.value(write - 1) == u"edit %1"_s.arg(write), qPrintable(u"acknowledged edit %1 is lost"_s.arg(write)));
                else
                    QVERIFY2(speakers.contains(write), qPrintable(u"acknowledged write %1 is lost"_s.arg(write)));
            }
            next = highest + 1;
        }
        m_kills += kills;
        qInfo("%d annotation writes, %d kills, %lld writes acknowledged (each found again after every kill)", writes, kills, qlonglong(acknowledged.size()));
        QVERIFY2(kills >= minimumKills, qPrintable(u"only %1 kills"_s.arg(kills)));
    }

    void batchImportSurvivesKills_data()
    {
        QTest::addColumn<int>("group");
        QTest::newRow("a commit per article") << 1;
        QTest::newRow("five articles to a commit") << 5;
    }

    void batchImportSurvivesKills()
    {
        QFETCH(int, group);
        const QString library = m_dir.filePath(u"import-%1.sqlite"_s.arg(group));
        QStringList files;
        for (int i = 0; i < importFiles; ++i)
            files << writeImportFile(i);
        QHash<QString, qint64> acknowledged;
        int kills = 0;
        // Each run is given the files the library does not hold yet.
        for (QStringList remaining = files; !remaining.isEmpty();) {
            const int after = m_random.bounded(0, 3);
            const int extra = m_random.bounded(0, 8000 * group);
            const Run run = runAndKill(QStringList {u"import"_s, library, QString::number(group)} + remaining, after, extra);
            for (const QString &line : run.acknowledged) {
                const QStringList parts = line.split(QLatin1Char(' '));
                QCOMPARE(parts.size(), qsizetype(3));
                acknowledged.insert(parts[1], parts[2].toLongLong());
            }
            // Articles are reported a whole group at a time, after its commit;
            // only the last group may be short, and a kill can land after it
            // (under ASan, the exit's leak check leaves time for one).
            if (run.killed && run.acknowledged.size() < remaining.size())
                QCOMPARE(run.acknowledged.size() % group, 0);
            kills += run.killed;

            Database db;
            QString error;
            QVERIFY2(db.open(library, &error), qPrintable(error));
            verifyIntact(db);
            if (QTest::currentTestFailed())
                return;
            const LibraryStore store(db);
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const std::optional<Article> article = store.article(it.value());
                QVERIFY2(article, qPrintable(u"acknowledged import of %1 is lost"_s.arg(it.key())));
                QCOMPARE(article->source, it.key());
            }
            QSqlQuery sources(u"SELECT source FROM articles"_s, db.connection());
            while (sources.next())
                remaining.removeAll(sources.value(0).toString());
        }
        Database db;
        QString error;
        QVERIFY(db.open(library, &error));
        QCOMPARE(LibraryStore(db).count(), qint64(importFiles));
        m_kills += kills;
        qInfo("batch import of %d files, %d to a commit, %d kills; %d kills in all", importFiles, group, kills, m_kills);
        QVERIFY(kills >= 3);
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
