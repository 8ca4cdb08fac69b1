// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "import/commonmarkdocument.h"

#include "lecternurl.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>

namespace Lectern {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A claim's first known tag, whose colour its highlight takes.
qint64 firstTag(const ExportData &data, const Claim &claim)
{
    for (qint64 tagId : claim.tagIds) {
        if (data.tag(tagId))
            return tagId;
    }
    return 0;
}

// A claim with several tags is striped in all their colours, as in the reader.
QString stripes(const ExportData &data, const Claim &claim)
{
    QStringList colours;
    for (qint64 tagId : claim.tagIds) {
        if (const ExportTag *tag = data.tag(tagId))
            colours << HtmlExporter::highlightColor(tag->color).name();
    }
    if (colours.size() < 2)
        return {};
    QStringList bands;
    for (qsizetype i = 0; i < colours.size(); ++i)
        bands << QStringLiteral("%1 %2em %3em").arg(colours.at(i)).arg(i * 0.5).arg((i + 1) * 0.5);
    return QStringLiteral(" style=\"background: repeating-linear-gradient(135deg, %1)\"").arg(bands.join(QStringLiteral(", ")));
}

QString blockOpen(const Block &block)
{
    switch (block.kind) {
    case Block::Kind::Heading:
        return QStringLiteral("<h%1>").arg(qBound(2, block.level + 1, 6));
    case Block::Kind::ListItem:
        return QStringLiteral("<p class=\"li\">\u2022 ");
    case Block::Kind::Quote:
        return QStringLiteral("<blockquote>");
    case Block::Kind::Code:
        return QStringLiteral("<pre>");
    case Block::Kind::Table:
        return QStringLiteral("<table class=\"data%1\"><tr><td>").arg(block.level > 0 ? QStringLiteral(" head") : QString());
    case Block::Kind::Paragraph:
        break;
    }
    return QStringLiteral("<p>");
}

QString blockClose(const Block &block)
{
    switch (block.kind) {
    case Block::Kind::Heading:
        return QStringLiteral("</h%1>").arg(qBound(2, block.level + 1, 6));
    case Block::Kind::Quote:
        return QStringLiteral("</blockquote>");
    case Block::Kind::Code:
        return QStringLiteral("</pre>");
    case Block::Kind::Table:
        return QStringLiteral("</td></tr></table>");
    case Block::Kind::ListItem:
    case Block::Kind::Paragraph:
        break;
    }
    return QStringLiteral("</p>");
}
} // namespace

