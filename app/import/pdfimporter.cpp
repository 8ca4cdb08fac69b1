// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "boilerplaterules.h"
#include "pdfextraction.h"
#include "pdfline.h"
#include "pdfpagelines.h"
#include "pdfpagetree.h"
#include "printedarticle.h"
#include "text/cjktext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Lectern {

namespace {

using Line = PdfLine;

constexpr QChar softHyphen(char16_t(0x00AD));
constexpr QChar unicodeHyphen(char16_t(0x2010));

// A line taller than this many times the body text's is set in a larger font: a heading.
constexpr qreal headingHeightRatio = 1.4;
// ... or a short line, no sentence, all in type this much larger.
constexpr qreal minorHeadingHeightRatio = 1.12;
// A paragraph gap is the normal gap between lines plus this share of a line's height.
constexpr qreal paragraphGapRatio = 0.4;
// A sentence that ends on a line shorter than this share of a full line ends its paragraph.
constexpr qreal shortLineRatio = 0.7;
constexpr int headingMaxLength = 200;

// What body text looks like in this document, measured over all pages.
struct Layout
{
    qreal paragraphGap = std::numeric_limits<qreal>::infinity();
    qreal lineHeight = 0;
    qreal typeSize = 0;
    qreal fullLineLength = 0; ///< characters
};

bool looksLikePdf(const QByteArray &data)
{
    return data.left(1024).contains("%PDF-"); // the header may follow a little junk
}

qreal quantile(QList<qreal> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    const auto nth = values.begin() + qsizetype(fraction * double(values.size() - 1));
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

qsizetype lastVisualLineLength(const QString &line)
{
    return line.size() - line.lastIndexOf(pdfMergedHyphen) - 1;
}

Layout measure(const QList<Line> &lines)
{
    QList<qreal> gaps;
    QList<qreal> heights;
    QList<qreal> typeSizes;
    QList<qreal> lengths;
    const Line *previous = nullptr;
    for (const Line &line : lines) {
        if (line.text.isEmpty() || !line.furniture.isEmpty())
            continue;
        lengths << qreal(lastVisualLineLength(line.text));
        if (line.hasBox) {
            heights << line.height;
            typeSizes << line.typeSize;
            if (previous && previous->hasBox && previous->page == line.page && line.box.top() > previous->box.bottom())
                gaps << line.box.top() - previous->box.bottom();
        }
        previous = &line;
    }
    Layout layout;
    layout.lineHeight = quantile(heights, 0.5);
    layout.typeSize = quantile(typeSizes, 0.5);
    layout.fullLineLength = quantile(lengths, 0.8); // most lines run full width; paragraphs' last lines do not
    if (!gaps.isEmpty()) // the lower quartile: most gaps are between lines of one paragraph
        layout.paragraphGap = quantile(gaps, 0.25) + paragraphGapRatio * layout.lineHeight;
    return layout;
}

bool endsSentence(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[.!?:\u2026][\"'\u2019\u201D)\\]]*$"));
    return end.match(line).hasMatch();
}

bool isTall(const Line &line, const Layout &layout)
{
    if (!line.hasBox || layout.lineHeight <= 0)
        return false;
    if (line.height > headingHeightRatio * layout.lineHeight)
        return true;
    // A browser sets h3 only a little larger than the text. Such a line is a
    // heading when its type is larger (a raised footnote mark makes a line
    // taller, not its type) and it is short and no sentence.
    return layout.typeSize > 0 && line.typeSize > minorHeadingHeightRatio * layout.typeSize && !endsSentence(line.text)
        && qreal(lastVisualLineLength(line.text)) < shortLineRatio * layout.fullLineLength;
}

// Bullets as PDF producers draw them, U+F0B7 being Word's Symbol-font bullet.
const QRegularExpression &bulletPattern()
{
    static const QRegularExpression bullet(QStringLiteral("^[\u2022\u25E6\u25AA\u25AB\u2023\u2043\u2219\u25CF\u25CB\u25A0\u25A1\uF0B7]\\s*"));
    return bullet;
}

bool startsWithBullet(const QString &line)
{
    return bulletPattern().match(line).hasMatch();
}

bool isLoneBullet(const QString &line)
{
    const QRegularExpressionMatch match = bulletPattern().match(line);
    return match.hasMatch() && match.capturedLength() == line.size();
}

bool startsParagraph(const Line &previous, const Line &line, const Layout &layout)
{
    if (startsWithBullet(line.text) || previous.formValue || line.formValue)
        return true;
    if (isTall(previous, layout) != isTall(line, layout))
        return true; // the font size changes: a heading starts or ends
    if (previous.page != line.page)
        return endsSentence(previous.text);
    if (previous.hasBox && line.hasBox && line.box.top() - previous.box.bottom() > layout.paragraphGap)
        return true;
    return endsSentence(previous.text) && qreal(lastVisualLineLength(previous.text)) < shortLineRatio * layout.fullLineLength;
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == unicodeHyphen || c == softHyphen || c == pdfMergedHyphen;
}

// "infor-" + "mation" is one word again; "Franco-" + "Prussian" and "12-" +
// "15" keep their hyphen; a soft hyphen only marks where a word may break.
void appendLine(QString &text, const QString &line)
{
    if (text.isEmpty()) {
        text = line;
        return;
    }
    if (CjkText::isUnspaced(text.back()) && CjkText::isUnspaced(line.front())) {
        text += line;
        return;
    }
    const bool brokenWord = text.size() >= 2 && isHyphen(text.back()) && text[text.size() - 2].isLetterOrNumber();
    if (!brokenWord) {
        text += QLatin1Char(' ') + line;
        return;
    }
    const bool lowerBoth = text[text.size() - 2].isLower() && line.front().isLower();
    if (lowerBoth || text.back() == softHyphen)
        text.chop(1);
    text += line;
}

// The hyphens PDFium took out of joined lines, decided by the same rule.
QString resolveMergedHyphens(QString text)
{
    for (qsizetype i = text.indexOf(pdfMergedHyphen); i >= 0; i = text.indexOf(pdfMergedHyphen, i)) {
        const bool lowerBoth = i > 0 && i + 1 < text.size() && text[i - 1].isLower() && text[i + 1].isLower();
        if (lowerBoth)
            text.remove(i, 1);
        else
            text[i++] = QLatin1Char('-');
    }
    text.remove(softHyphen);
    return text;
}

struct Paragraph
{
    QString text;
    bool bullet = false;
    bool tall = true;
    int lines = 0;
};

// Lines into paragraphs. Page numbers go to the removed list, after the
// paragraph they interrupt or follow: nothing is silently lost.
class ParagraphBuilder
{
public:
    explicit ParagraphBuilder(const Layout &layout)
        : m_layout(layout)
    {
    }

