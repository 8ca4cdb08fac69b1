// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/claimsoutlinemodel.h"
#include "annotation/taxonomy.h"
#include "annotation/taxonomymodel.h"

#include <QAbstractItemModelTester>

using namespace Lectern;

namespace {
const QString text = QStringLiteral("Tariffs protect jobs. Tariffs raise prices. Subsidies speed up research. Nobody agrees on the numbers.");

QStringList outline(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        lines << parent.data().toString();
        for (int row = 0; row < model.rowCount(parent); ++row)
            lines << QStringLiteral("  ") + model.index(row, 0, parent).data().toString().section(QLatin1Char('\n'), 0, 0);
    }
    return lines;
}
} // namespace

class ClaimModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outlineGroupsByTagWithOrphansLast_data()
    {
        QTest::addColumn<QString>("filterText");
        QTest::addColumn<int>("stance"); // -1: any
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QString() << -1
                                    << QStringList{QStringLiteral("Innovation (1)"), QStringLiteral("  “Subsidies speed up research.”"),
                                                   QStringLiteral("Competition (2)"), QStringLiteral("  “Tariffs protect jobs.”"),
                                                   QStringLiteral("  “Tariffs raise prices.”"), QStringLiteral("Needs review (1)"),
                                                   QStringLiteral("  “Nobody agrees”")};
        QTest::newRow("by text") << QStringLiteral("prices") << -1
                                 << QStringList{QStringLiteral("Competition (1)"), QStringLiteral("  “Tariffs raise prices.”")};
        QTest::newRow("by stance") << QString() << int(Claim::Stance::Opposes)
                                   << QStringList{QStringLiteral("Competition (1)"), QStringLiteral("  “Tariffs raise prices.”")};
        QTest::newRow("nothing") << QStringLiteral("zebra") << -1 << QStringList();
    }

    void outlineGroupsByTagWithOrphansLast()
    {
        QFETCH(QString, filterText);
        QFETCH(int, stance);
        QFETCH(QStringList, expected);
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Trade"), {text}, QStringLiteral("trade.txt"));
        Taxonomy taxonomy(library.database());
        const qint64 innovation = *taxonomy.findByPath(QStringLiteral("Innovation"));
        const qint64 competition = *taxonomy.findByPath(QStringLiteral("Competition"));
        ArticleAnnotations annotations(library.database());
        annotations.load(articleId, text);
        ClaimsOutlineModel model(&annotations, &taxonomy);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const auto mark = [&](const QString &quote, qint64 tag) {
            const int at = int(text.indexOf(quote));
            return annotations.addClaim(at, at + int(quote.size()), {tag});
        };
        mark(QStringLiteral("Tariffs protect jobs."), competition);
        const qint64 raise = mark(QStringLiteral("Tariffs raise prices."), competition);
        annotations.setStance(raise, Claim::Stance::Opposes);
        mark(QStringLiteral("Subsidies speed up research."), innovation);
        mark(QStringLiteral("Nobody agrees"), innovation);
        // A new version without the last sentence makes its claim an orphan.
        const QString changed = QStringLiteral("Tariffs protect jobs. Tariffs raise prices. Subsidies speed up research.");
        QCOMPARE(library.addArticle(QStringLiteral("Trade"), {changed}, QStringLiteral("trade.txt")), articleId);
        QCOMPARE(library.lastOutcome().status, StoreOutcome::Status::NewVersion);
        QCOMPARE(library.lastOutcome().orphanedClaims, 1);
        annotations.load(articleId, changed);

        model.setFilterText(filterText);
        model.setStanceFilter(stance < 0 ? std::nullopt : std::optional(Claim::Stance(stance)));
        QCOMPARE(outline(model), expected);
    }

    void taxonomyModelRenamesAndNests()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        TaxonomyModel model(&taxonomy);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const qint64 security = *taxonomy.findByPath(QStringLiteral("Security"));
        QString error;
        const qint64 misuse = *taxonomy.addTag(QStringLiteral("Misuse"), security, {}, {}, &error);
        const QModelIndex parent = model.indexOf(security);
        QCOMPARE(model.rowCount(parent), 1);
        QCOMPARE(model.index(0, 0, parent).data().toString(), QStringLiteral("Misuse"));
        QCOMPARE(model.parent(model.indexOf(misuse)), parent);
        QVERIFY(model.setData(model.indexOf(misuse), QStringLiteral("Abuse")));
        QCOMPARE(taxonomy.path(misuse), QStringLiteral("Security/Abuse"));
        QVERIFY(!model.setData(model.indexOf(misuse), QString()));
        QCOMPARE(model.index(0, TaxonomyModel::ClaimsColumn, parent).data().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(ClaimModelsTest)
#include "tst_claimmodels.moc"
