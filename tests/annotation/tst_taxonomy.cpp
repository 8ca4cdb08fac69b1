// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/tagpalette.h"
#include "annotation/taxonomy.h"
#include "store/claimstore.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Lectern;

class TaxonomyTest : public QObject
{
    Q_OBJECT

    struct Fixture {
        TestLibrary library;
        qint64 articleId = 0;
        std::unique_ptr<Taxonomy> taxonomy;
        qint64 security = 0, innovation = 0, competition = 0, misuse = 0;
        qint64 claimSecurity = 0, claimBoth = 0, claimMisuse = 0;
    };

    // Three claims: one Security, one Security + Competition, one Security › Misuse.
    static void build(Fixture &f)
    {
        const QString text = QStringLiteral("Open weights help defenders. Rivals copy them. Criminals misuse them.");
        f.articleId = f.library.addArticle(QStringLiteral("Weights"), {text});
        f.taxonomy = std::make_unique<Taxonomy>(f.library.database());
        f.security = *f.taxonomy->findByPath(QStringLiteral("Security"));
        f.innovation = *f.taxonomy->findByPath(QStringLiteral("innovation"));
        f.competition = *f.taxonomy->findByPath(QStringLiteral("Competition"));
        QString error;
        f.misuse = f.taxonomy->addTag(QStringLiteral("Misuse"), f.security, {}, QStringLiteral("Harm done on purpose"), &error).value_or(0);
        QVERIFY2(f.misuse > 0, qPrintable(error));
        ArticleAnnotations annotations(f.library.database());
        annotations.load(f.articleId, text);
        f.claimSecurity = annotations.addClaim(0, 27, {f.security});
        f.claimBoth = annotations.addClaim(29, 46, {f.security, f.competition});
        f.claimMisuse = annotations.addClaim(47, 70, {f.misuse});
        QVERIFY(f.claimSecurity && f.claimBoth && f.claimMisuse);
    }

    static QList<qint64> tagsOf(Fixture &f, qint64 claimId)
    {
        return ClaimStore(f.library.database()).claim(claimId).value_or(Claim()).tagIds;
    }

private Q_SLOTS:
    void startsWithTheDefaultCodebook()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        QStringList names;
        for (const Tag &tag : taxonomy.tags()) {
            names << tag.name;
            QVERIFY(tag.color.isValid());
            QVERIFY(!tag.description.isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Security"), QStringLiteral("Innovation"), QStringLiteral("Competition")}));
    }

    void edits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expectedOrder"); // paths, depth first
        QTest::addColumn<int>("affectedClaims"); // as asked before a delete or merge
        QTest::newRow("nest") << QString() << QStringLiteral("Security,Security/Misuse,Innovation,Competition") << -1;
        QTest::newRow("rename") << QStringLiteral("rename") << QStringLiteral("Safety,Safety/Misuse,Innovation,Competition") << -1;
        QTest::newRow("recolour") << QStringLiteral("recolour") << QStringLiteral("Security,Security/Misuse,Innovation,Competition") << -1;
        QTest::newRow("reorder") << QStringLiteral("reorder") << QStringLiteral("Competition,Security,Security/Misuse,Innovation") << -1;
        QTest::newRow("re-nest") << QStringLiteral("renest") << QStringLiteral("Security,Innovation,Innovation/Misuse,Competition") << -1;
        QTest::newRow("merge") << QStringLiteral("merge") << QStringLiteral("Innovation,Competition") << 3;
        QTest::newRow("delete") << QStringLiteral("delete") << QStringLiteral("Security,Security/Misuse,Innovation") << 1;
        QTest::newRow("delete with sub-tags") << QStringLiteral("delete parent") << QStringLiteral("Innovation,Competition") << 3;
    }

