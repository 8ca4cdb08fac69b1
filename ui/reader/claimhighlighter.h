// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

#include <functional>

#include <vector>

namespace Lectern {

class ArticleAnnotations;
class ArticleSuggestions;
class CodeColouring;
class Taxonomy;
struct Claim;

/// Draws claims over the article, block by block: for each block it asks the
/// annotations which claims touch it, so adding or removing one claim
/// re-formats only its own blocks. Code blocks are coloured (CodeColouring)
/// in the same pass, and claims are drawn over them.
class ClaimHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// One per article document, and owned by it: moving a highlighter to
    /// another document would clear every format of the old one first.
    /// The document must still be empty; its blocks are then formatted only
    /// when formatBlocks() asks, so a long article opens at the cost of its
    /// first screen.
    /// The code colouring is asked for only when a code block is coloured:
    /// loading it costs more than opening most articles.
    using CodeColouringProvider = std::function<CodeColouring *()>;
    ClaimHighlighter(ArticleAnnotations *annotations, Taxonomy *taxonomy, CodeColouringProvider codeColouring, QTextDocument *document);

    /// Draws pending suggestions as a second layer: faint dotted underlines
    /// in the proposed tag's colour, under no claim.
    void setSuggestions(ArticleSuggestions *suggestions);
    QTextCharFormat suggestionFormat(qint64 tagId) const;

    /// Dark themes need stronger fills and a dark code theme.
    void setDarkMode(bool dark);
    /// Briefly marks one claim (when the side panel jumps to it).
    void setFlashedClaim(qint64 claimId);
    /// Re-formats the blocks over [from, to) of the canonical text.
    void rehighlightRange(int from, int to);

    /// Formats blocks first..last (block numbers) not formatted yet.
    void formatBlocks(int first, int last);

    /// The format claims carrying these tags get; public for the legend.
    QTextCharFormat formatFor(const QList<qint64> &tagIds, bool flashed = false) const;

Q_SIGNALS:
    /// Every block must be formatted again: the reader re-formats what shows.
    void formatsInvalidated();

protected:
    void highlightBlock(const QString &text) override;

private:
    void colourCode(const QString &text);
    void drawClaims(int blockStart, int length, bool code);
    void invalidateFormats();
    void drawSuggestions(int blockStart, int length);

    ArticleAnnotations *m_annotations;
    Taxonomy *m_taxonomy;
    ArticleSuggestions *m_suggestions = nullptr;
    CodeColouringProvider m_codeColouring;
    bool m_dark = false;
    qint64 m_flashedClaim = 0;
    std::vector<bool> m_formatted; // by block number
    bool m_formatting = false; // inside a pass we asked for
};

} // namespace Lectern
