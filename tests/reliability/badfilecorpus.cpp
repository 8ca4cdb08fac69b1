// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "badfilecorpus.h"

#include <KZip>
#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

namespace Lectern {

using Expect = BadFile::Expect;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray testData(const char *name)
{
    return readFile(QStringLiteral(LECTERN_TEST_DATA "/") + QLatin1StringView(name));
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

const QByteArray plainText = "The Quiet Work of Lock Keepers\n\n"
                             "On the old canal, the lock keeper’s day starts before the first barge — and ends long after the last.\n\n"
                             "Each gate is opened by hand, and the water finds its level in its own time; no schedule hurries it.\n\n"
                             "Visitors ask whether the job is lonely. Most keepers say it is the opposite: everyone passes by.\n";

struct Entry
{
    QString name;
    QByteArray data;
};

// An EPUB from the fixture book, with entries replaced, added or removed.
QList<Entry> book()
{
    const QString keeper = QStringLiteral(LECTERN_TEST_DATA "/epub/keeper/");
    return {
        {u"mimetype"_s, "application/epub+zip"},
        {u"META-INF/container.xml"_s, readFile(keeper + u"container.xml"_s)},
        {u"OEBPS/content.opf"_s, readFile(keeper + u"content.opf"_s)},
        {u"OEBPS/style.css"_s, readFile(keeper + u"style.css"_s)},
        {u"OEBPS/text/b-autumn.xhtml"_s, readFile(keeper + u"autumn.xhtml"_s)},
        {u"OEBPS/text/cover.xhtml"_s, readFile(keeper + u"cover.xhtml"_s)},
        {u"OEBPS/text/z spring.xhtml"_s, readFile(keeper + u"spring.xhtml"_s)},
    };
}

// zerosEntry, when set, is written as that many bytes of zeros: a bomb.
QByteArray zip(const QList<Entry> &entries, const QString &zerosEntry = {}, qint64 zeros = 0)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        qFatal("cannot make a zip");
    for (const Entry &entry : entries) {
        archive.setCompression(entry.name == u"mimetype" ? KZip::NoCompression : KZip::DeflateCompression);
        archive.writeFile(entry.name, entry.data);
    }
    if (!zerosEntry.isEmpty()) {
        archive.setCompression(KZip::DeflateCompression);
        archive.prepareWriting(zerosEntry, QString(), QString(), zeros);
        const QByteArray block(1 << 20, '\0');
        for (qint64 written = 0; written < zeros; written += block.size())
            archive.writeData(QByteArrayView(block.constData(), qsizetype(std::min<qint64>(block.size(), zeros - written))));
        archive.finishWriting(zeros);
    }
    archive.close();
    return bytes;
}

QList<Entry> replaced(QList<Entry> entries, const QString &name, const QByteArray &data)
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

// Rewrites the uncompressed size every central directory record declares.
QByteArray withDeclaredSizes(QByteArray bytes, quint32 size)
{
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        for (int i = 0; i < 4; ++i)
            bytes[at + 24 + i] = char((size >> (8 * i)) & 0xFF);
    }
    return bytes;
}

QByteArray handWrittenPdf(const QList<QByteArray> &objects, const QByteArray &trailer)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    return pdf + "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailer + " >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
}

QByteArray pdfPage(const QByteArray &pageExtra, const QByteArray &content, const QByteArray &trailer = {})
{
    return handWrittenPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R " + pageExtra + ">>",
                              "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"},
        trailer);
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth, const QByteArray &inner = "deep text")
{
    return "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + open.repeated(depth) + inner + close.repeated(depth) + "</body></html>";
}

void addTruncations(QList<BadFile> &files, const QString &name, const QByteArray &data, Expect expect)
{
    static const double cuts[] = {0.0001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999};
    for (double cut : cuts) {
        const qsizetype size = std::max<qsizetype>(1, qsizetype(double(data.size()) * cut));
        files.append({u"truncated-%1-permille-%2"_s.arg(cut * 1000).arg(name), [data, size]() -> QByteArray { return data.first(size); }, expect});
    }
}

} // namespace

