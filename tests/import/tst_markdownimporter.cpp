// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/frontmatter.h"
#include "import/markdownimporter.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <vector>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LECTERN_TEST_DATA "/markdown/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return file.readAll();
}

QByteArray withWindowsLineEndings(QByteArray data)
{
    return data.replace("\n", "\r\n");
}

// One line per block, so that a failing comparison names the block that differs.
QString describe(const Block &block)
{
    QString text = Block::kindName(block.kind) + QLatin1Char(' ') + QString::number(block.level);
    if (block.kind == Block::Kind::Code)
        text += QLatin1StringView(" [") + block.language + QLatin1Char(']');
    return text + QLatin1StringView(": ") + block.text;
}

QStringList describe(const QList<Block> &blocks)
{
    QStringList lines;
    for (const Block &block : blocks)
        lines << describe(block);
    return lines;
}

const QStringList fieldNotesBlocks{
    u"paragraph 0: The gauge at the end of the pier has recorded the water level every six minutes since 1987. "
    u"Its numbers look dull until you plot a whole month."_s,
    u"heading 2: What the gauge measures"_s,
    u"list-item 0: Water height above a fixed datum"_s,
    u"list-item 0: Air pressure, which nudges the sea up or down"_s,
    u"list-item 1: Low pressure lifts the surface"_s,
    u"list-item 2: by roughly a centimetre per hectopascal"_s,
    u"list-item 1: High pressure presses it down"_s,
    u"list-item 0: Water temperature"_s,
    u"quote 0: A tide table is a forecast; the gauge is the verdict."_s,
    u"heading 2: Pulling the data"_s,
    u"paragraph 0: The archive serves plain CSV files:"_s,
    u"code 0 [bash]: curl -O https://example.org/gauge/2024.csv\n\nwc -l 2024.csv"_s,
    u"paragraph 0: A few lines of Python turn them into daily means:"_s,
    u"code 0 [python]: import csv\n\nwith open(\"2024.csv\") as f:\n    rows = list(csv.reader(f))"_s,
    u"paragraph 0: Plot the means and the spring tides stand out at once."_s,
};

} // namespace

class MarkdownImporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The command line imports with only a QCoreApplication, as this test
    // runs; Qt's Markdown reader must not complain there (about fonts, say).
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void blocks_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("front matter, inline tags") << fixture("field-notes.md") << fieldNotesBlocks;
        QTest::newRow("windows line endings") << withWindowsLineEndings(fixture("field-notes.md")) << fieldNotesBlocks;
        QTest::newRow("front matter, block tags") << fixture("tide-tables.md")
                                                  << QStringList{
                                                         u"paragraph 0: Two almanacs printed for the same harbour rarely agree to the minute."_s,
                                                         u"list-item 0: One counts from the lighthouse datum."_s,
                                                         u"list-item 0: The other counts from the chart datum."_s,
                                                         u"quote 0: Both are right."_s,
                                                         u"quote 1: Each about its own zero."_s,
                                                         u"heading 3: A note on rounding"_s,
                                                         u"paragraph 0: Almanacs round to the nearest five minutes, which hides a lot."_s,
                                                     };
        QTest::newRow("no front matter") << fixture("salt-marsh.md")
                                         << QStringList{
                                                u"paragraph 0: Follow the boardwalk at low water; the channels fill faster than you think."_s,
                                                u"paragraph 0: A heron waiting in the reeds Herons stand so still that walkers pass them by."_s,
                                                u"heading 2: Before you go"_s,
                                                u"paragraph 0: Check the tide table, then check it again."_s,
                                            };
        QTest::newRow("a lone heading stays") << "# Only a heading\n"_ba << QStringList{u"heading 1: Only a heading"_s};
        QTest::newRow("a rule on top is not front matter") << "---\nText after a rule.\n"_ba << QStringList{u"paragraph 0: Text after a rule."_s};
        // CommonMark keeps a tab inside a fence as written.
        QTest::newRow("code without a language") << "~~~\n  indented\n\tand tabbed\n~~~\n"_ba << QStringList{u"code 0 []:   indented\n\tand tabbed"_s};
        QTest::newRow("a later title heading stays") << "Intro line.\n\n# Title\n\nBody.\n"_ba
                                                     << QStringList{u"paragraph 0: Intro line."_s, u"heading 1: Title"_s, u"paragraph 0: Body."_s};
    }

    void blocks()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QStringList, expected);
        const ImportResult result = MarkdownImporter().parse(markdown, u"notes.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(describe(result.article.blocks), expected);
        for (const Block &block : result.article.blocks) {
            if (!block.hasLines())
                QVERIFY2(!block.text.contains(u'\n'), qPrintable(block.text));
        }
    }

    // Issue #24: inline HTML crashed the command line (Qt's rich-text reader
    // without a QGuiApplication), and raw HTML blocks swallowed what followed.
    void rawHtmlKeepsItsText_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("inline kbd") << "Press <kbd>Ctrl</kbd>-<kbd>C</kbd> to stop.\n"_ba << QStringList{u"paragraph 0: Press Ctrl-C to stop."_s};
        QTest::newRow("inline code, samp, tt") << "Type <code>ls</code>, read <samp>a b</samp> in <tt>mono</tt>.\n"_ba
                                              << QStringList{u"paragraph 0: Type ls, read a b in mono."_s};
        QTest::newRow("html pre") << "Before.\n\n<pre>one\n  two</pre>\n\nAfter.\n"_ba
                                  << QStringList{u"paragraph 0: Before."_s, u"code 0 []: one\n  two"_s, u"paragraph 0: After."_s};
        QTest::newRow("an image block then paragraphs")
            << "# T\n\nIntro words.\n\n<img src=\"a.png\">\n\nFirst plain paragraph.\n\nSecond plain paragraph.\n"_ba
            << QStringList{u"paragraph 0: Intro words."_s, u"paragraph 0: First plain paragraph."_s, u"paragraph 0: Second plain paragraph."_s};
        QTest::newRow("br inside a paragraph") << "Words before<br>words after.\n"_ba << QStringList{u"paragraph 0: Words before words after."_s};
        QTest::newRow("comment then an anchor") << "Opening.\n\n<!-- a note to editors -->\n<a id=\"x\"></a>\n\nText after the anchor.\n"_ba
                                               << QStringList{u"paragraph 0: Opening."_s, u"paragraph 0: Text after the anchor."_s};
        QTest::newRow("details and summary") << "<details>\n<summary>More</summary>\n\nHidden words.\n\n</details>\n\nAfter.\n"_ba
                                             << QStringList{u"paragraph 0: More"_s, u"paragraph 0: Hidden words."_s, u"paragraph 0: After."_s};
        QTest::newRow("html image alt") << "See <img src=\"m.png\" alt=\"a map\"> here.\n"_ba << QStringList{u"paragraph 0: See a map here."_s};
        QTest::newRow("table") << "| Port | Depth |\n|---|---|\n| Hull | 9 m |\n| Leith | 11 m |\n"_ba
                               << QStringList{u"table 1: Port\tDepth\nHull\t9 m\nLeith\t11 m"_s};
        QTest::newRow("task list") << "- [x] done\n- [ ] open\n"_ba << QStringList{u"list-item 0: \u2611 done"_s, u"list-item 0: \u2610 open"_s};
        QTest::newRow("footnote") << "A claim.[^1]\n\n[^1]: The source.\n"_ba
                                  << QStringList{u"paragraph 0: A claim.[1]"_s, u"list-item 0: The source."_s};
        QTest::newRow("strikethrough and autolink") << "Not ~~this~~ but www.example.org now.\n"_ba
                                                    << QStringList{u"paragraph 0: Not this but www.example.org now."_s};
    }

    void rawHtmlKeepsItsText()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QStringList, expected);
        const ImportResult result = MarkdownImporter().parse(markdown, u"notes.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(describe(result.article.blocks), expected);
    }

    // Every kind of inline and block HTML a README holds, in one file.
    void aReadmeWithHtmlKeepsEveryWord()
    {
        const ImportResult result = MarkdownImporter().parse(fixture("inline-html.md"), u"README.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, u"Tide Gauge Reader"_s);
        QCOMPARE(describe(result.article.blocks),
                 (QStringList{u"paragraph 0: Build Licence: MIT"_s, u"paragraph 0: Press Ctrl-C to stop the reader; type tide --help for more."_s,
                              u"paragraph 0: The gauge at the end of the pier"_s,
                              u"paragraph 0: The gauge writes a line every six minutes. Each line holds the time and the height."_s,
                              u"table 1: Column\tMeaning\ntime\tminutes since midnight\nheight\tcentimetres above the datum"_s,
                              u"paragraph 0: Why six minutes?"_s, u"paragraph 0: Six minutes is a tenth of an hour, which made the sums easy on paper."_s,
                              u"list-item 0: \u2611 read the gauge"_s, u"list-item 0: \u2610 plot a month"_s,
                              u"paragraph 0: The last paragraph says where the data lives.[1]"_s, u"list-item 0: The harbour office keeps the archive."_s}));
    }

    void badgesAreNeverTheTitle()
    {
        const QByteArray readme = "[![Build](https://ci.example.org/b.svg)](https://ci.example.org) ![License: MIT](l.svg)\n\n"
                                  "A small tool that reads tide tables.\n\nMore words.\n"_ba;
        const ImportResult result = MarkdownImporter().parse(readme, u"README.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, u"A small tool that reads tide tables."_s);
        QCOMPARE(result.article.blocks.front().text, u"Build License: MIT"_s); // kept, not lost
    }

    void metadata_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("excerpt");

        const QStringList fieldNotesTags{u"coastal science"_s, u"data, open"_s, u"instruments"_s};
        QTest::newRow("inline tags, double quotes")
            << fixture("field-notes.md") << u"Field Notes: Reading the Tide Gauge"_s << u"Mara Lindqvist"_s << u"2025-04-12"_s
            << u"https://example.org/notes/tide-gauge"_s << u"en-GB"_s << u"The Estuary Journal"_s << fieldNotesTags << QString();
        QTest::newRow("windows line endings")
            << withWindowsLineEndings(fixture("field-notes.md")) << u"Field Notes: Reading the Tide Gauge"_s << u"Mara Lindqvist"_s << u"2025-04-12"_s
            << u"https://example.org/notes/tide-gauge"_s << u"en-GB"_s << u"The Estuary Journal"_s << fieldNotesTags << QString();
        QTest::newRow("block tags, single quotes")
            << fixture("tide-tables.md") << u"Why the Harbour's Tide Tables Disagree"_s << u"Mara Lindqvist, Tomas Ek"_s << u"2025-05-03"_s
            << u"https://example.org/notes/tide-tables"_s << u"sv"_s << QString() << QStringList{u"tides"_s, u"forecasting"_s}
            << u"Two almanacs, two answers, and why both can be right."_s;
        QTest::newRow("title from the first heading") << fixture("salt-marsh.md") << u"Salt Marsh Walks"_s << QString() << QString() << u"notes.md"_s
                                                      << QString() << QString() << QStringList() << QString();
        QTest::newRow("title from the first line") << "Just a line of text.\n\nAnd another.\n"_ba << u"Just a line of text."_s << QString() << QString()
                                                   << u"notes.md"_s << QString() << QString() << QStringList() << QString();
        QTest::newRow("scalar tags") << "---\ntags: walking, birds\n---\nText.\n"_ba << u"Text."_s << QString() << QString() << u"notes.md"_s << QString()
                                     << QString() << QStringList{u"walking"_s, u"birds"_s} << QString();
    }

    void metadata()
    {
        QFETCH(QByteArray, markdown);
        const ImportResult result = MarkdownImporter().parse(markdown, u"notes.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.format, u"markdown"_s);
        QTEST(article.title, "title");
        QTEST(article.byline, "byline");
        QTEST(article.published, "published");
        QTEST(article.source, "source");
        QTEST(article.language, "language");
        QTEST(article.site, "site");
        QTEST(article.tags, "tags");
        QTEST(article.excerpt, "excerpt");
        QVERIFY(article.warnings.isEmpty());
    }

    void longFirstLineTitleIsElided()
    {
        const QByteArray words = QByteArray("tide ").repeated(40) + '\n';
        const ImportResult result = MarkdownImporter().parse(words, u"notes.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.article.title.size() <= 121);
        QVERIFY(result.article.title.endsWith(QChar(0x2026)));
    }

    void frontMatter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("list");

        QTest::newRow("colon inside quotes") << u"---\ntitle: \"A: B\"\n---\n"_s << u"title"_s << u"A: B"_s << QStringList{u"A: B"_s};
        QTest::newRow("escaped quote") << u"---\ntitle: \"Say \\\"hi\\\"\"\n---\n"_s << u"title"_s << u"Say \"hi\""_s << QStringList{u"Say \"hi\""_s};
        QTest::newRow("case-insensitive key") << u"---\nTitle: Tides\n---\n"_s << u"title"_s << u"Tides"_s << QStringList{u"Tides"_s};
        QTest::newRow("comment lines") << u"---\n# a comment\ntitle: Tides # and another\n---\n"_s << u"title"_s << u"Tides"_s << QStringList{u"Tides"_s};
        QTest::newRow("literal block") << u"---\nnote: |\n  one\n  two\ntitle: x\n---\n"_s << u"note"_s << u"one\ntwo"_s << QStringList{u"one\ntwo"_s};
        QTest::newRow("nested map skipped") << u"---\nmeta:\n  a: 1\n  b: 2\n---\n"_s << u"meta"_s << QString() << QStringList();
        QTest::newRow("unindented block list") << u"---\ntags:\n- a\n- 'b c'\n---\n"_s << u"tags"_s << u"a, b c"_s << QStringList{u"a"_s, u"b c"_s};
        QTest::newRow("empty inline list") << u"---\ntags: []\n---\n"_s << u"tags"_s << QString() << QStringList();
        QTest::newRow("no closing line") << u"---\ntitle: Tides\n"_s << u"title"_s << QString() << QStringList();
        QTest::newRow("not at the very top") << u"\n---\ntitle: Tides\n---\n"_s << u"title"_s << QString() << QStringList();
    }

    void frontMatter()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const FrontMatter front = FrontMatter::read(text);
        QTEST(front.value(key), "value");
        QTEST(front.list(key), "list");
    }

    void bodyStart()
    {
        const QString text = u"---\ntitle: Tides\n...\n# Body\n"_s;
        const FrontMatter front = FrontMatter::read(text);
        QVERIFY(!front.isEmpty());
        QVERIFY(front.contains(u"TITLE"_s));
        QCOMPARE(text.sliced(front.bodyStart()), u"# Body\n"_s);
        QVERIFY(FrontMatter::read(u"# Body\n"_s).isEmpty());
        QCOMPARE(FrontMatter::read(u"# Body\n"_s).bodyStart(), 0);
    }

    void noText_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("blank lines") << "\n \n\t\n"_ba;
        QTest::newRow("front matter only") << "---\ntitle: Nothing here\n---\n"_ba;
        QTest::newRow("only a rule") << "***\n"_ba;
        QTest::newRow("empty code fence") << "```\n\n```\n"_ba;
    }

    void noText()
    {
        QFETCH(QByteArray, markdown);
        const ImportResult result = MarkdownImporter().parse(markdown, u"empty.md"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, u"contains no readable text"_s);
    }

    void invalidBytesWarn()
    {
        const ImportResult result = MarkdownImporter().parse("# Caf\xc3\xa9\n\nBad byte \xff here.\n"_ba, u"notes.md"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, u"Caf\u00e9"_s);
        QCOMPARE(result.article.warnings, QStringList{TextDecoder::invalidBytesWarning()});
    }
};

// The command line runs the importers under a plain QCoreApplication, so this
// test does too. QTEST_GUILESS_MAIN would reject the "-platform offscreen"
// that every Lectern test is started with, hence this main().
int main(int argc, char *argv[])
{
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 && i + 1 < argc)
            ++i;
        else
            args.push_back(argv[i]);
    }
    int count = int(args.size());
    QCoreApplication app(count, args.data());
    MarkdownImporterTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, count, args.data());
}

#include "tst_markdownimporter.moc"
