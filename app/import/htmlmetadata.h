// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <gumbo.h>

namespace Lectern {

class HtmlTree;

/// An HTML page's metadata, from Open Graph and <meta> tags first, then
/// from the page's own markup (<title>, the first <h1>, a byline element,
/// <time datetime>, <html lang>).
class HtmlMetadata
{
public:
    struct Result
    {
        QString title;
        QString byline;
        QString published;
        QString site;
        QString language;
        QString excerpt;
        QString address; ///< og:url or <link rel=canonical>, when absolute http(s)
        /// The element the byline was read from, inside the content: the
        /// writer leaves it out so the author's name is not also a paragraph.
        const GumboNode *bylineElement = nullptr;
    };

    /// contentRoots: where to look first for a byline and a date, so the
    /// article's own win over those of a comment or a sidebar.
    static Result read(const HtmlTree &tree, const QList<const GumboNode *> &contentRoots);

    /// "Title | Site" → "Title" when the suffix (or a prefix) is the site's name.
    static QString stripSiteName(const QString &title, const QString &site);
};

} // namespace Lectern
