// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagelines.h"

#include "overprintedtext.h"
#include "text/cjktext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {

using Line = PdfLine;

// PDFium reports one box per run of glyphs, in text order; a run whose
// vertical middle falls outside the current line's box starts the next line.
bool onSameLine(const QRectF &line, const QRectF &box)
{
    const qreal middle = box.center().y();
    const qreal lineMiddle = line.center().y();
    return (middle >= line.top() && middle <= line.bottom()) || (lineMiddle >= box.top() && lineMiddle <= box.bottom());
}

struct Band
{
    QRectF box;
    QList<QRectF> runs;
};

QList<Band> visualLines(const QList<QPolygonF> &bounds)
{
    QList<Band> lines;
    for (const QPolygonF &polygon : bounds) {
        const QRectF box = polygon.boundingRect();
        if (!lines.isEmpty() && onSameLine(lines.last().box, box)) {
            lines.last().box = lines.last().box.united(box);
            lines.last().runs.append(box);
        } else {
            lines.append({box, {box}});
        }
    }
    return lines;
}

// The size of a band's type: how far its glyphs rise above the baseline
// most of them stand on. A raised footnote mark or a descender does not
// change it, as they change the band's height.
qreal typeSize(const QList<QRectF> &runs)
{
    QHash<int, int> bottoms;
    for (const QRectF &run : runs)
        ++bottoms[qRound(run.bottom())];
    int baseline = 0;
    int most = 0;
    for (auto it = bottoms.cbegin(); it != bottoms.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() > baseline)) {
            baseline = it.key();
            most = it.value();
        }
    }
    qreal rise = 0;
    for (const QRectF &run : runs) {
        if (qAbs(run.bottom() - baseline) <= 1)
            rise = std::max(rise, baseline - run.top());
    }
    return rise;
}

QString cleanLine(QString line)
{
    static const QRegularExpression controls(QStringLiteral("[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}]"));
    line = OverprintedText::readOnce(line.remove(controls).simplified());
    return CjkText::withUnifiedRadicals(CjkText::withoutSpacesBetween(line));
}

// A text line PDFium joined from several visual lines (a hyphenated word)
// covers one visual line more per merged hyphen.
qsizetype visualLineCount(const QString &line)
{
    return 1 + line.count(pdfMergedHyphen);
}

// A footnote mark or reference raised above its line: PDFium gives it a
// text line of its own, while its glyphs fall into the line's band.
bool isRaisedMark(const QString &text)
{
    return !text.isEmpty() && text.size() <= 3 && !text.contains(QLatin1Char(' '));
}

// Which lines are raised marks: short, and after a line of text.
QList<bool> raisedMarks(const QList<Line> &lines)
{
    QList<bool> marks(lines.size(), false);
    bool textBefore = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        marks[i] = textBefore && isRaisedMark(lines[i].text);
        textBefore = textBefore || !lines[i].text.isEmpty();
    }
    return marks;
}

qsizetype visualLinesIn(const QList<Line> &lines, const QList<bool> &apart)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].text.isEmpty() && !apart[i])
            count += visualLineCount(lines[i].text);
    }
    return count;
}

// Text lines of one page. Their boxes come from the page's glyph runs when
// these fall into exactly as many visual lines as the text has, raised marks
// aside; otherwise (PDFium joined lines without a mark, rotated text ...)
// the page's lines go without boxes and paragraphs are found from the text.
QList<Line> pageLines(const PdfExtraction::Page &selection, int page)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    const QStringList texts = selection.text.split(lineBreak);
    const QList<Band> bands = visualLines(selection.bounds);
    QList<Line> lines;
    for (const QString &text : texts)
        lines.append({cleanLine(text), page, false, {}, {}, 0});
    QList<bool> inLineBefore(lines.size(), false);
    if (visualLinesIn(lines, inLineBefore) != bands.size()) {
        inLineBefore = raisedMarks(lines);
        if (visualLinesIn(lines, inLineBefore) != bands.size())
            return lines;
    }
    qsizetype band = 0;
    const Line *boxed = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        if (line.text.isEmpty())
            continue;
        if (inLineBefore[i]) {
            line.hasBox = true;
            line.box = boxed->box;
            line.height = boxed->height;
            line.typeSize = boxed->typeSize;
            continue;
        }
        const qsizetype count = visualLineCount(line.text);
        line.hasBox = true;
        line.box = bands[band].box.united(bands[band + count - 1].box);
        for (qsizetype k = band; k < band + count; ++k) {
            line.height = std::max(line.height, bands[k].box.height());
            line.typeSize = std::max(line.typeSize, typeSize(bands[k].runs));
        }
        band += count;
        boxed = &line;
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
    const auto isText = [](const Line &line) { return !line.text.isEmpty() && !line.formValue; };
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
        if (!lines[i].text.isEmpty() && lines[i].furniture.isEmpty() && !lines[i].formValue) {
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
        forMarginLines(lines, pageStarts[page], pageStarts[page + 1], [&](const Line &line) { pagesWith[repeatKey(line.text)].insert(line.page); });
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

// A form field's value goes after the lines that start above its middle:
// "Observer:" and then what was typed beside it. On a page without
// boxes the values follow its text.
void insertFormValues(QList<Line> &lines, const QList<PdfExtraction::FormValue> &values, int page)
{
    const bool boxed = std::all_of(lines.cbegin(), lines.cend(), [](const Line &line) { return line.text.isEmpty() || line.hasBox; });
    QList<PdfExtraction::FormValue> sorted = values;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.box.center().y() < b.box.center().y(); });
    qsizetype at = 0;
    for (const PdfExtraction::FormValue &value : sorted) {
        if (boxed) {
            while (at < lines.size() && (lines[at].text.isEmpty() || lines[at].box.top() < value.box.center().y()))
                ++at;
        } else {
            at = lines.size();
        }
        Line line;
        line.text = cleanLine(value.text);
        line.page = page;
        line.formValue = true;
        if (!line.text.isEmpty())
            lines.insert(at++, line);
    }
}

} // namespace

QList<PdfLine> PdfPageLines::read(const PdfExtraction &document)
{
    QList<Line> lines;
    QList<qsizetype> pageStarts {0};
    for (int page = 0; page < document.pages.size(); ++page) {
        QList<Line> onPage = pageLines(document.pages[page], page);
        insertFormValues(onPage, document.pages[page].formValues, page);
        markPageNumbers(onPage);
        lines.append(onPage);
        pageStarts.append(lines.size());
    }
    markRepeatedMargins(lines, pageStarts);
    return lines;
}

} // namespace Lectern
