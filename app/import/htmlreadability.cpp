// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreadability.h"

#include "htmlrules.h"
#include "htmltextholders.h"
#include "htmltree.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Lectern {

namespace {

// An <article> or <main> with less than this is a teaser or a wrapper for
// the title only, not the article.
constexpr qsizetype MinimumSemanticText = 140;
// Readability's thresholds.
constexpr qsizetype MinimumParagraph = 25;
constexpr qsizetype SiblingParagraph = 80;

struct Measure
{
    qsizetype length = 0;
    qsizetype commas = 0;
};

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Characters as a reader sees them (runs of white space count once) and
// commas, including the CJK and Arabic ones, straight from UTF-8.
Measure measure(QByteArrayView utf8, bool &afterSpace)
{
    Measure result;
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype size = utf8.size();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = bytes[i];
        if ((c & 0xC0) == 0x80)
            continue;
        if (isAsciiSpace(c)) {
            if (!afterSpace)
                ++result.length;
            afterSpace = true;
            continue;
        }
        afterSpace = false;
        ++result.length;
        const auto next = [&](qsizetype k) { return i + k < size ? bytes[i + k] : 0; };
        if (c == ',' || (c == 0xEF && next(1) == 0xBC && next(2) == 0x8C) || (c == 0xE3 && next(1) == 0x80 && next(2) == 0x81)
            || (c == 0xD8 && next(1) == 0x8C))
            ++result.commas;
    }
    return result;
}

int initialScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool isMain(const GumboNode *element)
{
    return HtmlTree::isElement(element, GUMBO_TAG_MAIN) || HtmlTree::attribute(element, "role") == "main";
}

struct Candidate
{
    const GumboNode *node = nullptr;
    qsizetype text = 0;
    qsizetype linkText = 0;
    double score = 0; ///< final: content score, tag and class, link penalty
    bool scored = false;

    double linkDensity() const { return text > 0 ? double(linkText) / double(text) : 0.0; }
    qsizetype plainText() const { return text - linkText; }
};

// One pass over the body: text and link-text lengths bottom-up, paragraph
// scores credited to the ancestors still on the stack. Linear in the page.
class Scorer
{
public:
    Scorer(HtmlReadability::Strictness strictness, const QSet<const GumboNode *> &textHolders)
        : m_strictness(strictness)
        , m_textHolders(textHolders)
    {
    }

    bool enter(const GumboNode *element)
    {
        if (!m_frames.empty() && HtmlReadability::isExcluded(element, m_strictness, m_textHolders))
            return false;
        m_frames.push_back({element});
        if (HtmlTree::isElement(element, GUMBO_TAG_A))
            ++m_linkDepth;
        return true;
    }

    void text(const GumboNode *node)
    {
        if (m_frames.empty())
            return;
        Frame &frame = m_frames.back();
        const Measure m = measure(HtmlTree::text(node), m_afterSpace);
        frame.directText += m.length;
        frame.directCommas += m.commas;
        if (m_linkDepth > 0)
            frame.linkText += m.length;
    }

    void leave(const GumboNode *element)
    {
        Frame frame = m_frames.back();
        m_frames.pop_back();
        const GumboTag tag = HtmlTree::tag(element);
        if (tag == GUMBO_TAG_A)
            --m_linkDepth;
        frame.text += frame.directText;
        frame.commas += frame.directCommas;
        creditAncestors(tag, frame);
        record(tag, frame, m_frames.empty());
        if (!m_frames.empty()) {
            Frame &parent = m_frames.back();
            parent.text += frame.text;
            parent.linkText += frame.linkText;
            parent.commas += frame.commas;
        }
    }

    QList<Candidate> takeCandidates() { return std::move(m_candidates); }

private:
    struct Frame
    {
        const GumboNode *node = nullptr;
        qsizetype text = 0;
        qsizetype directText = 0;
        qsizetype linkText = 0;
        qsizetype commas = 0;
        qsizetype directCommas = 0;
        double score = 0;
        bool scored = false;
    };

