// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"

#include "bylinename.h"
#include "htmlreadability.h"
#include "htmlrules.h"
#include "htmltextbuilder.h"
#include "htmltree.h"
#include "jsonldmetadata.h"
#include "metatags.h"
#include "titlecleaner.h"

#include <QUrl>

#include <algorithm>

namespace Lectern {

namespace {

// A byline longer than this is an author's biography box, not a byline.
constexpr qsizetype MaximumByline = 100;
constexpr int MaximumBylineCandidates = 20;

// The first few <h1>s: a site's logo or a section's name can come before the headline.
constexpr qsizetype MaximumHeadings = 4;

bool isWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https")) && !url.host().isEmpty();
}

QString utf8(QByteArrayView bytes)
{
    return HtmlTextBuilder::collapsed(QString::fromUtf8(bytes));
}

// What the whole document says about itself: <meta>, JSON-LD, <title>, the first <h1>s.
class DocumentScan
{
public:
    MetaTags meta;
    JsonLdMetadata jsonLd;
    QString title;
    QString canonical; ///< href of the first <link rel=canonical>
    QStringList headings; ///< the first <h1>s that have text
    QString firstTime; ///< datetime of the first <time> anywhere

    bool enter(const GumboNode *element)
    {
        switch (HtmlTree::tag(element)) {
        case GUMBO_TAG_META:
            meta.add(element);
            return false;
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty() && HtmlTree::attribute(element, "rel").toByteArray().toLower().split(' ').contains("canonical"))
                canonical = utf8(HtmlTree::attribute(element, "href"));
            return false;
        case GUMBO_TAG_TITLE:
            if (title.isEmpty() && element->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
                title = HtmlTextBuilder::collapsed(rawText(element));
            return false;
        case GUMBO_TAG_H1:
            if (headings.size() < MaximumHeadings) {
                if (const QString heading = HtmlTextBuilder::textOf(element); !heading.isEmpty())
                    headings << heading;
            }
            return false;
        case GUMBO_TAG_TIME:
            if (firstTime.isEmpty())
                firstTime = utf8(HtmlTree::attribute(element, "datetime"));
            return true;
        case GUMBO_TAG_SCRIPT:
            if (HtmlTree::attribute(element, "type").toByteArray().trimmed().toLower() == "application/ld+json")
                jsonLd.read(rawText(element));
            return false;
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE:
            return false;
        default:
            return true;
        }
    }
    void leave(const GumboNode *) { }
    void text(const GumboNode *) { }

private:
    // <title> and <script> hold raw text only, in their child text nodes.
    static QString rawText(const GumboNode *element)
    {
        QString text;
        const GumboVector &children = element->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                text += QString::fromUtf8(HtmlTree::text(child));
        }
        return text;
    }
};

bool hasClassWord(const GumboNode *element, QByteArrayView word)
{
    for (const char *attribute : {"class", "id"}) {
        const QByteArray names = HtmlTree::attribute(element, attribute).toByteArray().toLower();
        if (names.contains(word) && !names.contains("comment"))
            return true;
    }
    return false;
}

bool isAuthorElement(const GumboNode *element)
{
    const QByteArray rel = HtmlTree::attribute(element, "rel").toByteArray().toLower();
    const QByteArray itemprop = HtmlTree::attribute(element, "itemprop").toByteArray().toLower();
    return rel.split(' ').contains("author") || itemprop == "author" || hasClassWord(element, "author");
}

// The article's own byline and publication date, from its markup.
class ContentScan
{
public:
    const GumboNode *byline = nullptr; ///< class/id "byline"
    const GumboNode *author = nullptr; ///< rel/itemprop/class "author"
    QString published; ///< <time datetime>, a marked publication date first
    QString anyTime;

    bool enter(const GumboNode *element)
    {
        if (HtmlReadability::isExcluded(element, HtmlReadability::Strictness::Strict))
            return false;
        if (!byline && hasClassWord(element, "byline") && isShort(element))
            byline = element;
        else if (!author && isAuthorElement(element) && isShort(element))
            author = element;
        if (HtmlTree::isElement(element, GUMBO_TAG_TIME))
            noteTime(element);
        return true;
    }
    void leave(const GumboNode *) { }
    void text(const GumboNode *) { }

private:
    // Measuring walks the element's subtree: give up after a few tries, so
    // a page full of nested "author" boxes cannot make this quadratic.
    bool isShort(const GumboNode *element)
    {
        if (++m_measured > MaximumBylineCandidates)
            return false;
        const qsizetype length = HtmlTextBuilder::textOf(element).size();
        return length > 1 && length <= MaximumByline;
    }

    int m_measured = 0;

    void noteTime(const GumboNode *element)
    {
        const QString datetime = utf8(HtmlTree::attribute(element, "datetime"));
        if (datetime.isEmpty())
            return;
        const bool marked = HtmlTree::hasAttribute(element, "pubdate") || HtmlTree::attribute(element, "itemprop") == "datePublished";
        if (published.isEmpty() && marked)
            published = datetime;
        if (anyTime.isEmpty())
            anyTime = datetime;
    }
};

// The author's name from the most specific element found.
QString bylineText(const ContentScan &scan)
{
    const QString author = scan.author ? HtmlTextBuilder::textOf(scan.author) : QString();
    return !author.isEmpty() || !scan.byline ? author : HtmlTextBuilder::textOf(scan.byline);
}

