// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curatedcardimporter.h"

#include "plaintextimporter.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Lectern {

namespace {

enum class Section { None, Summary, KeyTakeaway, KeyInsights, Principles, InPractice, Topics, BestFor, Related };

struct Heading {
    Section section = Section::None;
    QString label; ///< the heading as written, for the reader
    QString inlineContent; ///< "Best for: A, B" keeps "A, B"
};

Heading parseHeading(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^(summary|key takeaways?|key insights?|principles|in practice|topics|best for|related(?: on .+| articles| reading)?)"
                                                           "\\s*(?::\\s*(.*))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    const QString key = match.captured(1).toLower();
    Section section = Section::Related;
    if (key == QLatin1StringView("summary"))
        section = Section::Summary;
    else if (key.startsWith(QLatin1StringView("key takeaway")))
        section = Section::KeyTakeaway;
    else if (key.startsWith(QLatin1StringView("key insight")))
        section = Section::KeyInsights;
    else if (key == QLatin1StringView("principles"))
        section = Section::Principles;
    else if (key == QLatin1StringView("in practice"))
        section = Section::InPractice;
    else if (key == QLatin1StringView("topics"))
        section = Section::Topics;
    else if (key == QLatin1StringView("best for"))
        section = Section::BestFor;
    return {section, match.captured(1), match.captured(2).trimmed()};
}

QString attributionOf(const QString &line, QString *curator)
{
    static const QRegularExpression published(QStringLiteral("\\b(?:originally published|original article published|first published|published originally)"
                                                             "\\s+(?:by|in|on|at)\\s+(.+?)\\.?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression curatedBy(QStringLiteral("\\bcuration by\\s+([^.]+)"), QRegularExpression::CaseInsensitiveOption);
    const auto match = published.match(line);
    if (!match.hasMatch())
        return {};
    if (const auto curation = curatedBy.match(line); curation.hasMatch())
        *curator = curation.captured(1).trimmed();
    return match.captured(1).trimmed();
}

QString stripBullet(const QString &line, bool *isBullet)
{
    static const QRegularExpression bullet(QStringLiteral("^[-*\u2022]\\s+"));
    const auto match = bullet.match(line);
    *isBullet = match.hasMatch();
    return *isBullet ? line.mid(match.capturedLength()) : line;
}

QStringList splitList(const QString &content)
{
    QStringList items;
    const QStringList parts = content.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

void addContent(CuratedSummary &card, Section section, const QString &text, bool isBullet)
{
    // Appends in place: building a new string per line made a card with
    // thousands of Summary lines quadratic (minutes for 1 MB in tst_badfiles).
    auto appendText = [](QString &target, const QString &more) {
        if (!target.isEmpty())
            target += QLatin1Char(' ');
        target += more;
    };
    switch (section) {
    case Section::Summary:
        appendText(card.summary, text);
        break;
    case Section::KeyTakeaway:
        appendText(card.keyTakeaway, text);
        break;
    case Section::KeyInsights:
        card.keyInsights << text;
        break;
    case Section::Principles:
        card.principles << text;
        break;
    case Section::InPractice:
        card.inPractice << text;
        break;
    case Section::Topics:
        card.topics << (isBullet ? QStringList{text} : splitList(text));
        break;
    case Section::BestFor:
        card.bestFor << (isBullet ? QStringList{text} : splitList(text));
        break;
    case Section::Related:
        card.related << text;
        break;
    case Section::None:
        break;
    }
}

} // namespace

bool CuratedCardImporter::looksLikeCard(const QString &text)
{
    QSet<int> found;
    const QStringList lines = PlainTextImporter::splitLines(text.left(64 * 1024));
    for (const QString &line : lines) {
        const Heading heading = parseHeading(line.trimmed());
        if (heading.section != Section::None)
            found.insert(int(heading.section));
    }
    return found.size() >= 3 && found.contains(int(Section::Summary));
}

ImportResult CuratedCardImporter::parse(const QByteArray &data, const QString &fileName) const
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    ImportResult result = parseText(decoded.text, fileName);
    if (result.ok())
        decoded.applyTo(result.article);
    return result;
}

ImportResult CuratedCardImporter::parseText(const QString &text, const QString &fileName) const
{
    Article article;
    article.format = format();
    article.source = fileName;
    Section section = Section::None;
    const QStringList lines = PlainTextImporter::splitLines(text);
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        if (article.title.isEmpty()) {
            article.title = line;
            continue;
        }
        if (const QString source = attributionOf(line, &article.site); !source.isEmpty()) {
            article.curated.attribution = source;
            article.blocks.append(Block::paragraph(line));
            continue;
        }
        const Heading heading = parseHeading(line);
        if (heading.section != Section::None) {
            section = heading.section;
            if (section == Section::Related)
                article.curated.relatedHeading = heading.label;
            article.blocks.append(Block::heading(heading.label, 2));
            if (!heading.inlineContent.isEmpty()) {
                addContent(article.curated, section, heading.inlineContent, false);
                article.blocks.append(Block::paragraph(heading.inlineContent));
            }
            continue;
        }
        bool isBullet = false;
        const QString content = stripBullet(line, &isBullet);
        addContent(article.curated, section, content, isBullet);
        article.blocks.append(isBullet ? Block::listItem(content) : Block::paragraph(content));
    }
    if (article.title.isEmpty() || article.curated.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::CuratedCardImporter", "is not a summary card: no known sections"));
    article.excerpt = article.curated.summary;
    return ImportResult::success(std::move(article));
}

} // namespace Lectern
