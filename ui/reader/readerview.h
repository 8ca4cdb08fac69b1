// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/article.h"
#include "document/articledocument.h"

#include <QPointer>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

class QLabel;
class QMenu;

namespace Lectern {

class ArticleAnnotations;
class ArticleSuggestions;
class ClaimHighlighter;
class Taxonomy;
struct Claim;

/// Shows one article for reading: its title and byline above a text column
/// capped near 70 characters and centred.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    /// Claims are drawn from annotations, coloured by the taxonomy.
    void setAnnotations(ArticleAnnotations *annotations, Taxonomy *taxonomy);
    /// Pending suggestions are drawn under the claims.
    void setSuggestions(ArticleSuggestions *suggestions);

    void showArticle(const Article &article);
    /// The selected range of the canonical text; empty when nothing is selected.
    std::pair<int, int> selectedRange() const;
    /// Leaves the cursor where the selection started: a new claim's
    /// highlight shows in its own colour, not under the selection's, and
    /// the cursor stands in it (N edits it).
    void collapseSelection();
    void selectRange(int start, int end);
    /// The claims under the cursor, or touching the selection.
    QList<Claim> claimsAtCursor() const;
    /// Scrolls to a claim, selects it and makes it flash.
    void revealClaim(qint64 claimId);
    /// The first position shown at the top, and scrolling back to one.
    int topPosition() const;
    void scrollToPosition(int position);
    void setDarkMode(bool dark);
    /// Font family, size and line spacing; lays the article out again.
    void setTypography(const ArticleDocument::Style &style);
    const ArticleDocument::Style &typography() const { return m_style; }
    /// Selects and scrolls to the first place one of terms occurs.
    void revealFirstMatch(const QStringList &terms);

    void copySelection();
    void selectAllText();
    void zoomInText();
    void zoomOutText();
    void resetZoom();

Q_SIGNALS:
    /// The mouse made a selection and let go: time to offer tags.
    void selectionFinished();
    /// Fill in the context menu for position (in the canonical text).
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// A drag that began or ended inside a word takes the whole word.
    void snapSelectionToWords();
    QTextDocument *buildDocument(const Article &article);
    void attachHighlighter(QTextDocument *document);
    void updateMargins();
    void updateMarginsFor(const QTextDocument *content);
    void setHeader(const Article &article);
    void formatVisibleBlocks();
    std::pair<QTextBlock, QTextBlock> visibleBlocks() const;
    int blocksInFirstScreen(const QTextDocument *document) const;

    QString claimToolTip(const QList<Claim> &claims) const;

    QLabel *m_header;
    Article m_article;
    ArticleDocument::Style m_style = ArticleDocument::defaultStyle();
    ArticleAnnotations *m_annotations = nullptr;
    Taxonomy *m_taxonomy = nullptr;
    QPointer<ClaimHighlighter> m_highlighter; // owned by the document
    ArticleSuggestions *m_suggestions = nullptr;
    bool m_dark = false;
    int m_zoom = 0;
};

} // namespace Lectern
