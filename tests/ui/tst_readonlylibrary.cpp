// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"
#include "annotation/articleannotations.h"
#include "mainwindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

// A library that cannot be written opens with a banner saying so, and the
// first write fails with a message instead of bringing anything down.
class ReadOnlyLibraryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writableLibraryHasNoBanner()
    {
        TestLibrary library;
        MainWindow window(library.database());
        window.show();
        auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
    }

    void readOnlyLibraryShowsWhyAndRefusesWrites()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(u"Lighthouse Keeping"_s, {u"The lamp is lit at dusk and trimmed at midnight."_s});
        QVERIFY(articleId > 0);
        Database readOnly;
        QString error;
        QVERIFY2(readOnly.open(library.path(), &error, Database::Access::ReadOnly), qPrintable(error));

        MainWindow window(readOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(readOnly.readOnlyReason()), qPrintable(banner->text()));

        ArticleAnnotations annotations(readOnly);
        annotations.load(articleId, LibraryStore(readOnly).article(articleId)->canonicalText());
        QSignalSpy failures(&annotations, &ArticleAnnotations::writeFailed);
        QSqlQuery tag(u"SELECT id FROM tags LIMIT 1"_s, readOnly.connection());
        QVERIFY(tag.next());
        QCOMPARE(annotations.addClaim(4, 8, {tag.value(0).toLongLong()}), 0);
        QCOMPARE(failures.size(), 1);
        QVERIFY(!failures.first().first().toString().isEmpty());
        QCOMPARE(annotations.count(), 0);
        QCOMPARE(annotations.undoStack()->count(), 0);
    }
};

QTEST_MAIN(ReadOnlyLibraryTest)
#include "tst_readonlylibrary.moc"
