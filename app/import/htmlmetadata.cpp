// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"

#include "htmlreadability.h"
#include "htmlrules.h"
#include "htmltextbuilder.h"
#include "htmltree.h"

#include <QHash>
#include <QUrl>

namespace Lectern {

namespace {

// A byline longer than this is an author's biography box, not a byline.
constexpr qsizetype MaximumByline = 100;
constexpr int MaximumBylineCandidates = 20;

const QStringList &titleSeparators()
{
    static const QStringList separators{QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2014 "), QStringLiteral(" \u2013 "),
        QStringLiteral(" \u00B7 "), QStringLiteral(" :: "), QStringLiteral(" \u00BB ")};
    return separators;
}

bool isWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https")) && !url.host().isEmpty();
}

QString utf8(QByteArrayView bytes)
{
    return HtmlTextBuilder::collapsed(QString::fromUtf8(bytes));
}

// What the whole document says about itself: <meta>, <title>, the first <h1>.
class DocumentScan
{
public:
    QHash<QString, QString> meta; ///< lower-case property/name/itemprop → first content
    QString title;
    QString canonical; ///< href of the first <link rel=canonical>
    QString firstH1;
    QString firstTime; ///< datetime of the first <time> anywhere

    bool enter(const GumboNode *element)
    {
        switch (HtmlTree::tag(element)) {
        case GUMBO_TAG_META:
            addMeta(element);
            return false;
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty() && HtmlTree::attribute(element, "rel").toByteArray().toLower().split(' ').contains("canonical"))
                canonical = utf8(HtmlTree::attribute(element, "href"));
            return false;
        case GUMBO_TAG_TITLE:
            if (title.isEmpty() && element->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
                title = HtmlTextBuilder::collapsed(titleText(element));
            return false;
        case GUMBO_TAG_H1:
            if (firstH1.isEmpty())
                firstH1 = HtmlTextBuilder::textOf(element);
            return false;
        case GUMBO_TAG_TIME:
            if (firstTime.isEmpty())
                firstTime = utf8(HtmlTree::attribute(element, "datetime"));
            return true;
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_SCRIPT:
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
    void addMeta(const GumboNode *element)
    {
        const QString content = utf8(HtmlTree::attribute(element, "content"));
        if (content.isEmpty())
            return;
        for (const char *keyAttribute : {"property", "name", "itemprop", "http-equiv"}) {
            const QString key = QString::fromUtf8(HtmlTree::attribute(element, keyAttribute)).trimmed().toLower();
            if (!key.isEmpty() && !meta.contains(key))
                meta.insert(key, content);
        }
    }

    // <title> holds raw text only; its child text node is the title.
    static QString titleText(const GumboNode *element)
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

QString firstOf(const QHash<QString, QString> &meta, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = meta.value(QLatin1StringView(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString withoutByPrefix(const QString &byline)
{
    for (const QLatin1StringView prefix : {QLatin1StringView("by:"), QLatin1StringView("by ")}) {
        if (byline.startsWith(prefix, Qt::CaseInsensitive) && byline.size() > prefix.size())
            return byline.sliced(prefix.size()).trimmed();
    }
    return byline;
}

// <title> is often "Headline | Site" or "Headline - Section - Site": when
// the first <h1> is its leading part, the <h1> is the headline.
QString titleFromParts(const QString &title, const QString &h1)
{
    if (h1.isEmpty() || h1.size() >= title.size() || !title.startsWith(h1, Qt::CaseInsensitive))
        return title;
    const QStringView rest = QStringView(title).sliced(h1.size());
    for (const QString &separator : titleSeparators()) {
        if (rest.startsWith(separator))
            return h1;
    }
    return title;
}

QString language(const GumboNode *html, const QHash<QString, QString> &meta)
{
    QString language = utf8(HtmlTree::attribute(html, "lang"));
    if (language.isEmpty())
        language = utf8(HtmlTree::attribute(html, "xml:lang"));
    if (language.isEmpty())
        language = firstOf(meta, {"content-language", "og:locale"}).section(QLatin1Char(','), 0, 0).trimmed();
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

QString HtmlMetadata::stripSiteName(const QString &title, const QString &site)
{
    if (site.isEmpty())
        return title;
    for (const QString &separator : titleSeparators()) {
        if (title.endsWith(separator + site, Qt::CaseInsensitive) && title.size() > separator.size() + site.size())
            return title.chopped(separator.size() + site.size()).trimmed();
        if (title.startsWith(site + separator, Qt::CaseInsensitive) && title.size() > separator.size() + site.size())
            return title.sliced(separator.size() + site.size()).trimmed();
    }
    return title;
}

HtmlMetadata::Result HtmlMetadata::read(const HtmlTree &tree, const QList<const GumboNode *> &contentRoots)
{
    DocumentScan document;
    HtmlTree::walk(tree.html(), document);
    ContentScan content;
    for (const GumboNode *root : contentRoots)
        HtmlTree::walk(root, content);

    Result result;
    result.site = firstOf(document.meta, {"og:site_name", "application-name"});
    QString title = firstOf(document.meta, {"og:title", "twitter:title"});
    if (title.isEmpty())
        title = titleFromParts(document.title, document.firstH1);
    if (title.isEmpty())
        title = document.firstH1;
    result.title = stripSiteName(title, result.site);

    if (const GumboNode *element = content.byline ? content.byline : content.author)
        result.bylineElement = bylineBlock(element, contentRoots);
    QString byline = bylineText(content);
    if (byline.isEmpty() && !contentRoots.contains(tree.section(GUMBO_TAG_BODY))) {
        // The content root can be the paragraphs' container, below a header
        // that holds the byline: look in the rest of the page (furniture
        // and comments still left out). Nothing there needs leaving out.
        ContentScan page;
        HtmlTree::walk(tree.section(GUMBO_TAG_BODY), page);
        byline = bylineText(page);
    }
    const QString metaAuthor = firstOf(document.meta, {"author", "article:author", "dc.creator", "twitter:creator"});
    // article:author is often a profile URL, which is no name to show.
    result.byline = withoutByPrefix(!metaAuthor.isEmpty() && !metaAuthor.contains(QLatin1StringView("://")) ? metaAuthor : byline);

    result.published = firstOf(document.meta, {"article:published_time", "datepublished"});
    if (result.published.isEmpty())
        result.published = !content.published.isEmpty() ? content.published : !content.anyTime.isEmpty() ? content.anyTime : document.firstTime;
    if (result.published.isEmpty())
        result.published = firstOf(document.meta, {"date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publish-date"});

    result.language = language(tree.html(), document.meta);
    result.excerpt = firstOf(document.meta, {"og:description", "description", "twitter:description"});
    for (const QString &address : {firstOf(document.meta, {"og:url"}), document.canonical}) {
        if (isWebAddress(address)) {
            result.address = address;
            break;
        }
    }
    return result;
}

} // namespace Lectern
