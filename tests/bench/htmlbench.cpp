// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reader-mode import of saved web pages (issue #29: choosing the article
// and pruning its clutter must not make a page slower to import): every
// .html under the given folders, parsed in memory, the best of several
// rounds, in milliseconds per page.
#include "benchrow.h"

#include "import/htmlimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace Lectern;

namespace {

QList<QByteArray> readPages(const QStringList &folders)
{
    QList<QByteArray> pages;
    for (const QString &folder : folders) {
        QDirIterator it(folder, {QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                pages.append(file.readAll());
        }
    }
    return pages;
}

double secondsFor(const QList<QByteArray> &pages)
{
    const HtmlImporter importer;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &page : pages) {
        const ImportResult result = importer.parse(page, QStringLiteral("page.html"));
        Q_UNUSED(result);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times reader-mode import of saved web pages."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds to take the best of."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOption(rounds);
    parser.addPositionalArgument(QStringLiteral("folders"), QStringLiteral("Folders of saved pages (default: the test data's)."));
    parser.process(app);
    QStringList folders = parser.positionalArguments();
    if (folders.isEmpty())
        folders = {QStringLiteral(LECTERN_TEST_DATA "/html"), QStringLiteral(LECTERN_TEST_DATA "/corpus/html")};
    const QList<QByteArray> pages = readPages(folders);
    if (pages.isEmpty()) {
        QTextStream(stderr) << "no pages in " << folders.join(QLatin1Char(' ')) << Qt::endl;
        return 1;
    }
    double best = std::numeric_limits<double>::max();
    for (int round = 0; round < std::max(1, parser.value(rounds).toInt()); ++round)
        best = std::min(best, secondsFor(pages));
    const double perPage = best * 1000 / double(pages.size());
    QTextStream(stdout) << QStringLiteral("HTML import: %1 pages, %2 ms per page").arg(pages.size()).arg(perPage, 0, 'f', 3) << Qt::endl;
    BenchRow {QStringLiteral("Import"), QStringLiteral("reader-mode HTML import, per page"), perPage, QStringLiteral("ms")}.record();
    return 0;
}
