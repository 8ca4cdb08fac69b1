// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocument.h"

#include "article/article.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace Lectern {

namespace {

QTextBlockFormat blockFormat(const Block &block, const ArticleDocument::Style &style)
{
    QTextBlockFormat format;
    format.setLineHeight(style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(style.bodyFont.pointSizeF() * 0.8);
    switch (block.kind) {
    case Block::Kind::Heading:
        format.setHeadingLevel(qBound(1, block.level, 6));
        format.setTopMargin(style.bodyFont.pointSizeF() * 1.2);
        format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        break;
    case Block::Kind::Quote:
        format.setLeftMargin(24);
        format.setRightMargin(24);
        break;
    case Block::Kind::ListItem:
        format.setIndent(1 + qMax(0, block.level));
        format.setBottomMargin(style.bodyFont.pointSizeF() * 0.3);
        break;
    case Block::Kind::Code:
        format.setLineHeight(100, QTextBlockFormat::SingleHeight);
        format.setLeftMargin(12);
        format.setBottomMargin(0);
        format.setNonBreakableLines(true);
        format.setProperty(QTextFormat::BlockCodeLanguage, block.language);
        break;
    case Block::Kind::Paragraph:
        break;
    }
    return format;
}

QTextCharFormat charFormat(const Block &block, const ArticleDocument::Style &style)
{
    QTextCharFormat format;
    switch (block.kind) {
    case Block::Kind::Heading: {
        static const qreal scale[] = {1.8, 1.45, 1.25, 1.1, 1.0, 1.0};
        format.setFontPointSize(style.bodyFont.pointSizeF() * scale[qBound(1, block.level, 6) - 1]);
        format.setFontWeight(QFont::Bold);
        break;
    }
    case Block::Kind::Quote:
        format.setFontItalic(true);
        break;
    case Block::Kind::Code:
        format.setFont(style.codeFont);
        break;
    default:
        break;
    }
    return format;
}

} // namespace

ArticleDocument::Style ArticleDocument::defaultStyle()
{
    Style style;
    style.bodyFont = QFont(QStringLiteral("serif"));
    style.bodyFont.setStyleHint(QFont::Serif);
    style.bodyFont.setPointSizeF(12);
    style.codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    style.codeFont.setPointSizeF(style.bodyFont.pointSizeF() * 0.9);
    return style;
}

void ArticleDocument::build(QTextDocument *document, const Article &article, const Style &style)
{
    document->clear();
    document->setDefaultFont(style.bodyFont);
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    QTextList *list = nullptr;
    for (const Block &block : article.blocks) {
        const QTextBlockFormat format = blockFormat(block, style);
        const QTextCharFormat chars = charFormat(block, style);
        // Code keeps its line breaks as separate document blocks, matching
        // the '\n' in the canonical text one for one.
        const QStringList lines = block.kind == Block::Kind::Code ? block.text.split(QLatin1Char('\n')) : QStringList{block.text};
        for (const QString &line : lines) {
            if (first) {
                cursor.setBlockFormat(format);
                cursor.setBlockCharFormat(chars);
                first = false;
            } else {
                cursor.insertBlock(format, chars);
            }
            cursor.insertText(line, chars);
        }
        if (block.kind == Block::Kind::ListItem) {
            if (!list) {
                QTextListFormat listFormat;
                listFormat.setStyle(QTextListFormat::ListDisc);
                list = cursor.createList(listFormat);
            } else {
                list->add(cursor.block());
            }
        } else {
            list = nullptr;
        }
    }
    cursor.endEditBlock();
}

} // namespace Lectern
