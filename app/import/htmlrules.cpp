// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlrules.h"

#include "clutterrules.h"
#include "htmltree.h"

#include <QByteArrayList>

namespace Lectern {

namespace {

bool hasPrefixIgnoringCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

bool HtmlRules::isNeverText(const GumboNode *element)
{
    switch (HtmlTree::tag(element)) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    // Ruby annotations repeat the base text's reading: keep the base only.
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
        return true;
    default:
        return false;
    }
}

bool HtmlRules::isHidden(const GumboNode *element)
{
    if (HtmlTree::hasAttribute(element, "hidden"))
        return true;
    if (HtmlTree::attribute(element, "aria-hidden").compare("true", Qt::CaseInsensitive) == 0)
        return true;
    const QByteArrayView style = HtmlTree::attribute(element, "style");
    if (style.isEmpty())
        return false;
    QByteArray compact = style.toByteArray().toLower();
    compact.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    return compact.contains("display:none") || compact.contains("visibility:hidden");
}

QString HtmlRules::pageChrome(const GumboNode *element)
{
    switch (HtmlTree::tag(element)) {
    case GUMBO_TAG_NAV:
        return QStringLiteral("nav");
    case GUMBO_TAG_ASIDE:
        return QStringLiteral("aside");
    case GUMBO_TAG_FOOTER:
        return QStringLiteral("footer");
    case GUMBO_TAG_DIALOG:
        return QStringLiteral("dialog");
    default:
        return {};
    }
}

QString HtmlRules::unlikelyHint(const GumboNode *element, bool strongOnly)
{
    const GumboTag tag = HtmlTree::tag(element);
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        return {};
    const QByteArray role = HtmlTree::attribute(element, "role").toByteArray().toLower();
    static const QByteArrayList chromeRoles{
        "navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "alert", "banner", "contentinfo", "search"};
    if (chromeRoles.contains(role))
        return QString::fromLatin1(role);
    const ClutterRules &rules = ClutterRules::builtIn();
    if (QString hint = rules.classHint(element, strongOnly); !hint.isEmpty())
        return hint;
    return rules.blockHint(element);
}

int HtmlRules::classWeight(const GumboNode *element)
{
    return ClutterRules::builtIn().classWeight(element);
}

bool HtmlRules::isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SEARCH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

int HtmlRules::headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

bool HtmlRules::isList(GumboTag tag)
{
    return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_MENU || tag == GUMBO_TAG_DIR;
}

QString HtmlRules::codeLanguage(const GumboNode *element)
{
    const QByteArrayList classes = HtmlTree::attribute(element, "class").toByteArray().simplified().split(' ');
    for (const QByteArray &name : classes) {
        for (QByteArrayView prefix : {QByteArrayView("language-"), QByteArrayView("lang-")}) {
            if (hasPrefixIgnoringCase(name, prefix) && name.size() > prefix.size())
                return QString::fromUtf8(QByteArrayView(name).sliced(prefix.size())).toLower();
        }
    }
    return {};
}

} // namespace Lectern
