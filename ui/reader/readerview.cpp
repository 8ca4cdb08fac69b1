// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "article/article.h"
#include "claimhighlighter.h"
#include "document/articledocument.h"
#include "document/codecolouring.h"
#include "linkopener.h"
#include "search/searchengine.h"
#include "text/wordsnap.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace Lectern {

namespace {
constexpr int columnCharacters = 70;
constexpr int headerPadding = 12;
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
    , m_header(new QLabel(this))
{
    setReadOnly(true);
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, new LinkOpener(this), &LinkOpener::open);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The text of the open article; select text with the mouse or Shift and the arrow keys"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_header->setAccessibleName(tr("Article title"));
    // A scroll bar that came and went would change the column's width, and
    // lay the article out again, whenever an article is longer than the window.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::formatVisibleBlocks);
    setPlaceholderText(tr("Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here."));
}

ReaderView::~ReaderView() = default;

void ReaderView::setTypography(const ArticleDocument::Style &style)
{
    m_style = style;
    if (m_article.blocks.isEmpty())
        return;
    const int top = topPosition();
    showArticle(m_article);
    scrollToPosition(top);
}

void ReaderView::showArticle(const Article &article)
{
    m_article = article;
    QTextDocument *built = buildDocument(article);
    // QTextEdit deletes only the document it made itself; ours go after the paint.
    if (document()->parent() == this)
        document()->deleteLater();
    // Title and margins before the document: changing the viewport's width
    // after setDocument() would lay the first screen out again.
    setHeader(article);
    updateMarginsFor(built);
    setDocument(built);
    // Building the document leaves the cursor at its end; open at the top.
    setTextCursor(QTextCursor(document()));
    verticalScrollBar()->setValue(0);
    formatVisibleBlocks();
}

QTextDocument *ReaderView::buildDocument(const Article &article)
{
    // A fresh document, built before any layout is attached to it, is laid
    // out lazily: the first paint lays out the first screen and Qt lays out
    // the rest in steps between events. Claims are drawn on the blocks in
    // sight as they come into sight, so 10,000 highlights cost nothing until seen.
    auto *built = new QTextDocument(this);
    attachHighlighter(built);
    {
        const QSignalBlocker quiet(built);
        ArticleDocument::build(built, article, m_style);
    }
    // Formatted before setDocument() lays out the first screen: formatting
    // a laid-out block lays it out again. Two screens, as formatVisibleBlocks()
    // formats a screen either side of the one in sight.
    if (m_highlighter)
        m_highlighter->formatBlocks(0, 2 * blocksInFirstScreen(built) + 2);
    // A null page size lays nothing out. Otherwise the layout setDocument()
    // attaches would lay out the first screen at the document's default width,
    // just before QTextEdit gives it the viewport's.
    built->setPageSize(QSizeF(0, 0));
    return built;
}

void ReaderView::formatVisibleBlocks()
{
    // Hidden (an article opened before the window shows), the view has no
    // real size yet, and a hit test would lay out the whole article at it.
    if (!m_highlighter || !m_highlighter->document() || !isVisible())
        return;
    const auto [first, last] = visibleBlocks();
    // A screen's worth either side, so scrolling a line shows no plain text.
    const int margin = last.blockNumber() - first.blockNumber() + 2;
    m_highlighter->formatBlocks(first.blockNumber() - margin, last.blockNumber() + margin);
}

int ReaderView::blocksInFirstScreen(const QTextDocument *document) const
{
    // Generous: a screen of the 70-character column holds far fewer.
    const int characters = qMax(4000, 70 * viewport()->height() / 8);
    QTextBlock block = document->findBlock(characters);
    return block.isValid() ? block.blockNumber() : document->blockCount() - 1;
}

