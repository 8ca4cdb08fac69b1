// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/readertesting.h"
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "mainwindow.h"
#include "panel/suggestionspane.h"
#include "reader/readerview.h"
#include "reader/suggestionactions.h"
#include "session/readingsession.h"
#include "store/claimstore.h"
#include "suggest/articlesuggestions.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Lectern;

namespace {
const QStringList paragraphs = {
    QStringLiteral("Dr. Amara Osei warned that publishing model weights hands hostile states a weapon they could never build alone."),
    QStringLiteral("The committee met on Tuesday in the small hall."),
    QStringLiteral("Tariffs on imported chips will raise prices for every phone maker and for every buyer."),
    QStringLiteral("Open research lets a single student test an idea that once needed a national lab, and that matters more than ever."),
};

int startOf(int paragraph)
{
    int position = 0;
    for (int i = 0; i < paragraph; ++i)
        position += int(paragraphs.at(i).size()) + 1;
    return position;
}

} // namespace

class SuggestReviewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void acceptRejectAndRetagWithTheKeyboard()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Chips and weights"), paragraphs);
        MainWindow window(library.database());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        reader->setFocus();
        ArticleSuggestions *suggestions = window.session()->suggestions();
        QListWidget *list = window.suggestionsPane()->list();
        const QList<qint64> tags = window.session()->taxonomy()->shortcutTags();

        // Off by default: no underline, keys A and X do nothing.
        QVERIFY(!suggestions->isEnabled());
        QVERIFY(!isDotted(reader->document(), 5));
        moveCursorWithKeyboard(reader, 3);
        QTest::keyClick(reader, Qt::Key_A);
        QCOMPARE(window.session()->annotations()->count(), 0);

        // View → Suggest Claims, from its shortcut.
        QTest::keyClick(reader, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(suggestions->isEnabled());
        QVERIFY(window.suggestionActions()->toggleAction()->isChecked());
        QCOMPARE(suggestions->pending().size(), 3);
        QCOMPARE(list->count(), 3);
        QVERIFY(isDotted(reader->document(), 5));
        QVERIFY(!isDotted(reader->document(), startOf(1) + 5)); // a report of a meeting is no claim
        QVERIFY(isDotted(reader->document(), startOf(2) + 5));

        // Enter accepts the suggestion under the cursor with its tag and speaker, and moves on.
        moveCursorWithKeyboard(reader, 3);
        QTest::keyClick(reader, Qt::Key_Return);
        QCOMPARE(window.session()->annotations()->count(), 1);
        const Claim accepted = window.session()->annotations()->claims().first();
        QCOMPARE(accepted.anchor.exact, paragraphs.at(0));
        QCOMPARE(accepted.tagIds, QList<qint64>{window.session()->taxonomy()->findByPath(QStringLiteral("Security")).value()});
        QCOMPARE(accepted.speaker, QStringLiteral("Dr. Amara Osei"));
        QVERIFY(!isDotted(reader->document(), 5));
        QCOMPARE(list->count(), 2);
        QCOMPARE(reader->textCursor().position(), startOf(2));

        // X rejects: gone from the reader and the panel, and learned as "not a claim".
        QTest::keyClick(reader, Qt::Key_X);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QVERIFY(!isDotted(reader->document(), startOf(2) + 5));
        QCOMPARE(list->count(), 1);
        QCOMPARE(reader->textCursor().position(), startOf(3));

        // 3 accepts the last one under the third tag instead of the suggested one.
        QTest::keyClick(reader, Qt::Key_3);
        QCOMPARE(window.session()->annotations()->count(), 2);
        QCOMPARE(window.session()->annotations()->claims().last().tagIds, QList<qint64>{tags.at(2)});
        QCOMPARE(list->count(), 0);

        // Accepting is undoable like any claim; the suggestion comes back.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session()->annotations()->count(), 1);
        QCOMPARE(list->count(), 1);
        QVERIFY(isDotted(reader->document(), startOf(3) + 5));
        QCOMPARE(ClaimStore(library.database()).claimsForArticle(articleId).size(), 1);

        // The panel accepts too.
        list->setCurrentRow(0);
        auto *accept = window.suggestionsPane()->findChild<QPushButton *>(QStringLiteral("acceptSuggestion"));
        QVERIFY(accept && accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(window.session()->annotations()->count(), 2);
        QCOMPARE(list->count(), 0);
    }
};

QTEST_MAIN(SuggestReviewTest)
#include "tst_suggestreview.moc"
