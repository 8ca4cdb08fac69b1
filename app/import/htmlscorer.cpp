// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlscorer.h"

#include "htmlrules.h"
#include "htmltree.h"

#include <algorithm>

namespace Lectern {

namespace {

// A run this long before a <br> is a paragraph of its own; shorter ones are
// the lines of one (a verse, an address).
constexpr qsizetype BrokenParagraph = 80;

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

bool isContainer(GumboTag tag)
{
    return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
}

double paragraphScore(qsizetype length, qsizetype commas)
{
    return 1.0 + double(commas) + double(std::min<qsizetype>(length / 100, 3));
}

} // namespace

HtmlScorer::HtmlScorer(HtmlReadability::Strictness strictness, const QSet<const GumboNode *> &textHolders)
    : m_strictness(strictness)
    , m_textHolders(textHolders)
{
}

bool HtmlScorer::isMain(const GumboNode *element)
{
    return HtmlTree::isElement(element, GUMBO_TAG_MAIN) || HtmlTree::attribute(element, "role") == "main";
}

bool HtmlScorer::enter(const GumboNode *element)
{
    if (!m_frames.empty() && HtmlReadability::isExcluded(element, m_strictness, m_textHolders))
        return false;
    const GumboTag tag = HtmlTree::tag(element);
    if (tag == GUMBO_TAG_BR && !m_blocks.empty()) {
        if (block().run >= BrokenParagraph)
            closeRun(block());
        return false;
    }
    const bool isBlock = m_frames.empty() || HtmlRules::isBlock(tag);
    if (isBlock && !m_blocks.empty()) {
        closeRun(block());
        block().hasBlockChild = true;
    }
    m_frames.push_back({element});
    if (isBlock)
        m_blocks.push_back(m_frames.size() - 1);
    if (tag == GUMBO_TAG_A)
        ++m_linkDepth;
    return true;
}

void HtmlScorer::text(const GumboNode *node)
{
    if (m_frames.empty())
        return;
    const Measure m = measure(HtmlTree::text(node), m_afterSpace);
    Frame &frame = m_frames.back();
    frame.text += m.length;
    frame.commas += m.commas;
    Frame &outer = block();
    outer.run += m.length;
    outer.runCommas += m.commas;
    if (m_linkDepth > 0) {
        frame.linkText += m.length;
        outer.runLinkText += m.length;
    }
}

void HtmlScorer::leave(const GumboNode *element)
{
    const GumboTag tag = HtmlTree::tag(element);
    if (tag == GUMBO_TAG_A)
        --m_linkDepth;
    if (!m_blocks.empty() && m_blocks.back() == m_frames.size() - 1) {
        closeRun(m_frames.back());
        m_blocks.pop_back();
    }
    creditRuns(tag, m_frames.back());
    const Frame frame = m_frames.back();
    m_frames.pop_back();
    record(tag, frame, m_frames.empty());
    if (!m_frames.empty()) {
        Frame &parent = m_frames.back();
        parent.text += frame.text;
        parent.linkText += frame.linkText;
        parent.commas += frame.commas;
    }
}

HtmlScorer::Frame &HtmlScorer::block()
{
    return m_frames[m_blocks.back()];
}

void HtmlScorer::closeRun(Frame &frame)
{
    if (frame.run >= MinimumParagraph && 2 * frame.runLinkText < frame.run) {
        frame.runScores += paragraphScore(frame.run, frame.runCommas);
        ++frame.runs;
    }
    frame.run = 0;
    frame.runCommas = 0;
    frame.runLinkText = 0;
}

// A paragraph's score goes to its parent, half to its grandparent and a
// sixth to the great-grandparent: the container of many paragraphs wins. A
// container of text alone is a paragraph too; one whose text is broken into
// runs (by <br>s, or between blocks) holds paragraphs, as if each were a <p>.
void HtmlScorer::creditRuns(GumboTag tag, Frame &frame)
{
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD) {
        if (frame.text >= MinimumParagraph)
            credit(paragraphScore(frame.text, frame.commas), 1);
    } else if (isContainer(tag) && frame.runs > 0) {
        credit(frame.runScores, frame.runs == 1 && !frame.hasBlockChild ? 1 : 0);
    }
}

// Credits score to the frame `first` levels below the top of the stack and
// to its parent (a half) and grandparent (a sixth).
void HtmlScorer::credit(double score, size_t first)
{
    const double dividers[] = {1.0, 2.0, 6.0};
    for (size_t level = 0; level < 3 && first + level < m_frames.size(); ++level) {
        Frame &ancestor = m_frames[m_frames.size() - 1 - first - level];
        ancestor.score += score / dividers[level];
        ancestor.scored = true;
    }
}

void HtmlScorer::record(GumboTag tag, const Frame &frame, bool isRoot)
{
    const bool paragraph = tag == GUMBO_TAG_P && frame.text >= MinimumParagraph;
    if (!frame.scored && !paragraph && !isRoot && tag != GUMBO_TAG_ARTICLE && !isMain(frame.node))
        return;
    HtmlCandidate candidate {frame.node, frame.text, frame.linkText, 0.0, frame.scored};
    if (frame.scored) {
        const double base = frame.score + initialScore(tag) + HtmlRules::classWeight(frame.node);
        candidate.score = base * (1.0 - candidate.linkDensity());
    }
    m_candidates.append(candidate);
}

} // namespace Lectern