std::pair<QTextBlock, QTextBlock> ReaderView::visibleBlocks() const
{
    // From the bottom up: hit-testing the bottom lays the screen out, while
    // Qt's hit test above text still being laid out lands on the wrong block.
    const QTextBlock last = cursorForPosition(QPoint(viewport()->width() / 2, viewport()->height())).block();
    const qreal top = verticalScrollBar()->value();
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    QTextBlock first = last;
    while (first.previous().isValid() && layout->blockBoundingRect(first.previous()).bottom() > top)
        first = first.previous();
    return {first, last};
}

void ReaderView::setAnnotations(ArticleAnnotations *annotations, Taxonomy *taxonomy)
{
    m_annotations = annotations;
    m_taxonomy = taxonomy;
    if (!m_article.blocks.isEmpty())
        showArticle(m_article);
}

void ReaderView::setSuggestions(ArticleSuggestions *suggestions)
{
    m_suggestions = suggestions;
    if (m_highlighter)
        m_highlighter->setSuggestions(suggestions);
}

void ReaderView::attachHighlighter(QTextDocument *document)
{
    if (!m_annotations)
        return;
    m_highlighter = new ClaimHighlighter(m_annotations, m_taxonomy, &CodeColouring::plugin, document);
    m_highlighter->setDarkMode(m_dark);
    if (m_suggestions)
        m_highlighter->setSuggestions(m_suggestions);
    connect(m_highlighter, &ClaimHighlighter::formatsInvalidated, this, &ReaderView::formatVisibleBlocks);
}

std::pair<int, int> ReaderView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ReaderView::collapseSelection()
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(cursor.selectionStart());
    setTextCursor(cursor);
}

void ReaderView::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

QList<Claim> ReaderView::claimsAtCursor() const
{
    if (!m_annotations)
        return {};
    const auto [start, end] = selectedRange();
    return start == end ? m_annotations->claimsAt(start) : m_annotations->claimsIn(start, end);
}

void ReaderView::revealClaim(qint64 claimId)
{
    const auto claim = m_annotations ? m_annotations->claim(claimId) : std::nullopt;
    if (!claim || claim->isOrphan())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(claim->end());
    setTextCursor(cursor);
    ensureCursorVisible();
    cursor.setPosition(claim->start());
    setTextCursor(cursor);
    ensureCursorVisible();
    if (m_highlighter) {
        m_highlighter->setFlashedClaim(claimId);
        QTimer::singleShot(900, m_highlighter, [highlighter = m_highlighter] {
            highlighter->setFlashedClaim(0);
        });
    }
}

int ReaderView::topPosition() const
{
    const QTextBlock block = visibleBlocks().first;
    const qreal top = verticalScrollBar()->value() - document()->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    for (int i = 0; i < lines->lineCount(); ++i) {
        const QTextLine line = lines->lineAt(i);
        if (line.rect().bottom() > top)
            return block.position() + line.textStart();
    }
    return block.position();
}

void ReaderView::scrollToPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
    const QTextBlock block = cursor.block();
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(int(rect.top()));
    setTextCursor(cursor);
}

void ReaderView::setDarkMode(bool dark)
{
    m_dark = dark;
    if (m_highlighter)
        m_highlighter->setDarkMode(dark);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (!textCursor().hasSelection())
        return;
    // Alt keeps the characters dragged over, for a claim inside a word.
    if (!(event->modifiers() & Qt::AltModifier))
        snapSelectionToWords();
    Q_EMIT selectionFinished();
}

void ReaderView::snapSelectionToWords()
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QTextBlock first = document()->findBlock(start);
    const QTextBlock last = document()->findBlock(end);
    const int snappedStart = first.position() + WordSnap::wordStart(first.text(), start - first.position());
    const int snappedEnd = last.position() + WordSnap::wordEnd(last.text(), end - last.position());
    if (snappedStart == start && snappedEnd == end)
        return;
    // The anchor stays where the drag began, so Shift+click extends as before.
    const bool forward = cursor.anchor() <= cursor.position();
    cursor.setPosition(forward ? snappedStart : snappedEnd);
    cursor.setPosition(forward ? snappedEnd : snappedStart, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click outside the selection moves the cursor there first, so
    // the menu acts on what is under the pointer.
    const int position = cursorForPosition(event->pos()).position();
    const auto [start, end] = selectedRange();
    if (position < start || position > end || start == end)
        setTextCursor(cursorForPosition(event->pos()));
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    Q_EMIT contextMenuAboutToShow(menu.get(), position);
    menu->exec(event->globalPos());
}

