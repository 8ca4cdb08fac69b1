// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/readertesting.h"
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/claimsoutlinemodel.h"
#include "annotation/taxonomy.h"
#include "dialogs/claimdialog.h"
#include "mainwindow.h"
#include "panel/claimspane.h"
#include "reader/claimactions.h"
#include "reader/findbar.h"
#include "reader/readerview.h"
#include "session/readingsession.h"
#include "store/claimstore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {
const QStringList paragraphs = {
    QStringLiteral("Lighthouse keepers insist that automation has made the coast more dangerous."),
    QStringLiteral("The maritime agency counters that automated beacons have not failed once in a decade."),
};

} // namespace

class AnnotatingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void tagNoteUndoRedoAndRestart()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        const QString claimText = QStringLiteral("automation has made the coast more dangerous");
        const int start = int(paragraphs.first().indexOf(claimText));
        const int end = start + int(claimText.size());
        const QString note = QStringLiteral("Compare the agency's *failure* figures.");
        qint64 claimId = 0;
        {
            MainWindow window(library.database());
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.openArticle(articleId);
            ReaderView *reader = window.reader();
            reader->setFocus();
            QAbstractItemModelTester tester(window.claimsPane()->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

            selectWithKeyboard(reader, start, end);
            QCOMPARE(reader->textCursor().selectedText(), claimText);
            QTest::keyClick(reader, Qt::Key_1);
            QCOMPARE(window.session()->annotations()->count(), 1);
            const Claim tagged = window.session()->annotations()->claims().first();
            claimId = tagged.id;
            QCOMPARE(tagged.anchor.exact, claimText);
            QCOMPARE(tagged.tagIds, QList<qint64>{window.session()->taxonomy()->shortcutTags().first()});
            QVERIFY(isHighlighted(reader->document(), start + 3));
            QVERIFY(!isHighlighted(reader->document(), end + 2));
            // Issue #26: the selection goes, so the new highlight shows.
            QVERIFY(!reader->textCursor().hasSelection());

            // N opens the claim editor with the cursor in the note.
            bool dialogOpened = false;
            bool noteHadFocus = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<ClaimDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                dialogOpened = true;
                noteHadFocus = dialog->focusWidget() == dialog->noteEdit();
                QTest::keyClicks(dialog->noteEdit(), note);
                // Return in a one-line field accepts the dialog.
                auto *speaker = dialog->findChild<QLineEdit *>();
                QTest::keyClicks(speaker, QStringLiteral("Keepers' guild"));
                QTest::keyClick(speaker, Qt::Key_Return);
                if (dialog->isVisible())
                    dialog->reject(); // never leave the test waiting on a dialog
            });
            QTest::keyClick(reader, Qt::Key_N);
            QVERIFY(dialogOpened);
            QVERIFY(noteHadFocus);
            QCOMPARE(window.session()->annotations()->claim(claimId)->note, note);
            QCOMPARE(window.session()->annotations()->claim(claimId)->speaker, QStringLiteral("Keepers' guild"));
            QCOMPARE(ClaimStore(library.database()).claim(claimId)->note, note);
            QCOMPARE(window.claimsPane()->view()->model()->rowCount(), 1);

            // The offscreen platform does not hand activation back after a dialog.
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(window.session()->annotations()->claim(claimId)->note, QString());
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(window.session()->annotations()->count(), 0);
            QVERIFY(!ClaimStore(library.database()).claim(claimId));
            QVERIFY(!isHighlighted(reader->document(), start + 3));
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(window.session()->annotations()->claim(claimId)->note, note);
            QVERIFY(isHighlighted(reader->document(), start + 3));
        }

        // A new process would open a new connection: do the same.
        Database reopened;
        QString error;
        QVERIFY2(reopened.open(library.path(), &error), qPrintable(error));
        MainWindow window(reopened);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.session()->articleId(), articleId);
        QCOMPARE(window.session()->annotations()->count(), 1);
        const Claim kept = *window.session()->annotations()->claim(claimId);
        QCOMPARE(kept.note, note);
        QCOMPARE(kept.anchor.start, start);
        QCOMPARE(kept.anchor.end, end);
        QVERIFY(isHighlighted(window.reader()->document(), start + 3));
    }

    // Issue #26: N on a fresh selection, then Cancel, left a claim behind.
    void cancellingANewClaimsNoteLeavesNothing()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        reader->setFocus();
        const QString claimText = QStringLiteral("automation has made the coast more dangerous");
        const int start = int(paragraphs.first().indexOf(claimText));
        selectWithKeyboard(reader, start, start + int(claimText.size()));
        bool dialogOpened = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<ClaimDialog *>(QApplication::activeModalWidget())) {
                dialogOpened = true;
                QTest::keyClicks(dialog->noteEdit(), QStringLiteral("never mind"));
                dialog->reject();
            }
        });
        QTest::keyClick(reader, Qt::Key_N);
        QVERIFY(dialogOpened);
        QCOMPARE(window.session()->annotations()->count(), 0);
        QCOMPARE(ClaimStore(library.database()).countForArticle(articleId), 0);
        QVERIFY(!isHighlighted(reader->document(), start + 3));
    }

    // Issue #25: claims written by the command line while the window was
    // open never showed; the window notices the library change.
    void claimsWrittenElsewhereShow()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.openArticle(articleId);
        QCOMPARE(window.session()->annotations()->count(), 0);
        Database other; // another process, as `lectern annotate` is
        QString error;
        QVERIFY2(other.open(library.path(), &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
        Claim claim;
        claim.articleId = articleId;
        claim.anchor = TextAnchor::describe(paragraphs.first(), 0, 12);
        claim.tagIds = {*Taxonomy(other).findByPath(QStringLiteral("Security"))};
        QVERIFY2(ClaimStore(other).insert(&claim, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->annotations()->count(), 1, 10000);
        QVERIFY(isHighlighted(window.reader()->document(), 3));

        // Issue #25: a note edited elsewhere (`lectern claim edit --note`) showed only after reopening.
        QCOMPARE(window.session()->annotations()->claim(claim.id)->note, QString());
        claim.note = QStringLiteral("edited from the command line");
        claim.stance = Claim::Stance::Opposes;
        QVERIFY2(ClaimStore(other).update(claim, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->annotations()->claim(claim.id)->note, claim.note, 10000);
        QCOMPARE(window.session()->annotations()->claim(claim.id)->stance, Claim::Stance::Opposes);
    }

    // Issue #28: undo steps may name a tag that a merge or delete took away;
    // the history goes with it however the tag went, not only through the
    // Tags dialog.
    void aTagRemovedAnywhereClearsTheUndoHistory()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.openArticle(articleId);
        QString error;
        const qint64 risk = *window.session()->taxonomy()->addTag(QStringLiteral("Risk"), 0, QColor(Qt::red), QString(), &error);
        QVERIFY(window.session()->annotations()->addClaim(0, 12, {risk}) > 0);
        QCOMPARE(window.session()->annotations()->undoStack()->count(), 1);
        QVERIFY2(window.session()->taxonomy()->removeTag(risk, &error), qPrintable(error));
        QCOMPARE(window.session()->annotations()->undoStack()->count(), 0);

        // The same when another process (`lectern tags delete`) removes it.
        const qint64 doubt = *window.session()->taxonomy()->addTag(QStringLiteral("Doubt"), 0, QColor(Qt::blue), QString(), &error);
        QVERIFY(window.session()->annotations()->addClaim(13, 20, {doubt}) > 0);
        QCOMPARE(window.session()->annotations()->undoStack()->count(), 1);
        Database other;
        QVERIFY2(other.open(library.path(), &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
        QVERIFY2(Taxonomy(other).removeTag(doubt, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->annotations()->undoStack()->count(), 0, 10000);
    }

    // A table block is laid out row by row with its cells at tab stops:
    // every character keeps its canonical offset, so a claim on a cell is
    // drawn on that cell.
    void aClaimOnATableCell()
    {
        TestLibrary library;
        Article article;
        article.title = QStringLiteral("Depths");
        article.format = QStringLiteral("markdown");
        article.blocks = {Block::paragraph(QStringLiteral("Depths at low water, measured in March.")),
                          Block::table(QStringLiteral("Port\tDepth\nHull\t9 m\nLeith\t11 m"), 1), Block::paragraph(QStringLiteral("Hull silts up."))};
        StoreOutcome outcome;
        QString error;
        QVERIFY2(LibraryStore(library.database()).add(article, &outcome, &error), qPrintable(error));
        MainWindow window(library.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(outcome.articleId);
        ReaderView *reader = window.reader();
        const QString text = article.canonicalText();
        QCOMPARE(reader->document()->toPlainText(), text);
        QTextCursor header(reader->document());
        header.setPosition(int(text.indexOf(QStringLiteral("Port"))) + 1);
        QCOMPARE(header.charFormat().fontWeight(), int(QFont::Bold)); // the header row
        header.setPosition(int(text.indexOf(QStringLiteral("Hull"))) + 1);
        QVERIFY(header.charFormat().fontWeight() != QFont::Bold);
        const int start = int(text.indexOf(QStringLiteral("11 m")));
        QVERIFY(window.session()->annotations()->addClaim(start, start + 4, {window.session()->taxonomy()->shortcutTags().first()}) > 0);
        QVERIFY(isHighlighted(reader->document(), start + 1));
        QVERIFY(!isHighlighted(reader->document(), start - 2)); // "Leith", the cell before
    }

    void secondTagDeleteAndStickyMode()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        reader->setFocus();
        const QList<qint64> tags = window.session()->taxonomy()->shortcutTags();

        selectWithKeyboard(reader, 0, 18);
        QTest::keyClick(reader, Qt::Key_2);
        QTest::keyClick(reader, Qt::Key_3);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QCOMPARE(window.session()->annotations()->claims().first().tagIds, (QList<qint64>{tags.at(1), tags.at(2)}));
        QVERIFY(reader->toolTip().isEmpty()); // tips come from the claims, on hover

        QTest::keyClick(reader, Qt::Key_Left);
        QTest::keyClick(reader, Qt::Key_Right);
        QTest::keyClick(reader, Qt::Key_Delete);
        QCOMPARE(window.session()->annotations()->count(), 0);

        // Sticky mode: a mouse selection is tagged with the active tag at once.
        window.claimActions()->stickyAction()->setChecked(true);
        const int from = int(paragraphs.first().size()) + 1;
        QTextCursor cursor(reader->document());
        cursor.setPosition(from + 4);
        const QPoint press = reader->cursorRect(cursor).center();
        cursor.setPosition(from + 20);
        const QPoint release = reader->cursorRect(cursor).center();
        QTest::mousePress(reader->viewport(), Qt::LeftButton, {}, press);
        QTest::mouseMove(reader->viewport(), release);
        QTest::mouseRelease(reader->viewport(), Qt::LeftButton, {}, release);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QCOMPARE(window.session()->annotations()->claims().first().tagIds, QList<qint64>{tags.at(2)});
    }

    // Issue #26: Shift+Alt+arrows move a claim's ends a word at a time, and
    // Undo puts the whole run back at once.
    void shiftAltArrowsAdjustAClaim()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        reader->setFocus();
        const QString text = paragraphs.first();
        const int start = int(text.indexOf(u"automation"));
        selectWithKeyboard(reader, start, start + 10);
        QTest::keyClick(reader, Qt::Key_1);
        QCOMPARE(window.session()->annotations()->count(), 1);
        const qint64 claimId = window.session()->annotations()->claims().first().id;
        moveCursorWithKeyboard(reader, start + 3);
        QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier | Qt::AltModifier);
        QTest::keyClick(reader, Qt::Key_Right, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(window.session()->annotations()->claim(claimId)->anchor.exact, u"automation has made"_s);
        QTest::keyClick(reader, Qt::Key_Up, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(window.session()->annotations()->claim(claimId)->anchor.exact, u"that automation has made"_s);
        QTest::keyClick(reader, Qt::Key_Left, Qt::ShiftModifier | Qt::AltModifier);
        QTest::keyClick(reader, Qt::Key_Down, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(window.session()->annotations()->claim(claimId)->anchor.exact, u"automation has"_s);
        // Never down to nothing: the last word stays.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(reader, Qt::Key_Left, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(window.session()->annotations()->claim(claimId)->anchor.exact, u"automation"_s);
        QVERIFY(isHighlighted(reader->document(), start + 1));
        QVERIFY(!isHighlighted(reader->document(), start + 12));
        QTest::keyClick(reader, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session()->annotations()->claim(claimId)->anchor.exact, u"automation"_s);
        QCOMPARE(window.session()->annotations()->undoStack()->undoText(), u"Add Claim"_s);
    }

    // Issue #26: a drag that starts or ends inside a word takes the word;
    // Alt keeps the characters dragged over.
    void aDragSnapsToWholeWords()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        const QString &text = paragraphs.first();
        const int keepers = int(text.indexOf(u"keepers"));
        const int automation = int(text.indexOf(u"automation"));
        const auto drag = [reader](int from, int to, Qt::KeyboardModifiers modifiers) {
            reader->setTextCursor(QTextCursor(reader->document())); // a press inside a selection would drag it
            QTextCursor cursor(reader->document());
            cursor.setPosition(from);
            const QPoint press = reader->cursorRect(cursor).center();
            cursor.setPosition(to);
            const QPoint release = reader->cursorRect(cursor).center();
            QTest::mousePress(reader->viewport(), Qt::LeftButton, modifiers, press);
            QTest::mouseMove(reader->viewport(), release);
            QTest::mouseRelease(reader->viewport(), Qt::LeftButton, modifiers, release);
            return reader->textCursor().selectedText();
        };
        QCOMPARE(drag(keepers + 3, automation + 4, {}), u"keepers insist that automation"_s);
        QCOMPARE(drag(automation + 4, keepers + 3, {}), u"keepers insist that automation"_s); // dragged backwards
        QCOMPARE(drag(keepers + 3, automation + 4, Qt::AltModifier), u"pers insist that auto"_s);
    }

    void codeIsColouredAndPositionsRemembered()
    {
        TestLibrary library;
        Article article;
        article.title = QStringLiteral("Build notes");
        article.source = QStringLiteral("notes.md");
        article.blocks = {Block::paragraph(QStringLiteral("The loader reads one flag:")),
                          Block::code(QStringLiteral("int main() {\n    return 0; // done\n}"), QStringLiteral("C++"))};
        for (int i = 0; i < 200; ++i)
            article.blocks.append(Block::paragraph(QStringLiteral("Paragraph %1 about reproducible builds and their checks.").arg(i)));
        LibraryStore store(library.database());
        StoreOutcome outcome;
        QString error;
        QVERIFY2(store.add(article, &outcome, &error), qPrintable(error));
        const qint64 other = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        int remembered = 0;
        {
            MainWindow window(library.database());
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openArticle(outcome.articleId);
            // KSyntaxHighlighting styles the code: the keyword bold, the comment coloured.
            QTextDocument *document = window.reader()->document();
            const auto styleAt = [document](const QString &word) {
                return drawnFormat(document, int(document->toPlainText().indexOf(word)));
            };
            QCOMPARE(styleAt(QStringLiteral("return")).fontWeight(), int(QFont::Bold));
            QVERIFY(styleAt(QStringLiteral("// done")).hasProperty(QTextFormat::ForegroundBrush));
            QVERIFY(!styleAt(QStringLiteral("loader")).hasProperty(QTextFormat::ForegroundBrush));

            const int middle = int(document->toPlainText().indexOf(QStringLiteral("Paragraph 120")));
            window.reader()->scrollToPosition(middle);
            remembered = window.reader()->topPosition();
            QVERIFY(remembered > 0);
            window.openArticle(other);
            QCOMPARE(window.reader()->topPosition(), 0);
        }
        MainWindow window(library.database());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(outcome.articleId);
        QCOMPARE(window.reader()->topPosition(), remembered);
    }

    void findInArticleCountsMatches()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Lighthouses"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(articleId);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.findBar()->isVisible());
        QTest::keyClicks(window.findBar()->field(), QStringLiteral("autom"));
        QCOMPARE(window.findBar()->matchCount(), 2);
        QCOMPARE(window.reader()->textCursor().selectedText(), QStringLiteral("autom"));
        const int first = window.reader()->textCursor().selectionStart();
        QTest::keyClick(window.findBar()->field(), Qt::Key_Return);
        QVERIFY(window.reader()->textCursor().selectionStart() > first);
        QTest::keyClick(window.findBar()->field(), Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());
    }
};

QTEST_MAIN(AnnotatingTest)
#include "tst_annotating.moc"
