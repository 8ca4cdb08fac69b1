// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "article/article.h"
#include "claimhighlighter.h"
#include "document/articledocument.h"
#include "linkopener.h"
#include "search/searchengine.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
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
    setPlaceholderText(tr("Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here."));
}

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
    // The build is one edit block: the highlighter formats the new blocks
    // before the layout runs, so the article is laid out once, claims and all.
    ArticleDocument::build(document(), article, m_style);
    QStringList meta;
    for (const QString &part : {article.byline, article.site, article.published.left(10)}) {
        if (!part.isEmpty())
            meta << part.toHtmlEscaped();
    }
    m_header->setText(QStringLiteral("<div style='font-size:x-large; font-weight:600'>%1</div><div style='color:#777'>%2</div>")
                          .arg(article.title.toHtmlEscaped(), meta.join(QStringLiteral(" · "))));
    m_header->setAccessibleDescription(article.title);
    updateMargins();
    // Building the document leaves the cursor at its end; open at the top.
    setTextCursor(QTextCursor(document()));
    verticalScrollBar()->setValue(0);
}

void ReaderView::setAnnotations(ArticleAnnotations *annotations, Taxonomy *taxonomy)
{
    m_annotations = annotations;
    m_taxonomy = taxonomy;
    delete m_highlighter;
    m_highlighter = new ClaimHighlighter(annotations, taxonomy, document());
}

std::pair<int, int> ReaderView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
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
    return cursorForPosition(QPoint(0, 0)).position();
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
    if (m_highlighter)
        m_highlighter->setDarkMode(dark);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (textCursor().hasSelection())
        Q_EMIT selectionFinished();
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

QString ReaderView::headerText() const
{
    return m_header->text();
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

// Long lines tire the eye: keep the column near 70 characters, centred.
void ReaderView::updateMargins()
{
    const QFontMetricsF metrics(document()->defaultFont());
    const int column = int(metrics.horizontalAdvance(QLatin1Char('n')) * columnCharacters * 1.15);
    const int side = qMax(headerPadding, (width() - column) / 2);
    m_header->setFixedWidth(qMax(100, width() - 2 * side));
    const int headerHeight = m_header->heightForWidth(m_header->width()) + 2 * headerPadding;
    setViewportMargins(side, headerHeight, side, 0);
    m_header->setGeometry(side, headerPadding, m_header->width(), headerHeight - 2 * headerPadding);
}

} // namespace Lectern
