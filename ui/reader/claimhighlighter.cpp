// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimhighlighter.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "suggest/articlesuggestions.h"

#include "document/codecolouring.h"

#include <QLinearGradient>
#include <QScopedValueRollback>
#include <QTextBlock>

#include <map>

namespace Lectern {

namespace {
// A second cue beside colour, for readers who cannot tell the colours apart.
QTextCharFormat::UnderlineStyle underlineFor(int styleIndex)
{
    static const QTextCharFormat::UnderlineStyle styles[] = {
        QTextCharFormat::SingleUnderline, QTextCharFormat::DashUnderline,       QTextCharFormat::DotLine,
        QTextCharFormat::WaveUnderline,   QTextCharFormat::DashDotDotLine, QTextCharFormat::DashDotLine,
    };
    return styles[styleIndex % std::size(styles)];
}
} // namespace

ClaimHighlighter::ClaimHighlighter(ArticleAnnotations *annotations, Taxonomy *taxonomy, CodeColouringProvider codeColouring, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_annotations(annotations)
    , m_taxonomy(taxonomy)
    , m_codeColouring(std::move(codeColouring))
{
    // Attached while empty, the highlighter queues no pass over every block.
    Q_ASSERT(document->isEmpty());
    connect(m_annotations, &ArticleAnnotations::highlightsChanged, this, &ClaimHighlighter::rehighlightRange);
    connect(m_taxonomy, &Taxonomy::changed, this, &ClaimHighlighter::invalidateFormats);
}

void ClaimHighlighter::formatBlocks(int first, int last)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    m_formatted.resize(doc->blockCount(), false);
    QTextBlock block = doc->findBlockByNumber(qMax(0, first));
    // A code line's colours depend on the lines before it.
    auto isCode = [](const QTextBlock &b) {
        return b.isValid() && b.blockFormat().nonBreakableLines();
    };
    while (isCode(block) && isCode(block.previous()) && !m_formatted[block.previous().blockNumber()])
        block = block.previous();
    const QScopedValueRollback formatting(m_formatting, true);
    for (; block.isValid() && block.blockNumber() <= last; block = block.next()) {
        if (!m_formatted[block.blockNumber()])
            rehighlightBlock(block);
    }
}

void ClaimHighlighter::invalidateFormats()
{
    // Blocks out of sight keep stale formats until they are formatted again.
    std::fill(m_formatted.begin(), m_formatted.end(), false);
    Q_EMIT formatsInvalidated();
}

void ClaimHighlighter::setDarkMode(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    invalidateFormats();
}

void ClaimHighlighter::setFlashedClaim(qint64 claimId)
{
    const auto previous = m_annotations->claim(m_flashedClaim);
    m_flashedClaim = claimId;
    if (previous)
        rehighlightRange(previous->start(), previous->end());
    if (const auto now = m_annotations->claim(claimId))
        rehighlightRange(now->start(), now->end());
}

void ClaimHighlighter::rehighlightRange(int from, int to)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    if (from <= 0 && to >= doc->characterCount() - 1) {
        invalidateFormats();
        return;
    }
    const QScopedValueRollback formatting(m_formatting, true);
    for (QTextBlock block = doc->findBlock(from); block.isValid() && block.position() <= to; block = block.next())
        rehighlightBlock(block);
}

QTextCharFormat ClaimHighlighter::formatFor(const QList<qint64> &tagIds, bool flashed) const
{
    QTextCharFormat format;
    const int alpha = flashed ? 200 : (m_dark ? 110 : 70);
    QList<QColor> colours;
    for (qint64 tag : tagIds) {
        QColor colour = m_taxonomy->color(tag);
        colour.setAlpha(alpha);
        colours << colour;
    }
    if (colours.isEmpty())
        colours << QColor(128, 128, 128, alpha);
    if (colours.size() == 1) {
        format.setBackground(colours.first());
    } else {
        // Diagonal stripes, one per tag, so no tag hides another.
        QLinearGradient stripes(0, 0, 8.0 * colours.size(), 8.0 * colours.size());
        stripes.setSpread(QGradient::RepeatSpread);
        for (int i = 0; i < colours.size(); ++i) {
            stripes.setColorAt(qreal(i) / colours.size(), colours.at(i));
            stripes.setColorAt(qreal(i + 1) / colours.size() - 0.001, colours.at(i));
        }
        format.setBackground(stripes);
    }
    const qint64 primary = tagIds.isEmpty() ? 0 : tagIds.first();
    format.setUnderlineStyle(underlineFor(m_taxonomy->styleIndex(primary)));
    format.setUnderlineColor(m_dark ? m_taxonomy->color(primary).lighter(130) : m_taxonomy->color(primary).darker(130));
    return format;
}

void ClaimHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const int number = block.blockNumber();
    if (number >= int(m_formatted.size()))
        m_formatted.resize(number + 1, false);
    // Qt formats every block when a document gets its layout: a block never
    // formatted stays plain until it comes into sight, so opening costs one
    // screen; one formatted before (ReaderView formats the first screens
    // before the layout exists) keeps its claims.
    if (!m_formatting && !m_formatted[number])
        return;
    m_formatted[number] = true;
    // ArticleDocument marks code lines, and only them, as unbreakable.
    const bool code = block.blockFormat().nonBreakableLines();
    if (code)
        colourCode(text);
    drawClaims(block.position(), int(text.size()), code);
    if (!code)
        drawSuggestions(block.position(), int(text.size()));
}

void ClaimHighlighter::setSuggestions(ArticleSuggestions *suggestions)
{
    m_suggestions = suggestions;
    connect(m_suggestions, &ArticleSuggestions::highlightsChanged, this, &ClaimHighlighter::rehighlightRange);
}

QTextCharFormat ClaimHighlighter::suggestionFormat(qint64 tagId) const
{
    QTextCharFormat format;
    QColor colour = m_taxonomy->color(tagId);
    colour.setAlpha(m_dark ? 200 : 170);
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(colour);
    return format;
}

void ClaimHighlighter::drawSuggestions(int blockStart, int length)
{
    if (!m_suggestions)
        return;
    // Suggestions never overlap claims, so their format replaces nothing.
    for (const Suggestion &suggestion : m_suggestions->suggestionsIn(blockStart, blockStart + length)) {
        const int from = qMax(0, suggestion.start - blockStart);
        const int to = qMin(length, suggestion.end - blockStart);
        if (to > from)
            setFormat(from, to - from, suggestionFormat(suggestion.tagId));
    }
}

void ClaimHighlighter::colourCode(const QString &text)
{
    CodeColouring *colouring = m_codeColouring();
    if (!colouring)
        return;
    const QString language = currentBlock().blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
    const QTextBlock previous = currentBlock().previous();
    QTextBlockUserData *state = currentBlockUserData();
    QList<CodeColouring::Run> runs;
    const bool changed = colouring->colourLine(language, m_dark, text, previous.isValid() ? previous.userData() : nullptr, &state, &runs);
    if (state != currentBlockUserData())
        setCurrentBlockUserData(state);
    for (const CodeColouring::Run &run : std::as_const(runs))
        setFormat(run.offset, run.length, run.format);
    if (changed)
        setCurrentBlockState(currentBlockState() ^ 1); // makes Qt go on to the next line
}

void ClaimHighlighter::drawClaims(int blockStart, int length, bool code)
{
    const QList<Highlight> claims = m_annotations->highlightsIn(blockStart, blockStart + length);
    if (claims.isEmpty())
        return;
    // Cut the block where any claim starts or ends; each piece gets the
    // union of the tags of the claims covering it.
    std::map<int, int> cuts{{0, 0}, {length, 0}};
    for (const Highlight &claim : claims) {
        cuts[qBound(0, claim.start - blockStart, length)];
        cuts[qBound(0, claim.end - blockStart, length)];
    }
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const int from = it->first;
        const int to = std::next(it)->first;
        QList<qint64> tags;
        bool covered = false;
        bool flashed = false;
        for (const Highlight &claim : claims) {
            if (!claim.overlaps(blockStart + from, blockStart + to))
                continue;
            covered = true;
            flashed = flashed || claim.id == m_flashedClaim;
            for (qint64 tag : claim.tagIds) {
                if (!tags.contains(tag))
                    tags << tag;
            }
        }
        if (!covered || from == to)
            continue;
        const QTextCharFormat claimFormat = formatFor(tags, flashed);
        if (!code) {
            setFormat(from, to - from, claimFormat);
            continue;
        }
        for (int i = from; i < to; ++i) {
            QTextCharFormat merged = format(i);
            merged.merge(claimFormat);
            setFormat(i, 1, merged);
        }
    }
}

} // namespace Lectern
