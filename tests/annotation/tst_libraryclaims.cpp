// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/claimstatistics.h"
#include "annotation/libraryclaimsmodel.h"
#include "annotation/stancecomparisonmodel.h"
#include "annotation/tagmatrixmodel.h"
#include "annotation/taxonomy.h"
#include "store/claimstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Lectern;

namespace {
// Two articles on open source and security, written for this test: one
// argues openness helps, the other that it harms.
const QString helps = QStringLiteral("Open code lets defenders find flaws before attackers do.");
const QString harms = QStringLiteral("Publishing the code hands attackers a map of every flaw.");
const QString market = QStringLiteral("Open projects lower the cost of entering the market.");

qint64 addDated(TestLibrary &library, const QString &title, const QStringList &paragraphs, const QString &site, const QString &published)
{
    const qint64 id = library.addArticle(title, paragraphs, QStringLiteral("/claims/") + title);
    QSqlQuery query(library.database().connection());
    query.prepare(QStringLiteral("UPDATE articles SET site = ?, published = ? WHERE id = ?"));
    query.addBindValue(site);
    query.addBindValue(published);
    query.addBindValue(id);
    query.exec();
    return id;
}

qint64 addClaim(TestLibrary &library, qint64 articleId, const QString &text, const QString &exact, QList<qint64> tags, Claim::Stance stance,
                const QString &speaker = {}, Claim::Kind kind = Claim::Kind::Claim, const QString &note = {})
{
    const int start = int(text.indexOf(exact));
    Claim claim;
    claim.articleId = articleId;
    claim.anchor = TextAnchor::describe(text, start, start + int(exact.size()));
    claim.tagIds = tags;
    claim.stance = stance;
    claim.kind = kind;
    claim.speaker = speaker;
    claim.note = note;
    claim.created = claim.modified = QDateTime::currentDateTimeUtc();
    QString error;
    if (!ClaimStore(library.database()).insert(&claim, &error))
        qWarning("%s", qPrintable(error));
    return claim.id;
}
} // namespace

class LibraryClaimsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue #25: annotate gave 1, delete 1, annotate gave 1 again, and an
    // exported link to claim 1 then reached another claim.
    void claimIdsAreNeverReused()
    {
        TestLibrary library;
        const qint64 article = library.addArticle(QStringLiteral("Openness helps"), {helps}, QStringLiteral("/claims/helps"));
        const qint64 first = addClaim(library, article, helps, QStringLiteral("defenders find flaws"), {}, Claim::Stance::Supports);
        QVERIFY(first > 0);
        QString error;
        QVERIFY2(ClaimStore(library.database()).remove(first, &error), qPrintable(error));
        const qint64 second = addClaim(library, article, helps, QStringLiteral("before attackers do"), {}, Claim::Stance::Supports);
        QVERIFY(second > first);
    }

    // Issue #25: a global id, the same wherever the claim goes, and kept
    // when an undone deletion puts the claim back.
    void claimsHaveGlobalIds()
    {
        TestLibrary library;
        const qint64 article = library.addArticle(QStringLiteral("Openness helps"), {helps}, QStringLiteral("/claims/helps"));
        const qint64 first = addClaim(library, article, helps, QStringLiteral("defenders find flaws"), {}, Claim::Stance::Supports);
        const qint64 second = addClaim(library, article, helps, QStringLiteral("before attackers do"), {}, Claim::Stance::Supports);
        ClaimStore store(library.database());
        const Claim one = *store.claim(first);
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(one.uid).hasMatch(), qPrintable(one.uid));
        QVERIFY(store.claim(second)->uid != one.uid);
        QString error;
        QVERIFY(store.remove(first, &error));
        Claim restored = one;
        QVERIFY2(store.insert(&restored, &error), qPrintable(error));
        QCOMPARE(restored.id, first);
        QCOMPARE(store.claim(first)->uid, one.uid);
        QSqlQuery query(library.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE uid = '' UNION ALL SELECT count(*) FROM tags WHERE uid = ''")));
        while (query.next())
            QCOMPARE(query.value(0).toInt(), 0);
    }

    // Issue #26: the claims view shows each claim's note, on one line.
    void showsNotesInTheirOwnColumn()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        const qint64 security = *taxonomy.findByPath(QStringLiteral("Security"));
        const qint64 a = addDated(library, QStringLiteral("Openness helps"), {helps}, QStringLiteral("Defence Weekly"), QStringLiteral("2024-05-01"));
        addClaim(library, a, helps, QStringLiteral("defenders find flaws"), {security}, Claim::Stance::Supports, {}, Claim::Kind::Claim,
                 QStringLiteral("Check the *audit*\nfigures first."));
        LibraryClaimsModel model(library.database(), &taxonomy);
        QCOMPARE(model.headerData(LibraryClaimsModel::NoteColumn, Qt::Horizontal).toString(), QStringLiteral("Note"));
        QCOMPARE(model.index(0, LibraryClaimsModel::NoteColumn).data().toString(), QStringLiteral("Check the *audit* figures first."));
        QCOMPARE(model.index(0, LibraryClaimsModel::NoteColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Check the *audit*\nfigures first."));
    }

    void filtersEveryClaimOfTheLibrary()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        const qint64 security = *taxonomy.findByPath(QStringLiteral("Security"));
        const qint64 competition = *taxonomy.findByPath(QStringLiteral("Competition"));
        QString error;
        const qint64 misuse = *taxonomy.addTag(QStringLiteral("Misuse"), security, QColor(Qt::red), {}, &error);
        const qint64 a = addDated(library, QStringLiteral("Openness helps"), {helps, market}, QStringLiteral("Defence Weekly"), QStringLiteral("2024-05-01"));
        const qint64 b = addDated(library, QStringLiteral("Openness harms"), {harms}, QStringLiteral("Risk Review"), QStringLiteral("2025-02-10"));
        addClaim(library, a, helps + QLatin1Char('\n') + market, QStringLiteral("defenders find flaws"), {security}, Claim::Stance::Supports,
                 QStringLiteral("Dana Ruiz"));
        addClaim(library, a, helps + QLatin1Char('\n') + market, QStringLiteral("lower the cost"), {competition}, Claim::Stance::Supports, {},
                 Claim::Kind::Evidence);
        const qint64 mapClaim = addClaim(library, b, harms, QStringLiteral("a map of every flaw"), {misuse}, Claim::Stance::Opposes, QStringLiteral("Ole Berg"));

        LibraryClaimsModel model(library.database(), &taxonomy);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        const QModelIndex last = model.index(2, LibraryClaimsModel::QuoteColumn);
        QCOMPARE(last.data().toString(), QStringLiteral("a map of every flaw"));
        QCOMPARE(model.index(2, LibraryClaimsModel::TagsColumn).data().toString(), QStringLiteral("Security/Misuse"));
        QCOMPARE(model.index(2, LibraryClaimsModel::ArticleColumn).data().toString(), QStringLiteral("Openness harms"));
        QCOMPARE(model.index(2, LibraryClaimsModel::SiteColumn).data().toString(), QStringLiteral("Risk Review"));
        QCOMPARE(last.data(LibraryClaimsModel::ClaimIdRole).toLongLong(), mapClaim);
        QCOMPARE(last.data(LibraryClaimsModel::ArticleIdRole).toLongLong(), b);

        auto rowsFor = [&model](const LibraryClaimFilter &filter) {
            model.setFilter(filter);
            QStringList quotes;
            for (int row = 0; row < model.rowCount(); ++row)
                quotes << model.index(row, 0).data().toString();
            return quotes;
        };
        LibraryClaimFilter filter;
        filter.tagId = security; // includes Security/Misuse
        QCOMPARE(rowsFor(filter), (QStringList{QStringLiteral("defenders find flaws"), QStringLiteral("a map of every flaw")}));
        filter.stance = Claim::Stance::Opposes;
        QCOMPARE(rowsFor(filter), QStringList{QStringLiteral("a map of every flaw")});
        filter = {};
        filter.kind = Claim::Kind::Evidence;
        QCOMPARE(rowsFor(filter), QStringList{QStringLiteral("lower the cost")});
        filter = {};
        filter.speaker = QStringLiteral("dana");
        QCOMPARE(rowsFor(filter), QStringList{QStringLiteral("defenders find flaws")});
        filter = {};
        filter.site = QStringLiteral("risk");
        QCOMPARE(rowsFor(filter), QStringList{QStringLiteral("a map of every flaw")});
        filter = {};
        filter.from = QStringLiteral("2025");
        QCOMPARE(rowsFor(filter), QStringList{QStringLiteral("a map of every flaw")});
        filter = {};
        filter.to = QStringLiteral("2024-12");
        QCOMPARE(rowsFor(filter).size(), 2);
        filter = {};
        filter.text = QStringLiteral("HARMS"); // the article's title
        QCOMPARE(rowsFor(filter), QStringList{QStringLiteral("a map of every flaw")});
        filter.text = QStringLiteral("nothing like this");
        QCOMPARE(rowsFor(filter), QStringList());
        model.setFilter({});

        // Statistics, the matrix and the sides follow the visible claims.
        const ClaimStatistics stats = ClaimStatistics::compute(model.catalog(), model.visibleClaims(), taxonomy);
        QCOMPARE(stats.tags, (QList<qint64>{security, misuse, competition}));
        QCOMPARE(stats.perTag.value(security), 1);
        QCOMPARE(stats.perYear.keys(), (QStringList{QStringLiteral("2024"), QStringLiteral("2025")}));
        QCOMPARE(stats.perYear.value(QStringLiteral("2025")).value(misuse), 1);

        TagMatrixModel matrix(&taxonomy);
        QAbstractItemModelTester matrixTester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setStatistics(&model.catalog(), stats);
        QCOMPARE(matrix.rowCount(), 2);
        QCOMPARE(matrix.columnCount(), 3);
        QCOMPARE(matrix.headerData(0, Qt::Vertical).toString(), QStringLiteral("Openness helps"));
        QCOMPARE(matrix.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Security/Misuse"));
        QCOMPARE(matrix.index(0, 0).data().toInt(), 1);
        QVERIFY(!matrix.index(0, 1).data().isValid());
        QCOMPARE(matrix.index(1, 1).data(TagMatrixModel::CountRole).toInt(), 1);

        StanceComparisonModel sides(&taxonomy);
        QAbstractItemModelTester sidesTester(&sides, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sides.setStatistics(&model.catalog(), stats);
        QCOMPARE(sides.rowCount(), 3);
        QCOMPARE(sides.index(0, StanceComparisonModel::TagColumn).data().toString(), QStringLiteral("Security"));
        QVERIFY(sides.index(0, StanceComparisonModel::SupportsColumn).data().toString().contains(QStringLiteral("Openness helps")));
        QCOMPARE(sides.index(0, StanceComparisonModel::OpposesColumn).data().toString(), QString());
        QCOMPARE(sides.index(1, StanceComparisonModel::OpposesColumn).data(StanceComparisonModel::ArticleIdsRole).toList(), QVariantList{b});
    }

    // Before the catalog is in, rows come a page at a time from the database;
    // then the same rows from the catalog, in the same order, without a reset.
    void showsPagesUntilTheCatalogIsIn()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        const qint64 security = *taxonomy.findByPath(QStringLiteral("Security"));
        QStringList sentences;
        for (int i = 0; i < 2 * LibraryClaimsModel::pageSize + 50; ++i)
            sentences << QStringLiteral("Point %1 about the harbour.").arg(i, 4, 10, QLatin1Char('0'));
        const QString text = sentences.join(QLatin1Char('\n'));
        const qint64 article = library.addArticle(QStringLiteral("Many points"), sentences, QStringLiteral("/claims/many"));
        for (qsizetype i = sentences.size() - 1; i >= 0; --i) // stored out of order on purpose
            addClaim(library, article, text, sentences.at(i), {security}, i % 2 ? Claim::Stance::Opposes : Claim::Stance::Supports);

        LibraryClaimsModel model(library.database(), &taxonomy);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &LibraryClaimsModel::loaded);
        QVERIFY(!model.isLoaded());
        QCOMPARE(model.rowCount(), sentences.size());
        const QList<int> rows{0, LibraryClaimsModel::pageSize - 1, LibraryClaimsModel::pageSize, int(sentences.size()) - 1};
        for (const int row : rows)
            QCOMPARE(model.index(row, LibraryClaimsModel::QuoteColumn).data().toString(), sentences.at(row));
        QCOMPARE(model.index(1, LibraryClaimsModel::TagsColumn).data().toString(), QStringLiteral("Security"));
        QTRY_VERIFY(model.isLoaded()); // filled in slices between events
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), sentences.size());
        for (const int row : rows)
            QCOMPARE(model.index(row, LibraryClaimsModel::QuoteColumn).data().toString(), sentences.at(row));

        // A longer text narrows the rows shown; a shorter one widens them again.
        auto matches = [&model](const QString &text) {
            LibraryClaimFilter filter;
            filter.text = text;
            model.setFilter(filter);
            return model.rowCount();
        };
        QCOMPARE(matches(QStringLiteral("point 01")), 100);
        QCOMPARE(matches(QStringLiteral("point 010")), 10);
        QCOMPARE(matches(QStringLiteral("point 0105")), 1);
        QCOMPARE(matches(QStringLiteral("point 01")), 100);
        QCOMPARE(matches(QStringLiteral("Point 0105 ABOUT")), 1);
    }

    // A filter set before the catalog is in reads the rest of it at once.
    void filtersBeforeTheCatalogIsIn()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        const QString text = QStringLiteral("Über die Hälfte der Projekte prüft ihren Code. Growth was 50% in a year. Names like open_source stay.");
        const qint64 article = library.addArticle(QStringLiteral("Mixed"), {text}, QStringLiteral("/claims/mixed"));
        addClaim(library, article, text, QStringLiteral("Über die Hälfte der Projekte"), {}, Claim::Stance::Neutral);
        addClaim(library, article, text, QStringLiteral("Growth was 50% in a year"), {}, Claim::Stance::Opposes);
        addClaim(library, article, text, QStringLiteral("open_source"), {}, Claim::Stance::Neutral);
        LibraryClaimsModel model(library.database(), &taxonomy);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        LibraryClaimFilter filter;
        filter.text = QStringLiteral("HÄLFTE");
        model.setFilter(filter);
        QVERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Über die Hälfte der Projekte"));
        filter.text = QStringLiteral("_");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.text.clear();
        filter.stance = Claim::Stance::Opposes;
        model.setFilter(filter);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Growth was 50% in a year"));
    }
};

QTEST_GUILESS_MAIN(LibraryClaimsTest)
#include "tst_libraryclaims.moc"
