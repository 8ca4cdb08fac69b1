// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltextholders.h"

#include "clutterrules.h"
#include "htmlrules.h"
#include "htmltextbuilder.h"
#include "htmltree.h"

#include <QList>

#include <vector>

namespace Lectern {

namespace {

// One pass: the hinted elements in document order (enough of them for any
// page) and the block holding the longest run of text of its own, outside
// what never holds the article (a long reader comment is not the story).
class Survey
{
public:
    static constexpr qsizetype Limit = 64;
    QList<const GumboNode *> hinted;
    const GumboNode *densest = nullptr;

    bool enter(const GumboNode *element)
    {
        if (HtmlRules::isNeverText(element) || HtmlRules::isHidden(element) || !HtmlRules::pageChrome(element).isEmpty())
            return false;
        if (hinted.size() < Limit && !HtmlRules::unlikelyHint(element).isEmpty())
            hinted.append(element);
        const bool neverContent = ClutterRules::builtIn().isNeverContent(element);
        m_neverContentDepth += neverContent ? 1 : 0;
        m_frames.push_back({0, neverContent});
        return true;
    }

    void leave(const GumboNode *element)
    {
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        m_neverContentDepth -= frame.neverContent ? 1 : 0;
        if (!HtmlRules::isBlock(HtmlTree::tag(element))) {
            if (!m_frames.empty())
                m_frames.back().run += frame.run;
            return;
        }
        if (m_neverContentDepth == 0 && !frame.neverContent && frame.run > m_densestRun) {
            m_densestRun = frame.run;
            densest = element;
        }
    }

    void text(const GumboNode *node)
    {
        if (!m_frames.empty())
            m_frames.back().run += HtmlTree::text(node).trimmed().size();
    }

private:
    struct Frame
    {
        qsizetype run = 0;
        bool neverContent = false;
    };
    std::vector<Frame> m_frames;
    qsizetype m_densestRun = 0;
    int m_neverContentDepth = 0;
};

} // namespace

QSet<const GumboNode *> HtmlTextHolders::find(const GumboNode *body)
{
    Survey survey;
    HtmlTree::walk(body, survey);
    QSet<const GumboNode *> holders;
    if (survey.hinted.isEmpty())
        return holders;
    const qsizetype bodyText = HtmlTextBuilder::textOf(body).size();
    for (const GumboNode *element : std::as_const(survey.hinted)) {
        if (!ClutterRules::builtIn().isNeverContent(element) && 2 * HtmlTextBuilder::textOf(element).size() > bodyText)
            holders.insert(element);
    }
    for (const GumboNode *node = survey.densest; HtmlTree::isElement(node) && node != body; node = node->parent) {
        if (!HtmlRules::unlikelyHint(node).isEmpty())
            holders.insert(node);
    }
    return holders;
}

} // namespace Lectern
