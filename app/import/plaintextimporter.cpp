// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextimporter.h"

#include "bylineline.h"
#include "frontmatter.h"
#include "gutenbergtitle.h"
#include "text/elidedtitle.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Lectern {

namespace {

struct Unit {
    QString text;
    bool bullet = false;
};

constexpr int headingMaxLength = 80;
constexpr int headingMaxWords = 10;
constexpr int dekMaxLength = 300;
constexpr int labelMaxWords = 4;
constexpr int wrapWidth = 50;

bool hasLetterOrDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The line that names the text: not a rule ("---"), not a placeholder
// ("[Illustration]"), not the two-column header block that IETF documents
// and memos open with ("Network Working Group      P. Leach"). Those stay
// in the text; only the title line leaves it.
qsizetype titleLine(const QStringList &lines)
{
    static const QRegularExpression twoColumns(QStringLiteral("\\S\\s{3,}\\S"));
    static const QRegularExpression placeholder(QStringLiteral("^\\[[^\\]]*\\]$"));
    // The block runs to the first blank line; its first two lines have two columns.
    qsizetype block = 0;
    while (block < lines.size() && !lines[block].trimmed().isEmpty())
        ++block;
    const bool header = block >= 2 && twoColumns.match(lines[0].trimmed()).hasMatch() && twoColumns.match(lines[1].trimmed()).hasMatch();
    for (qsizetype i = header ? block : 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (hasLetterOrDigit(line) && !placeholder.match(line).hasMatch())
            return i;
    }
    return 0;
}

// Set well in from the margin, as a centred line is in a fixed-width text.
bool isCentred(const QString &line)
{
    constexpr qsizetype indent = 8;
    const qsizetype leading = std::find_if(line.cbegin(), line.cend(), [](QChar c) { return !c.isSpace(); }) - line.cbegin();
    return leading >= indent && leading < line.size();
}

int wordCount(const QString &line)
{
    return int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QString bulletText(const QString &line)
{
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*\u2022\u2013]|\\d{1,3}[.)])\\s+(.*)$"));
    const auto match = bullet.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Hard-wrapped files (lines cut near a fixed width) get their lines joined
// into paragraphs; files with one paragraph per line keep them apart.
bool looksHardWrapped(const QStringList &lines)
{
    int longLines = 0;
    int wrapped = 0;
    for (const QString &line : lines) {
        if (line.size() > 100)
            ++longLines;
        else if (line.size() >= wrapWidth)
            ++wrapped;
    }
    return longLines == 0 && wrapped >= 3;
}

// Paragraphs as units: blank lines separate them; within a group, lines are
// joined when the file is hard-wrapped, else each line stands alone. A short
// line ends a wrapped paragraph, so boilerplate lines stay apart.
QList<Unit> toUnits(const QStringList &lines, bool hardWrapped)
{
    QList<Unit> units;
    bool joinNext = false;
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty()) {
            joinNext = false;
            continue;
        }
        const QString bullet = bulletText(line);
        if (!bullet.isEmpty()) {
            units.append({bullet, true});
            joinNext = hardWrapped && line.size() >= wrapWidth;
            continue;
        }
        if (joinNext && !units.isEmpty()) {
            units.last().text += QLatin1Char(' ') + line;
        } else {
            units.append({line, false});
        }
        joinNext = hardWrapped && line.size() >= wrapWidth;
    }
    return units;
}

// "By Jane Doe | The Example Post | 4 March 2026": who wrote it, where, when.
bool isSectionLabel(const QString &line)
{
    return wordCount(line) <= labelMaxWords && line.size() <= 40 && PlainTextImporter::isTitleLike(line) && !line.endsWith(QLatin1Char('?'));
}

} // namespace

PlainTextImporter::PlainTextImporter(const BoilerplateRules &rules)
    : m_rules(rules)
{
}

QStringList PlainTextImporter::splitLines(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QChar::LineSeparator, QLatin1Char('\n'));
    normalised.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    normalised.replace(QChar::Null, QChar::ReplacementCharacter);
    return normalised.split(QLatin1Char('\n'));
}

