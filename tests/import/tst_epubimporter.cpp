// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/epubimporter.h"

#include <KZip>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString name;
    QByteArray data;
};

// Builds an EPUB (or any ZIP) in memory, entries in the given order; the
// mimetype entry, when present, stored uncompressed as the format asks.
QByteArray zip(const QList<Entry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        qFatal("cannot create a zip in memory");
    for (const Entry &entry : entries) {
        archive.setCompression(entry.name == u"mimetype" ? KZip::NoCompression : KZip::DeflateCompression);
        if (!archive.writeFile(entry.name, entry.data))
            qFatal("cannot write %s", qPrintable(entry.name));
    }
    archive.close();
    return bytes;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LECTERN_TEST_DATA "/epub/keeper/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return file.readAll();
}

// The book's files live under tests/data/epub/keeper; the archive is built
// here so that each test can break it in its own way.
QList<Entry> bookEntries()
{
    return {
        {u"mimetype"_s, "application/epub+zip"},
        {u"META-INF/container.xml"_s, fixture("container.xml")},
        {u"OEBPS/content.opf"_s, fixture("content.opf")},
        {u"OEBPS/style.css"_s, fixture("style.css")},
        {u"OEBPS/text/b-autumn.xhtml"_s, fixture("autumn.xhtml")},
        {u"OEBPS/text/cover.xhtml"_s, fixture("cover.xhtml")},
        {u"OEBPS/text/z spring.xhtml"_s, fixture("spring.xhtml")},
    };
}

QList<Entry> withEntry(QList<Entry> entries, const QString &name, const QByteArray &data)
{
    for (Entry &entry : entries) {
        if (entry.name == name) {
            entry.data = data;
            return entries;
        }
    }
    entries.append({name, data});
    return entries;
}

QList<Entry> withoutEntry(QList<Entry> entries, const QString &name)
{
    entries.removeIf([&name](const Entry &entry) { return entry.name == name; });
    return entries;
}

// Rewrites the uncompressed size an entry's central directory record
// declares, as a hostile archive would.
QByteArray withDeclaredSize(QByteArray bytes, const QByteArray &name, quint32 size)
{
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        const int nameLength = uchar(bytes.at(at + 28)) | uchar(bytes.at(at + 29)) << 8;
        if (bytes.mid(at + 46, nameLength) != name)
            continue;
        for (int i = 0; i < 4; ++i)
            bytes[at + 24 + i] = char((size >> (8 * i)) & 0xFF);
        return bytes;
    }
    qFatal("no central directory record for %s", name.constData());
}

