// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlarticleparts.h"

#include "clutterrules.h"
#include "htmlrules.h"
#include "htmltree.h"

#include <QByteArray>

#include <algorithm>

namespace Lectern {

namespace {

// Readability's length for a sibling <p> that is plainly more prose.
constexpr qsizetype SiblingParagraph = 80;
// This many blocks of one kind side by side are a series (steps, teasers).
constexpr int SeriesLength = 3;

const GumboNode *child(const GumboNode *element, unsigned int i)
{
    return static_cast<const GumboNode *>(element->v.element.children.data[i]);
}

unsigned int childCount(const GumboNode *element)
{
    return element->v.element.children.length;
}

const GumboNode *firstChildElement(const GumboNode *element)
{
    for (unsigned int i = 0; i < childCount(element); ++i) {
        if (HtmlTree::isElement(child(element, i)))
            return child(element, i);
    }
    return nullptr;
}

const GumboNode *previousSiblingElement(const GumboNode *element)
{
    const GumboNode *parent = element->parent;
    for (unsigned int i = element->index_within_parent; HtmlTree::isElement(parent) && i-- > 0;) {
        if (HtmlTree::isElement(child(parent, i)))
            return child(parent, i);
    }
    return nullptr;
}

// A <section> that opens with a heading, beside the chosen one: the next
// part of the same document, however short or full of links it is.
bool isHeadedSection(const GumboNode *element)
{
    if (!HtmlTree::isElement(element, GUMBO_TAG_SECTION))
        return false;
    const GumboNode *first = firstChildElement(element);
    return first && HtmlRules::headingLevel(HtmlTree::tag(first)) > 0;
}

// What blocks of a series share: the tag and the first class name
// ("div step"); empty for a block without a class, which says nothing.
QByteArray kindOf(const GumboNode *element)
{
    const QByteArray classes = HtmlTree::attribute(element, "class").toByteArray().simplified();
    if (classes.isEmpty())
        return {};
    const qsizetype space = classes.indexOf(' ');
    return QByteArray::number(int(HtmlTree::tag(element))) + ' ' + (space < 0 ? classes : classes.first(space));
}

bool isScoredProse(const HtmlCandidate *candidate, double threshold)
{
    return candidate && candidate->scored && candidate->score >= threshold && candidate->linkDensity() < 0.25;
}

// How many scored blocks of prose of each kind parent holds.
QHash<QByteArray, int> seriesOf(const GumboNode *parent, const HtmlCandidateIndex &candidates)
{
    QHash<QByteArray, int> series;
    for (unsigned int i = 0; i < childCount(parent); ++i) {
        if (isScoredProse(candidates.value(child(parent, i)), 0.0))
            ++series[kindOf(child(parent, i))];
    }
    series.remove(QByteArray());
    return series;
}

double siblingThreshold(const HtmlCandidate &top)
{
    return std::max(10.0, top.score * 0.2);
}

// Siblings that score close to top, are plainly paragraphs of prose, are
// its next sections, belong to a series of prose blocks (steps), or are
// its lead (a standfirst in a block of its own, named so: an author's note
// before a chapter is not one).
QList<const GumboNode *> withSiblings(const HtmlCandidate &top, const HtmlCandidateIndex &candidates)
{
    const GumboNode *parent = top.node->parent;
    if (!HtmlTree::isElement(parent))
        return {top.node};
    const double threshold = siblingThreshold(top);
    const bool sections = isHeadedSection(top.node);
    const QHash<QByteArray, int> series = seriesOf(parent, candidates);
    const GumboNode *lead = previousSiblingElement(top.node);
    QList<const GumboNode *> roots;
    for (unsigned int i = 0; i < childCount(parent); ++i) {
        const GumboNode *sibling = child(parent, i);
        const HtmlCandidate *candidate = candidates.value(sibling);
        const bool prose = isScoredProse(candidate, 0.0);
        if (sibling == top.node || (candidate && candidate->scored && candidate->score >= threshold) || (sections && isHeadedSection(sibling))
            || (candidate && HtmlTree::isElement(sibling, GUMBO_TAG_P) && candidate->text >= SiblingParagraph && candidate->linkDensity() < 0.25)
            || (prose && series.value(kindOf(sibling)) >= SeriesLength) || (prose && sibling == lead && ClutterRules::builtIn().isLead(sibling)))
            roots.append(sibling);
    }
    return roots;
}

// The blocks under a sibling of parent's own kind (the other half of the
// story) that would pass as top's siblings: the whole of it when it does.
void appendCousins(const GumboNode *uncle, const HtmlCandidate &top, const HtmlCandidateIndex &candidates, QList<const GumboNode *> &roots)
{
    const double threshold = siblingThreshold(top);
    if (isScoredProse(candidates.value(uncle), threshold)) {
        roots.append(uncle);
        return;
    }
    for (unsigned int i = 0; i < childCount(uncle); ++i) {
        if (isScoredProse(candidates.value(child(uncle, i)), threshold))
            roots.append(child(uncle, i));
    }
}

} // namespace

QList<const GumboNode *> HtmlArticleParts::around(const HtmlCandidate &top, const HtmlCandidateIndex &candidates, const GumboNode *body)
{
    const QList<const GumboNode *> siblings = withSiblings(top, candidates);
    const GumboNode *parent = top.node->parent;
    const QByteArray kind = HtmlTree::isElement(parent) ? kindOf(parent) : QByteArray();
    if (kind.isEmpty() || parent == body || !HtmlTree::isElement(parent->parent))
        return siblings;
    QList<const GumboNode *> roots;
    const GumboNode *grandparent = parent->parent;
    for (unsigned int i = 0; i < childCount(grandparent); ++i) {
        const GumboNode *uncle = child(grandparent, i);
        if (uncle == parent)
            roots.append(siblings);
        else if (HtmlTree::isElement(uncle) && kindOf(uncle) == kind)
            appendCousins(uncle, top, candidates, roots);
    }
    return roots;
}

QList<const GumboNode *> HtmlArticleParts::articles(const HtmlCandidate &largest, const HtmlCandidateIndex &candidates)
{
    const GumboNode *parent = largest.node->parent;
    if (!HtmlTree::isElement(parent))
        return {largest.node};
    QList<const GumboNode *> series;
    qsizetype text = 0;
    for (unsigned int i = 0; i < childCount(parent); ++i) {
        const GumboNode *sibling = child(parent, i);
        if (const HtmlCandidate *candidate = candidates.value(sibling); candidate && HtmlTree::isElement(sibling, GUMBO_TAG_ARTICLE)) {
            series.append(sibling);
            text += candidate->plainText();
        }
    }
    if (series.size() >= SeriesLength && 2 * largest.plainText() < text)
        return series;
    return {largest.node};
}

} // namespace Lectern