bool PlainTextImporter::isTitleLike(const QString &line)
{
    if (line.isEmpty() || line.size() > headingMaxLength || wordCount(line) > headingMaxWords)
        return false;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.,;:!\"\u201D\u2026)]$"));
    if (sentenceEnd.match(line).hasMatch())
        return false;
    const QChar first = line.front();
    return first.isUpper() || first.isDigit() || first.isTitleCase();
}

ImportResult PlainTextImporter::parse(const QByteArray &data, const QString &fileName) const
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    ImportResult result = parseText(decoded.text, fileName);
    if (result.ok())
        decoded.applyTo(result.article);
    return result;
}

ImportResult PlainTextImporter::parseText(const QString &text, const QString &fileName) const
{
    // A text file may carry YAML front matter, as Markdown saved as .txt does.
    const FrontMatter front = FrontMatter::read(text);
    // Each stage lets the one before go: a long text is otherwise held four
    // times over (issue #25).
    QStringList lines = splitLines(front.isEmpty() ? text : text.sliced(front.bodyStart()));
    while (!lines.isEmpty() && lines.front().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::PlainTextImporter", "contains no readable text"));

    Article article;
    article.format = format();
    article.source = fileName;
    const qsizetype at = titleLine(lines);
    const QString titleText = lines.takeAt(at);
    article.title = titleText.simplified();
    // A centred title may run on over a line or two (IETF documents do).
    for (int more = 0; more < 2 && isCentred(titleText) && at < lines.size() && isCentred(lines.at(at)); ++more)
        article.title += QLatin1Char(' ') + lines.takeAt(at).simplified();
    const bool dekFollowsTitle = at < lines.size() && !lines.at(at).trimmed().isEmpty() && at == 0;
    if (QString title, author; GutenbergTitle::split(article.title, &title, &author)) {
        article.title = title;
        article.byline = author;
    }
    if (const QString title = front.value(QStringLiteral("title")); !title.isEmpty()) {
        lines.insert(at, article.title); // the first line is text after all
        article.title = title;
    }
    if (const QString author = front.value(QStringLiteral("author")); !author.isEmpty())
        article.byline = author;
    article.published = front.value(QStringLiteral("date"));
    const bool hardWrapped = looksHardWrapped(lines);
    const QList<Unit> units = toUnits(std::exchange(lines, {}), hardWrapped);

    bool ended = false;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const Unit &unit = units[i];
        const int lastBlock = int(article.blocks.size()) - 1;
        if (ended) {
            article.removed.append({unit.text, article.removed.last().reason, lastBlock});
            continue;
        }
        const BoilerplateRules::Match rule = m_rules.match(unit.text);
        if (rule.action == BoilerplateRules::Action::Byline && !unit.bullet) {
            if (article.byline.isEmpty())
                article.byline = unit.text;
            else
                article.removed.append({unit.text, rule.reason, lastBlock});
            continue;
        }
        if (rule.action == BoilerplateRules::Action::Remove) {
            article.removed.append({unit.text, rule.reason, lastBlock});
            ended = rule.endsArticle;
            continue;
        }
        if (i == 0 && !unit.bullet && BylineLine::read(unit.text, article))
            continue;
        if (i == 0 && !unit.bullet && isSectionLabel(unit.text)) {
            article.removed.append({unit.text, QCoreApplication::translate("Lectern::PlainTextImporter", "section label"), lastBlock});
            continue;
        }
        if (i == 0 && dekFollowsTitle && !unit.bullet && unit.text.size() <= dekMaxLength) {
            article.excerpt = unit.text;
            article.blocks.append(Block::paragraph(unit.text));
            continue;
        }
        if (unit.bullet) {
            article.blocks.append(Block::listItem(unit.text));
        } else if (i + 1 < units.size() && isTitleLike(unit.text)) {
            article.blocks.append(Block::heading(unit.text, 2));
        } else {
            article.blocks.append(Block::paragraph(unit.text));
        }
    }
    // A text of one paragraph is all body: its first line is not a title.
    if (article.blocks.isEmpty()) {
        article.blocks.append(Block::paragraph(article.title));
        article.title = ElidedTitle::of(article.title);
    }
    return ImportResult::success(std::move(article));
}

} // namespace Lectern
