// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <gumbo.h>

namespace Lectern {

class HtmlTree;

/// An HTML page's metadata, from what it prints and what it states about
/// itself: <meta> tags (Open Graph, Dublin Core, Parse.ly, news sites'),
/// schema.org JSON-LD, <title>, <h1>, a byline element, <time datetime>,
/// <html lang>. Precedence (docs/reader-metadata.md says more):
///
/// - title: the printed <h1> (one of the first few, not the site's name)
///   that is one of the candidates below, or a part of one between
///   separators; else the first candidate, its site name taken off (see
///   TitleCleaner): JSON-LD headline, og:title, dc:title, parsely-title,
///   twitter:title, <meta name=title>, <title> (one cut short with an
///   ellipsis only when no other is left); else the first <h1>.
/// - byline: names only, never a handle or an address, "By" taken off the
///   front: JSON-LD author(s), dc:creator, author, parsely-author, byl,
///   article:author (several tags or authors joined "A, B and C"); else the
///   byline the page prints (an element marked byline or author, without a
///   date after the name); else twitter:creator.
/// - published: article:published_time, JSON-LD datePublished, itemprop
///   datePublished, the article's <time datetime> (a marked one first),
///   any <time>, then date metas (Dublin Core, parsely-pub-date).
/// - site: og:site_name, the JSON-LD publisher's name, application-name.
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
};

} // namespace Lectern
