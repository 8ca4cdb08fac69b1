// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlimporter.h"
#include "import/textdecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LECTERN_TEST_DATA "/html/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return file.readAll();
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

ImportResult import(const QByteArray &html)
{
    return HtmlImporter().parse(html, u"/tmp/page.html"_s);
}

// A page body with enough prose around a snippet that reader mode keeps it.
QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

QString textOf(const QByteArray &html)
{
    const ImportResult result = import(html);
    if (!result.ok())
        return u"error: "_s + result.error;
    return result.article.canonicalText();
}

} // namespace

class HtmlImporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articlePage()
    {
        const ImportResult result = HtmlImporter().parse(fixture("article-page.html"), u"/home/reader/saved/tide-pools.html"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.title, u"Why Tide Pools Matter"_s);
        QCOMPARE(article.byline, u"Mira Okafor"_s);
        QCOMPARE(article.site, u"Coastal Notes"_s);
        QCOMPARE(article.published, u"2026-02-14T09:30:00Z"_s);
        QCOMPARE(article.language, u"en-GB"_s);
        QCOMPARE(article.excerpt, u"Small pools, big lessons: what the rocky shore teaches about resilience."_s);
        QCOMPARE(article.source, u"/home/reader/saved/tide-pools.html"_s);
        QCOMPARE(article.format, u"html"_s);
        QVERIFY(article.warnings.isEmpty());

        const QStringList expected{
            u"paragraph 0: Twice a day the sea pulls back from the rocky shore and leaves behind hundreds of small pools, each one a world of its own."_s,
            u"paragraph 0: A single pool can hold anemones, hermit crabs, periwinkles and sea stars \u2014 creatures that survive heat, salt and "
            u"pounding waves in a space no bigger than a bathtub."_s,
            u"heading 2: Life between the tides"_s,
            u"paragraph 0: Biologists call this the intertidal zone. Conditions change by the hour: temperature, salinity and oxygen all swing "
            u"widely."_s,
            u"list-item 0: Upper pools warm quickly in the sun."_s,
            u"list-item 0: Lower pools stay cool and crowded."_s,
            u"list-item 1: Sea stars hunt mussels here."_s,
            u"quote 0: The tide pool is a lesson in making do with what the sea leaves you."_s,
            u"paragraph 0: Researchers log what they find with a short script:"_s,
            u"code 0 [python]: counts = {}\nfor species in survey:\n    counts[species] = counts.get(species, 0) + 1"_s,
            u"paragraph 0: Next time you visit the coast, look down: the smallest pools tell the biggest stories & reward patient eyes."_s,
        };
        QCOMPARE(describe(article.blocks), expected);
    }

    void articlePageHasNoBoilerplate_data()
    {
        QTest::addColumn<QString>("boilerplate");
        const QStringList phrases{u"Home"_s, u"Subscribe"_s, u"Most read"_s, u"How to read a tide table"_s, u"cookies"_s, u"Accept all"_s, u"dataLayer"_s,
            u"track("_s, u"scroll-depth"_s, u"Leave a comment"_s, u"Post comment"_s, u"Lovely piece"_s, u"3 Comments"_s, u"Privacy policy"_s,
            u"All rights reserved"_s, u"enable JavaScript"_s, u"Print this page"_s, u"Share on Social"_s, u"cannot show this video"_s, u"advertisement"_s,
            u"Why Tide Pools Matter"_s, u"Mira Okafor"_s, u"14 February 2026"_s, u"Ten beaches"_s};
        for (const QString &phrase : phrases)
            QTest::newRow(qPrintable(phrase)) << phrase;
    }
    void articlePageHasNoBoilerplate()
    {
        QFETCH(QString, boilerplate);
        const ImportResult result = HtmlImporter().parse(fixture("article-page.html"), u"page.html"_s);
        QVERIFY(result.ok());
        QVERIFY2(!result.article.canonicalText().contains(boilerplate), qPrintable(result.article.canonicalText()));
    }

    // What reader mode cut from inside the article stays recoverable.
    void articlePageKeepsRemovedText()
    {
        const ImportResult result = HtmlImporter().parse(fixture("article-page.html"), u"page.html"_s);
        QVERIFY(result.ok());
        QStringList removed;
        for (const RemovedLine &line : result.article.removed)
            removed << line.reason + u": "_s + line.text + u" @"_s + QString::number(line.afterBlock);
        const QStringList expected{
            u"share: Share on Social Print this page @-1"_s,
            u"aside: Related: Ten beaches to visit this spring @10"_s,
            u"comment: 3 Comments Sam Lovely piece, thank you! @10"_s,
        };
        QCOMPARE(removed, expected);
    }

    void pageWithoutArticleIsScored()
    {
        const ImportResult result = HtmlImporter().parse(fixture("scored-page.html"), u"allotment.html"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Article &article = result.article;
        QCOMPARE(article.title, u"Notes from the Allotment"_s);
        QCOMPARE(article.site, u"Green Fingers Weekly"_s);
        QCOMPARE(article.byline, u"Tomasz Weber"_s);
        QCOMPARE(article.published, u"2025-09-03"_s);
        QCOMPARE(article.excerpt, u"Autumn jobs for the vegetable patch."_s);
        QCOMPARE(article.language, QString());
        const QStringList expected{
            u"heading 2: Notes from the Allotment"_s,
            u"paragraph 0: September is the busiest month on the plot, with beans, squash, tomatoes and the last courgettes all ready at once."_s,
            u"paragraph 0: Pick runner beans every other day, before the pods turn stringy, and freeze what you cannot eat within a week."_s,
            u"paragraph 0: Leave a few pumpkins on the vine until the stems crack, then cure them in the sun for ten days so they keep until spring."_s,
            u"paragraph 0: Clear spent crops promptly, compost the healthy leaves, and burn anything showing blight, rust or mildew."_s,
            u"paragraph 0: Finally, sow a green manure such as field beans or winter rye to protect the bare soil through the cold, wet months."_s,
        };
        QCOMPARE(describe(article.blocks), expected);
    }

    // Content split over sibling containers is gathered, in order.
    void scoredSiblingsAreKept()
    {
        const QByteArray body
            = "<div id='layout'>"
              "<div class='links'><a href='/1'>One link</a> <a href='/2'>Another link</a></div>"
              "<div class='story-lead'><p>The harbour wall was finished in 1891, after eleven years of work, storms and two bankruptcies.</p></div>"
              "<div class='story-body'><p>Its granite came by sea from a quarry up the coast, one barge at a time, in all weathers.</p>"
              "<p>Today the wall shelters the fishing fleet, the ferry and, on summer evenings, a great many anglers.</p></div>"
              "</div>";
        const ImportResult result = import(page({}, body));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList expected{
            u"paragraph 0: The harbour wall was finished in 1891, after eleven years of work, storms and two bankruptcies."_s,
            u"paragraph 0: Its granite came by sea from a quarry up the coast, one barge at a time, in all weathers."_s,
            u"paragraph 0: Today the wall shelters the fishing fleet, the ferry and, on summer evenings, a great many anglers."_s,
        };
        QCOMPARE(describe(result.article.blocks), expected);
    }

    // A page whose content container has a boilerplate-sounding name still
    // yields its text: the strict pass finds nothing, the lenient one does.
    void oddlyNamedContentIsFoundLeniently()
    {
        QByteArray paragraphs;
        for (int i = 0; i < 4; ++i)
            paragraphs += "<p>Ferries leave the north pier every hour, weather permitting, and the crossing takes forty minutes.</p>";
        const ImportResult result = import(page({}, "<div class='post-share-wrapper'>" + paragraphs + "</div>"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.blocks.size(), 4);
    }

    // Issue #24: a subscriber page keeps its article in class="paywall"
    // (or "promo-article", "subscriber-content"); the hint sent almost all
    // of it to the Removed list. A hint never removes most of the text.
    void aHintedContainerHoldingTheArticleIsKept_data()
    {
        QTest::addColumn<QByteArray>("classes");
        QTest::newRow("paywall") << "paywall"_ba;
        QTest::newRow("promo") << "article-body promo-locked"_ba;
        QTest::newRow("subscribe") << "subscribe-gate"_ba;
    }
    void aHintedContainerHoldingTheArticleIsKept()
    {
        QFETCH(QByteArray, classes);
        QByteArray paragraphs;
        for (int i = 0; i < 6; ++i)
            paragraphs += "<p>The ferry company said on Monday that the winter timetable, with two fewer sailings a day, would stay until March.</p>";
        const ImportResult result = import(page({}, "<header><h1>Ferries</h1></header><article><p>Teaser words for everyone, a short standfirst.</p>"
                                                    "<div class='" + classes + "'>" + paragraphs + "</div></article>"
                                                    "<div class='newsletter'><p>Sign up for the daily digest.</p></div>"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.blocks.size(), 7);
        QVERIFY(result.article.removed.size() <= 1);
        // A hinted box that holds little is still boilerplate.
        const ImportResult small = import(page({}, "<article>" + paragraphs + "<div class='" + classes + "'><p>Subscribe for more.</p></div></article>"));
        QCOMPARE(small.article.blocks.size(), 6);
    }

    // Issue #24: a table of data is one table block (rows by '\n', cells
    // by '\t'); a table that lays a page out is read as its paragraphs.
    void tablesOfDataAndTablesOfLayout()
    {
        const QByteArray prose = QByteArray("The tide tables below were checked against the gauge for a whole winter season. ").repeated(3);
        const QByteArray data = "<table><caption>Depths at low water</caption><thead><tr><th>Port</th><th>Depth</th></tr></thead>"
                                "<tbody><tr><td>Hull</td><td>9 m</td></tr><tr><td>Leith</td><td><b>11</b> m</td></tr></tbody></table>";
        const ImportResult result = import(page({}, "<article><p>" + prose + "</p>" + data + "</article>"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(describe(result.article.blocks).mid(1),
                 (QStringList{u"paragraph 0: Depths at low water"_s, u"table 1: Port\tDepth\nHull\t9 m\nLeith\t11 m"_s}));
        const QByteArray layout = "<table><tr><td><p>" + prose + "</p><p>" + prose + "</p></td><td><p>A sidebar column.</p></td></tr></table>";
        const ImportResult page2 = HtmlImporter().parseHtml(QString::fromUtf8(page({}, layout)), u"layout.html"_s, HtmlImporter::Extraction::WholeDocument);
        for (const Block &block : page2.article.blocks)
            QVERIFY(block.kind != Block::Kind::Table);
        QVERIFY(page2.article.canonicalText().contains(u"A sidebar column."_s));
    }

    // A document in sections (a W3C page, a report): the short summary
    // section and the list of resources are as much its text as the long one.
    void aDocumentInSectionsKeepsEverySection()
    {
        const QByteArray prose = QByteArray("Colour must never be the only way a chart or a form tells its reader something important. ").repeated(4);
        const QByteArray html = "<h1>Understanding Colour</h1><section id='brief'><h2>In brief</h2><dl><dt>Goal</dt><dd>Colour is not the only cue.</dd></dl>"
                                "</section><section id='intent'><h2>Intent</h2><p>" + prose + "</p><p>" + prose + "</p></section>"
                                "<section id='resources'><h2>Resources</h2><ul><li><a href='a.html'>Colour blindness explained</a></li></ul></section>";
        const QString text = textOf(page("<title>Understanding Colour</title>", html));
        QVERIFY2(text.contains(u"Colour is not the only cue."_s), qPrintable(text));
        QVERIFY2(text.contains(u"Colour blindness explained"_s), qPrintable(text));
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("title");

        const QByteArray prose = "<p>The lighthouse was automated in 1998, and the keepers' cottages became a small museum.</p>";
        QTest::newRow("og:title first") << QByteArray("<meta property='og:title' content='Open Graph Title'><title>Other | Site</title>") << prose
                                        << u"Open Graph Title"_s;
        QTest::newRow("suffix equal to site name") << QByteArray(
            "<meta property='og:site_name' content='Harbour Post'><title>Keepers Remembered | Harbour Post</title>")
                                                   << prose << u"Keepers Remembered"_s;
        QTest::newRow("dash suffix") << QByteArray("<meta property='og:site_name' content='Harbour Post'><title>Keepers Remembered - Harbour Post</title>")
                                     << prose << u"Keepers Remembered"_s;
        QTest::newRow("suffix not the site name") << QByteArray("<meta property='og:site_name' content='Harbour Post'><title>Keepers | Remembered</title>")
                                                  << prose << u"Keepers | Remembered"_s;
        QTest::newRow("og:title with site suffix") << QByteArray(
            "<meta property='og:site_name' content='Harbour Post'><meta property='og:title' content='Keepers Remembered \u2014 Harbour Post'>")
                                                   << prose << u"Keepers Remembered"_s;
        QTest::newRow("h1 is the head of the title") << QByteArray("<title>Keepers Remembered | History | Harbour Post</title>")
                                                     << QByteArray("<h1>Keepers Remembered</h1>" + prose) << u"Keepers Remembered"_s;
        QTest::newRow("first h1 when no title") << QByteArray() << QByteArray("<h1>Keepers  Remembered</h1>" + prose) << u"Keepers Remembered"_s;
        QTest::newRow("entities in title") << QByteArray("<title>Fish &amp; Chips &ndash; a history</title>") << prose << u"Fish & Chips \u2013 a history"_s;
        // Issue #29: the same site names taken off whichever tag the title
        // comes from, JSON-LD read wherever the article sits in it.
        QTest::newRow("logo h1 before the headline") << QByteArray(
            "<meta property='og:site_name' content='Harbour Post'><title>Harbour Post | Keepers Remembered</title>")
                                                     << QByteArray("<h1>Harbour Post</h1><h1>Keepers Remembered</h1>" + prose) << u"Keepers Remembered"_s;
        QTest::newRow("og:title is the site's name") << QByteArray(
            "<meta property='og:site_name' content='Harbour Post'><meta property='og:title' content='Harbour Post'>"
            "<title>Keepers Remembered | Harbour Post</title>") << prose << u"Keepers Remembered"_s;
        QTest::newRow("site name from the address") << QByteArray(
            "<link rel='canonical' href='https://www.harbourpost.example/keepers'><title>Harbour Post \u00BB Keepers Remembered</title>")
                                                    << prose << u"Keepers Remembered"_s;
        QTest::newRow("JSON-LD mainEntity") << QByteArray(
            "<title>Home</title><script type='application/ld+json'>{\"@type\": \"WebPage\", \"name\": \"Home\","
            " \"mainEntity\": {\"@type\": \"BlogPosting\", \"headline\": \"Keepers Remembered\"}}</script>") << prose << u"Keepers Remembered"_s;
        QTest::newRow("JSON-LD that is no article") << QByteArray(
            "<title>Keepers Remembered</title><script type='application/ld+json'>{\"@type\": \"Organization\", \"name\": \"Harbour Post\"}</script>")
                                                    << prose << u"Keepers Remembered"_s;
        QTest::newRow("JSON-LD that is not JSON") << QByteArray(
            "<title>Keepers Remembered</title><script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": \"Broken\",</script>")
                                                  << prose << u"Keepers Remembered"_s;
        QTest::newRow("unnamed site after a bar") << QByteArray("<title>Keepers Remembered at Last | Harbour Post</title>") << prose
                                                  << u"Keepers Remembered at Last"_s;
        QTest::newRow("dash with no site named stays") << QByteArray("<title>Keepers Remembered - A History</title>") << prose
                                                       << u"Keepers Remembered - A History"_s;
        QTest::newRow("JSON-LD in CDATA") << QByteArray(
            "<title>Home</title><script type='application/ld+json'>//<![CDATA[\n{\"@type\": \"NewsArticle\", \"headline\": \"Keepers Remembered\"};\n//]]></script>")
                                          << prose << u"Keepers Remembered"_s;
        QTest::newRow("printed h1 with typographic quotes") << QByteArray("<meta property='og:title' content=\"Keepers Remembered, the Keeper's Year\">")
                                                           << QByteArray("<h1>Keepers Remembered, the Keeper\u2019s Year</h1>" + prose)
                                                           << u"Keepers Remembered, the Keeper\u2019s Year"_s;
        QTest::newRow("shortened JSON-LD headline") << QByteArray(
            "<meta property='og:title' content='Keepers Remembered: Three Generations on the Rock'><script type='application/ld+json'>"
            "{\"@type\": \"Article\", \"headline\": \"Keepers Remembered: Three Generations\u2026\"}</script>")
                                                    << prose << u"Keepers Remembered: Three Generations on the Rock"_s;
        QTest::newRow("site name and a colon before the title") << QByteArray(
            "<meta property='og:site_name' content='Harbour Post'><title>Harbour Post: Keepers Remembered</title>") << prose << u"Keepers Remembered"_s;
        QTest::newRow("colon in the headline stays") << QByteArray("<title>Keepers Remembered: A History</title>")
                                                     << QByteArray("<h1>Keepers</h1>" + prose) << u"Keepers Remembered: A History"_s;
    }
    void title()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, body);
        QFETCH(QString, title);
        const ImportResult result = import(page(head, body));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, title);
        // The <h1> repeating the title is not a block of its own.
        QVERIFY(!result.article.canonicalText().contains(u"Keepers Remembered"_s));
    }

    void byline_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("byline");
        const QByteArray prose = "<p>The lighthouse was automated in 1998, and the keepers' cottages became a small museum.</p>";
        QTest::newRow("meta author") << page("<meta name='author' content='Ada Lovelace'>", prose) << u"Ada Lovelace"_s;
        QTest::newRow("rel author") << page({}, "<article><p>By <a rel='author' href='/ada'>Ada Lovelace</a></p>" + prose + prose + "</article>")
                                    << u"Ada Lovelace"_s;
        QTest::newRow("byline class") << page({}, "<article><div class='byline'>By Ada Lovelace</div>" + prose + prose + "</article>") << u"Ada Lovelace"_s;
        QTest::newRow("byline above the scored container") << page({},
            "<div class='story'><div class='story-meta'><span class='author'>By Ingrid Solberg</span></div><div class='story-body'>" + prose + prose + prose
                + "</div></div>") << u"Ingrid Solberg"_s;
        // Issue #29: names only, from metadata or the page, never a handle,
        // an address or the date printed after the name.
        QTest::newRow("handle alone is no byline") << page("<meta name='twitter:creator' content='@harbourpost'>", prose) << QString();
        QTest::newRow("name after a profile address") << page(
            "<meta property='article:author' content='https://social.example/ada'><meta name='dc.creator' content='Ada Lovelace'>", prose)
                                                      << u"Ada Lovelace"_s;
        QTest::newRow("printed date after the name") << page({},
            "<article><div class='byline'>By Ada Lovelace \u00B7 Published 3 March 2025</div>" + prose + prose + "</article>") << u"Ada Lovelace"_s;
        QTest::newRow("printed address is no byline") << page({}, "<article><div class='byline'>https://social.example/ada</div>" + prose + prose + "</article>")
                                                      << QString();
        QTest::newRow("two JSON-LD authors") << page(
            "<script type='application/ld+json'>{\"@type\": [\"NewsArticle\"], \"author\": [\"Ada Lovelace\", {\"name\": \"@ada\"},"
            " {\"@type\": \"Person\", \"name\": \"Charles Babbage\"}]}</script>", prose) << u"Ada Lovelace and Charles Babbage"_s;
        QTest::newRow("posted by, on a date") << page({},
            "<article><div class='byline'>Posted by Ada Lovelace on March 3, 2025</div>" + prose + prose + "</article>") << u"Ada Lovelace"_s;
        QTest::newRow("By: without a space") << page("<meta name='author' content='By:Ada Lovelace'>", prose) << u"Ada Lovelace"_s;
        QTest::newRow("an author tag for each author") << page(
            "<meta property='article:author' content='Ada Lovelace'><meta property='article:author' content='Charles Babbage'>", prose)
                                                       << u"Ada Lovelace and Charles Babbage"_s;
        QTest::newRow("JSON-LD author by @id") << page("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"Article\", \"author\": {\"@id\": \"#ada\"}},"
                                                       " {\"@type\": \"Person\", \"@id\": \"#ada\", \"name\": \"Ada Lovelace\"}]}</script>", prose)
                                               << u"Ada Lovelace"_s;
        QTest::newRow("By only as a prefix") << page("<meta name='author' content='Byron Hale'>", prose) << u"Byron Hale"_s;
        QTest::newRow("comment author is not the byline")
            << page({}, "<article>" + prose + prose + "<div class='comment'><span class='comment-author'>Troll</span></div></article>") << QString();
    }
    void byline()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, byline);
        const ImportResult result = import(html);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.byline, byline);
        // Neither the name nor a "By" left over from its line is text.
        QVERIFY2(result.article.canonicalText().startsWith(u"The lighthouse"_s), qPrintable(result.article.canonicalText()));
        if (!byline.isEmpty())
            QVERIFY2(!result.article.canonicalText().contains(byline), qPrintable(result.article.canonicalText()));
    }

    void published_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("published");
        const QByteArray prose = "<p>The lighthouse was automated in 1998, and the keepers' cottages became a small museum.</p>";
        QTest::newRow("article:published_time") << page("<meta property='article:published_time' content='2024-03-01T08:00:00+01:00'>"
                                                        "<meta name='date' content='1999-01-01'>",
            "<time datetime='2000-01-01'>then</time>" + prose)
                                                << u"2024-03-01T08:00:00+01:00"_s;
        QTest::newRow("time datetime") << page(
            "<meta name='date' content='1999-01-01'>", "<article><time datetime='2024-03-02'>2 March</time>" + prose + prose + "</article>")
                                       << u"2024-03-02"_s;
        QTest::newRow("meta date") << page("<meta name='date' content='2024-03-03'>", prose) << u"2024-03-03"_s;
        QTest::newRow("JSON-LD datePublished") << page(
            "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"Article\", \"datePublished\": \"2024-03-04\"}]}</script>", prose)
                                               << u"2024-03-04"_s;
        QTest::newRow("parsely-pub-date") << page("<meta name='parsely-pub-date' content='2024-03-05T10:00:00Z'>", prose) << u"2024-03-05T10:00:00Z"_s;
        QTest::newRow("none") << page({}, prose) << QString();
    }
    void published()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, published);
        const ImportResult result = import(html);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.published, published);
    }

    void charset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("warning");

        QTest::newRow("meta charset windows-1252") << QByteArray("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xE9 \x93"
                                                                 "cr\xE8me\x94</p></body></html>")
                                                   << u"Caf\u00E9 \u201Ccr\u00E8me\u201D"_s << false;
        // WHATWG: a page labelled ISO-8859-1 is read as windows-1252.
        QTest::newRow("http-equiv iso-8859-1") << QByteArray(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\x93Ol\xE9\x94 \xE9t\xE9</p>")
                                               << u"\u201COl\u00E9\u201D \u00E9t\u00E9"_s << false;
        // Only the declaration can tell these bytes are Greek.
        QTest::newRow("meta charset iso-8859-7") << QByteArray("<meta charset='iso-8859-7'><p>\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1</p>")
                                                 << u"\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1"_s << false;
        QTest::newRow("http-equiv shift_jis") << QByteArray(
            "<meta http-equiv='content-type' content='text/html;charset=Shift_JIS'><p>\x93\xFA\x96\x7B\x8C\xEA</p>")
                                              << u"\u65E5\u672C\u8A9E"_s << false;
        QTest::newRow("xml declaration") << QByteArray("<?xml version='1.0' encoding='ISO-8859-7'?><html><body><p>\xE1\xE2</p></body></html>")
                                         << u"\u03B1\u03B2"_s << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<p>Gr\xC3\xBC\xC3\x9F Gott</p>") << u"Gr\u00FC\u00DF Gott"_s << false;
        QTest::newRow("utf-8 beats a wrong declaration")
            << QByteArray("<meta charset='windows-1252'><p>Gr\xC3\xBC\xC3\x9F</p>") << u"Gr\u00FC\u00DF"_s << false;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray utf16Page = utf16(u"<html><head><meta charset=\"utf-16\"></head><body><p>\u00C5rhus \u2013 \u65E5\u672C</p></body></html>"_s);
        QTest::newRow("utf-16 bom") << utf16Page << u"\u00C5rhus \u2013 \u65E5\u672C"_s << false;
        QTest::newRow("invalid utf-8") << QByteArray("<p>Gr\xC3\xBC\xC3\x9F \xFF Gott</p>") << u"Gr\u00FC\u00DF \uFFFD Gott"_s << true;
    }
    void charset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, warning);
        const ImportResult result = import(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.canonicalText(), text);
        QCOMPARE(result.article.warnings.contains(TextDecoder::invalidBytesWarning()), warning);
    }

    void declaredCharset_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset") << QByteArray("<meta charset=\"KOI8-R\">") << QByteArray("koi8-r");
        QTest::newRow("unquoted") << QByteArray("<META CHARSET=euc-jp>") << QByteArray("euc-jp");
        QTest::newRow("http-equiv") << QByteArray("<meta content='text/html; charset=gb2312' http-equiv='Content-Type'>") << QByteArray("gb2312");
        QTest::newRow("latin-1 is windows-1252") << QByteArray("<meta charset=latin1>") << QByteArray("windows-1252");
        QTest::newRow("utf-16 in ascii is utf-8") << QByteArray("<meta charset=utf-16le>") << QByteArray("UTF-8");
        QTest::newRow("xml declaration") << QByteArray("  <?xml version=\"1.0\" encoding=\"Big5\"?>") << QByteArray("big5");
        QTest::newRow("none") << QByteArray("<meta name='charset' content='x'>") << QByteArray();
        QTest::newRow("after 4 KB") << QByteArray(5000, ' ') + "<meta charset=koi8-r>" << QByteArray();
    }
    void declaredCharset()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, charset);
        QCOMPARE(HtmlImporter::declaredCharset(head), charset);
    }

    void text_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("entities") << QByteArray("<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#x1F41F; caf&#233; &quot;q&quot; &copy;</p>")
                                  << u"Fish & chips <3 \u00E9t\u00E9 \U0001F41F caf\u00E9 \"q\" \u00A9"_s;
        QTest::newRow("white space") << QByteArray("<p>  one\n\t two&nbsp;&nbsp; three  </p>") << u"one two three"_s;
        QTest::newRow("inline markup") << QByteArray("<p>An <em>emphatic</em>, <strong>strong</strong> <a href='/x'>link</a> and <span>span</span>.</p>")
                                       << u"An emphatic, strong link and span."_s;
        QTest::newRow("br is a space") << QByteArray("<p>first line<br>second line<br/>third</p>") << u"first line second line third"_s;
        QTest::newRow("two br split paragraphs") << QByteArray("<div>first part<br><br>second part</div>") << u"first part\nsecond part"_s;
        // Issue #29: a link that runs script (a glossary pop-up) still shows its words.
        QTest::newRow("javascript link keeps its text") << QByteArray("<p>Read the <a href=' JavaScript:void(0)'>footnote</a> below.</p>")
                                                        << u"Read the footnote below."_s;
        QTest::newRow("hidden dropped") << QByteArray("<p>Seen</p><p hidden>Unseen</p><p style='display: none'>Gone</p><p aria-hidden='true'>Decor</p>")
                                        << u"Seen"_s;
        QTest::newRow("ruby keeps the base") << QByteArray("<p><ruby>\u6F22<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>\u5B57</p>") << u"\u6F22\u5B57"_s;
        QTest::newRow("a table of data") << QByteArray("<table><tr><th>Port</th><th>Depth</th></tr><tr><td>North</td><td>12 m</td></tr></table>")
                                         << u"Port\tDepth\nNorth\t12 m"_s;
        QTest::newRow("a table of one column") << QByteArray("<table><tr><td>North</td></tr><tr><td>South</td></tr></table>") << u"North\nSouth"_s;
        QTest::newRow("comments and scripts") << QByteArray("<p>Kept<!-- not kept --></p><script>alert('no')</script><style>p{}</style>") << u"Kept"_s;
        QTest::newRow("no stray newlines") << QByteArray("<p>a\r\nb\u2028c</p>") << u"a b c"_s;
    }
    void text()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(textOf(page({}, body)), text);
    }

    void blocks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("heading levels") << QByteArray("<h2>Two</h2><h3>Three</h3><h6>Six</h6>")
                                        << QStringList{u"heading 2: Two"_s, u"heading 3: Three"_s, u"heading 6: Six"_s};
        QTest::newRow("h1 kept when not the title") << QByteArray("<h1>Section one</h1><p>Body</p>")
                                                    << QStringList{u"heading 1: Section one"_s, u"paragraph 0: Body"_s};
        QTest::newRow("nested lists") << QByteArray("<ol><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ol>")
                                      << QStringList{u"list-item 0: a"_s, u"list-item 1: b"_s, u"list-item 2: c"_s, u"list-item 0: d"_s};
        QTest::newRow("quote paragraphs") << QByteArray("<blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p>")
                                          << QStringList{u"quote 0: One."_s, u"quote 0: Two."_s, u"paragraph 0: After."_s};
        QTest::newRow("code language") << QByteArray("<pre><code class=\"hljs language-cpp\">int main()\n{\n    return a &lt; b;\n}\n</code></pre>")
                                       << QStringList{u"code 0 [cpp]: int main()\n{\n    return a < b;\n}"_s};
        QTest::newRow("lang- on pre") << QByteArray("<pre class='lang-rust'>fn main() {}</pre>") << QStringList{u"code 0 [rust]: fn main() {}"_s};
        QTest::newRow("no language") << QByteArray("<pre>\n\n  indented\n</pre>") << QStringList{u"code 0 []:   indented"_s};
        QTest::newRow("highlighted code keeps its comments")
            << QByteArray("<pre class='language-python'><span class='comment'># why</span>\n<span class='kw'>pass</span><br>done</pre>")
            << QStringList{u"code 0 [python]: # why\npass\ndone"_s};
        QTest::newRow("text around a nested block") << QByteArray("<div>before<p>inside</p>after</div>")
                                                    << QStringList{u"paragraph 0: before"_s, u"paragraph 0: inside"_s, u"paragraph 0: after"_s};
    }
    void blocks()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, blocks);
        // A title of its own, so that a first <h1> is not taken for it.
        const ImportResult result = import(page("<title>Blocks</title>", body));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(describe(result.article.blocks), blocks);
        for (const Block &block : result.article.blocks) {
            if (block.kind != Block::Kind::Code)
                QVERIFY(!block.text.contains(QLatin1Char('\n')));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("blank") << QByteArray(" \n\t ") << u"The file is empty."_s;
        QTest::newRow("script only") << page("<script>var a = 1;</script>", "<script>document.write('hello');</script><noscript>Enable scripts</noscript>")
                                     << u"The page contains no readable text."_s;
        QTest::newRow("markup only") << page("<title></title>", "<div><span></span><img src='x.png' alt='a picture'></div>")
                                     << u"The page contains no readable text."_s;
        QTest::newRow("frameset") << QByteArray("<html><frameset><frame src='a.html'></frameset></html>") << u"The page contains no readable text."_s;
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ImportResult result = import(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
    }

    // "<title/>" in HTML opens a title that swallows the page; in XHTML it
    // is empty, and so are "<a id='p1'/>" and "<span/>".
    void xhtmlEmptyElements()
    {
        const QByteArray xhtml = "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head><title/></head>"
                                 "<body><p>One<a id='p1'/> two<span class='x'/> three.</p><p>Four<br/>five</p></body></html>";
        const ImportResult result = import(xhtml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.canonicalText(), u"One two three.\nFour five"_s);
    }

    // Anything gumbo reads as text is imported; nothing is "not HTML".
    void plainTextIsLenient()
    {
        const ImportResult result = import("Just a line of text, no markup at all.");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.canonicalText(), u"Just a line of text, no markup at all."_s);
    }

    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("ok");
        QTest::newRow("100,000 divs") << QByteArray("<div>") << 100000 << false;
        QTest::newRow("100,000 spans") << QByteArray("<span>") << 100000 << false;
        QTest::newRow("100,000 self-closed divs") << QByteArray("<div/>") << 100000 << false;
        // Within the limit, the tree is deep but every walk is iterative.
        QTest::newRow("4,000 divs") << QByteArray("<div>") << 4000 << true;
        QTest::newRow("4,000 blockquotes") << QByteArray("<blockquote>") << 4000 << true;
        // The parser closes these itself: no depth at all.
        QTest::newRow("20,000 paragraphs") << QByteArray("<p>x") << 20000 << true;
        QTest::newRow("20,000 list items") << QByteArray("<li>x") << 20000 << true;
    }
    void deepNesting()
    {
        QFETCH(QByteArray, open);
        QFETCH(int, depth);
        QFETCH(bool, ok);
        const QByteArray html = "<html><body>" + open.repeated(depth) + "The bottom of the well.";
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = import(html);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.ok(), ok);
        if (ok)
            QVERIFY(result.article.canonicalText().endsWith(u"The bottom of the well."_s));
        else
            QVERIFY2(result.error.contains(u"nested too deeply"_s), qPrintable(result.error));
    }

    // Tags inside scripts, comments and attribute values are not nesting.
    void nestingEstimateSkipsText()
    {
        const QByteArray divs = QByteArray("<div>").repeated(HtmlImporter::MaximumNesting + 10);
        const QByteArray html = "<html><head><script>var s = '" + divs + "';</script><style>/*" + divs + "*/</style></head><body><!-- " + divs
            + " --><p title='" + divs + "'>Fine.</p><textarea>" + divs + "</textarea></body></html>";
        const ImportResult result = import(html);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.canonicalText(), u"Fine."_s);
    }

    // Four times the page takes about four times as long, not sixteen.
    void largePageIsLinear()
    {
        const auto importTime = [](int paragraphs) {
            QByteArray body;
            for (int i = 0; i < paragraphs; ++i)
                body += "<div class='entry'><p>Paragraph number " + QByteArray::number(i) + ", with a comma, and <em>some</em> more words to count.</p></div>";
            QElapsedTimer timer;
            timer.start();
            const ImportResult result = import(page({}, "<main>" + body + "</main>"));
            const qint64 elapsed = timer.elapsed();
            return result.article.blocks.size() == paragraphs ? elapsed : -1;
        };
        const qint64 small = importTime(5000);
        const qint64 large = importTime(20000);
        QVERIFY(small >= 0 && large >= 0);
        QVERIFY2(large < 10 * small + 100, qPrintable(u"%1 ms for 5,000 paragraphs, %2 ms for 20,000"_s.arg(small).arg(large)));
    }

    // Issue #24: fixed-layout e-books set their text in inline SVG, and an
    // <object>'s fallback is what a reader without the object reads.
    void bookTextInSvgAndObjectFallbacksIsKept()
    {
        const QString html = u"<html><body><div><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 600 800'><title>page 4</title>"
                             u"<style>text{font:12px serif}</style><text x='10' y='20'>The keeper climbed</text><text x='10' y='40'>"
                             u"<tspan>the stairs at dusk.</tspan></text></svg></div>"
                             u"<p><object data='chart.svg' type='image/svg+xml'><param name='x' value='y'/>The chart shows tides rising.</object></p>"
                             u"<div hidden><svg><text>Not shown.</text></svg></div></body></html>"_s;
        const ImportResult book = HtmlImporter().parseHtml(html, u"page4.xhtml"_s, HtmlImporter::Extraction::WholeDocument);
        QVERIFY2(book.ok(), qPrintable(book.error));
        QCOMPARE(book.article.canonicalText(), u"The keeper climbed the stairs at dusk.\nThe chart shows tides rising."_s);
        // A web page's SVG is an icon: reader view still leaves it out.
        QVERIFY(!textOf(page({}, "<article><p>" + QByteArray("Words of the article, long enough to be the article. ").repeated(5)
                                  + "</p><svg><text>icon</text></svg></article>"))
                     .contains(u"icon"_s));
    }

    void parseHtmlWholeDocument()
    {
        const QString html = u"<html><body><nav><a href='#c1'>Contents</a></nav><h1>Chapter One</h1><p>Text.</p>"
                             u"<aside class='sidebar'>A sidebar that belongs to the book.</aside><footer>Page 1</footer></body></html>"_s;
        const ImportResult result = HtmlImporter().parseHtml(html, u"ch1.xhtml"_s, HtmlImporter::Extraction::WholeDocument);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList expected{
            u"heading 1: Chapter One"_s, u"paragraph 0: Text."_s, u"paragraph 0: A sidebar that belongs to the book."_s, u"paragraph 0: Page 1"_s};
        QCOMPARE(describe(result.article.blocks), expected);
        QCOMPARE(result.article.source, u"ch1.xhtml"_s);
    }
};

QTEST_GUILESS_MAIN(HtmlImporterTest)
#include "tst_htmlimporter.moc"
