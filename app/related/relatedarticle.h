// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern {

/// An article of the library related to the open one, and why.
struct RelatedArticle {
    qint64 articleId = 0;
    QString title;
    double score = 0;
    QStringList sharedTopics;
    QStringList sharedTags; ///< claim tags, as paths
    QStringList sharedTerms;
    QString site; ///< set when both come from the same site
    QString author; ///< set when both have the same author
    QString why; ///< a short sentence naming what they share
};

/// An item of a curated card's "Related" section, matched to the library
/// by title when it is there (articleId 0 when it is not).
struct CuratedRelated {
    QString label; ///< as the curator wrote it
    qint64 articleId = 0;
    QString title; ///< the library article's title, when matched
};

} // namespace Lectern
