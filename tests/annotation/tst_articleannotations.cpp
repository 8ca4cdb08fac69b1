// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "store/claimstore.h"

#include <QSignalSpy>

#include <functional>

using namespace Lectern;

namespace {
const QStringList paragraphs = {
    QStringLiteral("Harbour authorities argue that automated cranes make the port safer for night crews."),
    QStringLiteral("The dockworkers' union replies that the cranes were bought to cut wages, not to save lives."),
    QStringLiteral("An independent audit found fewer injuries in the first year, but more near misses."),
};

// Everything a user could see of a claim, in one comparable line each.
QStringList describe(const QList<Claim> &claims)
{
    QStringList lines;
    for (const Claim &claim : claims) {
        QStringList tags;
        for (qint64 tag : claim.tagIds)
            tags << QString::number(tag);
        lines << QStringLiteral("%1 [%2,%3) \"%4\" tags=%5 %6 %7 speaker=%8 note=%9 %10")
                     .arg(claim.id)
                     .arg(claim.start())
                     .arg(claim.end())
                     .arg(claim.anchor.exact, tags.join(QLatin1Char(',')), Claim::stanceKey(claim.stance), Claim::kindKey(claim.kind), claim.speaker,
                          claim.note, Claim::statusKey(claim.status));
    }
    return lines;
}

// What the reader draws: where each placed claim is, and its tags in order.
QStringList describe(const QList<Highlight> &highlights)
{
    QStringList lines;
    for (const Highlight &highlight : highlights) {
        QStringList tags;
        for (qint64 tag : highlight.tagIds)
            tags << QString::number(tag);
        lines << QStringLiteral("%1 [%2,%3) tags=%4").arg(highlight.id).arg(highlight.start).arg(highlight.end).arg(tags.join(QLatin1Char(',')));
    }
    return lines;
}

QStringList drawnOf(const QList<Claim> &claims)
{
    QList<Highlight> placed;
    for (const Claim &claim : claims) {
        if (!claim.isOrphan())
            placed << Highlight::of(claim);
    }
    return describe(placed);
}

using Action = std::function<bool(ArticleAnnotations &, qint64 claimId, const QList<qint64> &tags)>;
} // namespace
Q_DECLARE_METATYPE(Action)

class ArticleAnnotationsTest : public QObject
{
    Q_OBJECT

