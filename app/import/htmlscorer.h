// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmlcandidate.h"
#include "htmlreadability.h"

#include <QList>
#include <QSet>

#include <vector>

namespace Lectern {

/// Readability's scoring in one pass over the body (an HtmlTree::walk
/// visitor): text and link-text lengths bottom-up, each paragraph's score
/// credited to the ancestors still on the stack. A paragraph is a <p>, or a
/// run of text written straight into a container, however it is wrapped
/// (<span>s, <br>s): such pages have no <p> at all. Linear in the page.
class HtmlScorer
{
public:
    /// Readability's shortest paragraph worth a score.
    static constexpr qsizetype MinimumParagraph = 25;

    HtmlScorer(HtmlReadability::Strictness strictness, const QSet<const GumboNode *> &textHolders);

    bool enter(const GumboNode *element);
    void text(const GumboNode *node);
    void leave(const GumboNode *element);

    /// Scored containers, paragraphs, <article>, <main> and the root.
    QList<HtmlCandidate> takeCandidates() { return std::move(m_candidates); }

    static bool isMain(const GumboNode *element);

private:
    struct Frame
    {
        const GumboNode *node = nullptr;
        qsizetype text = 0;
        qsizetype linkText = 0;
        qsizetype commas = 0;
        double score = 0;
        bool scored = false;
        // The run of text since the last block or paragraph break, and the
        // scores of the runs closed so far.
        qsizetype run = 0;
        qsizetype runCommas = 0;
        qsizetype runLinkText = 0;
        double runScores = 0;
        int runs = 0;
        bool hasBlockChild = false;
    };

    Frame &block();
    void closeRun(Frame &frame);
    void creditRuns(GumboTag tag, Frame &frame);
    void credit(double score, size_t fromLevel);
    void record(GumboTag tag, const Frame &frame, bool isRoot);

    HtmlReadability::Strictness m_strictness;
    const QSet<const GumboNode *> &m_textHolders;
    std::vector<Frame> m_frames;
    std::vector<size_t> m_blocks; ///< indexes of the block elements in m_frames
    QList<HtmlCandidate> m_candidates;
    int m_linkDepth = 0;
    bool m_afterSpace = true;
};

} // namespace Lectern
