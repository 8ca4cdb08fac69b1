// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "article/article.h"
#include "document/articledocument.h"
#include "search/searchengine.h"

#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>

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
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The text of the open article; select text with the mouse or Shift and the arrow keys"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_header->setAccessibleName(tr("Article title"));
    setPlaceholderText(tr("Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here."));
}

void ReaderView::showArticle(const Article &article)
{
    ArticleDocument::build(document(), article, ArticleDocument::defaultStyle());
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
