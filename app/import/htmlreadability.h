// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>

#include <gumbo.h>

namespace Lectern {

/// Finds the article inside a web page, as browsers' reader modes do: an
/// <article> or <main> holding real text when the page has one, else the
/// container that scores best (Readability's heuristic: paragraphs' length
/// and commas credited to their ancestors, class and id hints, a penalty for
/// link-heavy text), plus siblings that look like more of the same.
class HtmlReadability
{
public:
    /// Whether an element is dropped before scoring and writing. Strict also
    /// drops what class, id and role hint to be boilerplate (comments, share
    /// bars, cookie banners): right for nearly every page, but a page that
    /// names its content oddly can lose it, hence the lenient retry.
    enum class Strictness { Strict, Lenient };

    struct Content
    {
        QList<const GumboNode *> roots; ///< in document order
        qsizetype textLength = 0; ///< visible characters under the roots
        /// Elements whose class or id hints boilerplate but which hold most
        /// of the page's text: kept (see textHolders()).
        QSet<const GumboNode *> textHolders;
    };

    /// Below this many characters a choice is suspect: fall back to the
    /// whole body, then to lenient rules.
    static constexpr qsizetype MinimumText = 200;

    static Content find(const GumboNode *body, Strictness strictness);
    /// Whether the scoring pass and the writer leave out element (and its
    /// subtree). A class or id hint never leaves out one of textHolders.
    static bool isExcluded(const GumboNode *element, Strictness strictness, const QSet<const GumboNode *> &textHolders = {});
    /// The elements under body that a class or id hint would leave out but
    /// that hold more than half of its text: a subscriber page's article
    /// sits in "paywall" or "subscriber-content", and is the page.
    static QSet<const GumboNode *> textHolders(const GumboNode *body);
};

} // namespace Lectern
