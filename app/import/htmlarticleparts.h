// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmlcandidate.h"

#include <QList>

namespace Lectern {

/// Readability's sibling pass, extended: given the block that scored best,
/// the blocks around it that are more of the same article, in document
/// order. Pages split an article over siblings (a lead in a block of its
/// own, then the body; a how-to's steps; a document's sections) and over
/// cousins (two halves of a story, each in its own wrapper, around a
/// sidebar).
class HtmlArticleParts
{
public:
    /// top and its siblings and cousins that belong with it; body bounds
    /// the search.
    static QList<const GumboNode *> around(const HtmlCandidate &top, const HtmlCandidateIndex &candidates, const GumboNode *body);
    /// The largest <article> alone, or, on a section front where it is one
    /// of a series of teaser <article>s none of which holds most of the
    /// text, the whole series.
    static QList<const GumboNode *> articles(const HtmlCandidate &largest, const HtmlCandidateIndex &candidates);
};

} // namespace Lectern
