// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "cli/commandline.h"
#include "export/lecternurl.h"

#include "export/csvexporter.h"
#include "export/exporter.h"
#include "export/exportfilename.h"
#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "export/webannotationexporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace Lectern;

namespace {
QByteArray render(const ExportData &data, Exporter::Format format, const ExportOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!Exporter::create(format, options)->write(data, &buffer, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

/// RFC 4180 read back: fields, quoted fields with "" and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

bool isIri(const QJsonValue &value)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    return value.isString() && url.isValid() && !url.scheme().isEmpty();
}

bool isDateTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}
} // namespace

class ExportersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGolden_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("markdown") << int(Exporter::Format::Markdown) << QStringLiteral("library.md");
        QTest::newRow("csv") << int(Exporter::Format::Csv) << QStringLiteral("library.csv");
        QTest::newRow("json") << int(Exporter::Format::Json) << QStringLiteral("library.json");
        QTest::newRow("markdown, one article") << int(Exporter::Format::Markdown) << QStringLiteral("article.md");
    }
    void matchesGolden()
    {
        QFETCH(int, format);
        QFETCH(QString, golden);
        ExportFixture library;
        QVERIFY(library.isOpen());
        const ExportScope scope = golden.startsWith(QLatin1StringView("article")) ? ExportScope::article(library.harbour) : ExportScope::library();
        const QByteArray actual = render(library.collect(scope), Exporter::Format(format));
        const QString path = QStringLiteral(LECTERN_TEST_DATA "/export/") + golden;
        // As KSyntaxHighlighting's tests: set the variable to write new goldens, then review the diff.
        if (qEnvironmentVariableIsSet("LECTERN_UPDATE_GOLDENS")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual);
        }
        const QByteArray expected = ExportFixture::read(path);
        if (actual != expected) {
            QFile out(QStringLiteral(QT_TESTCASE_BUILDDIR "/") + golden);
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            QFAIL(qPrintable(QStringLiteral("%1 differs from %2 (actual output written there)").arg(path, out.fileName())));
        }
    }

    // Issue #26: a note is the Markdown its writer typed; tags are tags a note app (Obsidian) links.
    void markdownKeepsNotesAsMarkdownAndTagsAsObsidianTags()
    {
        ExportFixture library;
        ExportData data = library.collect(ExportScope::library());
        QVERIFY(!data.articles.isEmpty() && !data.articles.first().claims.isEmpty());
        data.tags.append({99, QStringLiteral("Public health"), QStringLiteral("Environment/Public health"), QColor(0x00, 0x72, 0xB2), {}});
        data.indexTags();
        Claim &claim = data.articles.first().claims.first();
        claim.note = QStringLiteral("Compare the *failure* figures:\n\n1. first hearing\n2. [the report](https://example.org/report_2)");
        claim.tagIds = {library.jobs, 99};
        const QString markdown = QString::fromUtf8(render(data, Exporter::Format::Markdown));
        QVERIFY2(markdown.contains(QStringLiteral("- note: Compare the *failure* figures:\n\n  1. first hearing\n  2. [the report](https://example.org/report_2)\n")),
                 qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("- tags: #Economy/Jobs #Environment/Public-health\n")), qPrintable(markdown));
    }

    void jsonFollowsTheWebAnnotationModel()
    {
        ExportFixture library;
        const QJsonDocument document = QJsonDocument::fromJson(render(library.collect(), Exporter::Format::Json));
        const QJsonObject collection = document.object();
        const QJsonArray context = collection.value(QStringLiteral("@context")).toArray();
        QVERIFY(context.contains(QJsonValue(QStringLiteral("http://www.w3.org/ns/anno.jsonld"))));
        QVERIFY(isIri(collection.value(QStringLiteral("id"))));
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
        QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
        QVERIFY(isIri(page.value(QStringLiteral("id"))));
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), library.claims);
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), library.claims);
        QHash<QString, QString> texts;
        for (const QJsonValue &value : collection.value(QStringLiteral("lectern:articles")).toArray()) {
            Article article;
            for (const QJsonValue &block : value.toObject().value(QStringLiteral("blocks")).toArray())
                article.blocks << Block::paragraph(block.toObject().value(QStringLiteral("text")).toString());
            texts.insert(value.toObject().value(QStringLiteral("id")).toString(), article.canonicalText());
        }
        for (const QJsonValue &value : items) {
            const QJsonObject annotation = value.toObject();
            QVERIFY(isIri(annotation.value(QStringLiteral("id"))));
            QCOMPARE(annotation.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            QVERIFY(isDateTime(annotation.value(QStringLiteral("created"))));
            QVERIFY(isDateTime(annotation.value(QStringLiteral("modified"))));
            const QJsonObject target = annotation.value(QStringLiteral("target")).toObject();
            QVERIFY(isIri(target.value(QStringLiteral("source"))));
            QString exact;
            int start = -1;
            int end = -1;
            for (const QJsonValue &selectorValue : target.value(QStringLiteral("selector")).toArray()) {
                const QJsonObject selector = selectorValue.toObject();
                if (selector.value(QStringLiteral("type")).toString() == QLatin1StringView("TextQuoteSelector")) {
                    QVERIFY(selector.value(QStringLiteral("exact")).isString());
                    QVERIFY(selector.value(QStringLiteral("prefix")).isString());
                    QVERIFY(selector.value(QStringLiteral("suffix")).isString());
                    exact = selector.value(QStringLiteral("exact")).toString();
                } else if (selector.value(QStringLiteral("type")).toString() == QLatin1StringView("TextPositionSelector")) {
                    QVERIFY(selector.value(QStringLiteral("start")).isDouble());
                    QVERIFY(selector.value(QStringLiteral("end")).isDouble());
                    start = selector.value(QStringLiteral("start")).toInt();
                    end = selector.value(QStringLiteral("end")).toInt();
                }
            }
            QVERIFY(!exact.isEmpty());
            QVERIFY(0 <= start && start <= end);
            // The model counts code points: the position must select the quote in the text as code points.
            const QList<uint> codePoints = texts.value(target.value(QStringLiteral("source")).toString()).toUcs4();
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start), exact);
            for (const QJsonValue &bodyValue : annotation.value(QStringLiteral("body")).toArray()) {
                const QJsonObject body = bodyValue.toObject();
                QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("TextualBody"));
                QVERIFY(body.value(QStringLiteral("value")).isString());
                const QString purpose = body.value(QStringLiteral("purpose")).toString();
                QVERIFY2(purpose == QLatin1StringView("tagging") || purpose == QLatin1StringView("commenting"), qPrintable(purpose));
            }
        }
        // The claim after the emoji: its code point offsets are one less than its UTF-16 ones.
        const QJsonObject last = items.at(2).toObject();
        const QJsonObject position = last.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray().at(1).toObject();
        const Claim stored = ClaimStore(library.database()).claimsForArticle(library.harbour).last();
        QCOMPARE(position.value(QStringLiteral("start")).toInt(), stored.start() - 1);
    }

    void csvKeepsCommasQuotesAndLineBreaks()
    {
        ExportFixture library;
        const QByteArray bytes = render(library.collect(), Exporter::Format::Csv);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), library.claims + 1);
        QCOMPARE(rows.first(), CsvExporter::columns());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), CsvExporter::columns().size());
        const int note = int(CsvExporter::columns().indexOf(QStringLiteral("note")));
        const int tags = int(CsvExporter::columns().indexOf(QStringLiteral("tags")));
        QCOMPARE(rows.at(1).at(note), QStringLiteral("Figure from the developer, not the council: \"direct or indirect?\"\nAsk at the second hearing."));
        QCOMPARE(rows.at(3).at(note), QStringLiteral("Date, place: unknown"));
        QCOMPARE(rows.at(3).at(tags), QStringLiteral("Economy; Environment"));
        QCOMPARE(rows.at(4).at(1), QStringLiteral("Ferry Timetable <Notice>"));
        ExportOptions options;
        options.csvByteOrderMark = true;
        QVERIFY(render(library.collect(), Exporter::Format::Csv, options).startsWith("\xEF\xBB\xBF" "article_id,"));
    }

    void htmlEscapesAndColours()
    {
        ExportFixture library;
        const QString html = QString::fromUtf8(render(library.collect(), Exporter::Format::Html));
        QVERIFY(html.contains(QStringLiteral("Ferry Timetable &lt;Notice&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<Notice>")));
        QVERIFY(html.contains(QStringLiteral("&quot;direct or indirect?&quot;\nAsk at the second hearing.")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        const QString jobsClass = QStringLiteral("t%1").arg(library.jobs);
        QVERIFY(html.contains(QStringLiteral(".%1 { background-color: %2; }").arg(jobsClass, HtmlExporter::highlightColor(QColor(QStringLiteral("#f0e442"))).name())));
        QVERIFY(html.contains(QStringLiteral("<span class=\"%1\" title=\"Economy/Jobs\">the turbines would bring 400 jobs to the port</span><sup>1</sup>").arg(jobsClass)));
        // The legend lists each tag in use once.
        QCOMPARE(html.count(QStringLiteral("<td>Economy/Jobs</td>")), 1);
    }

    // Issue #26: the HTML export began with the export line and the legend,
    // and the article's title came after them; a claim with two tags showed
    // one colour; its note was Markdown source; the time was ISO UTC.
    void htmlPutsTheTitleFirstAndShowsEveryTag()
    {
        ExportFixture library;
        const QString one = QString::fromUtf8(render(library.collect(ExportScope::article(library.harbour)), Exporter::Format::Html));
        const qsizetype title = one.indexOf(QStringLiteral("<h1>Harbour Wind Farm Hearing</h1>"));
        QVERIFY(title >= 0);
        QCOMPARE(one.count(QStringLiteral("<h1>")), 1);
        QVERIFY(title < one.indexOf(QStringLiteral("<table class=\"legend\">")));
        QVERIFY(one.indexOf(QStringLiteral("<table class=\"legend\">")) < one.indexOf(QStringLiteral("<table class=\"text\">")));
        const QDateTime exported(QDate(2026, 3, 16), QTime(12, 0), QTimeZone::UTC);
        QVERIFY2(one.contains(QLocale().toString(exported.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()), qPrintable(one.left(1200)));

        const QString all = QString::fromUtf8(render(library.collect(), Exporter::Format::Html));
        QVERIFY(all.indexOf(QStringLiteral("<h1>Lectern notes</h1>")) >= 0);
        QVERIFY(all.indexOf(QStringLiteral("<h1>Lectern notes</h1>")) < all.indexOf(QStringLiteral("<table class=\"legend\">")));
        // Both tags' colours, in stripes, on the claim that has both.
        const QString economy = HtmlExporter::highlightColor(QColor(QStringLiteral("#cc79a7"))).name();
        const QString environment = HtmlExporter::highlightColor(QColor(QStringLiteral("#56b4e9"))).name();
        const QRegularExpression striped(QStringLiteral("<span [^>]*style=\"[^\"]*repeating-linear-gradient\\([^\"]*%1[^\"]*%2[^\"]*\"[^>]*>after a second hearing</span>")
                                             .arg(economy, environment));
        QVERIFY2(all.contains(striped), qPrintable(all));
        // Notes are rendered Markdown, safely.
        QVERIFY(all.contains(QStringLiteral("<p>Figure from the developer")));
    }

    void pdfAndOdtComeFromTheSamePage()
    {
        ExportFixture library;
        const QByteArray pdf = render(library.collect(), Exporter::Format::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 1000);
        const QByteArray odt = render(library.collect(), Exporter::Format::Odt);
        QVERIFY(odt.startsWith("PK"));
        QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    }

    void unwritableTargetNamesTheFileAndWritesNothing()
    {
        ExportFixture library;
        QTemporaryDir dir;
        // A folder that is a regular file: unwritable for root as well.
        const QString notAFolder = dir.filePath(QStringLiteral("not-a-folder"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString target = notAFolder + QStringLiteral("/notes.md");
        QString error;
        QVERIFY(!Exporter::create(Exporter::Format::Markdown)->save(library.collect(), target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("not-a-folder")});
    }

    // Issue #25: `export -o LIBRARY` replaced the library with the export.
    void neverWritesOverADatabase_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("the library") << QString();
        QTest::newRow("its -wal") << QStringLiteral("-wal");
        QTest::newRow("its -shm") << QStringLiteral("-shm");
        QTest::newRow("its -journal") << QStringLiteral("-journal");
    }
    void neverWritesOverADatabase()
    {
        QFETCH(QString, suffix);
        ExportFixture library;
        const ExportData data = library.collect();
        const QString target = library.path() + suffix;
        const QByteArray before = QFile::exists(target) ? ExportFixture::read(target) : QByteArray();
        QString error;
        QVERIFY(!Exporter::create(Exporter::Format::Csv)->save(data, target, &error));
        QVERIFY2(error.contains(QFileInfo(target).fileName()) && error.contains(QStringLiteral("database")), qPrintable(error));
        QCOMPARE(QFile::exists(target) ? ExportFixture::read(target) : QByteArray(), before);
        QCOMPARE(LibraryStore(library.database()).article(library.harbour)->title, QStringLiteral("Harbour Wind Farm Hearing"));
    }

    // Issue #25: an export to /dev/full reported success.
    void fileNamesFromTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("Harbour Wind Farm Hearing") << QStringLiteral("Harbour Wind Farm Hearing.md");
        QTest::newRow("separators") << QStringLiteral("Ferry: Timetable <Notice> a/b\\c?") << QStringLiteral("Ferry Timetable Notice a b c.md");
        QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("profile.md");
        QTest::newRow("long") << QStringLiteral("word ").repeated(30) << QStringLiteral("word ").repeated(16).trimmed() + QStringLiteral(".md");
        QTest::newRow("nothing left") << QStringLiteral("///") << QStringLiteral("claims-%1.md").arg(QDate::currentDate().toString(Qt::ISODate));
        QTest::newRow("japanese") << QStringLiteral("海岸の観測所") << QStringLiteral("海岸の観測所.md");
    }
    void fileNamesFromTitles()
    {
        QFETCH(QString, title);
        QTEST(ExportFileName::forArticle(title, QStringLiteral("md")), "name");
    }

    void neverWritesToADevice()
    {
        ExportFixture library;
        QString error;
        QVERIFY(!Exporter::create(Exporter::Format::Csv)->save(library.collect(), QStringLiteral("/dev/full"), &error));
        QVERIFY2(error.contains(QStringLiteral("/dev/full")) && error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }

    void aBackupIsADatabaseToo()
    {
        ExportFixture library;
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("backup.notes"));
        QVERIFY(QFile::copy(library.path(), backup));
        QString error;
        QVERIFY(!Exporter::create(Exporter::Format::Markdown)->save(library.collect(), backup, &error));
        QVERIFY(ExportFixture::read(backup).startsWith("SQLite format 3"));
    }

    // Issue #25: a note "=HYPERLINK(...)" ran as a formula in a spreadsheet,
    // and a tag named "<img onerror=...>" was live HTML in front matter.
    void hostileTextStaysText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("csv");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"https://x.example\")") << QStringLiteral("\"'=HYPERLINK(\"\"https://x.example\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("ordinary") << QStringLiteral("a note, with a comma") << QStringLiteral("\"a note, with a comma\"");
    }
    void hostileTextStaysText()
    {
        QFETCH(QString, text);
        QTEST(CsvExporter::field(text), "csv");
        const QString yaml = MarkdownExporter::yamlString(QStringLiteral("<img src=x onerror=alert(1)> & ") + text);
        QVERIFY2(!yaml.contains(QLatin1Char('<')) && !yaml.contains(QLatin1Char('>')) && !yaml.contains(QLatin1Char('&')), qPrintable(yaml));
        QVERIFY(yaml.startsWith(QStringLiteral("\"\\x3cimg src=x onerror=alert(1)\\x3e \\x26 ")));
    }

    void cancelledExportLeavesTheOldFile()
    {
        ExportFixture library;
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("notes.csv"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old notes\n");
        old.close();
        const std::unique_ptr<Exporter> exporter = Exporter::create(Exporter::Format::Csv);
        exporter->setProgress([](int done, int) {
            return done < 1;
        });
        QString error;
        QVERIFY(!exporter->save(library.collect(), target, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(ExportFixture::read(target), QByteArray("old notes\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.csv")});
    }

    void scopeNarrowsToTagAndStance()
    {
        ExportFixture library;
        ExportScope scope = ExportScope::library();
        scope.tagIds = TagStore(library.database()).withDescendants(library.economy);
        ExportData data = library.collect(scope);
        QCOMPARE(data.claimCount(), 2); // Economy/Jobs and Economy
        QCOMPARE(data.articles.size(), 1);
        scope.stance = Claim::Stance::Supports;
        data = library.collect(scope);
        QCOMPARE(data.claimCount(), 1);
        QCOMPARE(data.articles.first().claims.first().anchor.exact, QStringLiteral("the turbines would bring 400 jobs to the port"));
    }

    void lecternUrls()
    {
        QCOMPARE((LecternUrl{3, 14, {}}.toString()), QStringLiteral("lectern://article/3#claim-14"));
        const std::optional<LecternUrl> parsed = LecternUrl::parse(QStringLiteral("lectern://article/3#claim-14"));
        QVERIFY(parsed);
        QCOMPARE(parsed->articleId, qint64(3));
        QCOMPARE(parsed->claimId, qint64(14));
        QCOMPARE(LecternUrl::parse(QStringLiteral("lectern://article/3"))->claimId, qint64(0));
        QVERIFY(!LecternUrl::parse(QStringLiteral("lectern://article/0")));
        QVERIFY(!LecternUrl::parse(QStringLiteral("lectern://article/x#claim-1")));
        QVERIFY(!LecternUrl::parse(QStringLiteral("https://article/3")));
        // Issue #25: the claim's global id rides along, so the link finds it in another library.
        const QString uid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        QCOMPARE((LecternUrl{3, 14, uid}.toString()), QStringLiteral("lectern://article/3?claim=%1#claim-14").arg(uid));
        const std::optional<LecternUrl> withUid = LecternUrl::parse(QStringLiteral("lectern://article/3?claim=%1#claim-14").arg(uid));
        QVERIFY(withUid);
        QCOMPARE(withUid->claimUid, uid);
        QCOMPARE(withUid->claimId, qint64(14));
        QVERIFY(!LecternUrl::parse(QStringLiteral("lectern://article/3?claim=%1';--#claim-14").arg(uid)));
        // A link opens the window rather than being taken for an unknown subcommand.
        QVERIFY(!CommandLine::handles({QStringLiteral("lectern"), QStringLiteral("lectern://article/3#claim-14")}));
        QVERIFY(CommandLine::handles({QStringLiteral("lectern"), QStringLiteral("export")}));
    }
};

QTEST_MAIN(ExportersTest)
#include "tst_exporters.moc"
