// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>

#include <QSyntaxHighlighter>

namespace Lectern {

class ArticleAnnotations;
class ArticleSuggestions;
class Taxonomy;
struct Claim;

/// Draws claims over the article, block by block: for each block it asks the
/// annotations which claims touch it, so adding or removing one claim
/// re-formats only its own blocks. Code blocks are coloured by
/// KSyntaxHighlighting in the same pass, and claims are drawn over them.
class ClaimHighlighter : public QSyntaxHighlighter, private KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
public:
    ClaimHighlighter(ArticleAnnotations *annotations, Taxonomy *taxonomy, QTextDocument *document);

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

    /// The format claims carrying these tags get; public for the legend.
    QTextCharFormat formatFor(const QList<qint64> &tagIds, bool flashed = false) const;

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void colourCode(const QString &text);
    void drawClaims(int blockStart, int length, bool code);
    void drawSuggestions(int blockStart, int length);

    ArticleAnnotations *m_annotations;
    Taxonomy *m_taxonomy;
    ArticleSuggestions *m_suggestions = nullptr;
    KSyntaxHighlighting::Repository m_repository;
    bool m_dark = false;
    qint64 m_flashedClaim = 0;
};

} // namespace Lectern