    void edits()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expectedOrder);
        QFETCH(int, affectedClaims);
        Fixture f;
        build(f);
        Taxonomy &taxonomy = *f.taxonomy;
        QSignalSpy changed(&taxonomy, &Taxonomy::changed);
        QString error;
        bool ok = true;
        if (edit == QLatin1StringView("rename")) {
            ok = taxonomy.renameTag(f.security, QStringLiteral("Safety"), &error);
        } else if (edit == QLatin1StringView("recolour")) {
            ok = taxonomy.recolorTag(f.innovation, QColor(Qt::magenta), &error);
            QCOMPARE(taxonomy.color(f.innovation), QColor(Qt::magenta));
        } else if (edit == QLatin1StringView("reorder")) {
            ok = taxonomy.moveTag(f.competition, 0, 0, &error);
        } else if (edit == QLatin1StringView("renest")) {
            ok = taxonomy.moveTag(f.misuse, f.innovation, 0, &error);
        } else if (edit == QLatin1StringView("merge")) {
            QCOMPARE(taxonomy.claimCount(f.security), affectedClaims);
            ok = taxonomy.mergeTags(f.security, f.innovation, &error);
        } else if (edit == QLatin1StringView("delete")) {
            QCOMPARE(taxonomy.claimCount(f.competition), affectedClaims);
            ok = taxonomy.removeTag(f.competition, &error);
        } else if (edit == QLatin1StringView("delete parent")) {
            QCOMPARE(taxonomy.claimCount(f.security), affectedClaims);
            ok = taxonomy.removeTag(f.security, &error);
        }
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(changed.count(), edit.isEmpty() ? 0 : 1);
        QStringList order;
        for (const Tag &tag : taxonomy.tags())
            order << taxonomy.path(tag.id);
        QCOMPARE(order.join(QLatin1Char(',')), expectedOrder);

        // Claims follow by id: renames need no claim writes; merges and
        // deletes rewrite references, never lose the claim itself.
        if (edit == QLatin1StringView("merge")) {
            QCOMPARE(tagsOf(f, f.claimSecurity), QList<qint64>{f.innovation});
            QCOMPARE(tagsOf(f, f.claimBoth), (QList<qint64>{f.innovation, f.competition}));
            QCOMPARE(tagsOf(f, f.claimMisuse), QList<qint64>{f.innovation});
        } else if (edit == QLatin1StringView("delete")) {
            QCOMPARE(tagsOf(f, f.claimBoth), QList<qint64>{f.security});
        } else if (edit == QLatin1StringView("delete parent")) {
            QCOMPARE(tagsOf(f, f.claimBoth), QList<qint64>{f.competition});
            QVERIFY(tagsOf(f, f.claimMisuse).isEmpty());
            QVERIFY(ClaimStore(f.library.database()).claim(f.claimMisuse).has_value());
        } else {
            QCOMPARE(tagsOf(f, f.claimBoth), (QList<qint64>{f.security, f.competition}));
        }
        // A fresh reader of the library sees the same codebook.
        Taxonomy again(f.library.database());
        QCOMPARE(again.tags().size(), taxonomy.tags().size());
    }

    void refusesBadEdits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("message");
        QTest::newRow("same name twice") << QStringLiteral("duplicate") << QStringLiteral("already a tag named");
        QTest::newRow("empty name") << QStringLiteral("empty") << QStringLiteral("needs a name");
        QTest::newRow("nest in itself") << QStringLiteral("cycle") << QStringLiteral("inside itself");
        QTest::newRow("merge into a child") << QStringLiteral("merge child") << QStringLiteral("merged into itself");
    }

    void refusesBadEdits()
    {
        QFETCH(QString, edit);
        QFETCH(QString, message);
        Fixture f;
        build(f);
        Taxonomy &taxonomy = *f.taxonomy;
        const QList<Tag> before = taxonomy.tags();
        QString error;
        bool ok = true;
        if (edit == QLatin1StringView("duplicate"))
            ok = taxonomy.addTag(QStringLiteral("security"), 0, {}, {}, &error).has_value();
        else if (edit == QLatin1StringView("empty"))
            ok = taxonomy.renameTag(f.innovation, QStringLiteral("  "), &error);
        else if (edit == QLatin1StringView("cycle"))
            ok = taxonomy.moveTag(f.security, f.misuse, 0, &error);
        else if (edit == QLatin1StringView("merge child"))
            ok = taxonomy.mergeTags(f.security, f.misuse, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(taxonomy.tags().size(), before.size());
        QCOMPARE(taxonomy.path(f.misuse), QStringLiteral("Security/Misuse"));
    }

    // Issue #25: a 10,000-level path took minutes to import and overflowed
    // the stack of `tags --json`. Tags nest at most Taxonomy::maxDepth deep.
    void tagsNestAtMostMaxDepthLevels()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        QString error;
        qint64 parent = 0;
        QList<qint64> chain;
        for (int level = 0; level < Taxonomy::maxDepth; ++level) {
            const std::optional<qint64> added = taxonomy.addTag(QStringLiteral("Level %1").arg(level), parent, {}, {}, &error);
            QVERIFY2(added, qPrintable(error));
            chain << (parent = *added);
        }
        QCOMPARE(taxonomy.depth(parent), Taxonomy::maxDepth - 1);
        QVERIFY(!taxonomy.addTag(QStringLiteral("One too deep"), parent, {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("at most 32 levels")), qPrintable(error));
        // A subtree of two levels cannot move under the second-deepest tag.
        const qint64 branch = *taxonomy.addTag(QStringLiteral("Branch"), 0, {}, {}, &error);
        QVERIFY(taxonomy.addTag(QStringLiteral("Twig"), branch, {}, {}, &error));
        error.clear();
        QVERIFY(!taxonomy.moveTag(branch, chain[Taxonomy::maxDepth - 2], 0, &error));
        QVERIFY2(error.contains(QStringLiteral("at most 32 levels")), qPrintable(error));
        QVERIFY2(taxonomy.moveTag(branch, chain[Taxonomy::maxDepth - 3], 0, &error), qPrintable(error));
    }

    // Tags read from a library made before the limit, thousands deep, load
    // without recursion.
    void aVeryDeepOldTreeLoads()
    {
        TestLibrary library;
        QSqlQuery query(library.database().connection());
        QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                                          " INSERT INTO tags (id, parent_id, name, color) SELECT 1000 + i, CASE i WHEN 1 THEN 0 ELSE 999 + i END,"
                                          " 'Deep ' || i, '#808080' FROM n")));
        Taxonomy taxonomy(library.database());
        QCOMPARE(taxonomy.tags().size(), 20003);
        QCOMPARE(taxonomy.tag(21000)->name, QStringLiteral("Deep 20000"));
        const auto at = [&taxonomy](qint64 id) {
            return std::find_if(taxonomy.tags().cbegin(), taxonomy.tags().cend(), [id](const Tag &tag) { return tag.id == id; });
        };
        QCOMPARE(at(21000) - at(1001), 19999); // depth first: each tag right after its parent
    }

    void findsTagsByPathOrName()
    {
        Fixture f;
        build(f);
        QCOMPARE(f.taxonomy->findByPath(QStringLiteral("security/misuse")), f.misuse);
        QCOMPARE(f.taxonomy->findByPath(QStringLiteral("Misuse")), f.misuse);
        QCOMPARE(f.taxonomy->findByPath(QStringLiteral("Nowhere")), std::nullopt);
        QCOMPARE(f.taxonomy->path(f.misuse, QStringLiteral(" › ")), QStringLiteral("Security › Misuse"));
        QCOMPARE(f.taxonomy->shortcutTags(), (QList<qint64>{f.security, f.misuse, f.innovation, f.competition}));
        QCOMPARE(f.taxonomy->depth(f.misuse), 1);
    }

    void addsATagByItsPath()
    {
        Fixture f;
        build(f);
        QString error;
        const std::optional<qint64> leak = f.taxonomy->addPath(QStringLiteral(" security / Leaks "), {}, &error);
        QVERIFY2(leak, qPrintable(error));
        QCOMPARE(f.taxonomy->path(*leak), QStringLiteral("Security/Leaks"));
        const std::optional<qint64> tariffs = f.taxonomy->addPath(QStringLiteral("Trade/Tariffs"), QColor(0x56, 0xB4, 0xE9), &error);
        QVERIFY2(tariffs, qPrintable(error));
        QCOMPARE(f.taxonomy->color(*tariffs), QColor(0x56, 0xB4, 0xE9));
        const std::optional<qint64> trade = f.taxonomy->findByPath(QStringLiteral("Trade"));
        QVERIFY(trade);
        QCOMPARE(f.taxonomy->depth(*tariffs), 1);
        // A tag that is already there is not made twice.
        QVERIFY(!f.taxonomy->addPath(QStringLiteral("security/misuse"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("Security/Misuse")), qPrintable(error));
        QVERIFY(!f.taxonomy->addPath(QStringLiteral(" / "), {}, &error));
    }

    void newTagsGetColoursColourBlindReadersCanTellApart()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        QString error;
        for (int i = 0; i < 5; ++i) {
            const std::optional<qint64> added = taxonomy.addTag(QStringLiteral("Tag %1").arg(i), 0, {}, {}, &error);
            QVERIFY2(added, qPrintable(error));
        }
        const QList<Tag> &tags = taxonomy.tags();
        for (int i = 0; i < tags.size(); ++i) {
            for (int j = i + 1; j < tags.size(); ++j)
                QVERIFY2(TagPalette::isDistinct(tags[i].color, {tags[j].color}), qPrintable(tags[i].name + QLatin1Char(' ') + tags[j].name));
        }
    }
};

QTEST_GUILESS_MAIN(TaxonomyTest)
#include "tst_taxonomy.moc"
