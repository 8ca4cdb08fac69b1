// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "export/annotationimporter.h"
#include "export/exporter.h"

#include <QSqlQuery>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Lectern;

namespace {
/// Everything a user sees of the claims, in comparable lines: article title,
/// quote, place, tags by path, stance, kind, speaker, note, times, status.
QStringList describe(Database &database)
{
    const Taxonomy taxonomy(database);
    const LibraryStore library(database);
    QStringList lines;
    ClaimFilter all;
    for (const Claim &claim : ClaimStore(database).claims(all)) {
        const Article article = library.article(claim.articleId).value_or(Article());
        QStringList tags;
        for (qint64 tag : claim.tagIds)
            tags << taxonomy.path(tag) + QLatin1Char(' ') + taxonomy.color(tag).name();
        lines << QStringLiteral("%1 | %2 [%3,%4) | %5 | %6 %7 %8 | %9 | %10 %11 %12")
                     .arg(article.title, claim.anchor.exact)
                     .arg(claim.start())
                     .arg(claim.end())
                     .arg(tags.join(QLatin1Char(',')), Claim::stanceKey(claim.stance), Claim::kindKey(claim.kind), claim.speaker, claim.note,
                          claim.created.toString(Qt::ISODate), claim.modified.toString(Qt::ISODate), Claim::statusKey(claim.status));
        // Anchored to the same text: the quote is what the text holds there.
        if (article.canonicalText().mid(claim.start(), claim.end() - claim.start()) != claim.anchor.exact)
            lines << QStringLiteral("MISPLACED");
    }
    return lines;
}

int count(Database &database, const char *table)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)), database.connection());
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class AnnotationImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIntoAnEmptyLibrary()
    {
        ExportFixture source;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QString error;
        QVERIFY2(Exporter::create(Exporter::Format::Json)->save(source.collect(), path, &error), qPrintable(error));

        TestLibrary empty;
        QCOMPARE(LibraryStore(empty.database()).count(), 0);
        AnnotationImporter::Report report;
        QVERIFY2(AnnotationImporter(empty.database()).importFile(path, &report, &error), qPrintable(error));
        QCOMPARE(report.claims, source.claims);
        QCOMPARE(report.articlesAdded, 2);
        QCOMPARE(report.orphans, 0);
        QCOMPARE(report.format, QStringLiteral("web-annotation"));
        QCOMPARE(describe(empty.database()), describe(source.database()));
        // The same text, not only the same quotes.
        const QList<qint64> ids = LibraryStore(empty.database()).ids();
        QCOMPARE(LibraryStore(empty.database()).article(ids.first())->canonicalText(),
                 LibraryStore(source.database()).article(source.harbour)->canonicalText());
    }

    void importOntoTheSameTextAlreadyThereAddsNoArticle()
    {
        ExportFixture source;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QString error;
        QVERIFY(Exporter::create(Exporter::Format::Json)->save(source.collect(), path, &error));
        TestLibrary other;
        const qint64 id = other.addArticle(QStringLiteral("Harbour Wind Farm Hearing"),
                                           LibraryStore(source.database()).article(source.harbour)->canonicalText().split(QLatin1Char('\n')),
                                           QStringLiteral("/elsewhere/harbour.txt"));
        AnnotationImporter::Report report;
        QVERIFY2(AnnotationImporter(other.database()).importFile(path, &report, &error), qPrintable(error));
        QCOMPARE(report.articlesAdded, 1); // only the ferry notice; the harbour text matched by its hash
        QCOMPARE(ClaimStore(other.database()).countForArticle(id), 3);
    }

    void hypothesisExportOnArticlesInTheLibrary()
    {
        TestLibrary library;
        const QStringList paragraphs{QStringLiteral("The council heard three hours of evidence on the offshore wind proposal."),
                                     QStringLiteral("Supporters argued that the turbines would bring 400 jobs to the port."),
                                     QStringLiteral("Opponents said the survey of seabirds was done in the wrong season.")};
        const qint64 id = library.addArticle(QStringLiteral("Harbour Wind Farm Hearing"), paragraphs, QStringLiteral("https://coastal-ledger.example/harbour-wind/"));
        Taxonomy taxonomy(library.database());
        QString error;
        const qint64 economy = taxonomy.addTag(QStringLiteral("Economy"), 0, QColor(Qt::red), QString(), &error).value_or(0);
        const int tagsBefore = count(library.database(), "tags");

        AnnotationImporter::Report report;
        QVERIFY2(AnnotationImporter(library.database()).importFile(QStringLiteral(LECTERN_TEST_DATA "/export/hypothesis.json"), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.format, QStringLiteral("hypothesis"));
        QCOMPARE(report.claims, 2);
        QCOMPARE(report.skipped, 2); // a page note and a reply
        QCOMPARE(report.orphans, 0);
        QCOMPARE(report.tagsAdded, 1); // "Seabirds"; "economy" is the existing Economy
        QCOMPARE(count(library.database(), "tags"), tagsBefore + 1);
        const QList<Claim> claims = ClaimStore(library.database()).claimsForArticle(id);
        QCOMPARE(claims.size(), 2);
        const QString text = paragraphs.join(QLatin1Char('\n'));
        // The fixture's positions are stale (the page had a header): the quote decides.
        QCOMPARE(claims.at(0).start(), int(text.indexOf(QStringLiteral("400 jobs"))));
        QCOMPARE(claims.at(0).anchor.exact, QStringLiteral("400 jobs"));
        QCOMPARE(claims.at(0).tagIds, QList<qint64>{economy});
        QCOMPARE(claims.at(0).note, QStringLiteral("Whose figure is this?"));
        QCOMPARE(claims.at(1).start(), int(text.indexOf(QStringLiteral("the wrong season"))));
        taxonomy.reload();
        QCOMPARE(taxonomy.path(claims.at(1).tagIds.value(0)), QStringLiteral("Seabirds"));
        QCOMPARE(claims.at(1).created, QDateTime(QDate(2026, 2, 2), QTime(10, 30), QTimeZone::UTC));
    }

    void malformedInputChangesNothing_data()
    {
        // Each file (in tests/data/export/malformed) has a good entry first: the control is goodEntryAloneIsImported.
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QStringLiteral("not-json.json") << QStringLiteral("is not valid JSON");
        QTest::newRow("no exact") << QStringLiteral("no-exact.json") << QStringLiteral("entry 2 (a2): its TextQuoteSelector has no “exact” text");
        QTest::newRow("bad position") << QStringLiteral("bad-position.json") << QStringLiteral("entry 2 (a2): its TextPositionSelector");
        QTest::newRow("no id") << QStringLiteral("no-id.json") << QStringLiteral("entry 2: it has no “id”");
        QTest::newRow("unknown stance") << QStringLiteral("unknown-stance.json") << QStringLiteral("entry 2 (a2): unknown stance “maybe”");
        QTest::newRow("unknown article") << QStringLiteral("unknown-article.json")
                                         << QStringLiteral("entry 2 (a2): the article “https://elsewhere.example/” is not in the library");
        QTest::newRow("hypothesis tags") << QStringLiteral("hypothesis-tags.json") << QStringLiteral("entry 1 (h1): its “tags” is not a list");
        QTest::newRow("neither") << QStringLiteral("neither.json") << QStringLiteral("neither a Web Annotation collection nor a Hypothesis export");
    }
    void malformedInputChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        TestLibrary library;
        library.addArticle(QStringLiteral("Harbour"), {QStringLiteral("Supporters argued that the turbines would bring 400 jobs to the port.")},
                           QStringLiteral("https://coastal-ledger.example/harbour-wind"));
        const int articles = count(library.database(), "articles");
        const int tags = count(library.database(), "tags");
        const QString path = QDir::toNativeSeparators(QFileInfo(QStringLiteral(LECTERN_TEST_DATA "/export/malformed/") + file).absoluteFilePath());
        AnnotationImporter::Report report;
        QString error;
        QVERIFY(!AnnotationImporter(library.database()).importFile(path, &report, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(count(library.database(), "claims"), 0);
        QCOMPARE(count(library.database(), "articles"), articles);
        QCOMPARE(count(library.database(), "tags"), tags);
    }

    void goodEntryAloneIsImported()
    {
        // The control for the test above: the entry before the wrong one is fine on its own.
        TestLibrary library;
        library.addArticle(QStringLiteral("Harbour"), {QStringLiteral("Supporters argued that the turbines would bring 400 jobs to the port.")},
                           QStringLiteral("https://coastal-ledger.example/harbour-wind"));
        const QString path = QStringLiteral(LECTERN_TEST_DATA "/export/good-page.json");
        AnnotationImporter::Report report;
        QString error;
        QVERIFY2(AnnotationImporter(library.database()).importFile(path, &report, &error), qPrintable(error));
        QCOMPARE(report.claims, 1);
        QCOMPARE(report.tagsAdded, 2);
        QCOMPARE(count(library.database(), "claims"), 1);
    }
};

QTEST_MAIN(AnnotationImportTest)
#include "tst_annotationimport.moc"
