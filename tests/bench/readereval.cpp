// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scores reader-mode import on any folder of saved pages against expected
// outputs (NAME.html beside NAME.expected.json, or NAME.expected.txt for
// the text alone, see readerevaluation.h): per page the text's token F1 and
// whether title and byline are right, then
// the totals and the mean import time. A measurement, not a test: it exits
// 0 once it has run, whatever the scores.
//   lectern-reader-eval [--repeat N] [FOLDER]   (default: tests/data/html/reader)
// --repeat N imports each page N times and keeps the fastest time, for
// comparing the speed of two builds.
#include "../common/readerevaluation.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

using namespace Lectern;

namespace {

void printPage(const ReaderEvaluation::Page &page)
{
    if (!page.error.isEmpty()) {
        std::printf("%-40s  error: %s\n", qPrintable(page.name), qPrintable(page.error));
        return;
    }
    const QString byline = page.expected.byline.isEmpty() ? QStringLiteral("-") : page.bylineRight() ? QStringLiteral("ok") : QStringLiteral("MISS");
    const char *title = page.expected.textOnly ? "-" : page.titleRight() ? "ok" : "MISS";
    std::printf("%-40s  F1 %.3f  title %-4s  byline %-4s  %.3f ms\n", qPrintable(page.name), page.f1, title, qPrintable(byline),
        double(page.importNanoseconds) / 1e6);
    if (!page.expected.textOnly && !page.titleRight())
        std::printf("    title:  got \"%s\", expected \"%s\"\n", qPrintable(page.title), qPrintable(page.expected.title));
    if (!page.expected.byline.isEmpty() && !page.bylineRight())
        std::printf("    byline: got \"%s\", expected \"%s\"\n", qPrintable(page.byline), qPrintable(page.expected.byline));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    int repeats = 1;
    if (arguments.size() >= 2 && arguments.first() == QLatin1StringView("--repeat")) {
        repeats = std::max(1, arguments.at(1).toInt());
        arguments.remove(0, 2);
    }
    const QString folder = arguments.isEmpty() ? QStringLiteral(LECTERN_READER_PAGES) : arguments.first();
    const QStringList names = ReaderEvaluation::pageNames(folder);
    if (names.isEmpty()) {
        std::fprintf(stderr, "%s: no NAME.html with a NAME.expected.json or .expected.txt\n", qPrintable(QDir::toNativeSeparators(folder)));
        return 1;
    }
    QList<ReaderEvaluation::Page> pages;
    for (const QString &name : names) {
        pages << ReaderEvaluation::score(folder, name, repeats);
        printPage(pages.last());
    }
    const ReaderEvaluation::Totals totals = ReaderEvaluation::totals(pages);
    std::printf("\npages %d  mean F1 %.3f  below 0.5: %d  below 0.8: %d  titles right %d/%d  bylines right %d/%d  import %.2f ms/page\n", totals.pages,
        totals.meanF1, totals.below50, totals.below80, totals.titlesRight, totals.titled, totals.bylinesRight, totals.bylines, totals.meanImportMilliseconds);
    return 0;
}
