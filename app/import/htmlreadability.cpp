// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreadability.h"

#include "htmlarticleparts.h"
#include "htmlcontainerpruner.h"
#include "htmlrules.h"
#include "htmlscorer.h"
#include "htmltextholders.h"
#include "htmltree.h"

#include <QSet>

namespace Lectern {

namespace {

// An <article> or <main> with less than this is a teaser or a wrapper for
// the title only, not the article.
constexpr qsizetype MinimumSemanticText = 140;

const HtmlCandidate *largest(const QList<HtmlCandidate> &candidates, bool (*accept)(const GumboNode *))
{
    const HtmlCandidate *best = nullptr;
    for (const HtmlCandidate &candidate : candidates) {
        if (accept(candidate.node) && (!best || candidate.plainText() > best->plainText()))
            best = &candidate;
    }
    return best && best->plainText() >= MinimumSemanticText ? best : nullptr;
}

const HtmlCandidate *topScored(const QList<HtmlCandidate> &candidates)
{
    const HtmlCandidate *top = nullptr;
    for (const HtmlCandidate &candidate : candidates) {
        if (candidate.scored && (!top || candidate.score > top->score))
            top = &candidate;
    }
    return top;
}

qsizetype textUnder(const QList<const GumboNode *> &roots, const QList<HtmlCandidate> &candidates)
{
    const QSet<const GumboNode *> set(roots.cbegin(), roots.cend());
    qsizetype total = 0;
    for (const HtmlCandidate &candidate : candidates) {
        if (set.contains(candidate.node))
            total += candidate.text;
    }
    return total;
}

} // namespace

bool HtmlReadability::isExcluded(const GumboNode *element, Strictness strictness, const QSet<const GumboNode *> &textHolders)
{
    if (HtmlRules::isNeverText(element) || HtmlRules::isHidden(element))
        return true;
    if (!HtmlRules::pageChrome(element).isEmpty())
        return true;
    return !textHolders.contains(element) && !HtmlRules::unlikelyHint(element, strictness == Strictness::Lenient).isEmpty();
}

HtmlReadability::Content HtmlReadability::find(const GumboNode *body, Strictness strictness)
{
    const QSet<const GumboNode *> holders = HtmlTextHolders::find(body);
    HtmlScorer scorer(strictness, holders);
    HtmlTree::walk(body, scorer);
    const QList<HtmlCandidate> candidates = scorer.takeCandidates();
    qsizetype bodyText = 0;
    HtmlCandidateIndex byNode;
    byNode.reserve(candidates.size());
    for (const HtmlCandidate &candidate : candidates) {
        byNode.insert(candidate.node, &candidate);
        if (candidate.node == body)
            bodyText = candidate.text;
    }

    Content content;
    if (const HtmlCandidate *article = largest(candidates, [](const GumboNode *node) { return HtmlTree::isElement(node, GUMBO_TAG_ARTICLE); })) {
        content.roots = HtmlArticleParts::articles(*article, byNode);
        if (content.roots.size() == 1)
            content.outside = HtmlContainerPruner::outside(*article, candidates, byNode, holders);
    } else if (const HtmlCandidate *main = largest(candidates, HtmlScorer::isMain)) {
        content.roots = {main->node};
        content.outside = HtmlContainerPruner::outside(*main, candidates, byNode, holders);
    } else if (const HtmlCandidate *top = topScored(candidates)) {
        content.roots = HtmlArticleParts::around(*HtmlContainerPruner::climb(top, body, byNode), byNode, body);
    }
    content.textLength = textUnder(content.roots, candidates);
    content.textHolders = holders;
    if (content.roots.isEmpty() || (content.textLength < MinimumText && bodyText > content.textLength)) {
        content.roots = {body};
        content.outside.clear();
        content.textLength = bodyText;
    }
    return content;
}

} // namespace Lectern
