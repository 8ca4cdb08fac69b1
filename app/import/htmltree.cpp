// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <QByteArrayList>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace Lectern {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool endsTagName(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

bool nameIs(QByteArrayView name, const QByteArrayList &set)
{
    for (const QByteArray &candidate : set) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Elements whose content the tokenizer reads as text up to their end tag:
// a "<div>" inside a <script> opens nothing.
bool isRawText(QByteArrayView name)
{
    static const QByteArrayList set{"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    return nameIs(name, set);
}

// Void elements never hold children, and the parser closes these others
// itself when the next one starts, so neither deepens the tree.
bool neverNests(QByteArrayView name)
{
    static const QByteArrayList set{"area", "base", "br", "col", "embed", "hr", "img", "image", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp", "html", "head", "body", "a", "nobr", "button", "form"};
    return nameIs(name, set);
}

const char *find(const char *from, const char *end, QByteArrayView needle)
{
    const qsizetype at = QByteArrayView(from, end - from).indexOf(needle);
    return at < 0 ? end : from + at + needle.size();
}

// The '>' that ends a tag, skipping quoted attribute values.
const char *tagEnd(const char *p, const char *end)
{
    char quote = 0;
    for (; p < end; ++p) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'') {
            quote = *p;
        } else if (*p == '>') {
            return p + 1;
        }
    }
    return end;
}

// Just past "</name" (any case), or end.
const char *skipRawText(const char *p, const char *end, QByteArrayView name)
{
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!lt)
            return end;
        p = lt + 1;
        if (p < end && *p == '/' && end - (p + 1) >= name.size() && QByteArrayView(p + 1, name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return tagEnd(p, end);
    }
    return end;
}

bool isVoidElement(QStringView name)
{
    static const QStringList names{QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"), QStringLiteral("col"), QStringLiteral("embed"),
        QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"), QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("param"),
        QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr")};
    return names.contains(name, Qt::CaseInsensitive);
}

} // namespace

HtmlTree::HtmlTree(const QByteArray &utf8)
    : m_utf8(utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    // Every recorded parse error copies the open-element stack: uncapped,
    // deep nesting costs memory quadratic in the depth (3 GB at 20,000 divs).
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlTree::~HtmlTree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const GumboNode *HtmlTree::html() const
{
    return m_output ? m_output->root : nullptr;
}

const GumboNode *HtmlTree::section(GumboTag tag) const
{
    const GumboNode *root = html();
    if (!isElement(root))
        return nullptr;
    const GumboVector &children = root->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isElement(child, tag))
            return child;
    }
    return nullptr;
}

int HtmlTree::estimatedDepth(QByteArrayView utf8, int limit, qint64 *elements)
{
    qint64 opened = 0;
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    int depth = 0;
    int deepest = 0;
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!lt || lt + 1 >= end)
            break;
        p = lt + 1;
        if (*p == '!') {
            p = QByteArrayView(p, end - p).startsWith("!--") ? find(p + 3, end, "-->") : tagEnd(p, end);
            continue;
        }
        const bool closing = *p == '/';
        if (closing)
            ++p;
        if (p >= end || !isAsciiLetter(*p))
            continue; // "a < b" is text, and so is "</ 3"
        const char *nameStart = p;
        while (p < end && !endsTagName(*p))
            ++p;
        const QByteArrayView name(nameStart, p - nameStart);
        p = tagEnd(p, end);
        if (closing) {
            if (depth > 0 && !neverNests(name))
                --depth;
        } else if (isRawText(name)) {
            p = skipRawText(p, end, name);
        } else if (name.compare("plaintext", Qt::CaseInsensitive) == 0) {
            break; // the rest of the input is text
        } else if (++opened; !neverNests(name)) {
            // "<div/>" opens a div in HTML, so a trailing slash changes nothing.
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                break;
        }
    }
    if (elements)
        *elements = opened;
    return deepest;
}

QString HtmlTree::expandSelfClosingTags(const QString &xhtml)
{
    QString html;
    html.reserve(xhtml.size() + xhtml.size() / 16);
    qsizetype copied = 0;
    qsizetype at = 0;
    const qsizetype size = xhtml.size();
    while ((at = xhtml.indexOf(QLatin1Char('<'), at)) >= 0) {
        if (QStringView(xhtml).sliced(at).startsWith(u"<!--")) {
            const qsizetype end = xhtml.indexOf(QLatin1StringView("-->"), at + 4);
            at = end < 0 ? size : end + 3;
            continue;
        }
        qsizetype nameEnd = at + 1;
        while (nameEnd < size && (xhtml.at(nameEnd).isLetterOrNumber() || xhtml.at(nameEnd) == QLatin1Char(':') || xhtml.at(nameEnd) == QLatin1Char('-')))
            ++nameEnd;
        if (nameEnd == at + 1 || !xhtml.at(at + 1).isLetter()) {
            ++at;
            continue;
        }
        qsizetype end = nameEnd;
        QChar quote;
        for (; end < size; ++end) {
            const QChar c = xhtml.at(end);
            if (!quote.isNull())
                quote = c == quote ? QChar() : quote;
            else if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                quote = c;
            else if (c == QLatin1Char('>'))
                break;
        }
        if (end >= size)
            break;
        const QStringView name = QStringView(xhtml).sliced(at + 1, nameEnd - at - 1);
        if (xhtml.at(end - 1) == QLatin1Char('/') && !isVoidElement(name)) {
            html += QStringView(xhtml).sliced(copied, end - 1 - copied);
            html += u"></";
            html += name;
            html += u'>';
            copied = end + 1;
        }
        at = end + 1;
    }
    html += QStringView(xhtml).sliced(copied);
    return html;
}

bool HtmlTree::isElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

bool HtmlTree::isElement(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag;
}

GumboTag HtmlTree::tag(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QByteArrayView HtmlTree::attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute && attribute->value ? QByteArrayView(attribute->value, qsizetype(std::strlen(attribute->value))) : QByteArrayView();
}

bool HtmlTree::hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

QByteArrayView HtmlTree::text(const GumboNode *textNode)
{
    return textNode->v.text.text ? QByteArrayView(textNode->v.text.text, qsizetype(std::strlen(textNode->v.text.text))) : QByteArrayView();
}

} // namespace Lectern
