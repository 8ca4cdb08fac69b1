// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatement.h"
#include "../common/testlibrary.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern;

class SqliteStatementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesGoInAndComeBackOut()
    {
        TestLibrary library;
        QVERIFY(library.isOpen());
        const QSqlDatabase db = library.database().connection();
        QVERIFY(QSqlQuery(db).exec(u"CREATE TEMP TABLE sample (number INTEGER, real REAL, words TEXT)"_s));
        SqliteStatement insert(db, "INSERT INTO sample VALUES (?1, ?2, ?3)");
        QString error;
        for (const auto &[number, words] : {std::pair{1, u"Grüße, 世界"_s}, std::pair{2, QString()}}) {
            insert.bind(1, qint64(number));
            insert.bind(2, number / 4.0);
            insert.bind(3, words);
            QVERIFY2(insert.run(&error), qPrintable(error));
        }
        SqliteStatement select(db, "SELECT number, real, words FROM sample ORDER BY number");
        QStringList rows;
        while (select.next())
            rows << u"%1 %2 %3 %4"_s.arg(select.integer(0)).arg(select.real(1)).arg(select.text(2)).arg(select.isNull(2) ? u"null"_s : u"text"_s);
        QVERIFY2(select.ok(&error), qPrintable(error));
        // A null string is stored as '' (the schema's "none"), not NULL.
        QCOMPARE(rows, (QStringList{u"1 0.25 Grüße, 世界 text"_s, u"2 0.5  text"_s}));
        // Reset: the same statement runs again.
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 1);
    }

    void errorsAreReportedAndTheStatementRunsAgain()
    {
        TestLibrary library;
        const QSqlDatabase db = library.database().connection();
        QVERIFY(QSqlQuery(db).exec(u"CREATE TEMP TABLE once (word TEXT PRIMARY KEY)"_s));
        SqliteStatement insert(db, "INSERT INTO once VALUES (?1)");
        QString error;
        insert.bind(1, u"tide"_s);
        QVERIFY(insert.run(&error));
        QVERIFY(!insert.run(&error));
        QVERIFY2(error.contains(u"UNIQUE"_s), qPrintable(error));
        insert.bind(1, u"harbour"_s);
        QVERIFY2(insert.run(&error), qPrintable(error));

        SqliteStatement broken(db, "SELECT word FROM nowhere");
        error.clear();
        QVERIFY(!broken.next());
        QVERIFY(!broken.ok(&error));
        QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
        QVERIFY(!broken.run(&error));
    }
};

QTEST_GUILESS_MAIN(SqliteStatementTest)
#include "tst_sqlitestatement.moc"
