// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocument.h"

#include "article/article.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

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
    case Block::Kind::Table:
        format.setLineHeight(100, QTextBlockFormat::SingleHeight);
        format.setBottomMargin(style.bodyFont.pointSizeF() * 0.25);
        format.setLeftMargin(12);
        break;
    case Block::Kind::Paragraph:
        break;
    }
    return format;
}

// A table's rows are lines whose cells are separated by tabs: tab stops at
// the widest cell of each column line them up, and every character keeps
// its place in the canonical text.
QList<QTextOption::Tab> columnStops(const Block &table, const ArticleDocument::Style &style)
{
    QList<qsizetype> widths;
    for (const QString &row : table.text.split(QLatin1Char('\n'))) {
        const QStringList cells = row.split(QLatin1Char('\t'));
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column >= widths.size())
                widths.append(0);
            widths[column] = std::max(widths[column], cells[column].size());
        }
    }
    // An average glyph is about half the font's size wide; a gap of two.
    const qreal glyph = style.bodyFont.pointSizeF() * 0.55;
    QList<QTextOption::Tab> stops;
    qreal position = 12;
    for (qsizetype column = 0; column + 1 < widths.size(); ++column) {
        position += qreal(std::min<qsizetype>(widths[column], 40) + 2) * glyph;
        stops.append(QTextOption::Tab(position, QTextOption::LeftTab));
    }
    return stops;
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
        QTextBlockFormat format = blockFormat(block, style);
        if (block.kind == Block::Kind::Table)
            format.setTabPositions(columnStops(block, style));
        // Code and tables keep their line breaks as separate document
        // blocks, matching the '\n' in the canonical text one for one.
        const QStringList lines = block.hasLines() ? block.text.split(QLatin1Char('\n')) : QStringList{block.text};
        for (qsizetype row = 0; row < lines.size(); ++row) {
            const QString &line = lines[row];
            QTextCharFormat chars = charFormat(block, style);
            QTextBlockFormat rowFormat = format;
            if (block.kind == Block::Kind::Table) {
                if (row < block.level)
                    chars.setFontWeight(QFont::Bold); // a header row
                if (row + 1 == lines.size())
                    rowFormat.setBottomMargin(style.bodyFont.pointSizeF() * 0.8); // as a paragraph ends
            }
            if (first) {
                cursor.setBlockFormat(rowFormat);
                cursor.setBlockCharFormat(chars);
                first = false;
            } else {
                cursor.insertBlock(rowFormat, chars);
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