    void add(const Line &line)
    {
        if (!line.furniture.isEmpty()) {
            m_removed.append({line.text, line.furniture, int(m_paragraphs.size()) - 1});
        } else if (line.text.isEmpty()) {
            m_previous = nullptr; // a blank line always ends a paragraph
        } else if (isLoneBullet(line.text)) {
            m_previous = nullptr; // a bullet alone on its line: its item is the next line
            m_bullet = true;
        } else {
            addText(line);
        }
    }

    QList<Paragraph> paragraphs() const
    {
        QList<Paragraph> result = m_paragraphs;
        for (Paragraph &paragraph : result)
            paragraph.text = resolveMergedHyphens(paragraph.text);
        return result;
    }
    QList<RemovedLine> removed() const { return m_removed; }

private:
    void addText(const Line &line)
    {
        if (!m_previous || startsParagraph(*m_previous, line, m_layout)) {
            const QRegularExpressionMatch bullet = bulletPattern().match(line.text);
            const bool isBullet = m_bullet || bullet.hasMatch();
            m_paragraphs.append({bullet.hasMatch() ? line.text.sliced(bullet.capturedEnd()) : line.text, isBullet, true, 0});
        } else {
            appendLine(m_paragraphs.last().text, line.text);
        }
        m_paragraphs.last().tall = m_paragraphs.last().tall && isTall(line, m_layout);
        ++m_paragraphs.last().lines;
        m_previous = &line;
        m_bullet = false;
    }