QColor HtmlExporter::highlightColor(const QColor &tagColor)
{
    // 35% of the tag's colour over white: light enough for black text, and a
    // plain colour (no alpha) prints the same everywhere.
    const QColor base = tagColor.isValid() ? tagColor : QColor(Qt::gray);
    auto mix = [](int channel) {
        return int(channel * 0.35 + 255 * 0.65 + 0.5);
    };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

void HtmlExporter::styles(const ExportData &data, QString &out) const
{
    out += QStringLiteral(
        "<style>\n"
        "body { font-family: Georgia, 'Noto Serif', serif; color: #1d1d1d; background: #ffffff; margin: 2em auto; max-width: 60em; line-height: 1.5; }\n"
        "h1 { font-size: 1.6em; margin-bottom: 0.2em; }\n"
        ".meta { color: #555555; font-size: 0.9em; }\n"
        "table.text { width: 100%; border-collapse: collapse; }\n"
        "td.body { width: 66%; vertical-align: top; padding-right: 1.5em; }\n"
        "td.notes { width: 34%; vertical-align: top; font-family: sans-serif; font-size: 0.85em; color: #333333; }\n"
        ".note { border-left: 3px solid #999999; padding-left: 0.5em; margin-bottom: 0.8em; }\n"
        ".note .tags { font-weight: bold; }\n"
        "p.li { margin-left: 1.2em; }\n"
        "blockquote { margin-left: 1.5em; font-style: italic; }\n"
        "pre { font-family: monospace; white-space: pre-wrap; }\n"
        "table.data { border-collapse: collapse; margin: 0.5em 0; }\n"
        "table.data td { border: 1px solid #bbbbbb; padding: 0.2em 0.5em; vertical-align: top; }\n"
        "table.data.head tr:first-child td { font-weight: bold; background: #f0f0f0; }\n"
        "sup { font-family: sans-serif; font-size: 0.7em; }\n"
        "table.legend td { padding: 0.1em 0.6em 0.1em 0; }\n"
        "span.swatch { padding: 0 0.9em; }\n"
        "article { margin-top: 2.5em; }\n"
        "@media print {\n"
        "  body { margin: 0; max-width: none; font-size: 10.5pt; }\n"
        "  article { page-break-before: always; }\n"
        "  .note, tr { page-break-inside: avoid; }\n"
        "  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
        "}\n");
    for (const ExportTag &tag : data.tags) {
        out += QStringLiteral(".t%1 { background-color: %2; }\n.s%1 { background-color: %3; }\n.n%1 { border-left-color: %3; }\n")
                   .arg(tag.id)
                   .arg(highlightColor(tag.color).name(), tag.color.name());
    }
    out += QStringLiteral(".t0 { background-color: #e0e0e0; }\n</style>\n");
}

void HtmlExporter::legend(const ExportData &data, QString &out) const
{
    const QList<ExportTag> tags = data.usedTags();
    if (tags.isEmpty())
        return;
    out += QStringLiteral("<h2>%1</h2>\n<table class=\"legend\">\n").arg(esc(tr("Tags")));
    for (const ExportTag &tag : tags) {
        out += QStringLiteral("<tr><td><span class=\"swatch s%1\">&nbsp;</span></td><td>%2</td><td class=\"meta\">%3</td></tr>\n")
                   .arg(QString::number(tag.id), esc(tag.path), esc(tag.description));
    }
    out += QStringLiteral("</table>\n");
}

void HtmlExporter::note(const ExportData &data, const Claim &claim, int number, QString &out) const
{
    out += QStringLiteral("<div class=\"note n%1\"><sup>%2</sup> <span class=\"tags\">%3</span> <span class=\"meta\">%4 \u00b7 %5</span>")
               .arg(QString::number(firstTag(data, claim)), QString::number(number), esc(data.tagPaths(claim).join(QStringLiteral(", "))),
                    esc(Claim::stanceName(claim.stance)), esc(Claim::kindName(claim.kind)));
    if (!claim.speaker.isEmpty())
        out += QStringLiteral("<br>\u2014 ") + esc(claim.speaker);
    if (!claim.note.isEmpty())
        out += CommonMarkDocument(claim.note).safeHtml();
    out += QStringLiteral("</div>");
}

void HtmlExporter::heading(const Article &meta, const QString &tag, QString &out)
{
    out += QStringLiteral("<%1>%2</%1>\n").arg(tag, esc(meta.title.isEmpty() ? tr("Untitled") : meta.title));
    QStringList details;
    for (const QString &value : {meta.byline, meta.site, meta.published, meta.source}) {
        if (!value.isEmpty())
            details << esc(value);
    }
    if (!details.isEmpty())
        out += QStringLiteral("<p class=\"meta\">") + details.join(QStringLiteral(" \u00b7 ")) + QStringLiteral("</p>\n");
}

void HtmlExporter::article(const ExportData &data, const ExportArticle &article, QString &out) const
{
    const Article &meta = article.article;
    out += QStringLiteral("<article id=\"article-%1\">\n").arg(QString::number(meta.id));
    // One article's export has its title at the top of the page.
    if (data.articles.size() > 1)
        heading(meta, QStringLiteral("h1"), out);

    QList<const Claim *> anchored;
    QList<const Claim *> orphans;
    QHash<qint64, int> numbers;
    for (const Claim &claim : article.claims) {
        (claim.isOrphan() ? orphans : anchored) << &claim;
        numbers.insert(claim.id, int(numbers.size()) + 1);
    }
    out += QStringLiteral("<table class=\"text\">\n");
    int blockStart = 0;
    for (const Block &block : meta.blocks) {
        const int blockEnd = blockStart + int(block.text.size());
        // Cut the block where any claim starts or ends; each piece takes the
        // colour of the claim that began last (the innermost of nested ones).
        QList<int> cuts{blockStart, blockEnd};
        QList<const Claim *> inBlock;
        for (const Claim *claim : std::as_const(anchored)) {
            if (claim->start() < blockEnd && claim->end() > blockStart) {
                inBlock << claim;
                cuts << qBound(blockStart, claim->start(), blockEnd) << qBound(blockStart, claim->end(), blockEnd);
            }
        }
        // A table's cell and row separators stand alone, so that no
        // highlight spans a cell boundary.
        if (block.kind == Block::Kind::Table) {
            for (int at = blockStart; at < blockEnd; ++at) {
                if (article.text.at(at) == QLatin1Char('\t') || article.text.at(at) == QLatin1Char('\n'))
                    cuts << at << at + 1;
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        QString body = blockOpen(block);
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const int from = cuts.at(i);
            const int to = cuts.at(i + 1);
            if (block.kind == Block::Kind::Table && to == from + 1 && (article.text.at(from) == QLatin1Char('\t') || article.text.at(from) == QLatin1Char('\n'))) {
                body += article.text.at(from) == QLatin1Char('\t') ? QStringLiteral("</td><td>") : QStringLiteral("</td></tr><tr><td>");
                continue;
            }
            const QString piece = esc(article.text.mid(from, to - from));
            const Claim *top = nullptr;
            for (const Claim *claim : std::as_const(inBlock)) {
                if (claim->start() <= from && claim->end() >= to && (!top || claim->start() >= top->start()))
                    top = claim;
            }
            if (top)
                body += QStringLiteral("<span class=\"t%1\"%2 title=\"%3\">%4</span>")
                            .arg(QString::number(firstTag(data, *top)), stripes(data, *top), esc(data.tagPaths(*top).join(QStringLiteral(", "))), piece);
            else
                body += piece;
            for (const Claim *claim : std::as_const(inBlock)) {
                if (claim->end() == to)
                    body += QStringLiteral("<sup>%1</sup>").arg(numbers.value(claim->id));
            }
        }
        body += blockClose(block);
        QString notes;
        for (const Claim *claim : std::as_const(inBlock)) {
            if (claim->start() >= blockStart)
                note(data, *claim, numbers.value(claim->id), notes);
        }
        out += QStringLiteral("<tr><td class=\"body\">") + body + QStringLiteral("</td><td class=\"notes\">") + notes + QStringLiteral("</td></tr>\n");
        blockStart = blockEnd + 1;
    }
    out += QStringLiteral("</table>\n");
    if (!orphans.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Passages no longer in the text")));
        for (const Claim *claim : std::as_const(orphans)) {
            out += QStringLiteral("<blockquote>") + esc(claim->anchor.exact) + QStringLiteral("</blockquote>");
            note(data, *claim, numbers.value(claim->id), out);
            out += QLatin1Char('\n');
        }
    }
    out += QStringLiteral("</article>\n");
}

QString HtmlExporter::render(const ExportData &data, QString *error) const
{
    const QString title = data.articles.size() == 1 ? data.articles.first().article.title : tr("Lectern notes");
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n").arg(esc(title));
    styles(data, out);
    out += QStringLiteral("</head>\n<body>\n<header>\n");
    if (data.articles.size() == 1)
        heading(data.articles.first().article, QStringLiteral("h1"), out);
    else
        out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    out += QStringLiteral("<p class=\"meta\">%1</p>\n")
               .arg(esc(tr("Notes exported from Lectern on %1, %n claim(s).", nullptr, data.claimCount())
                            .arg(QLocale().toString(data.exported.toLocalTime(), QLocale::LongFormat))));
    legend(data, out);
    out += QStringLiteral("</header>\n");
    for (int i = 0; i < data.articles.size(); ++i) {
        article(data, data.articles.at(i), out);
        if (!advance(i + 1, int(data.articles.size()), error))
            return QString();
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

bool HtmlExporter::write(const ExportData &data, QIODevice *device, QString *error) const
{
    const QString html = render(data, error);
    if (html.isNull())
        return false;
    return writeBytes(device, html.toUtf8(), error);
}

} // namespace Lectern
