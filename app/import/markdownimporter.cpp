// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "commonmarkdocument.h"
#include "frontmatter.h"
#include "htmlimporter.h"
#include "text/elidedtitle.h"
#include "textdecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Lectern {

namespace {

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

bool isLevelOneHeading(const Block &block)
{
    return block.kind == Block::Kind::Heading && block.level == 1;
}

// Front matter title, else a leading level-1 heading (taken out of the body so
// the reader does not show it twice; badges before it do not count), else a
// later one, else the first line of words (a line of badges is not a title).
void takeTitle(Article &article, const QString &firstTextLine)
{
    QList<Block> &blocks = article.blocks;
    // Leading: nothing but badges and images before it.
    const qsizetype first = std::find_if(blocks.cbegin(), blocks.cend(), isLevelOneHeading) - blocks.cbegin();
    const bool leadingHeading = first < blocks.size() && (first == 0 || blocks[first].text == firstTextLine);
    if (!article.title.isEmpty()) {
        if (leadingHeading && blocks.size() > 1 && blocks[first].text.compare(article.title, Qt::CaseInsensitive) == 0)
            blocks.removeAt(first);
        return;
    }
    if (leadingHeading) {
        article.title = blocks[first].text;
        if (blocks.size() > 1) // a lone heading stays: highlights need some text to anchor on
            blocks.removeAt(first);
        return;
    }
    // A later heading stays where it stands: taking it out would hide where it was.
    const auto heading = blocks.cbegin() + first;
    if (heading != blocks.cend())
        article.title = heading->text;
    else if (!firstTextLine.isEmpty())
        article.title = ElidedTitle::of(firstTextLine);
    else
        article.title = ElidedTitle::of(blocks.front().text.section(QLatin1Char('\n'), 0, 0));
}

} // namespace

ImportResult MarkdownImporter::parse(const QByteArray &data, const QString &fileName) const
{
    TextDecoder::Result decoded = TextDecoder::decode(data);
    // Rendered to HTML, raw HTML and all, and read by the HTML importer: one
    // path for inline markup, so a <kbd> or an HTML block loses nothing. The
    // Markdown text and tree go before the HTML tree is built: all at once
    // took some 19 times the file's size.
    FrontMatter front;
    QString html;
    QString firstTextLine;
    {
        QByteArray body;
        {
            const QString text = normalizeLineEndings(std::exchange(decoded.text, {}));
            front = FrontMatter::read(text);
            body = QStringView(text).sliced(front.bodyStart()).toUtf8();
        }
        const CommonMarkDocument document(std::move(body));
        html = document.html();
        firstTextLine = document.firstTextLine();
    }
    ImportResult rendered = HtmlImporter().parseHtml(std::move(html), fileName, HtmlImporter::Extraction::RenderedMarkup);
    if (!rendered.ok())
        return ImportResult::failure(QCoreApplication::translate("Lectern::MarkdownImporter", "contains no readable text"));

    Article article;
    article.format = format();
    applyFrontMatter(front, fileName, article);
    article.blocks = std::move(rendered.article.blocks);
    article.removed = std::move(rendered.article.removed);
    takeTitle(article, firstTextLine);
    decoded.applyTo(article);
    return ImportResult::success(std::move(article));
}

} // namespace Lectern