QList<BadFile> BadFileCorpus::files()
{
    QList<BadFile> files;
    const QStringList suffixes {u"txt"_s, u"text"_s, u"md"_s, u"markdown"_s, u"html"_s, u"htm"_s, u"xhtml"_s, u"epub"_s, u"pdf"_s};
    const QByteArray card = readFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/open-models-summary-card.txt"));
    const QByteArray markdown = testData("markdown/field-notes.md");
    const QByteArray html = testData("html/article-page.html");
    const QByteArray epub = zip(book());
    const QByteArray pdf = testData("pdf/rocky-shore.pdf");

    // A cut text file is still text; cut archives and PDFs are damaged.
    addTruncations(files, u"lock-keepers.txt"_s, plainText, Expect::Anything);
    addTruncations(files, u"card.txt"_s, card, Expect::Anything);
    addTruncations(files, u"field-notes.md"_s, markdown, Expect::Anything);
    addTruncations(files, u"article-page.html"_s, html, Expect::Anything);
    addTruncations(files, u"keeper.epub"_s, epub, Expect::Anything); // a cut central directory may be rebuilt from the entries
    addTruncations(files, u"rocky-shore.pdf"_s, pdf, Expect::Anything);

    quint32 seed = 1;
    for (const QString &suffix : suffixes) {
        files.append({u"empty."_s + suffix, []() -> QByteArray { return QByteArray(); }, Expect::Reject});
        // A few random bytes may happen to be Windows-1252 text; 4 KB will hold NULs.
        for (qsizetype size : {qsizetype(7), qsizetype(4096), qsizetype(65536), qsizetype(1 << 20)}) {
            const quint32 s = seed++;
            files.append({u"random-%1.%2"_s.arg(size).arg(suffix), [size, s]() -> QByteArray { return randomBytes(size, s); },
                size < 4096 ? Expect::Anything : Expect::Reject});
        }
        files.append({u"one-nul."_s + suffix, []() -> QByteArray { return QByteArray(1, '\0'); }, Expect::Reject});
        files.append({u"nuls."_s + suffix, []() -> QByteArray { return QByteArray(100000, '\0'); }, Expect::Reject});
    }
    for (const auto &[name, data] :
        {std::pair {u"lock-keepers.txt"_s, plainText}, {u"card.txt"_s, card}, {u"field-notes.md"_s, markdown}, {u"article-page.html"_s, html}}) {
        const QByteArray text = data;
        files.append(
            {u"nul-inside-"_s + name, [text]() -> QByteArray { return text.first(text.size() / 2) + '\0' + text.mid(text.size() / 2); }, Expect::RejectOrWarn});
        files.append({u"binary-header-"_s + name,
            [text]() -> QByteArray {
                return QByteArray("\x7f"
                                  "ELF\x02\x01\x01\0\0\0",
                           10)
                    + text;
            },
            Expect::RejectOrWarn});
    }
    for (const QString &suffix : {u"pdf"_s, u"epub"_s}) {
        const QByteArray header = suffix == u"pdf" ? "%PDF-1.7\n" : QByteArray("PK\x03\x04", 4);
        for (qsizetype size : {qsizetype(10), qsizetype(5000), qsizetype(300000)}) {
            const quint32 s = seed++;
            files.append({u"header-then-random-%1.%2"_s.arg(size).arg(suffix), [header, size, s]() -> QByteArray { return header + randomBytes(size, s); },
                Expect::Reject});
        }
    }

    // Invalid UTF-8 inside the prose of a file that is otherwise UTF-8 (its
    // dashes and quotes say so; pure ASCII plus stray bytes is read as Windows-1252).
    const QList<std::pair<QString, QByteArray>> badUtf8 {{u"overlong"_s, "\xC0\xAF"}, {u"lone-continuation"_s, "\x80\x80\x80"}, {u"cut-sequence"_s, "\xE2\x82"},
        {u"encoded-surrogate"_s, "\xED\xA0\x80"}, {u"beyond-unicode"_s, "\xF5\x80\x80\x80"}, {u"ff-bytes"_s, "\xFF\xFF"}};
    const QByteArray prose = plainText.mid(plainText.indexOf('\n') + 2);
    for (const auto &[what, bytes] : badUtf8) {
        const QByteArray bad = prose.first(60) + bytes + prose.mid(60);
        files.append({u"utf8-%1.txt"_s.arg(what), [bad]() -> QByteArray { return "Lock Keepers\n\n" + bad; }, Expect::RejectOrWarn});
        files.append({u"utf8-%1.md"_s.arg(what), [bad]() -> QByteArray { return "# Lock Keepers\n\n" + bad; }, Expect::RejectOrWarn});
        files.append({u"utf8-%1.html"_s.arg(what),
            [bad]() -> QByteArray { return "<html><body><article><h1>Lock Keepers</h1><p>" + bad + "</p></article></body></html>"; }, Expect::RejectOrWarn});
    }
    const QList<std::pair<QString, QByteArray>> bySuffix {{u"txt"_s, plainText}, {u"md"_s, markdown}, {u"html"_s, html}};
    // UTF-16 with a byte order mark, then broken: an odd byte, lone surrogates.
    for (const auto &[suffix, data] : {std::pair {u"txt"_s, plainText}, {u"md"_s, markdown}, {u"html"_s, html}}) {
        const QString text = QString::fromUtf8(data);
        const QByteArray le = QByteArray("\xFF\xFE", 2) + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QByteArray be = QByteArray("\xFE\xFF", 2);
        for (QChar c : text) {
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xFF);
        }
        files.append({u"utf16le-odd-length."_s + suffix, [le]() -> QByteArray { return le + 'x'; }, Expect::RejectOrWarn});
        files.append({u"utf16be-odd-length."_s + suffix, [be]() -> QByteArray { return be + 'x'; }, Expect::RejectOrWarn});
        files.append({u"utf16le-lone-high-surrogate."_s + suffix,
            [le]() -> QByteArray { return le.first(40) + QByteArray("\x00\xD8\x41\x00", 4) + le.mid(40); }, Expect::RejectOrWarn});
        files.append({u"utf16le-lone-low-surrogate."_s + suffix, [le]() -> QByteArray { return le.first(40) + QByteArray("\x00\xDC\x41\x00", 4) + le.mid(40); },
            Expect::RejectOrWarn});
        files.append({u"utf16be-lone-high-surrogate."_s + suffix,
            [be]() -> QByteArray { return be.first(40) + QByteArray("\xD8\x00\x00\x41", 4) + be.mid(40); }, Expect::RejectOrWarn});
    }

    // One 50 MB line, in each text format: refused before any parsing (LineLengthLimit).
    const qsizetype fifty = 50 * 1024 * 1024;
    files.append({u"one-50mb-line.txt"_s, [fifty]() -> QByteArray { return QByteArray("tide and ledger ").repeated(fifty / 16); }, Expect::Reject});
    files.append(
        {u"one-50mb-line.md"_s, [fifty]() -> QByteArray { return "# Long\n\n" + QByteArray("tide *and* ledger ").repeated(fifty / 18); }, Expect::Reject});
    files.append({u"one-50mb-line.html"_s,
        [fifty]() -> QByteArray { return "<html><body><p>" + QByteArray("tide and ledger ").repeated(fifty / 16) + "</p></body></html>"; }, Expect::Reject});
    files.append({u"one-50mb-word.txt"_s, [fifty]() -> QByteArray { return QByteArray(fifty, 'w'); }, Expect::Reject});

    // Nesting 100,000 deep.
    const int deep = 100000;
    files.append({u"nested-divs.html"_s, [deep]() -> QByteArray { return nested("<div>", "</div>", deep); }, Expect::Anything});
    files.append({u"nested-unclosed-divs.html"_s, [deep]() -> QByteArray { return nested("<div>", "", deep); }, Expect::Anything});
    files.append({u"nested-spans.html"_s, [deep]() -> QByteArray { return nested("<span>", "</span>", deep); }, Expect::Anything});
    files.append({u"nested-bold-italic.html"_s, [deep]() -> QByteArray { return nested("<b><i>", "</i></b>", deep / 2); }, Expect::Anything});
    files.append({u"nested-tables.html"_s, [deep]() -> QByteArray { return nested("<table><tr><td>", "</td></tr></table>", deep); }, Expect::Anything});
    files.append({u"nested-lists.html"_s, [deep]() -> QByteArray { return nested("<ul><li>", "</li></ul>", deep); }, Expect::Anything});
    files.append({u"nested-quotes.html"_s, [deep]() -> QByteArray { return nested("<blockquote>", "</blockquote>", deep); }, Expect::Anything});
    files.append({u"nested-unclosed-paragraphs.html"_s, [deep]() -> QByteArray { return nested("<p>x", "", deep); }, Expect::Anything});
    files.append({u"nested-quotes.md"_s, [deep]() -> QByteArray { return "# Deep\n\n" + QByteArray(">").repeated(deep) + " deep text\n"; }, Expect::Anything});
    files.append({u"nested-lists.md"_s,
        []() -> QByteArray {
            QByteArray md = "# Deep\n\n";
            for (int i = 0; i < 2000; ++i)
                md += QByteArray(i * 2, ' ') + "- item\n";
            return md;
        },
        Expect::Anything});
    files.append({u"many-backticks.md"_s,
        [deep]() -> QByteArray { return "# Ticks\n\n" + QByteArray(deep, '`') + "\ncode\n" + QByteArray(deep - 1, '`') + "\n"; }, Expect::Anything});
    files.append({u"nested-divs-chapter.epub"_s,
        [deep]() -> QByteArray { return zip(replaced(book(), u"OEBPS/text/b-autumn.xhtml"_s, nested("<div>", "</div>", deep))); }, Expect::Anything});
    files.append({u"many-headings-card.txt"_s,
        []() -> QByteArray { return "A Card\n" + QByteArray("Summary\nA line.\nKey takeaway\nAnother.\nTopics\n- One\n").repeated(20000); }, Expect::Anything});
    files.append({u"million-short-lines.txt"_s, []() -> QByteArray { return "Short Lines\n\n" + QByteArray("a\n").repeated(1000000); }, Expect::Anything});
    // Issue #25: a 50,000-row Markdown table took 92 s; a page dense in
    // elements beyond the budget is refused before gumbo builds its tree.
    files.append({u"table-50000-rows.md"_s,
        []() -> QByteArray {
            QByteArray md = "# Table\n\n| Name | Value | Note |\n|---|---|---|\n";
            for (int row = 0; row < 50000; ++row)
                md += "| item " + QByteArray::number(row) + " | " + QByteArray::number(row * 7) + " | note |\n";
            return md;
        },
        Expect::Anything});
    files.append({u"dense-spans.html"_s,
        []() -> QByteArray { return "<html><body><div>" + QByteArray("<span>a</span><i>b</i>\n").repeated(400000) + "</div></body></html>"; }, Expect::Reject});
    files.append({u"million-attributes.html"_s,
        []() -> QByteArray { return "<html><body><p " + QByteArray("a=b ").repeated(1000000) + ">text</p></body></html>"; }, Expect::Anything});

    // EPUB: bombs and paths that climb out of the book.
    files.append({u"bomb-honest.epub"_s, []() -> QByteArray { return zip(book(), u"OEBPS/text/zeros.xhtml"_s, 150LL << 20); }, Expect::Anything});
    files.append({u"bomb-in-spine.epub"_s,
        []() -> QByteArray {
            QList<Entry> entries = book();
            entries.removeIf([](const Entry &entry) { return entry.name == u"OEBPS/text/b-autumn.xhtml"; });
            return zip(entries, u"OEBPS/text/b-autumn.xhtml"_s, 150LL << 20);
        },
        Expect::Reject});
    files.append({u"bomb-declared.epub"_s, [epub]() -> QByteArray { return withDeclaredSizes(epub, 0xFFFFFFF0u); }, Expect::Reject});
    files.append({u"bomb-understated.epub"_s,
        []() -> QByteArray {
            QList<Entry> entries = book();
            entries.removeIf([](const Entry &entry) { return entry.name == u"OEBPS/text/b-autumn.xhtml"; });
            return withDeclaredSizes(zip(entries, u"OEBPS/text/b-autumn.xhtml"_s, 120LL << 20), 100);
        },
        Expect::Anything});
    const QStringList unsafePaths {
        u"../escape.xhtml"_s, u"OEBPS/../../escape.xhtml"_s, u"/etc/escape.xhtml"_s, u"OEBPS/text/../../../escape.xhtml"_s, u"..\\escape.xhtml"_s};
    for (qsizetype i = 0; i < unsafePaths.size(); ++i) {
        const QString unsafe = unsafePaths[i];
        files.append({u"unsafe-path-%1.epub"_s.arg(i),
            [unsafe]() -> QByteArray { return zip(replaced(book(), unsafe, "<html><body><p>out</p></body></html>")); }, Expect::Reject});
    }
    files.append({u"container-climbs-out.epub"_s,
        []() -> QByteArray {
            return zip(replaced(book(), u"META-INF/container.xml"_s,
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                "<rootfiles><rootfile full-path=\"../../../etc/passwd\"/></rootfiles></container>"));
        },
        Expect::Reject});
    files.append({u"spine-climbs-out.epub"_s,
        []() -> QByteArray {
            QList<Entry> entries = book();
            for (Entry &entry : entries) {
                if (entry.name == u"OEBPS/content.opf")
                    entry.data.replace("text/b-autumn.xhtml", "../../../../etc/hostname");
            }
            return zip(entries);
        },
        Expect::Anything});
    // Issue #25: one chapter listed 50,000 times became 145 million characters.
    files.append({u"spine-repeats-a-chapter.epub"_s,
        []() -> QByteArray {
            QList<Entry> entries = book();
            for (Entry &entry : entries) {
                if (entry.name == u"OEBPS/content.opf")
                    entry.data.replace("<itemref idref=\"spring\"/>", QByteArray("<itemref idref=\"spring\"/>").repeated(50000));
            }
            return zip(entries);
        },
        Expect::RejectOrWarn});
    files.append({u"no-container.epub"_s,
        []() -> QByteArray {
            QList<Entry> entries = book();
            entries.removeIf([](const Entry &entry) { return entry.name == u"META-INF/container.xml"; });
            return zip(entries);
        },
        Expect::Reject});
    files.append({u"empty-zip.epub"_s, []() -> QByteArray { return zip({}); }, Expect::Reject});
    files.append({u"only-mimetype.epub"_s, []() -> QByteArray { return zip({{u"mimetype"_s, "application/epub+zip"}}); }, Expect::Reject});
    files.append({u"opf-not-xml.epub"_s, []() -> QByteArray { return zip(replaced(book(), u"OEBPS/content.opf"_s, "<package><<<")); }, Expect::Reject});
    files.append({u"twenty-thousand-entries.epub"_s,
        []() -> QByteArray {
            QList<Entry> entries = book();
            for (int i = 0; i < 20000; ++i)
                entries.append({u"OEBPS/filler/%1.txt"_s.arg(i), "x"});
            return zip(entries);
        },
        Expect::Anything});
    files.append({u"zip-inside.epub"_s, [epub]() -> QByteArray { return zip(replaced(book(), u"OEBPS/text/b-autumn.xhtml"_s, epub)); }, Expect::Anything});

    // PDF: encrypted, malformed structure, hostile numbers.
    const QByteArray text = "BT /F1 11 Tf 72 770 Td (Harbour lights at dusk.) Tj ET";
    files.append({u"encrypted-standard.pdf"_s,
        [text]() -> QByteArray {
            return pdfPage({}, text,
                "/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + QByteArray(32, '\x5a').toHex() + "> /U <" + QByteArray(32, '\x3c').toHex()
                    + "> /P -44 >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]");
        },
        Expect::Reject});
    files.append({u"encrypted-unknown-handler.pdf"_s,
        [text]() -> QByteArray { return pdfPage({}, text, "/Encrypt << /Filter /Frobnicate /V 9 >> /ID [<00> <00>]"); }, Expect::Reject});
    files.append({u"page-tree-cycle.pdf"_s,
        []() -> QByteArray {
            return handWrittenPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                                      "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"},
                {});
        },
        Expect::Reject});
    files.append({u"huge-page-count.pdf"_s,
        [text]() -> QByteArray {
            QByteArray pdf = pdfPage({}, text);
            return pdf.replace("/Count 1", "/Count 2147483647");
        },
        Expect::Anything});
    files.append({u"garbage-xref.pdf"_s,
        [text]() -> QByteArray {
            QByteArray pdf = pdfPage({}, text);
            const qsizetype xref = pdf.indexOf("xref\n");
            return pdf.first(xref) + randomBytes(300, 77) + "\nstartxref\n99999999\n%%EOF\n";
        },
        Expect::Anything});
    files.append({u"bad-flate-stream.pdf"_s,
        []() -> QByteArray {
            QByteArray pdf = pdfPage({}, randomBytes(2000, 78));
            return pdf.replace("<< /Length 2000 >>", "<< /Length 2000 /Filter /FlateDecode >>");
        },
        Expect::Reject});
    files.append({u"lying-stream-length.pdf"_s,
        [text]() -> QByteArray {
            QByteArray pdf = pdfPage({}, text);
            return pdf.replace(QByteArray("<< /Length " + QByteArray::number(text.size())), "<< /Length 999999999");
        },
        Expect::Anything});
    files.append({u"nested-arrays.pdf"_s,
        []() -> QByteArray { return pdfPage("/Extra " + QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000), "BT ET"); }, Expect::Anything});
    files.append({u"nested-dictionaries.pdf"_s,
        []() -> QByteArray { return pdfPage("/Extra " + QByteArray("<< /A ").repeated(50000) + QByteArray(">> ").repeated(50000), "BT ET"); },
        Expect::Anything});
    files.append(
        {u"huge-media-box.pdf"_s, [text]() -> QByteArray { return pdfPage({}, text).replace("[0 0 595 842]", "[0 0 1e300 -1e300]"); }, Expect::Anything});
    files.append({u"invalid-operators.pdf"_s,
        []() -> QByteArray { return pdfPage({}, "BT /F9 1e999 Tf q q q Q Q Q Q Q ) Tj TJ ] [ ET ET ET " + randomBytes(500, 79)); }, Expect::Anything});
    files.append({u"no-root.pdf"_s, [text]() -> QByteArray { return pdfPage({}, text).replace("/Root 1 0 R", "/Rooot 1 0 R"); }, Expect::Anything});
    // Found by fuzz_pdf: PDFium never returns on it; the child reading it is stopped.
    files.append({u"pdfium-hang.pdf"_s,
        []() -> QByteArray { return readFile(QStringLiteral(LECTERN_SOURCE_DIR "/tests/fuzz/regressions/fuzz_pdf/pdfium-hang.pdf")); }, Expect::Reject});
    files.append({u"only-header.pdf"_s, []() -> QByteArray { return QByteArray("%PDF-1.4\n%%EOF\n"); }, Expect::Reject});
    return files;
}

} // namespace Lectern
