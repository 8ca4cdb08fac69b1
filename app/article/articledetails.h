// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

namespace Lectern {

/// What a reader may correct about an article without touching its text:
/// the fields of Lectern ▸ Edit Article Details and `lectern edit`.
struct ArticleDetails
{
    QString title;
    QString byline;
    QString site;
    QString published; ///< ISO 8601 date or date-time, may be empty
    QString address; ///< the web address the article states
    QStringList topics; ///< kept as the article's own tags (Article::tags)

    static ArticleDetails of(const Article &article) { return {article.title, article.byline, article.site, article.published, article.address, article.tags}; }
    void applyTo(Article *article) const
    {
        article->title = title;
        article->byline = byline;
        article->site = site;
        article->published = published;
        article->address = address;
        article->tags = topics;
    }
};

} // namespace Lectern