QString firstNonEmpty(const QStringList &values)
{
    const auto found = std::find_if(values.cbegin(), values.cend(), [](const QString &value) { return !value.isEmpty(); });
    return found == values.cend() ? QString() : *found;
}

// og:title and <title> are sometimes the site's name alone; a title cut
// short with an ellipsis is the last resort.
QString firstCandidate(const QStringList &candidates, const TitleCleaner &cleaner, bool shortenedToo)
{
    for (const QString &candidate : candidates) {
        const QString title = cleaner.withoutSiteName(candidate);
        if (!title.isEmpty() && !cleaner.isSiteName(title) && (shortenedToo || !TitleCleaner::isShortened(title)))
            return title;
    }
    return {};
}

// Precedence of the title, documented in htmlmetadata.h.
QString title(const DocumentScan &document, const TitleCleaner &cleaner)
{
    const MetaTags &meta = document.meta;
    const QStringList candidates{document.jsonLd.headline(), meta.value({"og:title"}), meta.value({"dc:title", "dc.title", "dcterms.title"}),
        meta.value({"parsely-title"}), meta.value({"twitter:title"}), meta.value({"title"}), document.title};
    for (const QString &heading : document.headings) {
        if (cleaner.isSiteName(heading))
            continue;
        for (const QString &candidate : candidates) {
            if (TitleCleaner::isHeadlineOf(heading, candidate))
                return heading;
        }
    }
    return firstNonEmpty({firstCandidate(candidates, cleaner, false), firstCandidate(candidates, cleaner, true), document.headings.value(0)});
}

// One byline from several values, one per author; anything but a name is left out.
QString namesOf(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values) {
        if (const QString name = BylineName::cleaned(value); !name.isEmpty() && !names.contains(name))
            names << name;
    }
    return BylineName::joined(names);
}

// Precedence of the byline, documented in htmlmetadata.h.
QString byline(const DocumentScan &document, const QString &printed)
{
    const MetaTags &meta = document.meta;
    const QString named = firstNonEmpty({namesOf(document.jsonLd.authors()), namesOf(meta.values({"dc:creator", "dc.creator", "dcterms.creator"})),
        namesOf(meta.values({"author"})), namesOf(meta.values({"parsely-author"})), namesOf(meta.values({"byl"})), namesOf(meta.values({"article:author"}))});
    return firstNonEmpty({named, printed, BylineName::cleaned(meta.value({"twitter:creator"}))});
}

QString language(const GumboNode *html, const MetaTags &meta)
{
    QString language = utf8(HtmlTree::attribute(html, "lang"));
    if (language.isEmpty())
        language = utf8(HtmlTree::attribute(html, "xml:lang"));
    if (language.isEmpty())
        language = meta.value({"content-language", "og:locale"}).section(QLatin1Char(','), 0, 0).trimmed();
    // BCP 47 separates subtags with '-'; og:locale writes "en_GB".
    return language.replace(QLatin1Char('_'), QLatin1Char('-'));
}

// "<p>By <a rel=author>Ada</a></p>": leaving out only the link would leave
// "By" behind as a paragraph, so leave out the short block around it.
const GumboNode *bylineBlock(const GumboNode *element, const QList<const GumboNode *> &roots)
{
    const GumboNode *block = element;
    while (block && !HtmlRules::isBlock(HtmlTree::tag(block))) {
        if (roots.contains(block))
            return element;
        block = block->parent;
    }
    if (!HtmlTree::isElement(block) || roots.contains(block) || HtmlTextBuilder::textOf(block).size() > MaximumByline)
        return element;
    return block;
}

} // namespace

HtmlMetadata::Result HtmlMetadata::read(const HtmlTree &tree, const QList<const GumboNode *> &contentRoots)
{
    DocumentScan document;
    HtmlTree::walk(tree.html(), document);
    ContentScan content;
    for (const GumboNode *root : contentRoots)
        HtmlTree::walk(root, content);

    Result result;
    const MetaTags &meta = document.meta;
    for (const QString &address : {meta.value({"og:url"}), document.canonical}) {
        if (isWebAddress(address)) {
            result.address = address;
            break;
        }
    }
    const QStringList siteNames{meta.value({"og:site_name"}), document.jsonLd.publisher(), meta.value({"application-name"})};
    result.site = firstNonEmpty(siteNames);
    result.title = title(document, TitleCleaner(siteNames, result.address));

    if (const GumboNode *element = content.byline ? content.byline : content.author)
        result.bylineElement = bylineBlock(element, contentRoots);
    QString printed = bylineText(content);
    if (printed.isEmpty() && !contentRoots.contains(tree.section(GUMBO_TAG_BODY))) {
        // The content root can be the paragraphs' container, below a header
        // that holds the byline: look in the rest of the page (furniture
        // and comments still left out). Nothing there needs leaving out.
        ContentScan page;
        HtmlTree::walk(tree.section(GUMBO_TAG_BODY), page);
        printed = bylineText(page);
    }
    result.byline = byline(document, BylineName::printed(printed));

    result.published = firstNonEmpty({meta.value({"article:published_time"}), document.jsonLd.published(), meta.value({"datepublished"}), content.published,
        content.anyTime, document.firstTime,
        meta.value({"date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publish-date", "parsely-pub-date"})});

    result.language = language(tree.html(), meta);
    result.excerpt = meta.value({"og:description", "description", "twitter:description"});
    return result;
}

} // namespace Lectern
