// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "boilerplaterules.h"
#include "pdfextraction.h"
#include "pdfpagetree.h"
#include "printedarticle.h"
#include "text/cjktext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Lectern {

namespace {

// PDFium marks a hyphen it removed when it joined a hyphenated word broken
// across lines with this non-character.
constexpr QChar mergedHyphen(char16_t(0xFFFE));
constexpr QChar softHyphen(char16_t(0x00AD));
constexpr QChar unicodeHyphen(char16_t(0x2010));

// A line taller than this many times the body text's is set in a larger font: a heading.
constexpr qreal headingHeightRatio = 1.4;
// A paragraph gap is the normal gap between lines plus this share of a line's height.
constexpr qreal paragraphGapRatio = 0.4;
// A sentence that ends on a line shorter than this share of a full line ends its paragraph.
constexpr qreal shortLineRatio = 0.7;
constexpr int headingMaxLength = 200;

// One line of text as PDFium reports it, with where it stands on its page.
struct Line {
    QString text;
    int page = 0;
    bool hasBox = false;
    QString furniture; ///< why the line is not text (a page number, a running header), or empty
    QRectF box; ///< from the top of its first visual line to the bottom of its last
    qreal height = 0; ///< of its tallest visual line
};

// What body text looks like in this document, measured over all pages.
struct Layout {
    qreal paragraphGap = std::numeric_limits<qreal>::infinity();
    qreal lineHeight = 0;
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

// PDFium reports one box per run of glyphs, in text order; a run whose
// vertical middle falls outside the current line's box starts the next line.
bool onSameLine(const QRectF &line, const QRectF &box)
{
    const qreal middle = box.center().y();
    const qreal lineMiddle = line.center().y();
    return (middle >= line.top() && middle <= line.bottom()) || (lineMiddle >= box.top() && lineMiddle <= box.bottom());
}

QList<QRectF> visualLines(const QList<QPolygonF> &bounds)
{
    QList<QRectF> lines;
    for (const QPolygonF &polygon : bounds) {
        const QRectF box = polygon.boundingRect();
        if (!lines.isEmpty() && onSameLine(lines.last(), box))
            lines.last() = lines.last().united(box);
        else
            lines << box;
    }
    return lines;
}

QString cleanLine(QString line)
{
    static const QRegularExpression controls(QStringLiteral("[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}]"));
    return CjkText::withUnifiedRadicals(CjkText::withoutSpacesBetween(line.remove(controls).simplified()));
}

// A text line PDFium joined from several visual lines (a hyphenated word)
// covers one visual line more per merged hyphen.
qsizetype visualLineCount(const QString &line)
{
    return 1 + line.count(mergedHyphen);
}

// Text lines of one page. Their boxes come from the page's glyph runs when
// these fall into exactly as many visual lines as the text has; otherwise
// (PDFium joined lines without a mark, rotated text ...) the page's lines go
// without boxes and paragraphs are found from the text alone.
QList<Line> pageLines(const PdfExtraction::Page &selection, int page)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    const QStringList texts = selection.text.split(lineBreak);
    const QList<QRectF> bands = visualLines(selection.bounds);
    qsizetype expected = 0;
    QList<Line> lines;
    for (const QString &text : texts) {
        lines.append({cleanLine(text), page, false, {}, {}, 0});
        if (!lines.last().text.isEmpty())
            expected += visualLineCount(lines.last().text);
    }
    if (bands.size() != expected)
        return lines;
    qsizetype band = 0;
    for (Line &line : lines) {
        if (line.text.isEmpty())
            continue;
        const qsizetype count = visualLineCount(line.text);
        line.hasBox = true;
        line.box = bands[band].united(bands[band + count - 1]);
        for (qsizetype i = band; i < band + count; ++i)
            line.height = std::max(line.height, bands[i].height());
        band += count;
    }
    return lines;
}

QString pageNumberReason()
{
    return QCoreApplication::translate("Lectern::PdfImporter", "page number");
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression pageNumber(QStringLiteral("^(?:page\\s*)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?(?:\\s*(?:/|of)\\s*\\d{1,4})?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return pageNumber.match(line).hasMatch();
}

// Page numbers stand in a page's first or last line; a number elsewhere may
// be a table cell or a list, so it stays.
void markPageNumbers(QList<Line> &lines)
{
    const auto isText = [](const Line &line) {
        return !line.text.isEmpty();
    };
    if (const auto last = std::find_if(lines.rbegin(), lines.rend(), isText); last != lines.rend())
        last->furniture = isPageNumber(last->text) ? pageNumberReason() : QString();
    if (const auto first = std::find_if(lines.begin(), lines.end(), isText); first != lines.end())
        first->furniture = isPageNumber(first->text) ? pageNumberReason() : QString();
}

// The lines at the top and bottom of a page where running headers, footers
// and printer's marks stand.
constexpr int marginLines = 2;

// A margin line with its numbers blanked: "Vol. 85, No. 150 / 47699" on one
// page and "Vol. 85, No. 150 / 47700" on the next are the same header.
QString repeatKey(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key = text.toLower();
    return key.replace(digits, QStringLiteral("#"));
}

// The page's text lines from top to bottom: by their boxes when every line
// has one (a producer may draw the header last), else in text order.
QList<qsizetype> linesDownThePage(const QList<Line> &lines, qsizetype begin, qsizetype end)
{
    QList<qsizetype> order;
    bool boxed = true;
    for (qsizetype i = begin; i < end; ++i) {
        if (!lines[i].text.isEmpty() && lines[i].furniture.isEmpty()) {
            order.append(i);
            boxed = boxed && lines[i].hasBox;
        }
    }
    if (boxed)
        std::stable_sort(order.begin(), order.end(), [&lines](qsizetype a, qsizetype b) { return lines[a].box.top() < lines[b].box.top(); });
    return order;
}

template<typename Visit>
void forMarginLines(QList<Line> &lines, qsizetype begin, qsizetype end, Visit visit)
{
    const QList<qsizetype> order = linesDownThePage(lines, begin, end);
    for (qsizetype k = 0; k < order.size(); ++k) {
        if (k < marginLines || k >= order.size() - marginLines)
            visit(lines[order[k]]);
    }
}

// Running headers and footers are found by repetition: a margin line that
// recurs on many pages is the document's furniture, not its text. They go
// to the removed list, where the reader can restore them.
void markRepeatedMargins(QList<Line> &lines, const QList<qsizetype> &pageStarts)
{
    const qsizetype pages = pageStarts.size() - 1;
    if (pages < 3)
        return;
    QHash<QString, QSet<int>> pagesWith;
    for (qsizetype page = 0; page < pages; ++page) {
        forMarginLines(lines, pageStarts[page], pageStarts[page + 1], [&](const Line &line) {
            pagesWith[repeatKey(line.text)].insert(line.page);
        });
    }
    // Books alternate their headers between left and right pages.
    const qsizetype enough = std::max<qsizetype>(3, pages / 4);
    const QString reason = QCoreApplication::translate("Lectern::PdfImporter", "running header or footer");
    for (qsizetype page = 0; page < pages; ++page) {
        forMarginLines(lines, pageStarts[page], pageStarts[page + 1], [&](Line &line) {
            if (pagesWith.value(repeatKey(line.text)).size() >= enough)
                line.furniture = reason;
        });
    }
}

QList<Line> documentLines(const PdfExtraction &document)
{
    QList<Line> lines;
    QList<qsizetype> pageStarts{0};
    for (int page = 0; page < document.pages.size(); ++page) {
        QList<Line> onPage = pageLines(document.pages[page], page);
        markPageNumbers(onPage);
        lines.append(onPage);
        pageStarts.append(lines.size());
    }
    markRepeatedMargins(lines, pageStarts);
    return lines;
}

qsizetype lastVisualLineLength(const QString &line)
{
    return line.size() - line.lastIndexOf(mergedHyphen) - 1;
}

Layout measure(const QList<Line> &lines)
{
    QList<qreal> gaps;
    QList<qreal> heights;
    QList<qreal> lengths;
    const Line *previous = nullptr;
    for (const Line &line : lines) {
        if (line.text.isEmpty() || !line.furniture.isEmpty())
            continue;
        lengths << qreal(lastVisualLineLength(line.text));
        if (line.hasBox) {
            heights << line.height;
            if (previous && previous->hasBox && previous->page == line.page && line.box.top() > previous->box.bottom())
                gaps << line.box.top() - previous->box.bottom();
        }
        previous = &line;
    }
    Layout layout;
    layout.lineHeight = quantile(heights, 0.5);
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
    return line.hasBox && layout.lineHeight > 0 && line.height > headingHeightRatio * layout.lineHeight;
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
    if (startsWithBullet(line.text))
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
    return c == QLatin1Char('-') || c == unicodeHyphen || c == softHyphen || c == mergedHyphen;
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
    for (qsizetype i = text.indexOf(mergedHyphen); i >= 0; i = text.indexOf(mergedHyphen, i)) {
        const bool lowerBoth = i > 0 && i + 1 < text.size() && text[i - 1].isLower() && text[i + 1].isLower();
        if (lowerBoth)
            text.remove(i, 1);
        else
            text[i++] = QLatin1Char('-');
    }
    text.remove(softHyphen);
    return text;
}

struct Paragraph {
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

    const QList<Line> lines = documentLines(document);
    const auto firstText = std::find_if(lines.cbegin(), lines.cend(), [](const Line &line) {
        return !line.text.isEmpty() && line.furniture.isEmpty();
    });
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
