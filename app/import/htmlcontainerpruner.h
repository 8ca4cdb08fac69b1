// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmlcandidate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Lectern {

/// Scores inside the <article> or <main> a page's reader view takes, as
/// Readability does inside the body: the block that scores best there and
/// its siblings (HtmlArticleParts) are the article; what else the container
/// holds that is plainly not (a second story, teasers, a long run of links)
/// is left out with its reason. Blocks that may be the article's own (a
/// header, a figure, a short note) stay: the container was chosen for a
/// reason, and the class-name rules (ClutterRules) prune the rest.
class HtmlContainerPruner
{
public:
    /// Blocks under container that are not the article, each with why.
    /// holders (HtmlTextHolders) are never left out.
    static QHash<const GumboNode *, QString> outside(
        const HtmlCandidate &container, const QList<HtmlCandidate> &candidates, const HtmlCandidateIndex &byNode, const QSet<const GumboNode *> &holders);
    /// Readability's climb from top towards bound (exclusive): when an
    /// ancestor scores higher than the candidate below it (before dropping
    /// under a third of the top score), the content is spread over that
    /// ancestor's children.
    static const HtmlCandidate *climb(const HtmlCandidate *top, const GumboNode *bound, const HtmlCandidateIndex &byNode);
};

} // namespace Lectern
