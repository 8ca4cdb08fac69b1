// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/readertesting.h"
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "mainwindow.h"
#include "store/claimstore.h"

#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>

using namespace Lectern;

namespace {
// Long enough that its end is many screens below the first.
QStringList longArticle()
{
    QStringList paragraphs;
    for (int i = 0; i < 1500; ++i)
        paragraphs << QStringLiteral("Paragraph %1 weighs the harbour dues against the cost of dredging the channel every spring.").arg(i);
    return paragraphs;
}

qint64 addClaim(Database &db, qint64 articleId, const QString &text, int start, int end, qint64 tag)
{
    Claim claim;
    claim.articleId = articleId;
    claim.anchor = TextAnchor::describe(text, start, end);
    claim.tagIds = {tag};
    QString error;
    if (!ClaimStore(db).insert(&claim, &error))
        qWarning("%s", qPrintable(error));
    return claim.id;
}

// A long article with one claim on its first screen and one many screens down.
struct LongArticle {
    TestLibrary library;

    struct Placed {
        qint64 articleId;
        int nearStart;
        int farStart;
    };
    Placed withNearAndFarClaims()
    {
        const qint64 articleId = library.addArticle(QStringLiteral("Harbour dues"), longArticle());
        const QString text = LibraryStore(library.database()).article(articleId)->canonicalText();
        const int nearStart = int(text.indexOf(QStringLiteral("harbour dues")));
        const int farStart = int(text.indexOf(QStringLiteral("Paragraph 1400 ")));
        const qint64 tag = Taxonomy(library.database()).shortcutTags().first();
        addClaim(library.database(), articleId, text, nearStart, nearStart + 12, tag);
        addClaim(library.database(), articleId, text, farStart, farStart + 30, tag);
        return {articleId, nearStart, farStart};
    }
};
} // namespace

// The reader draws claims only on the blocks in sight, so a long article
// with many claims opens at the cost of its first screen.
class LazyReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void farClaimIsDrawnWhenScrolledTo()
    {
        LongArticle article;
        const auto [articleId, nearStart, farStart] = article.withNearAndFarClaims();

        MainWindow window(article.library.database());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(articleId);
        ReaderView *reader = window.reader();
        QTest::qWait(50); // let Qt lay out more of the document between events

        QVERIFY(isHighlighted(reader->document(), nearStart + 3));
        QVERIFY2(!isHighlighted(reader->document(), farStart + 3), "a claim many screens down was drawn at opening");

        reader->scrollToPosition(farStart);
        QTRY_VERIFY(isHighlighted(reader->document(), farStart + 3));
        QVERIFY(reader->verticalScrollBar()->value() > 0);
    }

    // A scroll bar that came only with long articles would narrow the column
    // and lay the article out a second time, when it turns out taller than the window.
    void theColumnKeepsItsWidthWhateverTheArticlesLength()
    {
        LongArticle article;
        const qint64 shortId = article.library.addArticle(QStringLiteral("Short note"), {QStringLiteral("One short paragraph.")});
        const qint64 longId = article.withNearAndFarClaims().articleId;

        MainWindow window(article.library.database());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReaderView *reader = window.reader();
        window.openArticle(shortId);
        QTest::qWait(20);
        const int shortWidth = reader->viewport()->width();
        window.openArticle(longId);
        QTest::qWait(20);
        QVERIFY(reader->verticalScrollBar()->maximum() > 0);
        QCOMPARE(reader->viewport()->width(), shortWidth);
    }

    // At start the window opens the last article before it is shown.
    void articleOpenedBeforeShowingIsDrawnOnceShown()
    {
        LongArticle article;
        const auto [articleId, nearStart, farStart] = article.withNearAndFarClaims();

        MainWindow window(article.library.database());
        window.resize(900, 600);
        window.openArticle(articleId);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(isHighlighted(window.reader()->document(), nearStart + 3));
        QVERIFY(!isHighlighted(window.reader()->document(), farStart + 3));
    }
};

QTEST_MAIN(LazyReaderTest)
#include "tst_lazyreader.moc"
