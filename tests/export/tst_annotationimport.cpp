// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "export/annotationimporter.h"
#include "export/exporter.h"
#include "export/webaddress.h"
#include "import/fileimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QFile>
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

QStringList globalIds(Database &database)
{
    QStringList uids;
    QSqlQuery query(QStringLiteral("SELECT uid FROM claims ORDER BY uid"), database.connection());
    while (query.next())
        uids << query.value(0).toString();
    return uids;
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

    // Issue #25: importing the same export twice doubled the claims.
    void importingTheSameNotesTwiceChangesNothing()
    {
        ExportFixture source;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QString error;
        QVERIFY(Exporter::create(Exporter::Format::Json)->save(source.collect(), path, &error));
        TestLibrary other;
        AnnotationImporter::Report first;
        QVERIFY2(AnnotationImporter(other.database()).importFile(path, &first, &error), qPrintable(error));
        QCOMPARE(first.claims, source.claims);
        const QStringList before = describe(other.database());
        AnnotationImporter::Report second;
        QVERIFY2(AnnotationImporter(other.database()).importFile(path, &second, &error), qPrintable(error));
        QCOMPARE(second.claims, 0);
        QCOMPARE(second.alreadyPresent, source.claims);
        QCOMPARE(second.articlesAdded, 0);
        QCOMPARE(describe(other.database()), before);
        // Into the library they came from: nothing new either.
        AnnotationImporter::Report back;
        QVERIFY2(AnnotationImporter(source.database()).importFile(path, &back, &error), qPrintable(error));
        QCOMPARE(back.alreadyPresent, source.claims);
        QCOMPARE(count(source.database(), "claims"), source.claims);
    }

    // Issue #25: a claim keeps its global id in the export and in the
    // library the notes go to; a copy whose note was edited elsewhere is
    // still the same claim, not a second one.
    void aClaimKeepsItsGlobalIdAcrossLibraries()
    {
        ExportFixture source;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QString error;
        QVERIFY(Exporter::create(Exporter::Format::Json)->save(source.collect(), path, &error));
        const QStringList uids = globalIds(source.database());
        QCOMPARE(uids.size(), source.claims);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        file.close();
        for (const QString &uid : uids)
            QVERIFY2(json.contains(QByteArray("\"canonical\": \"urn:uuid:" + uid.toLatin1() + '"')), qPrintable(uid));

        TestLibrary other;
        AnnotationImporter::Report first;
        QVERIFY2(AnnotationImporter(other.database()).importFile(path, &first, &error), qPrintable(error));
        QCOMPARE(globalIds(other.database()), uids);

        const QString edited = dir.filePath(QStringLiteral("edited.json"));
        QFile copy(edited);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QVERIFY(json.contains("Date, place: unknown"));
        copy.write(QByteArray(json).replace("Date, place: unknown", "Date, place: 4 June, the town hall"));
        copy.close();
        AnnotationImporter::Report second;
        QVERIFY2(AnnotationImporter(other.database()).importFile(edited, &second, &error), qPrintable(error));
        QCOMPARE(second.claims, 0);
        QCOMPARE(second.alreadyPresent, source.claims);
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

    // Issue #24: Hypothesis names the page's web address, Lectern knew only
    // the file it imported, so notes on a saved page never attached.
    void webNotesFindTheSavedPageByItsAddress_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("shape");
        for (const QString &page : {QStringLiteral("og-url.html"), QStringLiteral("saved-from-only.html")}) {
            for (const QString &shape : {QStringLiteral("export"), QStringLiteral("single annotation"), QStringLiteral("API search")})
                QTest::newRow(qPrintable(page + QStringLiteral(", ") + shape)) << page << shape;
        }
    }
    void webNotesFindTheSavedPageByItsAddress()
    {
        QFETCH(QString, page);
        QFETCH(QString, shape);
        TestLibrary library;
        const ImportResult saved = FileImporter().importFile(QStringLiteral(LECTERN_TEST_DATA "/html/saved/") + page);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.article.address, QStringLiteral("https://www.tideline-review.example/pier-gauge/"));
        StoreOutcome outcome;
        QString error;
        QVERIFY(LibraryStore(library.database()).add(saved.article, &outcome, &error));
        QCOMPARE(LibraryStore(library.database()).article(outcome.articleId)->address, saved.article.address);

        QFile file(QStringLiteral(LECTERN_TEST_DATA "/export/hypothesis-web.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
        QJsonDocument document(entries);
        if (shape == QLatin1StringView("single annotation"))
            document = QJsonDocument(entries.first().toObject());
        else if (shape == QLatin1StringView("API search"))
            document = QJsonDocument(QJsonObject{{QStringLiteral("total"), 1}, {QStringLiteral("rows"), entries}});
        AnnotationImporter::Report report;
        QVERIFY2(AnnotationImporter(library.database()).importData(document.toJson(), QStringLiteral("notes.json"), &report, &error), qPrintable(error));
        QCOMPARE(report.claims, 1);
        QCOMPARE(report.articlesAdded, 0);
        const QList<Claim> claims = ClaimStore(library.database()).claimsForArticle(outcome.articleId);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.first().anchor.exact, QStringLiteral("the record shows storms, not a trend"));
        QCOMPARE(claims.first().note, QStringLiteral("Storms or trend: who decides?"));
    }

    void webAddressesCompareAsOnePage_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const QString page = QStringLiteral("https://www.example.org/news/pier/");
        QTest::newRow("scheme") << page << QStringLiteral("http://www.example.org/news/pier/") << true;
        QTest::newRow("www") << page << QStringLiteral("https://example.org/news/pier/") << true;
        QTest::newRow("trailing slash") << page << QStringLiteral("https://www.example.org/news/pier") << true;
        QTest::newRow("host case") << page << QStringLiteral("https://WWW.Example.ORG/news/pier/") << true;
        QTest::newRow("fragment") << page << QStringLiteral("https://www.example.org/news/pier/#comments") << true;
        QTest::newRow("tracking") << page << QStringLiteral("https://www.example.org/news/pier/?utm_source=x&fbclid=y") << true;
        QTest::newRow("a real query") << page << QStringLiteral("https://www.example.org/news/pier/?page=2") << false;
        QTest::newRow("a query kept without tracking") << QStringLiteral("https://example.org/a?id=7&utm_medium=m")
                                                       << QStringLiteral("https://example.org/a?id=7") << true;
        QTest::newRow("another path") << page << QStringLiteral("https://www.example.org/news/piers/") << false;
        QTest::newRow("another host") << page << QStringLiteral("https://www.example.com/news/pier/") << false;
    }
    void webAddressesCompareAsOnePage()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(WebAddress::normalized(a) == WebAddress::normalized(b), same);
    }

    void aW3CTargetThatIsOnlyAnIriIsAPageNote()
    {
        TestLibrary library;
        library.addArticle(QStringLiteral("Harbour"), {QStringLiteral("Supporters argued that the turbines would bring 400 jobs to the port.")},
                           QStringLiteral("https://coastal-ledger.example/harbour-wind"));
        const QByteArray json = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {"type": "AnnotationPage",
            "items": [{"id": "urn:x:1", "type": "Annotation", "body": {"type": "TextualBody", "value": "About the whole page."},
                       "target": "https://coastal-ledger.example/harbour-wind"}]}})";
        AnnotationImporter::Report report;
        QString error;
        QVERIFY2(AnnotationImporter(library.database()).importData(json, QStringLiteral("page-note.json"), &report, &error), qPrintable(error));
        QCOMPARE(report.claims, 0);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(count(library.database(), "claims"), 0);
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
