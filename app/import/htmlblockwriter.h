// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"
#include "htmlreadability.h"
#include "htmltextbuilder.h"

#include <vector>

namespace Lectern {

/// Turns the content elements of an HTML tree into article blocks: headings,
/// paragraphs, list items with their nesting depth, quotes and code blocks
/// with their language. Inline markup is flattened into its block's text.
class HtmlBlockWriter
{
public:
    struct Options
    {
        /// Web pages: leave out page furniture (nav, aside, footer) and, when
        /// strict, what class and id hint to be boilerplate, keeping its text
        /// in the removed list. Off for e-book chapters, whose asides are
        /// footnotes and sidebars that belong to the text.
        bool readerView = true;
        /// Markdown rendered to HTML: an image stands for its alt text and a
        /// task list's box for its state, as the author wrote them.
        bool renderedMarkup = false;
        HtmlReadability::Strictness strictness = HtmlReadability::Strictness::Strict;
        /// An <h1> with this text repeats the title: it is left out.
        QString title;
        /// Left out with its subtree: the byline, already in the metadata.
        const GumboNode *skip = nullptr;
        /// Kept whatever their class or id hints (HtmlTextHolders).
        QSet<const GumboNode *> textHolders;
        /// Left out with their reason, into the removed list: what the
        /// chosen container holds besides the article.
        QHash<const GumboNode *, QString> outside;
    };

    explicit HtmlBlockWriter(Options options);

    /// Appends the blocks of root's subtree; call once per content root.
    void write(const GumboNode *root);
    QList<Block> takeBlocks() { return std::move(m_blocks); }
    QList<RemovedLine> takeRemoved() { return std::move(m_removed); }

    // The HtmlTree::walk visitor interface.
    bool enter(const GumboNode *element);
    void leave(const GumboNode *element);
    void text(const GumboNode *node);

private:
    struct Context
    {
        Block::Kind kind = Block::Kind::Paragraph;
        int level = 0;
    };

    bool isLeftOut(const GumboNode *element);
    void keepRemoved(const GumboNode *element, const QString &reason);
    void enterBlock(GumboTag tag, const GumboNode *element);
    bool writeMarkupText(GumboTag tag, const GumboNode *element);
    bool writeDataTable(const GumboNode *table);
    void leaveBlock(GumboTag tag);
    void lineBreak();
    void flush();

    Options m_options;
    HtmlTextBuilder m_text;
    std::vector<Context> m_contexts;
    QList<Block> m_blocks;
    QList<RemovedLine> m_removed;
    int m_listDepth = 0;
    int m_preDepth = 0;
    int m_svgDepth = 0;
    int m_quoteDepth = 0;
    QString m_codeLanguage;
    bool m_afterBreak = false;
    bool m_titleSkipped = false;
};

} // namespace Lectern
