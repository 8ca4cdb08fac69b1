// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "gutenbergtitle.h"
#include "htmlblockwriter.h"
#include "htmlmetadata.h"
#include "htmlreadability.h"
#include "htmltree.h"
#include "textdecoder.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

// Where the HTML standard's prescan looks for a declaration.
constexpr qsizetype PrescanBytes = 4096;

bool isLabelChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':' || c == '+';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The value after `key` `=` in lower-cased markup, quotes optional.
QByteArray labelAfter(QByteArrayView markup, QByteArrayView key)
{
    qsizetype at = markup.indexOf(key);
    if (at < 0)
        return {};
    at += key.size();
    while (at < markup.size() && isSpace(markup.at(at)))
        ++at;
    if (at >= markup.size() || markup.at(at) != '=')
        return {};
    ++at;
    while (at < markup.size() && (isSpace(markup.at(at)) || markup.at(at) == '"' || markup.at(at) == '\''))
        ++at;
    const qsizetype start = at;
    while (at < markup.size() && isLabelChar(markup.at(at)))
        ++at;
    return markup.sliced(start, at - start).toByteArray();
}

QByteArray xmlDeclarationCharset(QByteArrayView head)
{
    qsizetype at = 0;
    while (at < head.size() && isSpace(head.at(at)))
        ++at;
    if (!head.sliced(at).startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>", at);
    return labelAfter(head.sliced(at, (end < 0 ? head.size() : end) - at), "encoding");
}

QByteArray metaCharset(QByteArrayView head)
{
    for (qsizetype at = head.indexOf("<meta"); at >= 0; at = head.indexOf("<meta", at + 5)) {
        const qsizetype end = head.indexOf('>', at);
        // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
        const QByteArray label = labelAfter(head.sliced(at, (end < 0 ? head.size() : end) - at), "charset");
        if (!label.isEmpty())
            return label;
    }
    return {};
}

// WHATWG Encoding: these labels all mean windows-1252, and a document that
// could declare UTF-16 in ASCII is not UTF-16.
QByteArray canonicalLabel(const QByteArray &label)
{
    static const QByteArrayList windows1252{"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii", "cp1252", "x-cp1252", "cp819",
        "ibm819", "csisolatin1", "iso-ir-100", "iso_8859-1:1987", "ansi_x3.4-1968", "x-user-defined"};
    if (windows1252.contains(label))
        return QByteArrayLiteral("windows-1252");
    if (label.startsWith("utf-16") || label == "unicode" || label == "ucs-2")
        return QByteArrayLiteral("UTF-8");
    return label;
}

// An XML declaration or the XHTML namespace near the top: an e-book chapter
// or a page saved as XHTML, whose "<x/>" mean empty elements.
bool isXhtml(const QString &html)
{
    const QStringView head = QStringView(html).first(std::min<qsizetype>(html.size(), 1024));
    return head.trimmed().startsWith(u"<?xml") || head.contains(u"http://www.w3.org/1999/xhtml");
}

QString emptyError()
{
    return QCoreApplication::translate("Lectern::HtmlImporter", "The file is empty.");
}

HtmlReadability::Content findContent(const GumboNode *body, HtmlReadability::Strictness &strictness)
{
    strictness = HtmlReadability::Strictness::Strict;
    HtmlReadability::Content content = HtmlReadability::find(body, strictness);
    if (content.textLength >= HtmlReadability::MinimumText)
        return content;
    // Strict hints found (nearly) nothing: maybe the page called its content
    // something like "menu-wrapper". Retry trusting only the hints that mark
    // clutter on any page (comments, share bars).
    HtmlReadability::Content lenient = HtmlReadability::find(body, HtmlReadability::Strictness::Lenient);
    if (lenient.textLength <= content.textLength)
        return content;
    strictness = HtmlReadability::Strictness::Lenient;
    return lenient;
}

// Browsers note where they saved a page from: <!-- saved from url=(0042)https://… -->.
QString savedFromAddress(const QString &html)
{
    static const QRegularExpression savedFrom(QStringLiteral("<!--\\s*saved from url=\\(\\d+\\)(https?://[^\\s>]+?)\\s*-->"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = savedFrom.matchView(QStringView(html).first(std::min<qsizetype>(html.size(), PrescanBytes)));
    return match.hasMatch() ? match.captured(1) : QString();
}

Article articleWith(const HtmlMetadata::Result &metadata)
{
    Article article;
    article.title = metadata.title;
    article.byline = metadata.byline;
    article.published = metadata.published;
    article.site = metadata.site;
    article.language = metadata.language;
    article.excerpt = metadata.excerpt;
    article.address = metadata.address;
    if (QString title, author; GutenbergTitle::split(article.title, &title, &author)) {
        article.title = title;
        if (article.byline.isEmpty())
            article.byline = author;
    }
    return article;
}

} // namespace

QString HtmlImporter::format() const
{
    return QStringLiteral("html");
}

ImportResult HtmlImporter::parse(const QByteArray &data, const QString &fileName) const
{
    if (data.isEmpty())
        return ImportResult::failure(emptyError());
    TextDecoder::Result decoded = TextDecoder::decode(data, declaredCharset(data));
    ImportResult result = parseHtml(std::move(decoded.text), fileName);
    if (result.ok())
        decoded.applyTo(result.article);
    return result;
}

ImportResult HtmlImporter::parseHtml(QString html, const QString &fileName, Extraction extraction) const
{
    if (QStringView(html).trimmed().isEmpty())
        return ImportResult::failure(emptyError());
    const QByteArray utf8 = (isXhtml(html) ? HtmlTree::expandSelfClosingTags(html) : html).toUtf8();
    const QString savedFrom = extraction == Extraction::ReaderView ? savedFromAddress(html) : QString();
    html = QString(); // gumbo reads the UTF-8 copy; a large page need not be held twice

    qint64 elements = 0;
    if (HtmlTree::estimatedDepth(utf8, MaximumNesting, &elements) > MaximumNesting)
        return ImportResult::failure(
            QCoreApplication::translate("Lectern::HtmlImporter", "The page is nested too deeply (more than %1 levels) to be read safely.").arg(MaximumNesting));
    if (elements > HtmlTree::elementBudget(utf8.size()))
        return ImportResult::failure(QCoreApplication::translate("Lectern::HtmlImporter",
                                                                 "The page has %1 elements, more than a page of its size can be read with (%2) "
                                                                 "within memory: it looks like data rather than an article.")
                                         .arg(QLocale().toString(elements), QLocale().toString(HtmlTree::elementBudget(utf8.size()))));

    const HtmlTree tree(utf8);
    const GumboNode *body = tree.section(GUMBO_TAG_BODY);
    if (!body)
        return ImportResult::failure(noTextError());

    HtmlBlockWriter::Options options;
    QList<const GumboNode *> roots{body};
    if (extraction == Extraction::ReaderView) {
        HtmlReadability::Content content = findContent(body, options.strictness);
        roots = std::move(content.roots);
        options.textHolders = std::move(content.textHolders);
        options.outside = std::move(content.outside);
    }
    const HtmlMetadata::Result metadata = HtmlMetadata::read(tree, roots);
    options.readerView = extraction == Extraction::ReaderView;
    options.renderedMarkup = extraction == Extraction::RenderedMarkup;
    if (options.readerView) {
        options.title = metadata.title;
        options.skip = metadata.bylineElement;
    }
    HtmlBlockWriter writer(options);
    for (const GumboNode *root : std::as_const(roots))
        writer.write(root);

    Article article = articleWith(metadata);
    article.blocks = writer.takeBlocks();
    if (article.blocks.isEmpty())
        return ImportResult::failure(noTextError());
    article.removed = writer.takeRemoved();
    if (article.address.isEmpty() && extraction == Extraction::ReaderView)
        article.address = savedFrom;
    article.source = fileName;
    article.format = format();
    return ImportResult::success(std::move(article));
}

QByteArray HtmlImporter::declaredCharset(QByteArrayView data)
{
    const QByteArray head = data.first(std::min(data.size(), PrescanBytes)).toByteArray().toLower();
    QByteArray label = xmlDeclarationCharset(head);
    if (label.isEmpty())
        label = metaCharset(head);
    return canonicalLabel(label);
}

QString HtmlImporter::noTextError()
{
    return QCoreApplication::translate("Lectern::HtmlImporter", "The page contains no readable text.");
}

} // namespace Lectern