bool ReaderView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_annotations) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
        const QString tip = claimToolTip(m_annotations->claimsAt(position));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextBrowser::event(event);
}

QString ReaderView::claimToolTip(const QList<Claim> &claims) const
{
    QStringList parts;
    for (const Claim &claim : claims) {
        QStringList tags;
        for (qint64 tag : claim.tagIds)
            tags << QStringLiteral("<span style='color:%1'>■</span> %2").arg(m_taxonomy->color(tag).name(), m_taxonomy->path(tag, QStringLiteral(" › ")).toHtmlEscaped());
        QString part = QStringLiteral("<p><b>%1</b><br>%2 · %3").arg(tags.join(QStringLiteral(", ")), Claim::kindName(claim.kind), Claim::stanceName(claim.stance));
        if (!claim.speaker.isEmpty())
            part += QStringLiteral(" · ") + tr("said by %1").arg(claim.speaker.toHtmlEscaped());
        part += QStringLiteral("</p>");
        if (!claim.note.isEmpty())
            part += QStringLiteral("<p>%1</p>").arg(claim.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        parts << part;
    }
    return parts.join(QStringLiteral("<hr>"));
}

void ReaderView::revealFirstMatch(const QStringList &terms)
{
    const qsizetype at = SearchEngine::firstMatch(document()->toPlainText(), terms);
    if (at < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(int(at));
    const QString text = document()->toPlainText();
    qsizetype length = 0;
    for (const QString &term : terms) {
        if (text.mid(at, term.size()).compare(term, Qt::CaseInsensitive) == 0)
            length = qMax(length, term.size());
    }
    cursor.setPosition(int(at + length), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ReaderView::copySelection()
{
    copy();
}

void ReaderView::selectAllText()
{
    selectAll();
}

void ReaderView::zoomInText()
{
    ++m_zoom;
    zoomIn(1);
    updateMargins();
}

void ReaderView::zoomOutText()
{
    --m_zoom;
    zoomOut(1);
    updateMargins();
}

void ReaderView::resetZoom()
{
    zoomIn(-m_zoom);
    m_zoom = 0;
    updateMargins();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReaderView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    formatVisibleBlocks();
}

void ReaderView::setHeader(const Article &article)
{
    QStringList meta;
    for (const QString &part : {article.byline, article.site, article.published.left(10)}) {
        if (!part.isEmpty())
            meta << part.toHtmlEscaped();
    }
    m_header->setText(QStringLiteral("<div style='font-size:x-large; font-weight:600'>%1</div><div style='color:%3'>%2</div>")
                          .arg(article.title.toHtmlEscaped(), meta.join(QStringLiteral(" · ")),
                               // The palette's muted text, so dark and high-contrast schemes keep it legible.
                               palette().color(QPalette::PlaceholderText).name()));
    m_header->setAccessibleDescription(article.title);
}

void ReaderView::updateMargins()
{
    updateMarginsFor(document());
    formatVisibleBlocks();
}

// Long lines tire the eye: keep the column near 70 characters, centred.
void ReaderView::updateMarginsFor(const QTextDocument *content)
{
    const QFontMetricsF metrics(content->defaultFont());
    const int column = int(metrics.horizontalAdvance(QLatin1Char('n')) * columnCharacters * 1.15);
    const int side = qMax(headerPadding, (width() - column) / 2);
    m_header->setFixedWidth(qMax(100, width() - 2 * side));
    const int headerHeight = m_header->heightForWidth(m_header->width()) + 2 * headerPadding;
    setViewportMargins(side, headerHeight, side, 0);
    m_header->setGeometry(side, headerPadding, m_header->width(), headerHeight - 2 * headerPadding);
}

} // namespace Lectern
