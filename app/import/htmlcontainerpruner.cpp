// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcontainerpruner.h"

#include "htmlarticleparts.h"
#include "htmlrules.h"
#include "htmlscorer.h"
#include "htmltree.h"

#include <algorithm>

namespace Lectern {

namespace {

// A run of at least this many links, at least half the block's text, is
// navigation or teasers, wherever it sits.
constexpr int LinkRunLinks = 5;
constexpr double LinkRunDensity = 0.5;
// After the article, a block with a heading, a mark of a story (a date, an
// <article>, a linked headline) and this much text that is not a link is a
// story of its own (a second story, teasers with their blurbs), not the
// article's notes or questions: Readability's length for a sibling
// paragraph that is plainly prose.
constexpr qsizetype StoryText = 80;
// The paragraphs the container holds itself, when it scores above any block
// inside: Readability's shortest paragraph, and a quarter of links at most.
constexpr double ProseLinkDensity = 0.25;

const GumboNode *child(const GumboNode *element, unsigned int i)
{
    return static_cast<const GumboNode *>(element->v.element.children.data[i]);
}

bool isInside(const GumboNode *node, const GumboNode *container)
{
    for (const GumboNode *up = node ? node->parent : nullptr; up; up = up->parent) {
        if (up == container)
            return true;
    }
    return false;
}

// What a block holds: its visible text, the part of it in links, its links,
// and what marks a story: a heading, a date or an <article> of its own, a
// headline that is a link (a teaser's).
struct BlockShape
{
    qsizetype length = 0;
    qsizetype linkLength = 0;
    int links = 0;
    int linkDepth = 0;
    int headingDepth = 0;
    bool heading = false;
    bool storyMark = false;

    bool enter(const GumboNode *element)
    {
        if (HtmlRules::isNeverText(element) || HtmlRules::isHidden(element))
            return false;
        const GumboTag tag = HtmlTree::tag(element);
        if (tag == GUMBO_TAG_A) {
            ++links;
            ++linkDepth;
        }
        if (HtmlRules::headingLevel(tag) > 0) {
            heading = true;
            ++headingDepth;
        }
        storyMark = storyMark || tag == GUMBO_TAG_TIME || tag == GUMBO_TAG_ARTICLE || (linkDepth > 0 && headingDepth > 0);
        return true;
    }
    void leave(const GumboNode *element)
    {
        const GumboTag tag = HtmlTree::tag(element);
        if (tag == GUMBO_TAG_A)
            --linkDepth;
        if (HtmlRules::headingLevel(tag) > 0)
            --headingDepth;
    }
    void text(const GumboNode *node)
    {
        const QByteArrayView bytes = HtmlTree::text(node);
        const qsizetype visible = std::count_if(bytes.begin(), bytes.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; });
        length += visible;
        if (linkDepth > 0)
            linkLength += visible;
    }
};

// Why block is not the article, or nothing. Only after the article does a
// story of its own count: before it sit the headline and the standfirst.
QString reasonToLeaveOut(const GumboNode *block, bool afterArticle)
{
    BlockShape shape;
    HtmlTree::walk(block, shape);
    if (shape.links >= LinkRunLinks && double(shape.linkLength) >= LinkRunDensity * double(shape.length))
        return QStringLiteral("links beside the article");
    if (afterArticle && shape.heading && shape.storyMark && shape.length - shape.linkLength >= StoryText)
        return QStringLiteral("another story");
    return {};
}

// The container's own paragraphs, when the climb ends at it.
QList<const GumboNode *> ownParagraphs(const HtmlCandidate &container, const HtmlCandidateIndex &byNode)
{
    const double threshold = std::max(10.0, container.score * 0.2);
    QList<const GumboNode *> parts;
    for (unsigned int i = 0; i < container.node->v.element.children.length; ++i) {
        const HtmlCandidate *candidate = byNode.value(child(container.node, i));
        if (!candidate || candidate->linkDensity() >= ProseLinkDensity)
            continue;
        if (HtmlTree::isElement(candidate->node, GUMBO_TAG_P) || (candidate->scored && candidate->score >= threshold))
            parts.append(candidate->node);
    }
    return parts;
}

QList<const GumboNode *> articleParts(const HtmlCandidate &container, const QList<HtmlCandidate> &candidates, const HtmlCandidateIndex &byNode)
{
    const HtmlCandidate *top = nullptr;
    for (const HtmlCandidate &candidate : candidates) {
        if (candidate.scored && (!top || candidate.score > top->score) && isInside(candidate.node, container.node))
            top = &candidate;
    }
    if (!top)
        return ownParagraphs(container, byNode);
    top = HtmlContainerPruner::climb(top, container.node->parent, byNode);
    if (top == &container || top->node == container.node)
        return ownParagraphs(container, byNode);
    return HtmlArticleParts::around(*top, byNode, container.node);
}

// A block inside that is a small part of the container (one teaser of a
// section front without <article>s) is no sure sign of where the article
// is: the container is taken whole then.
bool holdsMostText(const QList<const GumboNode *> &parts, const HtmlCandidate &container, const HtmlCandidateIndex &byNode)
{
    qsizetype text = 0;
    for (const GumboNode *part : parts) {
        if (const HtmlCandidate *candidate = byNode.value(part))
            text += candidate->plainText();
    }
    return text > 0 && 2 * text >= container.plainText();
}

struct Pruning
{
    QSet<const GumboNode *> parts;
    QSet<const GumboNode *> path; // the parts' ancestors up to the container
    const QSet<const GumboNode *> &holders;
    QHash<const GumboNode *, QString> outside;
    qsizetype seen = 0;

    // In document order, so that what follows the last part is known.
    void visit(const GumboNode *element)
    {
        for (unsigned int i = 0; i < element->v.element.children.length; ++i) {
            const GumboNode *block = child(element, i);
            if (parts.contains(block))
                ++seen;
            else if (path.contains(block))
                visit(block);
            else if (HtmlTree::isElement(block) && !holders.contains(block))
                judge(block);
        }
    }
    void judge(const GumboNode *block)
    {
        const QString reason = reasonToLeaveOut(block, seen == parts.size());
        if (!reason.isEmpty())
            outside.insert(block, reason);
    }
};

} // namespace

const HtmlCandidate *HtmlContainerPruner::climb(const HtmlCandidate *top, const GumboNode *bound, const HtmlCandidateIndex &byNode)
{
    const double threshold = top->score / 3;
    double last = top->score;
    for (const GumboNode *node = top->node->parent; HtmlTree::isElement(node) && node != bound; node = node->parent) {
        const HtmlCandidate *candidate = byNode.value(node);
        if (!candidate || !candidate->scored)
            continue;
        if (candidate->score < threshold)
            break;
        if (candidate->score > last)
            return candidate;
        last = candidate->score;
    }
    return top;
}

QHash<const GumboNode *, QString> HtmlContainerPruner::outside(
    const HtmlCandidate &container, const QList<HtmlCandidate> &candidates, const HtmlCandidateIndex &byNode, const QSet<const GumboNode *> &holders)
{
    const QList<const GumboNode *> parts = articleParts(container, candidates, byNode);
    if (!holdsMostText(parts, container, byNode))
        return {};
    Pruning pruning {QSet<const GumboNode *>(parts.cbegin(), parts.cend()), {}, holders, {}};
    for (const GumboNode *part : parts) {
        for (const GumboNode *up = part->parent; up && up != container.node && !pruning.path.contains(up); up = up->parent)
            pruning.path.insert(up);
    }
    pruning.visit(container.node);
    return pruning.outside;
}

} // namespace Lectern
