// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Real documents, written by others and redistributable (tests/data/corpus,
// their origins and licences in SOURCES): every one imports, in one batch
// per format, with its title, its first and last paragraphs in reading
// order, and its encoding. manifest.json says what each should give.
#include "../common/readerevaluation.h"
#include "import/batchimport.h"
#include "import/fileimporter.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

const QString corpus = QStringLiteral(LECTERN_TEST_DATA "/corpus/");

QJsonArray manifest()
{
    QFile file(corpus + QStringLiteral("manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).array();
}

// Words alone, lower case: the comparison ignores how lines were joined,
// typographic quotes and dashes aside.
QString words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts).join(QLatin1Char(' '));
}

// The WHATWG Encoding standard reads ISO-8859-1 as its superset windows-1252.
QString whatwgName(const QString &encoding)
{
    const QString name = encoding.toLower();
    return name == QLatin1StringView("iso-8859-1") ? QStringLiteral("windows-1252") : name;
}

// What a reader of a Markdown file sees, roughly: its words without front
// matter, comments, tags, link targets and labels, code fences' language
// names and addresses.
QStringList markdownWords(QString source)
{
    static const QRegularExpression frontMatter(QStringLiteral("\\A---\\n.*?\\n(---|\\.\\.\\.)\\n"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)]*\\)|\\]\\[[^\\]]*\\]"));
    static const QRegularExpression fenceInfo(QStringLiteral("^(\\s*(```+|~~~+)).*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression definition(QStringLiteral("^\\s*\\[[^\\]]+\\]:.*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression address(QStringLiteral("(https?|ftp)://\\S+|www\\.\\S+"));
    static const QRegularExpression entity(QStringLiteral("&[A-Za-z]+;|&#\\d+;"));
    source.replace(fenceInfo, QStringLiteral("\\1"));
    source.remove(frontMatter).remove(comment).remove(tag).replace(linkTarget, QStringLiteral("]")).remove(definition).remove(address).remove(entity);
    return ReaderEvaluation::words(source);
}

QString pdftotext(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class RealCorpusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachFile_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue &value : manifest())
            QTest::newRow(qPrintable(value.toObject().value(QStringLiteral("file")).toString())) << value.toObject();
    }

    void eachFile()
    {
        QFETCH(QJsonObject, entry);
        const ImportResult result = FileImporter().importFile(corpus + entry.value(QStringLiteral("file")).toString());
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString text = words(result.article.canonicalText());
        const QString first = words(entry.value(QStringLiteral("first")).toString());
        const QString last = words(entry.value(QStringLiteral("last")).toString());
        const qsizetype firstAt = text.indexOf(first);
        QVERIFY2(firstAt >= 0, qPrintable(QStringLiteral("missing the first paragraph: ") + first));
        QVERIFY2(text.lastIndexOf(last) >= firstAt, qPrintable(QStringLiteral("missing the last paragraph, or out of order: ") + last));
        if (const QString title = entry.value(QStringLiteral("title")).toString(); !title.isEmpty())
            QCOMPARE(words(result.article.title), words(title));
        if (const QString encoding = entry.value(QStringLiteral("encoding")).toString(); !encoding.isEmpty() && !result.article.encoding.isEmpty())
            QCOMPARE(whatwgName(result.article.encoding), whatwgName(encoding));
    }

    // Markdown keeps at least 98% of the words a reader sees in the file,
    // markup and link targets aside: raw HTML, tables and badges included.
    void markdownKeepsItsWords_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : QDir(corpus + QStringLiteral("md")).entryList({QStringLiteral("*.md")}, QDir::Files))
            QTest::newRow(qPrintable(file)) << corpus + QStringLiteral("md/") + file;
    }

    void markdownKeepsItsWords()
    {
        QFETCH(QString, file);
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const ImportResult result = FileImporter().importData(source.readAll(), file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList imported = ReaderEvaluation::words(result.article.title + QLatin1Char(' ') + result.article.canonicalText());
        for (const RemovedLine &line : result.article.removed)
            imported += ReaderEvaluation::words(line.text);
        source.seek(0);
        const double kept = ReaderEvaluation::recall(imported, markdownWords(QString::fromUtf8(source.readAll())));
        QVERIFY2(kept >= 0.98, qPrintable(QStringLiteral("kept %1 of the words").arg(kept)));
    }

    // PDF text against poppler's pdftotext: every word, whether in the text
    // or set aside (page numbers, running headers), at word F1 0.97 or more.
    void pdfMatchesPdftotext_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : QDir(corpus + QStringLiteral("pdf")).entryList({QStringLiteral("*.pdf")}, QDir::Files))
            QTest::newRow(qPrintable(file)) << corpus + QStringLiteral("pdf/") + file;
    }

    void pdfMatchesPdftotext()
    {
        QFETCH(QString, file);
        const ImportResult result = FileImporter().importFile(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList ours = ReaderEvaluation::words(result.article.canonicalText());
        for (const RemovedLine &line : result.article.removed)
            ours += ReaderEvaluation::words(line.text);
        const QStringList reference = ReaderEvaluation::words(pdftotext(file));
        QVERIFY2(!reference.isEmpty(), "pdftotext (poppler-utils) read nothing");
        const double score = ReaderEvaluation::f1(ours, reference);
        QVERIFY2(score >= 0.97, qPrintable(QStringLiteral("word F1 %1").arg(score)));
    }

    // A folder of each format imports in one batch: one file never stops
    // the others, and none is refused.
    void eachFolderImportsWhole_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &folder : QDir(corpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(folder)) << folder;
    }

    void eachFolderImportsWhole()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        Database database;
        QString error;
        QVERIFY2(database.open(dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        LibraryStore store(database);
        const FileImporter importer;
        const QStringList files = BatchImport::expand({corpus + folder});
        QVERIFY(!files.isEmpty());
        const QList<BatchImport::Item> items = BatchImport(store, importer).run(files);
        QCOMPARE(items.size(), files.size());
        for (const BatchImport::Item &item : items)
            QVERIFY2(item.ok, qPrintable(item.message()));
    }
};

QTEST_GUILESS_MAIN(RealCorpusTest)
#include "tst_realcorpus.moc"
