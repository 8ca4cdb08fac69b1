// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/claim.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "store/librarybackups.h"
#include "store/librarycheck.h"
#include "indexing/librarystore.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern;

// The checks a window leaves for after its first paint (Check::UserWork at
// open, LibraryCheck later), and the record that carries damage found late
// to the next start.
namespace {
const QString text = u"Harbour dues fund the lifeboats. The council says the dues are fair."_s;

int count(Database &db, const QString &table)
{
    QSqlQuery query(u"SELECT count(*) FROM "_s + table, db.connection());
    return query.next() ? query.value(0).toInt() : -1;
}

// Scribbles over the pages of one table (dbstat says which), leaving every
// other page as it was.
void damageTable(const QString &path, const QString &table)
{
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toLongLong();
        QVERIFY(query.prepare(u"SELECT pageno FROM dbstat WHERE name = ?"_s));
        query.addBindValue(table);
        QVERIFY(query.exec());
        while (query.next())
            pages << query.value(0).toLongLong();
    } // The last connection to close folds the -wal file into the library.
    QVERIFY2(!pages.isEmpty(), qPrintable(table));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (const qint64 page : std::as_const(pages)) {
        file.seek((page - 1) * pageSize);
        file.write(QByteArray(int(pageSize), '\x5a'));
    }
}
} // namespace

class LibraryCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_path = m_dir->filePath(u"library.sqlite"_s);
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::UserWork), qPrintable(error));
        LibraryStore store(db);
        for (int i = 0; i < 40; ++i) {
            Article article;
            article.title = u"Harbour report %1"_s.arg(i);
            article.format = u"text"_s;
            article.blocks.append(Block::paragraph(text + u" Report %1."_s.arg(i)));
            StoreOutcome outcome;
            QVERIFY2(store.add(article, &outcome, &error), qPrintable(error));
            Claim claim;
            claim.articleId = outcome.articleId;
            claim.anchor = TextAnchor::describe(text, 0, 32);
            claim.created = claim.modified = QDateTime::currentDateTimeUtc();
            QVERIFY2(ClaimStore(db).insert(&claim, &error), qPrintable(error));
        }
        // Opening for the window leaves the daily backup to LibraryCheck.
        QVERIFY(LibraryBackups(m_path).list().isEmpty());
    }

    void damagedClaimsAreFoundBeforeTheWindowShows()
    {
        damageTable(m_path, u"claims"_s);
        Database db;
        QString error;
        QVERIFY(!db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::UserWork));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY(!db.damagedCopyPath().isEmpty());
        QVERIFY(!QFileInfo::exists(m_path));
    }

    void damageElsewhereIsFoundAfterOpeningAndSetAsideAtTheNextStart()
    {
        damageTable(m_path, u"article_fts_data"_s);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::UserWork), qPrintable(error));
            QCOMPARE(count(db, u"claims"_s), 40);

            LibraryCheck check(m_path);
            QSignalSpy damage(&check, &LibraryCheck::damageFound);
            QSignalSpy finished(&check, &LibraryCheck::finished);
            check.start();
            QVERIFY(finished.wait(20000));
            QCOMPARE(damage.size(), 1);
            QVERIFY(!damage.first().first().toString().isEmpty());
            // No copy of a damaged library is passed off as a backup.
            QVERIFY(LibraryBackups(m_path).list().isEmpty());
            QCOMPARE(Database::damageRecord(m_path), damage.first().first().toString());
        }
        {
            // A worker's second connection no longer writes to it.
            Database worker;
            QString error;
            QVERIFY2(worker.open(m_path, &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
            QVERIFY(worker.isReadOnly());
            QVERIFY2(worker.readOnlyReason().contains(u"damage"_s), qPrintable(worker.readOnlyReason()));
            QVERIFY(!QSqlQuery(worker.connection()).exec(u"DELETE FROM claims"_s));
        }
        Database next;
        QString error;
        QVERIFY(!next.open(m_path, &error, Database::Access::ReadWrite, Database::Check::UserWork));
        QVERIFY2(error.contains(u"damaged"_s) && error.contains(next.damagedCopyPath()), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_path));
        QVERIFY(Database::damageRecord(m_path).isEmpty());
    }

    // The command line checks every page once a day, before the daily
    // backup; its other commands check the user's own work, as the window.
    void commandLineChecksEveryPageWhenTheBackupIsDue()
    {
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::Daily), qPrintable(error));
        }
        const QFileInfoList backups = LibraryBackups(m_path).list();
        QCOMPARE(backups.size(), 1);
        damageTable(m_path, u"article_fts_data"_s);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::Daily), qPrintable(error));
            QCOMPARE(count(db, u"claims"_s), 40);
        }
        QFile backup(backups.first().absoluteFilePath());
        QVERIFY(backup.open(QIODevice::ReadWrite));
        QVERIFY(backup.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        backup.close();
        Database db;
        QString error;
        QVERIFY(!db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::Daily));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QCOMPARE(LibraryBackups(m_path).list().size(), 1);
    }

    void healthyLibraryGetsItsDailyBackup()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error, Database::Access::ReadWrite, Database::Check::UserWork), qPrintable(error));
        for (int run = 0; run < 2; ++run) {
            LibraryCheck check(m_path);
            QSignalSpy damage(&check, &LibraryCheck::damageFound);
            QSignalSpy finished(&check, &LibraryCheck::finished);
            check.start();
            QVERIFY(finished.wait(20000));
            QVERIFY(damage.isEmpty());
        }
        // At most daily: the second check found one made today.
        const QFileInfoList backups = LibraryBackups(m_path).list();
        QCOMPARE(backups.size(), 1);
        QVERIFY2(LibraryBackups::isUsable(backups.first().absoluteFilePath(), &error), qPrintable(error));
        Database copy;
        QVERIFY2(copy.open(backups.first().absoluteFilePath(), &error, Database::Access::ReadOnly), qPrintable(error));
        QCOMPARE(count(copy, u"claims"_s), 40);
        QCOMPARE(count(copy, u"articles"_s), 40);
        QVERIFY(Database::damageRecord(m_path).isEmpty());
    }

    void stoppingLeavesNoHalfBackup()
    {
        {
            LibraryCheck check(m_path);
            check.start();
        } // destroyed at once: interrupted wherever it was
        const QDir folder(LibraryBackups(m_path).folder());
        QVERIFY2(folder.entryList({u"*.part"_s}, QDir::Files).isEmpty(), qPrintable(folder.entryList().join(u", "_s)));
        QString error;
        for (const QFileInfo &backup : LibraryBackups(m_path).list())
            QVERIFY2(LibraryBackups::isUsable(backup.absoluteFilePath(), &error), qPrintable(error));
        QVERIFY(Database::damageRecord(m_path).isEmpty());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(LibraryCheckTest)
#include "tst_librarycheck.moc"
