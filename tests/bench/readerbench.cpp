// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-reader-bench: opening a 5 MB article with 10,000 highlights, and
// adding or removing one, beside the same article opened without any.
#include "benchrow.h"
#include "corpus.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "reader/readerview.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Lectern;

namespace {
QTextStream out(stdout);
QJsonObject figures;

void report(const QString &name, double value, const QString &unit, const QString &note = {})
{
    out << QStringLiteral("%1  %2 %3  %4").arg(name, -52).arg(value, 10, 'f', 2).arg(unit, -6).arg(note) << Qt::endl;
    figures.insert(name, value);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

Article makeArticle(Corpus &corpus, int bytes)
{
    Article article;
    article.title = QStringLiteral("A very long report");
    article.format = QStringLiteral("text");
    const QString text = QString::fromUtf8(corpus.article(0, bytes));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        article.blocks.append(Block::paragraph(line));
    return article;
}

// The process's CPU time: unlike the wall clock, it holds on a loaded machine.
double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct OpenTime {
    double wall = 0;
    double cpu = 0;
};

// Open = load the claims, lay out and format the first screen, paint it.
// Qt lays out the rest between events, and claims are drawn as they come into sight.
OpenTime openAndPaint(ReaderView &reader, ArticleAnnotations &annotations, const Article &article, qint64 articleId, const QString &text)
{
    // The previous article's document goes after its paint, as in the window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const double cpuBefore = cpuMilliseconds();
    QElapsedTimer timer;
    timer.start();
    annotations.load(articleId, text);
    reader.showArticle(article);
    reader.viewport()->repaint();
    return {double(timer.nsecsElapsed()) / 1e6, cpuMilliseconds() - cpuBefore};
}
// The reference: the same text in a plain QTextDocument, shown by a
// QTextEdit of the same size: set, lay out the first screen, paint it.
double openPlainDocument(QTextEdit &edit, const QString &text)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    edit.clear();
    QElapsedTimer timer;
    timer.start();
    edit.setPlainText(text);
    edit.viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reader benchmark: a large article with many highlights."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("megabytes"), QStringLiteral("Article size (default 5)."), QStringLiteral("mb"), QStringLiteral("5"));
    const QCommandLineOption countOption(QStringLiteral("highlights"), QStringLiteral("Highlights (default 10000)."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write figures to FILE."), QStringLiteral("file"));
    parser.addOptions({sizeOption, countOption, jsonOption});
    parser.process(app);
    const int bytes = parser.value(sizeOption).toInt() * 1024 * 1024;
    const int highlights = parser.value(countOption).toInt();

    QTemporaryDir dir;
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    Corpus corpus;
    const Article article = makeArticle(corpus, bytes);
    const QString text = article.canonicalText();
    LibraryStore store(db);
    StoreOutcome withClaims;
    StoreOutcome withoutClaims;
    Article plain = article;
    plain.title = QStringLiteral("The same report, unmarked");
    plain.blocks.append(Block::paragraph(QStringLiteral("(unmarked copy)")));
    if (!store.add(article, &withClaims, &error) || !store.add(plain, &withoutClaims, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    Taxonomy taxonomy(db);
    const QList<qint64> tags = taxonomy.shortcutTags();
    {
        ClaimStore claims(db);
        QRandomGenerator random(42);
        const int stride = int(text.size() / highlights);
        for (int i = 0; i < highlights; ++i) {
            Claim claim;
            claim.articleId = withClaims.articleId;
            const int start = i * stride + random.bounded(qMax(1, stride / 2));
            claim.anchor = TextAnchor::describe(text, start, start + 20 + random.bounded(qMax(1, stride / 2)));
            claim.tagIds = {tags.at(i % tags.size())};
            if (i % 7 == 0)
                claim.tagIds << tags.at((i + 1) % tags.size());
            if (!claims.insert(&claim, &error)) {
                out << error << Qt::endl;
                return 1;
            }
        }
    }

    ReaderView reader;
    ArticleAnnotations annotations(db);
    reader.setAnnotations(&annotations, &taxonomy);
    reader.resize(1000, 800);
    reader.show();

    out << QStringLiteral("Article: %1 MB, %2 blocks, %3 highlights").arg(double(text.toUtf8().size()) / 1048576.0, 0, 'f', 1).arg(article.blocks.size()).arg(highlights)
        << Qt::endl;
    const QString plainText = plain.canonicalText();
    QList<double> bare, marked, bareCpu, markedCpu;
    const auto open = [&](QList<double> &wall, QList<double> &cpu, const Article &which, qint64 id, const QString &whichText) {
        const OpenTime time = openAndPaint(reader, annotations, which, id, whichText);
        wall << time.wall;
        cpu << time.cpu;
    };
    for (int round = 0; round < 6; ++round) {
        // Alternate which goes first, so neither always follows the other.
        if (round % 2) {
            open(marked, markedCpu, article, withClaims.articleId, text);
            open(bare, bareCpu, plain, withoutClaims.articleId, plainText);
        } else {
            open(bare, bareCpu, plain, withoutClaims.articleId, plainText);
            open(marked, markedCpu, article, withClaims.articleId, text);
        }
    }
    report(QStringLiteral("open to first paint, no highlights (reference)"), median(bare), QStringLiteral("ms"));
    report(QStringLiteral("open to first paint, with highlights"), median(marked), QStringLiteral("ms"), QStringLiteral("target <= 300 ms"));
    report(QStringLiteral("open with / without highlights"), median(marked) / median(bare), QStringLiteral("x"), QStringLiteral("target <= 1.3"));
    report(QStringLiteral("open, CPU time, no highlights (reference)"), median(bareCpu), QStringLiteral("ms"));
    report(QStringLiteral("open, CPU time, with highlights"), median(markedCpu), QStringLiteral("ms"), QStringLiteral("steady under load"));
    report(QStringLiteral("open CPU time with / without highlights"), median(markedCpu) / median(bareCpu), QStringLiteral("x"));
    QList<double> plainDocument;
    {
        QTextEdit edit;
        edit.setReadOnly(true);
        edit.resize(reader.size());
        edit.show();
        for (int round = 0; round < 6; ++round)
            plainDocument << openPlainDocument(edit, text);
    }
    report(QStringLiteral("plain QTextDocument in a QTextEdit (reference)"), median(plainDocument), QStringLiteral("ms"));
    const QString section = QStringLiteral("Reader");
    const QString size = QStringLiteral("%1 MB").arg(double(text.toUtf8().size()) / 1048576.0, 0, 'f', 0);
    BenchRow openRow{section, QStringLiteral("open %1 with %2 highlights, to first paint").arg(size).arg(highlights), median(marked), QStringLiteral("ms"),
                     median(plainDocument), QStringLiteral("plain QTextDocument of the same text in a QTextEdit")};
    openRow.maxFigure = 300;
    openRow.record();
    BenchRow withWithout{section, QStringLiteral("open %1 with %2 highlights vs without").arg(size).arg(highlights), median(marked), QStringLiteral("ms"), median(bare),
                         QStringLiteral("the same reader, the article without highlights")};
    withWithout.maxRatio = 1.3;
    withWithout.record();

    QList<double> adds, removes;
    QRandomGenerator random(7);
    for (int i = 0; i < 50; ++i) {
        const int start = random.bounded(int(text.size()) - 200);
        QElapsedTimer timer;
        timer.start();
        const qint64 id = annotations.addClaim(start, start + 60, {tags.first()});
        reader.viewport()->repaint();
        adds << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        annotations.removeClaim(id);
        reader.viewport()->repaint();
        removes << double(timer.nsecsElapsed()) / 1e6;
    }
    report(QStringLiteral("add one highlight (write, format, paint), median"), median(adds), QStringLiteral("ms"), QStringLiteral("target <= 16 ms"));
    report(QStringLiteral("remove one highlight, median"), median(removes), QStringLiteral("ms"), QStringLiteral("target <= 16 ms"));
    const double frame = 1000.0 / 60;
    BenchRow addRow{section, QStringLiteral("add one highlight (write, format, paint), median"), median(adds), QStringLiteral("ms"), frame,
                    QStringLiteral("one frame at 60 Hz")};
    addRow.maxFigure = 16;
    addRow.record();
    BenchRow removeRow{section, QStringLiteral("remove one highlight, median"), median(removes), QStringLiteral("ms"), frame, QStringLiteral("one frame at 60 Hz")};
    removeRow.maxFigure = 16;
    removeRow.record();

    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(figures).toJson());
    }
    return 0;
}
