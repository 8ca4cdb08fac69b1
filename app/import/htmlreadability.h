// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QSet>

#include <gumbo.h>

namespace Lectern {

/// Finds the article inside a web page, as browsers' reader modes do: an
/// <article> or <main> holding real text when the page has one (a section
/// front's series of teaser <article>s whole), else the container that
/// scores best (HtmlScorer: Readability's heuristic), plus the siblings and
/// cousins that look like more of the same (HtmlArticleParts). Clutter
/// inside is left out by HtmlRules::unlikelyHint (ClutterRules), and what a
/// chosen <article> or <main> holds besides the article by
/// HtmlContainerPruner.
class HtmlReadability
{
public:
    /// Whether an element is dropped before scoring and writing. Strict
    /// drops what role, class, id or heading hint to be clutter (comments,
    /// share bars, cookie banners, menus): right for nearly every page, but a
    /// page that names its content oddly can lose it, hence the lenient
    /// retry, which still drops what is clutter on any page (comments, share
    /// bars) but not what only may be (a "menu-wrapper").
    enum class Strictness { Strict, Lenient };

    struct Content
    {
        QList<const GumboNode *> roots; ///< in document order
        qsizetype textLength = 0; ///< visible characters under the roots
        /// Elements whose class or id hints boilerplate but which hold the
        /// article: kept (see HtmlTextHolders).
        QSet<const GumboNode *> textHolders;
        /// Blocks inside the chosen <article> or <main> that are not the
        /// article, with why (HtmlContainerPruner).
        QHash<const GumboNode *, QString> outside;
    };

    /// Below this many characters a choice is suspect: fall back to the
    /// whole body, then to lenient rules.
    static constexpr qsizetype MinimumText = 200;

    static Content find(const GumboNode *body, Strictness strictness);
    /// Whether the scoring pass and the writer leave out element (and its
    /// subtree). A hint never leaves out one of textHolders.
    static bool isExcluded(const GumboNode *element, Strictness strictness, const QSet<const GumboNode *> &textHolders = {});
};

} // namespace Lectern