QString describe(const QList<Block> &blocks)
{
    QStringList lines;
    for (const Block &block : blocks)
        lines << Block::kindName(block.kind) + QLatin1Char(' ') + QString::number(block.level) + u": "_s + block.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class EpubImporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void book()
    {
        const ImportResult result = EpubImporter().parse(zip(bookEntries()), u"/books/keeper.epub"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.title, u"The Lighthouse Keeper's Year"_s);
        QCOMPARE(article.byline, u"Ines Duarte"_s);
        QCOMPARE(article.language, u"en"_s);
        QCOMPARE(article.published, u"2024-05-01"_s);
        QCOMPARE(article.site, u"Harbour Lights Press"_s);
        QCOMPARE(article.tags, (QStringList{u"Lighthouses"_s, u"Memoir"_s}));
        QCOMPARE(article.excerpt, u"A year on a rock at sea."_s);
        QCOMPARE(article.source, u"/books/keeper.epub"_s);
        QCOMPARE(article.format, u"epub"_s);
        QVERIFY2(article.warnings.isEmpty(), qPrintable(article.warnings.join(u'\n')));
        const QString expected = u"heading 1: Spring\n"
                                 u"paragraph 0: The supply boat came on the first calm day of March, three weeks late.\n"
                                 u"paragraph 0: We painted the lantern room white again.1\n"
                                 u"paragraph 0: It needs painting every year.\n"
                                 u"heading 1: Autumn\n"
                                 u"paragraph 0: Storms every week; the keeper\u2019s log runs to three pages a night."_s;
        QCOMPARE(describe(article.blocks), expected);
    }

    void missingChapterIsAWarning()
    {
        const ImportResult result = EpubImporter().parse(zip(withoutEntry(bookEntries(), u"OEBPS/text/b-autumn.xhtml"_s)), u"keeper.epub"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.warnings.size(), 1);
        QVERIFY2(result.article.warnings.first().contains(u"text/b-autumn.xhtml"_s), qPrintable(result.article.warnings.first()));
        QVERIFY(!result.article.canonicalText().contains(u"Autumn"_s));
    }

    // Issue #25: a 4.7 KB book whose spine listed one chapter 50,000 times
    // became a 145-million-character article.
    void aChapterListedManyTimesIsReadOnce()
    {
        QByteArray opf = fixture("content.opf");
        const QByteArray spring = "<itemref idref=\"spring\"/>";
        QVERIFY(opf.contains(spring));
        opf.replace(spring, spring.repeated(50000));
        const ImportResult result = EpubImporter().parse(zip(withEntry(bookEntries(), u"OEBPS/content.opf"_s, opf)), u"keeper.epub"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ImportResult plain = EpubImporter().parse(zip(bookEntries()), u"keeper.epub"_s);
        QCOMPARE(result.article.canonicalText(), plain.article.canonicalText());
        QVERIFY2(result.article.warnings.join(u' ').contains(u"once"_s), qPrintable(result.article.warnings.join(u' ')));
    }

    void unsafePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u"../evil.xhtml"_s;
        QTest::newRow("parent inside") << u"OEBPS/../../evil.xhtml"_s;
        QTest::newRow("absolute") << u"/etc/evil.xhtml"_s;
        QTest::newRow("backslashes") << u"OEBPS\\..\\..\\evil.xhtml"_s;
    }
    void unsafePaths()
    {
        QFETCH(QString, name);
        const ImportResult result = EpubImporter().parse(zip(withEntry(bookEntries(), name, "<p>gotcha</p>")), u"evil.epub"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(name), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"unsafe path"_s), qPrintable(result.error));
    }

    // The declared size alone fails the book, before anything is inflated.
    void declaredZipBomb()
    {
        const QByteArray bytes = withDeclaredSize(zip(bookEntries()), "OEBPS/text/b-autumn.xhtml", 600u * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = EpubImporter().parse(bytes, u"bomb.epub"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"uncompressed size exceeds the limit"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"OEBPS/text/b-autumn.xhtml"_s), qPrintable(result.error));
        QVERIFY(timer.elapsed() < 1000);
    }

    // A real bomb: megabytes of zeros squeezed into a few kilobytes, past a
    // limit lowered so the test stays fast.
    void zipBomb_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("perEntry");
        QTest::newRow("total") << qint64(4 << 20) << EpubImporter::DefaultMaxEntrySize;
        QTest::newRow("per entry") << EpubImporter::DefaultMaxUncompressedSize << qint64(4 << 20);
    }
    void zipBomb()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, perEntry);
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            KZip archive(&buffer);
            QVERIFY(archive.open(QIODevice::WriteOnly));
            for (const Entry &entry : withoutEntry(bookEntries(), u"OEBPS/text/b-autumn.xhtml"_s))
                QVERIFY(archive.writeFile(entry.name, entry.data));
            const qint64 size = 8 << 20;
            QVERIFY(archive.prepareWriting(u"OEBPS/text/b-autumn.xhtml"_s, QString(), QString(), size));
            const QByteArray zeros(1 << 20, '\0');
            for (qint64 written = 0; written < size; written += zeros.size())
                QVERIFY(archive.writeData(zeros));
            QVERIFY(archive.finishWriting(size));
            QVERIFY(archive.close());
        }
        QVERIFY(bytes.size() < 100 * 1024);
        EpubImporter importer;
        importer.setMaxUncompressedSize(total);
        importer.setMaxEntrySize(perEntry);
        const ImportResult result = importer.parse(bytes, u"bomb.epub"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"uncompressed size exceeds the limit"_s), qPrintable(result.error));
    }

    // A header that declares less than the entry holds cannot make the
    // reader inflate more than it declared: the book fails, or the entry
    // is cut at its declared size (newer KArchive stops there itself).
    void entryLargerThanDeclared()
    {
        const QByteArray bytes = withDeclaredSize(zip(bookEntries()), "OEBPS/text/b-autumn.xhtml", 10);
        const ImportResult result = EpubImporter().parse(bytes, u"liar.epub"_s);
        if (!result.ok())
            QVERIFY2(result.error.contains(u"OEBPS/text/b-autumn.xhtml"_s), qPrintable(result.error));
        else
            QVERIFY(!result.article.canonicalText().contains(u"Storms every week"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("random bytes") << noise << u"This is not a valid EPUB (ZIP) archive."_s;
        QTest::newRow("text") << QByteArray("Just some text, not an archive.") << u"This is not a valid EPUB (ZIP) archive."_s;
        QTest::newRow("empty zip") << zip({}) << u"This is not a valid EPUB (ZIP) archive."_s;
        QTest::newRow("empty file") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("no container") << zip(withoutEntry(bookEntries(), u"META-INF/container.xml"_s))
                                      << u"This is not an EPUB: META-INF/container.xml is missing."_s;
        QTest::newRow("container without rootfile") << zip(withEntry(bookEntries(), u"META-INF/container.xml"_s, "<container><rootfiles/></container>"))
                                                    << u"This is not an EPUB: META-INF/container.xml names no package document."_s;
        QTest::newRow("no package document") << zip(withoutEntry(bookEntries(), u"OEBPS/content.opf"_s))
                                             << u"This is not an EPUB: its package document OEBPS/content.opf is missing."_s;
        QTest::newRow("empty spine") << zip(withEntry(bookEntries(), u"OEBPS/content.opf"_s, "<package><metadata/><manifest/><spine/></package>"))
                                     << u"The EPUB has no chapters: its spine is empty."_s;
        QTest::newRow("package not xml") << zip(withEntry(bookEntries(), u"OEBPS/content.opf"_s, "<package><spine><itemref idref='a'></package>"))
                                         << u"The EPUB's package document OEBPS/content.opf is not valid XML"_s;
        QTest::newRow("no text") << zip(withEntry(withoutEntry(withoutEntry(bookEntries(), u"OEBPS/text/b-autumn.xhtml"_s), u"OEBPS/text/z spring.xhtml"_s),
            u"OEBPS/text/cover.xhtml"_s, fixture("cover.xhtml")))
                                 << u"The book contains no readable text."_s;
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult result = EpubImporter().parse(bytes, u"broken.epub"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(EpubImporterTest)
#include "tst_epubimporter.moc"