    const Layout m_layout;
    QList<Paragraph> m_paragraphs;
    QList<RemovedLine> m_removed;
    const Line *m_previous = nullptr;
    bool m_bullet = false; ///< the next line is a list item
};

// Titles in the document information that name the file the PDF was made
// from, the font it was set in, or nothing much: not the article's.
bool isUsefulTitle(const QString &title)
{
    static const QRegularExpression junk(QStringLiteral("\\.[a-z][a-z0-9]{1,3}$|^microsoft (?:word|powerpoint) - |^untitled"
                                                        "|^(?:helvetica|arial|times(?: new roman)?|calibri|cambria|courier|symbol)(?:[- ,].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto letters = std::count_if(title.cbegin(), title.cend(), [](QChar c) { return c.isLetter(); });
    return letters >= 2 && !junk.match(title).hasMatch();
}

// The first page's largest type, when it is larger than the body's: the
// title as printed, all of its lines.
QString largestTextOnFirstPage(const QList<Line> &lines, const Layout &layout)
{
    qreal tallest = 0;
    for (const Line &line : lines) {
        if (line.page == 0 && line.hasBox && line.furniture.isEmpty() && !line.text.isEmpty())
            tallest = std::max(tallest, line.height);
    }
    if (tallest <= headingHeightRatio * layout.lineHeight)
        return {};
    QString title;
    for (const Line &line : lines) {
        if (line.page != 0 || !line.furniture.isEmpty() || line.text.isEmpty())
            continue;
        if (line.hasBox && line.height >= 0.75 * tallest) // descenders make one line of a title taller than the next
            appendLine(title, line.text);
        else if (!title.isEmpty())
            break;
    }
    return resolveMergedHyphens(title);
}

// A web page printed to PDF by a browser: its creation date is the day it
// was printed, not the day the article was published.
bool isBrowserPrint(const PdfExtraction &document)
{
    static const QRegularExpression browser(QStringLiteral("Mozilla/\\d|Skia/PDF|HeadlessChrome|Chromium"));
    return browser.match(document.producer).hasMatch();
}

void readMetaData(const PdfExtraction &document, Article &article)
{
    if (const QString title = document.title.simplified(); isUsefulTitle(title))
        article.title = title;
    article.byline = document.author.simplified();
    if (document.created.isValid() && !isBrowserPrint(document))
        article.published = document.created.date().toString(Qt::ISODate);
}

// The first line repeats the title, as most PDFs print it, unless it reads
// like a sentence (when there was no title and the first line stood in).
bool isTitleLine(const Paragraph &paragraph, const QString &title)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.,:;]$"));
    return paragraph.lines == 1 && paragraph.text.compare(title, Qt::CaseInsensitive) == 0 && !sentenceEnd.match(paragraph.text).hasMatch();
}

// Large type becomes a heading, and so does a first paragraph that repeats the title.
QList<Block> toBlocks(const QList<Paragraph> &paragraphs, const QString &title)
{
    QList<Block> blocks;
    for (const Paragraph &paragraph : paragraphs) {
        const bool first = blocks.isEmpty();
        const bool isTitle = first && isTitleLine(paragraph, title);
        if (paragraph.bullet)
            blocks << Block::listItem(paragraph.text);
        else if (isTitle || (paragraph.tall && paragraph.text.size() <= headingMaxLength))
            blocks << Block::heading(paragraph.text, first ? 1 : 2);
        else
            blocks << Block::paragraph(paragraph.text);
    }
    return blocks;
}

} // namespace

ImportResult PdfImporter::parse(const QByteArray &data, const QString &fileName) const
{
    if (!looksLikePdf(data))
        return ImportResult::failure(QCoreApplication::translate("Lectern::PdfImporter", "is not a PDF file"));
    if (PdfPageTree::hasCycle(data))
        return ImportResult::failure(QCoreApplication::translate("Lectern::PdfImporter", "is damaged: its page tree loops back on itself"));
    // PDFium reads in a child process that is stopped after a time limit:
    // no PDF, however hostile, holds the import up for long (PdfExtraction).
    const PdfExtraction document = PdfExtraction::readBounded(data, m_timeLimit.count() > 0 ? m_timeLimit : PdfExtraction::timeLimitFor(data.size()));
    if (!document.ok())
        return ImportResult::failure(document.error);
    if (document.pages.isEmpty())
        return ImportResult::failure(QCoreApplication::translate("Lectern::PdfImporter", "has no pages"));

    const QList<Line> lines = PdfPageLines::read(document);
    const auto firstText = std::find_if(lines.cbegin(), lines.cend(), [](const Line &line) { return !line.text.isEmpty() && line.furniture.isEmpty(); });
    if (firstText == lines.cend())
        return ImportResult::failure(QCoreApplication::translate("Lectern::PdfImporter", "has no text layer (scanned images?)"));

    Article article;
    article.format = format();
    article.source = fileName;
    readMetaData(document, article);
    const Layout layout = measure(lines);
    if (article.title.isEmpty())
        article.title = largestTextOnFirstPage(lines, layout);
    if (article.title.isEmpty())
        article.title = resolveMergedHyphens(firstText->text);
    ParagraphBuilder builder(layout);
    for (const Line &line : lines)
        builder.add(line);
    article.blocks = toBlocks(builder.paragraphs(), article.title);
    article.removed = builder.removed();
    PrintedArticle::setBoilerplateAside(article, BoilerplateRules::builtIn());
    PrintedArticle::readByline(article);
    return ImportResult::success(std::move(article));
}

} // namespace Lectern
