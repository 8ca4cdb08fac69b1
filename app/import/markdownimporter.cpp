// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "frontmatter.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace Lectern {

namespace {

constexpr int titleMaxLength = 120;
constexpr int defaultPointSize = 12;

QString normalizeLineEndings(QString text)
{
    text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString firstValue(const FrontMatter &front, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        if (QString value = front.value(key); !value.isEmpty())
            return value;
    }
    return {};
}

void applyFrontMatter(const FrontMatter &front, const QString &fileName, Article &article)
{
    article.title = firstValue(front, {QLatin1StringView("title")});
    article.byline = firstValue(front, {QLatin1StringView("author"), QLatin1StringView("authors"), QLatin1StringView("byline")});
    article.published = firstValue(front, {QLatin1StringView("date"), QLatin1StringView("published")});
    article.source = firstValue(front, {QLatin1StringView("source"), QLatin1StringView("url")});
    if (article.source.isEmpty())
        article.source = fileName;
    article.language = firstValue(front, {QLatin1StringView("lang"), QLatin1StringView("language")});
    article.site = firstValue(front, {QLatin1StringView("site"), QLatin1StringView("site_name")});
    article.excerpt = firstValue(front, {QLatin1StringView("description"), QLatin1StringView("summary")});
    article.tags = front.list(QStringLiteral("tags"));
    article.tags.removeDuplicates();
}

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case '\n':
    case '\r':
    case '\t':
    case '\v':
    case '\f':
    case 0x0085: // next line
    case QChar::LineSeparator:
    case QChar::ParagraphSeparator:
        return true;
    default:
        return false;
    }
}

// Qt puts U+FFFC where an image stands; the reader gets its alt text instead.
QString fragmentText(const QTextFragment &fragment)
{
    const QTextCharFormat format = fragment.charFormat();
    if (!format.isImageFormat())
        return fragment.text();
    QString text = fragment.text();
    return text.replace(QChar::ObjectReplacementCharacter, format.stringProperty(QTextFormat::ImageAltText));
}

// One line of text for a non-code block: the canonical text joins blocks
// with '\n', so a block must not contain one.
QString flatText(const QTextBlock &block)
{
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (const QTextFragment fragment = it.fragment(); fragment.isValid())
            text += fragmentText(fragment);
    }
    std::replace_if(text.begin(), text.end(), isLineBreak, QChar(QLatin1Char(' ')));
    text.remove(QChar::ObjectReplacementCharacter);
    return text.trimmed();
}

Block classify(const QTextBlock &block, const QString &text)
{
    const QTextBlockFormat format = block.blockFormat();
    if (format.headingLevel() > 0)
        return Block::heading(text, format.headingLevel());
    if (const QTextList *list = block.textList())
        return Block::listItem(text, std::max(0, list->format().indent() - 1));
    if (const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel); quoteLevel > 0) {
        Block quote = Block::quote(text);
        quote.level = quoteLevel - 1; // nesting depth, as for list items
        return quote;
    }
    return Block::paragraph(text);
}

bool isCode(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeLanguage) || format.hasProperty(QTextFormat::BlockCodeFence);
}

// Qt gives each line of a code block its own QTextBlock and keeps no mark of
// where one fence ends and the next begins: lines belong together when they
// share fence, language, quote level and list. Two fences with the same
// language and nothing between them therefore become one block.
bool sameCodeBlock(const QTextBlock &a, const QTextBlock &b)
{
    const QTextBlockFormat first = a.blockFormat();
    const QTextBlockFormat second = b.blockFormat();
    for (int property : {QTextFormat::BlockCodeFence, QTextFormat::BlockCodeLanguage, QTextFormat::BlockQuoteLevel}) {
        if (first.property(property) != second.property(property))
            return false;
    }
    return a.textList() == b.textList();
}

// Reads the code block that starts at `block` and leaves `block` on its last line.
Block readCode(QTextBlock &block)
{
    const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
    QStringList lines{block.text()};
    while (block.next().isValid() && isCode(block.next()) && sameCodeBlock(block, block.next())) {
        block = block.next();
        lines << block.text();
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    return Block::code(lines.join(QLatin1Char('\n')), language);
}

QList<Block> blocksOf(const QTextDocument &document)
{
    QList<Block> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (isCode(block)) {
            if (Block code = readCode(block); !code.text.isEmpty())
                blocks << code;
        } else if (const QString text = flatText(block); !text.isEmpty()) {
            blocks << classify(block, text);
        }
    }
    return blocks;
}

QList<Block> parseBody(const QString &markdown)
{
    QTextDocument document;
    // Without a QGuiApplication (the command line) the default font has no
    // size, and Qt's Markdown reader warns while scaling it for headings.
    QFont font;
    font.setPointSize(defaultPointSize);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return blocksOf(document);
}

QString elided(const QString &line)
{
    if (line.size() <= titleMaxLength)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), titleMaxLength);
    if (cut < titleMaxLength / 2)
        cut = titleMaxLength;
    return line.first(cut) + QChar(0x2026);
}

bool isLevelOneHeading(const Block &block)
{
    return block.kind == Block::Kind::Heading && block.level == 1;
}

// Front matter title, else a leading level-1 heading (taken out of the body so
// the reader does not show it twice), else a later one, else the first line.
void takeTitle(Article &article)
{
    QList<Block> &blocks = article.blocks;
    const bool leadingHeading = isLevelOneHeading(blocks.front());
    if (!article.title.isEmpty()) {
        if (leadingHeading && blocks.size() > 1 && blocks.front().text.compare(article.title, Qt::CaseInsensitive) == 0)
            blocks.removeFirst();
        return;
    }
    if (leadingHeading) {
        article.title = blocks.front().text;
        if (blocks.size() > 1) // a lone heading stays: highlights need some text to anchor on
            blocks.removeFirst();
        return;
    }
    // A later heading stays where it stands: taking it out would hide where it was.
    const auto heading = std::find_if(blocks.cbegin(), blocks.cend(), isLevelOneHeading);
    article.title = heading != blocks.cend() ? heading->text : elided(blocks.front().text.section(QLatin1Char('\n'), 0, 0));
}

} // namespace

ImportResult MarkdownImporter::parse(const QByteArray &data, const QString &fileName) const
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    const QString text = normalizeLineEndings(decoded.text);
    const FrontMatter front = FrontMatter::read(text);

    Article article;
    article.format = format();
    applyFrontMatter(front, fileName, article);
    article.blocks = parseBody(text.sliced(front.bodyStart()));
    if (article.blocks.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::MarkdownImporter", "contains no readable text"));
    takeTitle(article);
    if (decoded.hadInvalidBytes)
        article.warnings << TextDecoder::invalidBytesWarning();
    return ImportResult::success(std::move(article));
}

} // namespace Lectern
