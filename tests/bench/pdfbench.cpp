// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A 600-page book as a PDF: Lectern's import (PDFium in a child process,
// then paragraphs, headings, running headers set aside) beside poppler's
// pdftotext on the same file in the same run, and how many of pdftotext's
// words Lectern keeps (word F1, running headers and footers set aside).
#include "benchrow.h"

#include "import/pdfimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lectern;

namespace {

constexpr int pages = 600;
constexpr int runs = 3;

const QStringList words {QStringLiteral("harbour"), QStringLiteral("tide"), QStringLiteral("ledger"), QStringLiteral("ferry"), QStringLiteral("keeper"),
    QStringLiteral("channel"), QStringLiteral("winter"), QStringLiteral("survey"), QStringLiteral("gauge"), QStringLiteral("board")};

QString bodyLine(int page, int line)
{
    QStringList parts;
    for (int i = 0; i < 11; ++i)
        parts << words.at((page * 7 + line * 3 + i * i) % words.size());
    return parts.join(QLatin1Char(' ')) + (line % 6 == 5 ? QStringLiteral(".") : QString());
}

void writeBook(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setTitle(QStringLiteral("A Book of Harbours"));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 8));
        painter.drawText(40, 30, QStringLiteral("A Book of Harbours \u2014 page %1").arg(page + 1));
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 9));
        for (int line = 0; line < 36; ++line)
            painter.drawText(40, 60 + 14 * line, bodyLine(page, line));
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QHash<QString, int> wordCounts(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QHash<QString, int> counts;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts))
        ++counts[word];
    return counts;
}

double wordF1(const QString &ours, const QString &reference)
{
    const QHash<QString, int> a = wordCounts(ours);
    const QHash<QString, int> b = wordCounts(reference);
    qint64 common = 0, totalA = 0, totalB = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        common += std::min(it.value(), b.value(it.key()));
        totalA += it.value();
    }
    for (int count : b)
        totalB += count;
    const double precision = totalA ? double(common) / double(totalA) : 0;
    const double recall = totalB ? double(common) / double(totalB) : 0;
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

// pdftotext's text without the running header, as the F1 is meant.
QString withoutHeaders(QString text)
{
    static const QRegularExpression header(QStringLiteral("A Book of Harbours \u2014 page \\d+"));
    return text.remove(header);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QPdfWriter lays out text
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.pdf"));
    writeBook(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray data = file.readAll();
    std::printf("%d-page book, %.1f MB\n", pages, double(data.size()) / (1024 * 1024));

    QList<double> lectern;
    ImportResult result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = PdfImporter().parse(data, path);
        lectern << double(timer.nsecsElapsed()) / 1e6;
    }
    if (!result.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
        return 1;
    }
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QList<double> poppler;
    QString reference;
    for (int run = 0; !pdftotext.isEmpty() && run < runs; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(pdftotext, {path, QStringLiteral("-")});
        process.waitForFinished(-1);
        poppler << double(timer.nsecsElapsed()) / 1e6;
        reference = QString::fromUtf8(process.readAllStandardOutput());
    }
    BenchRow time {QStringLiteral("Import"), QStringLiteral("PDF, %1-page book").arg(pages), median(lectern), QStringLiteral("ms"),
        poppler.isEmpty() ? BenchRow::none : median(poppler), QStringLiteral("pdftotext")};
    time.record();
    std::printf("import: %.0f ms (pdftotext %.0f ms)\n", time.figure, time.reference);
    if (!reference.isEmpty()) {
        BenchRow f1 {QStringLiteral("Import"), QStringLiteral("PDF, %1-page book: word F1 against pdftotext").arg(pages),
            wordF1(result.article.canonicalText(), withoutHeaders(reference)), QString()};
        f1.minFigure = 0.97;
        f1.record();
        std::printf("word F1 against pdftotext, headers set aside: %.4f\n", f1.figure);
    }
    return 0;
}
