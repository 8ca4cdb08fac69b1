// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "session/readingsession.h"
#include "indexing/articletrash.h"
#include "suggest/articlesuggestions.h"

#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Lectern;

namespace {
const QStringList paragraphs = {
    QStringLiteral("Harbour authorities argue that automated cranes make the port safer for night crews."),
    QStringLiteral("The dockworkers' union replies that the cranes were bought to cut wages, not to save lives."),
};
} // namespace

// The session is the core of a reading window, driven here with no display.
class ReadingSessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void runsWithoutAGuiApplication() { QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance())); }

    void claimsMadeEditedAndUndone()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        ReadingSession session(library.database());
        const std::optional<Article> article = session.open(articleId);
        QVERIFY(article);
        QCOMPARE(session.articleId(), articleId);
        QCOMPARE(session.annotations()->articleId(), articleId);
        QVERIFY(session.suggestions()->pending().isEmpty()); // off until asked for

        const qint64 tag = session.taxonomy()->shortcutTags().first();
        const qint64 claimId = session.annotations()->addClaim(12, 40, {tag});
        QVERIFY(claimId > 0);
        QVERIFY(session.annotations()->setNote(claimId, QStringLiteral("Which crews?")));
        QCOMPARE(session.undoStack()->count(), 2);
        QCOMPARE(session.annotations()->claim(claimId)->note, QStringLiteral("Which crews?"));

        session.undoStack()->undo();
        QCOMPARE(session.annotations()->claim(claimId)->note, QString());
        session.undoStack()->undo();
        QCOMPARE(session.annotations()->count(), 0);
        session.undoStack()->redo();
        QCOMPARE(session.annotations()->claim(claimId)->anchor.exact, article->canonicalText().mid(12, 28));

        // Another article starts a history of its own.
        const qint64 other = library.addArticle(QStringLiteral("Wages"), {paragraphs.last()});
        QVERIFY(session.open(other));
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(session.annotations()->count(), 0);
    }

    void readingPositionAndLastArticleKept()
    {
        TestLibrary library;
        const qint64 first = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        const qint64 second = library.addArticle(QStringLiteral("Wages"), {paragraphs.last()});
        {
            ReadingSession session(library.database());
            QVERIFY(session.open(first));
            QCOMPARE(session.readingPosition(), 0);
            session.setReadingPosition(42);
            QVERIFY(session.open(second));
            QCOMPARE(session.readingPosition(), 0);
        }
        ReadingSession later(library.database());
        QCOMPARE(later.lastArticle(), second);
        QVERIFY(later.open(first));
        QCOMPARE(later.readingPosition(), 42);
        QCOMPARE(later.lastArticle(), first);
        later.close();
        QCOMPARE(later.articleId(), 0);
        QCOMPARE(later.lastArticle(), 0);
    }

    void goneAndTrashedArticlesDoNotOpen()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        ReadingSession session(library.database());
        ReadingSession::Refusal refusal = ReadingSession::Refusal::None;
        QVERIFY(!session.open(articleId + 100, &refusal));
        QCOMPARE(refusal, ReadingSession::Refusal::Missing);
        QVERIFY(session.open(articleId));
        QString error;
        QVERIFY2(ArticleTrash(library.database()).moveToTrash({articleId}, &error), qPrintable(error));
        QCOMPARE(session.lastArticle(), 0);
        QVERIFY(!session.open(articleId, &refusal));
        QCOMPARE(refusal, ReadingSession::Refusal::InTrash);
    }

    // Issue #28: undo steps may name a tag a merge or delete took away; the
    // rule held only when tags changed through the Tags dialog.
    void aRemovedOrMergedTagClearsTheUndoHistory()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        ReadingSession session(library.database());
        QVERIFY(session.open(articleId));
        QString error;
        const qint64 risk = *session.taxonomy()->addTag(QStringLiteral("Risk"), 0, QColor(Qt::red), QString(), &error);
        const qint64 doubt = *session.taxonomy()->addTag(QStringLiteral("Doubt"), 0, QColor(Qt::blue), QString(), &error);
        const qint64 safety = *session.taxonomy()->addTag(QStringLiteral("Safety"), 0, QColor(Qt::green), QString(), &error);
        QVERIFY(session.annotations()->addClaim(0, 8, {risk}) > 0);
        // A tag added or renamed takes nothing away: the history stays.
        QVERIFY2(session.taxonomy()->renameTag(safety, QStringLiteral("Port safety"), &error), qPrintable(error));
        QCOMPARE(session.undoStack()->count(), 1);
        QVERIFY2(session.taxonomy()->removeTag(risk, &error), qPrintable(error));
        QCOMPARE(session.undoStack()->count(), 0);

        const qint64 doubted = session.annotations()->addClaim(9, 20, {doubt});
        QVERIFY(doubted > 0);
        QVERIFY2(session.taxonomy()->mergeTags(doubt, safety, &error), qPrintable(error));
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(session.annotations()->claim(doubted)->tagIds, QList<qint64> {safety});

        // The command line (`lectern tags delete`) is another process.
        QVERIFY(session.annotations()->addClaim(21, 30, {safety}) > 0);
        Database other;
        QVERIFY2(other.open(library.path(), &error, Database::Access::ReadWrite, Database::Check::None), qPrintable(error));
        QVERIFY2(Taxonomy(other).removeTag(safety, &error), qPrintable(error));
        QCOMPARE(session.undoStack()->count(), 1);
        session.reloadChangedElsewhere();
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(session.annotations()->claim(doubted)->tagIds, QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(ReadingSessionTest)
#include "tst_readingsession.moc"