    QStringList stored(TestLibrary &library, qint64 articleId)
    {
        return describe(ClaimStore(library.database()).claimsForArticle(articleId));
    }

private Q_SLOTS:
    void everyCommandUndoesAndRedoes_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("expected"); // a piece of the claim's line after the action
        QTest::newRow("add") << Action([](ArticleAnnotations &a, qint64, const QList<qint64> &tags) {
            return a.addClaim(0, 30, {tags.at(2)}) > 0;
        }) << QStringLiteral("\"Harbour authorities argue that\"");
        QTest::newRow("remove") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.removeClaim(id);
        }) << QString();
        QTest::newRow("add a tag") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &tags) {
            return a.toggleTag(id, tags.at(1));
        }) << QStringLiteral("tags=%1,%2");
        QTest::newRow("remove the last tag") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &tags) {
            return a.toggleTag(id, tags.at(0));
        }) << QString();
        QTest::newRow("set tags") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &tags) {
            return a.setTags(id, {tags.at(2), tags.at(0)});
        }) << QStringLiteral("tags=%3,%1");
        QTest::newRow("note") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.setNote(id, QStringLiteral("Compare with the *audit*."));
        }) << QStringLiteral("note=Compare with the *audit*.");
        QTest::newRow("speaker") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.setSpeaker(id, QStringLiteral(" Harbour authorities "));
        }) << QStringLiteral("speaker=Harbour authorities ");
        QTest::newRow("stance") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.setStance(id, Claim::Stance::Opposes);
        }) << QStringLiteral(" opposes ");
        QTest::newRow("kind") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.setKind(id, Claim::Kind::Evidence);
        }) << QStringLiteral(" evidence ");
        QTest::newRow("re-attach") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.reattach(id, 20, 26);
        }) << QStringLiteral("[20,26) \"argue \"");
        QTest::newRow("adjust range") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            return a.adjustRange(id, 80, 124);
        }) << QStringLiteral("[80,124)");
        QTest::newRow("edit several fields") << Action([](ArticleAnnotations &a, qint64 id, const QList<qint64> &) {
            Claim claim = *a.claim(id);
            claim.note = QStringLiteral("two at once");
            claim.stance = Claim::Stance::Supports;
            return a.edit(claim, QStringLiteral("Edit Claim"));
        }) << QStringLiteral("supports claim speaker= note=two at once");
    }

    void everyCommandUndoesAndRedoes()
    {
        QFETCH(Action, action);
        QFETCH(QString, expected);
        TestLibrary library;
        QVERIFY(library.isOpen());
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        Taxonomy taxonomy(library.database());
        const QList<qint64> tags = taxonomy.shortcutTags();
        QCOMPARE(tags.size(), 3);
        ArticleAnnotations annotations(library.database());
        annotations.load(articleId, paragraphs.join(QLatin1Char('\n')));
        const qint64 claimId = annotations.addClaim(85, 120, {tags.at(0)});
        QVERIFY(claimId > 0);
        // Opened afresh, as after a restart: the action comes before any whole claim is read.
        annotations.load(articleId, paragraphs.join(QLatin1Char('\n')));
        const auto drawn = [&annotations] {
            return describe(annotations.highlightsIn(0, int(annotations.text().size())));
        };

        const QStringList before = stored(library, articleId);
        QVERIFY(action(annotations, claimId, tags));
        const QStringList after = stored(library, articleId);
        QVERIFY(after != before);
        QCOMPARE(drawn(), drawnOf(ClaimStore(library.database()).claimsForArticle(articleId)));
        QCOMPARE(describe(annotations.claims()), after);
        if (!expected.isEmpty()) {
            QString wanted = expected;
            for (int i = 0; i < 3; ++i)
                wanted.replace(QStringLiteral("%") + QString::number(i + 1), QString::number(tags.at(i)));
            QVERIFY2(after.join(QLatin1Char('\n')).contains(wanted), qPrintable(after.join(QLatin1Char('\n')) + QStringLiteral(" lacks ") + wanted));
        }
        QCOMPARE(annotations.undoStack()->count(), 1);

        annotations.undoStack()->undo();
        QCOMPARE(stored(library, articleId), before);
        QCOMPARE(describe(annotations.claims()), before);
        QCOMPARE(drawn(), drawnOf(annotations.claims()));
        annotations.undoStack()->redo();
        QCOMPARE(stored(library, articleId), after);
        QCOMPARE(describe(annotations.claims()), after);
        QCOMPARE(drawn(), drawnOf(annotations.claims()));
    }

    void typingANoteIsOneStep()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        const QList<qint64> tags = Taxonomy(library.database()).shortcutTags();
        ArticleAnnotations annotations(library.database());
        annotations.load(articleId, paragraphs.join(QLatin1Char('\n')));
        const qint64 claimId = annotations.addClaim(0, 19, {tags.at(0)});
        for (const QString &note : {QStringLiteral("S"), QStringLiteral("Se"), QStringLiteral("See audit")})
            QVERIFY(annotations.setNote(claimId, note));
        QVERIFY(annotations.setStance(claimId, Claim::Stance::Supports));
        QCOMPARE(annotations.undoStack()->count(), 3); // add, note, stance
        annotations.undoStack()->undo();
        QCOMPARE(annotations.claim(claimId)->note, QStringLiteral("See audit"));
        annotations.undoStack()->undo();
        QCOMPARE(annotations.claim(claimId)->note, QString());
        QCOMPARE(ClaimStore(library.database()).claim(claimId)->note, QString());
    }

    // Shift+Alt+arrows move a claim's edges a word at a time: one undo step for the run.
    void adjustingARangeIsOneStep()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        const QList<qint64> tags = Taxonomy(library.database()).shortcutTags();
        ArticleAnnotations annotations(library.database());
        const QString text = paragraphs.join(QLatin1Char('\n'));
        annotations.load(articleId, text);
        const qint64 claimId = annotations.addClaim(4, 19, {tags.at(0)});
        const Claim before = *annotations.claim(claimId);
        QVERIFY(annotations.adjustRange(claimId, 4, 25));
        QVERIFY(annotations.adjustRange(claimId, 0, 25));
        QVERIFY(!annotations.adjustRange(claimId, 12, 12));
        QCOMPARE(annotations.undoStack()->count(), 2); // add, adjust
        QCOMPARE(annotations.undoStack()->undoText(), QStringLiteral("Adjust Claim"));
        const Claim adjusted = *ClaimStore(library.database()).claim(claimId);
        QCOMPARE(adjusted.anchor.exact, text.mid(0, 25));
        QCOMPARE(adjusted.uid, before.uid);
        annotations.undoStack()->undo();
        QCOMPARE(ClaimStore(library.database()).claim(claimId)->anchor.exact, before.anchor.exact);
        QCOMPARE(annotations.claim(claimId)->start(), 4);
    }

    void refusesEmptyRangesAndMissingTags()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        const QList<qint64> tags = Taxonomy(library.database()).shortcutTags();
        ArticleAnnotations annotations(library.database());
        annotations.load(articleId, paragraphs.join(QLatin1Char('\n')));
        QCOMPARE(annotations.addClaim(10, 10, {tags.at(0)}), 0);
        QCOMPARE(annotations.addClaim(10, 20, {}), 0);
        QCOMPARE(annotations.addClaim(5000, 6000, {tags.at(0)}), 0);
        QCOMPARE(annotations.count(), 0);
        QCOMPARE(annotations.undoStack()->count(), 0);
    }

    void reportsOnlyTheChangedRange()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        const QList<qint64> tags = Taxonomy(library.database()).shortcutTags();
        ArticleAnnotations annotations(library.database());
        annotations.load(articleId, paragraphs.join(QLatin1Char('\n')));
        QSignalSpy changed(&annotations, &ArticleAnnotations::highlightsChanged);
        const qint64 claimId = annotations.addClaim(40, 60, {tags.at(1)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 40);
        QCOMPARE(changed.first().at(1).toInt(), 60);
        QCOMPARE(annotations.claimsAt(45).size(), 1);
        QCOMPARE(annotations.claimsAt(60).size(), 0);
        QCOMPARE(annotations.claimsIn(0, 41).first().id, claimId);
    }

    void editsSurviveReopening()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs);
        const QList<qint64> tags = Taxonomy(library.database()).shortcutTags();
        const QString text = paragraphs.join(QLatin1Char('\n'));
        QStringList expected;
        {
            ArticleAnnotations annotations(library.database());
            annotations.load(articleId, text);
            const qint64 id = annotations.addClaim(85, 120, {tags.at(2), tags.at(0)});
            annotations.setNote(id, QStringLiteral("wages, not lives"));
            annotations.setSpeaker(id, QStringLiteral("The union"));
            expected = describe(annotations.claims());
        }
        Database reopened;
        QString error;
        QVERIFY2(reopened.open(library.path(), &error), qPrintable(error));
        ArticleAnnotations annotations(reopened);
        annotations.load(articleId, text);
        // The reader's highlights come first, and keep the tags' order.
        QCOMPARE(annotations.count(), 1);
        QCOMPARE(annotations.highlightsIn(0, int(text.size())).first().tagIds, (QList<qint64>{tags.at(2), tags.at(0)}));
        QCOMPARE(describe(annotations.claims()), expected);
        QCOMPARE(annotations.claims().first().tagIds, (QList<qint64>{tags.at(2), tags.at(0)}));
    }

    void newVersionReanchorsClaims()
    {
        TestLibrary library;
        const QString source = QStringLiteral("/articles/cranes.txt");
        const qint64 articleId = library.addArticle(QStringLiteral("Cranes"), paragraphs, source);
        const QList<qint64> tags = Taxonomy(library.database()).shortcutTags();
        const QString text = paragraphs.join(QLatin1Char('\n'));
        ArticleAnnotations annotations(library.database());
        annotations.load(articleId, text);
        const QString moved = QStringLiteral("cranes were bought to cut wages");
        const QString dropped = QStringLiteral("fewer injuries in the first year");
        const qint64 kept = annotations.addClaim(int(text.indexOf(moved)), int(text.indexOf(moved) + moved.size()), {tags.at(0)});
        const qint64 lost = annotations.addClaim(int(text.indexOf(dropped)), int(text.indexOf(dropped) + dropped.size()), {tags.at(1)});

        const QStringList changed = {QStringLiteral("Updated: the port published its own figures on Monday."), paragraphs.at(0), paragraphs.at(1),
                                     QStringLiteral("A second audit is due next spring.")};
        QCOMPARE(library.addArticle(QStringLiteral("Cranes"), changed, source), articleId);
        QCOMPARE(library.lastOutcome().status, StoreOutcome::Status::NewVersion);
        QCOMPARE(library.lastOutcome().orphanedClaims, 1);

        const QString newText = changed.join(QLatin1Char('\n'));
        annotations.load(articleId, newText);
        QCOMPARE(annotations.count(), 2); // the orphan counts, but is drawn nowhere
        QCOMPARE(annotations.highlightsIn(0, int(newText.size())).size(), 1);
        const Claim placed = *annotations.claim(kept);
        QVERIFY(!placed.isOrphan());
        QCOMPARE(newText.mid(placed.start(), placed.end() - placed.start()), moved);
        const Claim orphan = *annotations.claim(lost);
        QVERIFY(orphan.isOrphan());
        QCOMPARE(orphan.anchor.exact, dropped);
        QVERIFY(annotations.claimsIn(0, int(newText.size())).size() == 1);

        const int at = int(newText.indexOf(QStringLiteral("A second audit")));
        QVERIFY(annotations.reattach(lost, at, at + 14));
        QVERIFY(!annotations.claim(lost)->isOrphan());
        QCOMPARE(ClaimStore(library.database()).claim(lost)->anchor.exact, QStringLiteral("A second audit"));
    }
};

QTEST_GUILESS_MAIN(ArticleAnnotationsTest)
#include "tst_articleannotations.moc"
