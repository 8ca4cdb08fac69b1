// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <gumbo.h>

namespace Lectern {

/// What the HTML importer knows about elements: which never hold readable
/// text, which are page furniture, which start a block. One place, so the
/// scoring pass and the block writer always agree.
class HtmlRules
{
public:
    /// Scripts, styles, embedded objects, forms and other elements whose
    /// content is never article text, in any mode.
    static bool isNeverText(const GumboNode *element);
    /// Hidden by attribute or inline style: not shown, so not read.
    static bool isHidden(const GumboNode *element);
    /// Elements that frame a web page rather than belong to its article:
    /// the tag name when so (nav, aside, footer, dialog), else empty.
    static QString pageChrome(const GumboNode *element);
    /// Why an element is probably not content (a comment section, share
    /// buttons, a cookie banner, a list of links, a "More on this story"
    /// box...) judged by its role, class, id and heading (ClutterRules):
    /// the hint that matched, else empty. strongOnly: only what is clutter
    /// on any page, for the lenient pass.
    static QString unlikelyHint(const GumboNode *element, bool strongOnly = false);
    /// Readability's class/id weight: positive for article-like names,
    /// negative for boilerplate-like ones.
    static int classWeight(const GumboNode *element);

    /// Starts and ends a block of text (a paragraph break when rendered).
    static bool isBlock(GumboTag tag);
    /// 1–6 for h1–h6, else 0.
    static int headingLevel(GumboTag tag);
    static bool isList(GumboTag tag);
    /// "cpp" from class="language-cpp" or "lang-cpp", else empty.
    static QString codeLanguage(const GumboNode *element);
};

} // namespace Lectern
