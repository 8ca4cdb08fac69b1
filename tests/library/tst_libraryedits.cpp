// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "library/libraryedits.h"
#include "library/librarymodel.h"
#include "indexing/librarystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

// The library's undoable edits, without a window (Okular's
// addremoveannotationtest in spirit: each step, its undo and its redo).
class LibraryEditsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trashUndoRedo()
    {
        TestLibrary library;
        const qint64 a = library.addArticle(u"Keepers"_s, {u"Lighthouse keepers distrust automation."_s});
        const qint64 b = library.addArticle(u"Beacons"_s, {u"Automated beacons have not failed once."_s});
        LibraryModel model(library.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LibraryEdits edits(library.database());
        QSignalSpy changed(&edits, &LibraryEdits::trashChanged);
        connect(&edits, &LibraryEdits::trashChanged, &model, &LibraryModel::refresh);

        QVERIFY(edits.moveToTrash({a}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).value<QList<qint64>>(), QList<qint64> {a});
        QVERIFY(changed.last().at(1).toBool());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(edits.isInTrash(a));
        QCOMPARE(edits.undoStack()->undoText(), u"Move to Trash"_s);

        edits.undoStack()->undo();
        QVERIFY(!edits.isInTrash(a));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(LibraryStore(library.database()).ids(), (QList<qint64> {a, b}));
        edits.undoStack()->redo();
        QVERIFY(edits.isInTrash(a));
        QCOMPARE(model.rowCount(), 1);

        // Restoring from the Trash dialog is a step of its own.
        QVERIFY(edits.restore({a}));
        QCOMPARE(model.rowCount(), 2);
        edits.undoStack()->undo();
        QVERIFY(edits.isInTrash(a));
    }

    void aFailedStepLeavesNoHistory()
    {
        TestLibrary library;
        const qint64 a = library.addArticle(u"Keepers"_s, {u"Lighthouse keepers distrust automation."_s});
        LibraryEdits edits(library.database());
        QSignalSpy failed(&edits, &LibraryEdits::writeFailed);
        QVERIFY(!edits.moveToTrash({a + 5}));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.last().at(0).toString().contains(QString::number(a + 5)), qPrintable(failed.last().at(0).toString()));
        QCOMPARE(edits.undoStack()->count(), 0);
        QVERIFY(!edits.restore({a}));
        QCOMPARE(edits.undoStack()->count(), 0);
    }

    void emptyingTheTrashIsFinalAndClearsTheHistory()
    {
        TestLibrary library;
        const qint64 a = library.addArticle(u"Keepers"_s, {u"Lighthouse keepers distrust automation."_s});
        const qint64 b = library.addArticle(u"Beacons"_s, {u"Automated beacons have not failed once."_s});
        LibraryEdits edits(library.database());
        QVERIFY(edits.moveToTrash({a}));
        QCOMPARE(edits.trash().size(), 1);
        QCOMPARE(edits.emptyTrash(), 1);
        QVERIFY(edits.trash().isEmpty());
        QCOMPARE(edits.undoStack()->count(), 0);
        QVERIFY(!LibraryStore(library.database()).article(a));
        QVERIFY(LibraryStore(library.database()).article(b));
    }

    void detailsUndoRedo()
    {
        TestLibrary library;
        const qint64 a = library.addArticle(u"Keepers"_s, {u"Lighthouse keepers distrust automation."_s});
        LibraryModel model(library.database());
        LibraryEdits edits(library.database());
        connect(&edits, &LibraryEdits::detailsChanged, &model, &LibraryModel::refresh);
        ArticleDetails details = ArticleDetails::of(*LibraryStore(library.database()).article(a));
        details.title = u"Coastal automation"_s;
        details.site = u"Harbour Weekly"_s;
        QVERIFY(edits.editDetails(a, details));
        QCOMPARE(model.index(0, 0).data().toString(), u"Coastal automation"_s);
        edits.undoStack()->undo();
        QCOMPARE(LibraryStore(library.database()).article(a)->title, u"Keepers"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"Keepers"_s);
        edits.undoStack()->redo();
        QCOMPARE(LibraryStore(library.database()).article(a)->site, u"Harbour Weekly"_s);
        details.title.clear();
        QVERIFY(!edits.editDetails(a, details));
        QCOMPARE(edits.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(LibraryEditsTest)
#include "tst_libraryedits.moc"