    // A paragraph's score goes to its parent, half to its grandparent and a
    // sixth to the great-grandparent: the container of many paragraphs wins.
    void creditAncestors(GumboTag tag, const Frame &frame)
    {
        qsizetype length = 0;
        qsizetype commas = 0;
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD) {
            length = frame.text;
            commas = frame.commas;
        } else if (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
            // Text written straight into a container is a paragraph too.
            length = frame.directText;
            commas = frame.directCommas;
        }
        if (length < MinimumParagraph)
            return;
        const double score = 1.0 + double(commas) + double(std::min<qsizetype>(length / 100, 3));
        const double dividers[] = {1.0, 2.0, 6.0};
        const size_t levels = std::min<size_t>(3, m_frames.size());
        for (size_t level = 0; level < levels; ++level) {
            Frame &ancestor = m_frames[m_frames.size() - 1 - level];
            ancestor.score += score / dividers[level];
            ancestor.scored = true;
        }
    }

    // Keeps what the choice needs: scored containers, paragraphs (possible
    // siblings), <article>, <main> and the root (the fallback).
    void record(GumboTag tag, const Frame &frame, bool isRoot)
    {
        const bool paragraph = tag == GUMBO_TAG_P && frame.text >= MinimumParagraph;
        if (!frame.scored && !paragraph && !isRoot && tag != GUMBO_TAG_ARTICLE && !isMain(frame.node))
            return;
        Candidate candidate{frame.node, frame.text, frame.linkText, 0.0, frame.scored};
        if (frame.scored) {
            const double base = frame.score + initialScore(tag) + HtmlRules::classWeight(frame.node);
            candidate.score = base * (1.0 - candidate.linkDensity());
        }
        m_candidates.append(candidate);
    }

    HtmlReadability::Strictness m_strictness;
    const QSet<const GumboNode *> &m_textHolders;
    std::vector<Frame> m_frames;
    QList<Candidate> m_candidates;
    int m_linkDepth = 0;
    bool m_afterSpace = true;
};

const Candidate *largest(const QList<Candidate> &candidates, bool (*accept)(const GumboNode *))
{
    const Candidate *best = nullptr;
    for (const Candidate &candidate : candidates) {
        if (accept(candidate.node) && (!best || candidate.plainText() > best->plainText()))
            best = &candidate;
    }
    return best && best->plainText() >= MinimumSemanticText ? best : nullptr;
}

const Candidate *topScored(const QList<Candidate> &candidates)
{
    const Candidate *top = nullptr;
    for (const Candidate &candidate : candidates) {
        if (candidate.scored && (!top || candidate.score > top->score))
            top = &candidate;
    }
    return top;
}

// Readability's climb: when an ancestor scores higher than the candidate
// below it (before dropping under a third of the top score), the content
// is spread over that ancestor's children.
const Candidate *climb(const Candidate *top, const GumboNode *body, const QHash<const GumboNode *, const Candidate *> &byNode)
{
    const double threshold = top->score / 3;
    double last = top->score;
    for (const GumboNode *node = top->node->parent; HtmlTree::isElement(node) && node != body; node = node->parent) {
        const Candidate *candidate = byNode.value(node);
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

const GumboNode *firstChildElement(const GumboNode *element)
{
    const GumboVector &children = element->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (HtmlTree::isElement(child))
            return child;
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

// Content split over sibling containers (a lead paragraph, then the body
// div; a document in sections): take the top candidate's siblings that
// score close to it, are plainly paragraphs of prose, or are its next
// sections.
QList<const GumboNode *> withSiblings(const Candidate &top, const QHash<const GumboNode *, const Candidate *> &byNode)
{
    const GumboNode *parent = top.node->parent;
    if (!HtmlTree::isElement(parent))
        return {top.node};
    const double threshold = std::max(10.0, top.score * 0.2);
    const bool sections = isHeadedSection(top.node);
    QList<const GumboNode *> roots;
    const GumboVector &children = parent->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        const Candidate *candidate = byNode.value(child);
        if (child == top.node) {
            roots.append(child);
        } else if (candidate && candidate->scored && candidate->score >= threshold) {
            roots.append(child);
        } else if (sections && isHeadedSection(child)) {
            roots.append(child);
        } else if (candidate && HtmlTree::isElement(child, GUMBO_TAG_P) && candidate->text >= SiblingParagraph && candidate->linkDensity() < 0.25) {
            roots.append(child);
        }
    }
    return roots;
}

qsizetype textUnder(const QList<const GumboNode *> &roots, const QList<Candidate> &candidates)
{
    const QSet<const GumboNode *> set(roots.cbegin(), roots.cend());
    qsizetype total = 0;
    for (const Candidate &candidate : candidates) {
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
    Scorer scorer(strictness, holders);
    HtmlTree::walk(body, scorer);
    const QList<Candidate> candidates = scorer.takeCandidates();
    qsizetype bodyText = 0;
    for (const Candidate &candidate : candidates) {
        if (candidate.node == body)
            bodyText = candidate.text;
    }

    Content content;
    if (const Candidate *article = largest(candidates, [](const GumboNode *node) { return HtmlTree::isElement(node, GUMBO_TAG_ARTICLE); })) {
        content.roots = {article->node};
    } else if (const Candidate *main = largest(candidates, isMain)) {
        content.roots = {main->node};
    } else if (const Candidate *top = topScored(candidates)) {
        QHash<const GumboNode *, const Candidate *> byNode;
        byNode.reserve(candidates.size());
        for (const Candidate &candidate : candidates)
            byNode.insert(candidate.node, &candidate);
        content.roots = withSiblings(*climb(top, body, byNode), byNode);
    }
    content.textLength = textUnder(content.roots, candidates);
    content.textHolders = holders;
    if (content.roots.isEmpty() || (content.textLength < MinimumText && bodyText > content.textLength)) {
        content.roots = {body};
        content.textLength = bodyText;
    }
    return content;
}

} // namespace Lectern
