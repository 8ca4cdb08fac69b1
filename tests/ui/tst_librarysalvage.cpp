// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/dialogtesting.h"

#include "model/textanchor.h"
#include "model/claim.h"
#include "dialogs/libraryrecovery.h"
#include "store/claimcatalog.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "store/librarybackups.h"
#include "indexing/librarystore.h"
#include "store/storeoutcome.h"

#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue #25: the window's recovery brought back only the newest backup, so
// every claim made after it was lost although the damaged file held it.
class LibrarySalvageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 addArticle(Database &database, const QString &title)
    {
        Article article;
        article.title = title;
        article.format = u"text"_s;
        article.source = u"/articles/"_s + title;
        for (int i = 0; i < 30; ++i)
            article.blocks.append(Block::paragraph(u"%1, paragraph %2: the estuary fills and empties twice a day."_s.arg(title).arg(i)));
        StoreOutcome outcome;
        QString error;
        if (!LibraryStore(database).add(article, &outcome, &error))
            qWarning("%s", qPrintable(error));
        return outcome.articleId;
    }

    static void addClaim(Database &database, qint64 articleId, const QString &note)
    {
        const QString text = LibraryStore(database).article(articleId)->canonicalText();
        Claim claim;
        claim.articleId = articleId;
        claim.anchor = TextAnchor::describe(text, 0, 10);
        claim.note = note;
        claim.created = claim.modified = QDateTime::currentDateTimeUtc();
        QString error;
        if (!ClaimStore(database).insert(&claim, &error))
            qWarning("%s", qPrintable(error));
    }

    static QStringList notes(Database &database)
    {
        QStringList notes;
        QSqlQuery query(u"SELECT note FROM claims ORDER BY note"_s, database.connection());
        while (query.next())
            notes << query.value(0).toString();
        return notes;
    }

    // Overwrites the root page of the article search index.
    static void damageSearchIndex(const QString &path)
    {
        qint64 root = 0;
        {
            Database database;
            QString error;
            QVERIFY2(database.open(path, &error), qPrintable(error));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(query.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'article_fts_data'"_s) && query.next());
            root = query.value(0).toLongLong();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((root - 1) * 4096));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        QString error;
        QVERIFY(Database::recordDamage(path, u"test"_s, &error));
    }

private Q_SLOTS:
    void restoringTheBackupBringsBackLaterClaims()
    {
        const QString path = m_dir.filePath(u"library.sqlite"_s);
        {
            Database database;
            QString error;
            QVERIFY2(database.open(path, &error), qPrintable(error));
            addClaim(database, addArticle(database, u"Early"_s), u"before the backup"_s);
            QVERIFY(!LibraryBackups(path).create(database.connection(), u"manual"_s, &error).isEmpty());
            addClaim(database, addArticle(database, u"Late"_s), u"after the backup"_s);
        }
        damageSearchIndex(path);

        Database database;
        bool offered = false;
        whenDialogShows<QMessageBox>([&offered](QMessageBox *box) {
            auto *salvage = box->findChild<QCheckBox *>(u"salvageClaims"_s);
            QVERIFY(salvage && salvage->isChecked());
            offered = true;
            box->defaultButton()->click(); // Restore Backup
        });
        // The report comes after the restore and the salvage's worker thread.
        QString report;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&report] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible() && box->objectName() == u"salvageReport"_s) {
                    report = box->text();
                    box->accept();
                }
            }
        });
        watch.start(20);
        QVERIFY(LibraryRecovery::open(database, path));
        QVERIFY(offered);
        // Plural forms live in the executable's catalogue, which a test does not load.
        QVERIFY2(report.contains(QRegularExpression(u"\\b1 claim(\\(s\\))? added"_s)), qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(u"\\b1 article(\\(s\\))? added"_s)), qPrintable(report));
        QCOMPARE(notes(database), (QStringList {u"after the backup"_s, u"before the backup"_s}));
    }
};

QTEST_MAIN(LibrarySalvageTest)
#include "tst_librarysalvage.moc"
