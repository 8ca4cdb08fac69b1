// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/preparedqueries.h"
#include "../common/testlibrary.h"

#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern;

class PreparedQueriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQueryIsPreparedOnceAndRunsAgain()
    {
        TestLibrary library;
        const QSqlDatabase db = library.database().connection();
        QVERIFY(QSqlQuery(db).exec(u"CREATE TEMP TABLE tides (height INTEGER)"_s));
        PreparedQueries queries(db);
        const QString insert = u"INSERT INTO tides VALUES (?)"_s;
        QString error;
        QSqlQuery *first = queries.prepared(insert, &error);
        QVERIFY2(first, qPrintable(error));
        for (int height : {3, 5, 8}) {
            QSqlQuery *query = queries.prepared(insert, &error);
            QCOMPARE(query, first);
            query->addBindValue(height);
            QVERIFY2(query->exec(), qPrintable(query->lastError().text()));
        }
        QSqlQuery *sum = queries.prepared(u"SELECT sum(height) FROM tides"_s, &error);
        QVERIFY(sum && sum->exec() && sum->next());
        QCOMPARE(sum->value(0).toInt(), 16);
        sum->finish();
        QVERIFY(sum->exec() && sum->next());
        QCOMPARE(sum->value(0).toInt(), 16);
    }

    void aStatementThatFailsToPrepareSaysWhy()
    {
        TestLibrary library;
        PreparedQueries queries(library.database().connection());
        QString error;
        QVERIFY(!queries.prepared(u"SELECT height FROM nowhere"_s, &error));
        QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
        // Tried again, not remembered as broken: the table may come.
        QVERIFY(QSqlQuery(library.database().connection()).exec(u"CREATE TEMP TABLE nowhere (height INTEGER)"_s));
        QVERIFY(queries.prepared(u"SELECT height FROM nowhere"_s, &error));
    }

    // The store outlives no connection in the application, but a closed
    // connection must not leave a statement that crashes when it goes.
    void queriesSurviveTheirConnectionClosing()
    {
        auto library = std::make_unique<TestLibrary>();
        {
            PreparedQueries queries(library->database().connection());
            QString error;
            QSqlQuery *count = queries.prepared(u"SELECT count(*) FROM articles"_s, &error);
            QVERIFY(count && count->exec() && count->next());
            library.reset();
            QVERIFY(!count->exec());
        }
    }
};

QTEST_GUILESS_MAIN(PreparedQueriesTest)
#include "tst_preparedqueries.moc"
