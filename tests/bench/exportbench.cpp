// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Exporting 10,000 claims over 500 articles: each format beside a bare write
// of the same claims in the same run (QTextStream lines, or a plain
// QJsonDocument), so the ratio says what the format itself costs. The
// targets (issue 6): Markdown, CSV and JSON ≤ 500 ms each, HTML ≤ 1 s.
#include "benchrow.h"

#include "export/exporter.h"
#include "export/webannotationexporter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <numeric>
#include <functional>

using namespace Lectern;

namespace {
QTextStream out(stdout);

const QStringList words = {QStringLiteral("harbour"), QStringLiteral("council"), QStringLiteral("evidence"), QStringLiteral("turbines"),
                           QStringLiteral("jobs"),    QStringLiteral("survey"),  QStringLiteral("seabirds"), QStringLiteral("season"),
                           QStringLiteral("decision"), QStringLiteral("hearing"), QStringLiteral("ferry"),   QStringLiteral("timetable"),
                           QStringLiteral("weather"), QStringLiteral("port"),    QStringLiteral("\u00e9tude"), QStringLiteral("the"),
                           QStringLiteral("a"),       QStringLiteral("of"),      QStringLiteral("and"),      QStringLiteral("that")};

QString sentence(QRandomGenerator &random, int length)
{
    QStringList picked;
    for (int i = 0; i < length; ++i)
        picked << words.at(random.bounded(int(words.size())));
    return picked.join(QLatin1Char(' ')) + QLatin1Char('.');
}

ExportData makeData(int articles, int claimsPerArticle)
{
    QRandomGenerator random(6);
    ExportData data;
    data.exported = QDateTime(QDate(2026, 3, 16), QTime(12, 0), QTimeZone::UTC);
    const char *colors[] = {"#d55e00", "#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#e69f00"};
    for (int t = 0; t < 6; ++t)
        data.tags << ExportTag{t + 1, QStringLiteral("Tag%1").arg(t), QStringLiteral("Group/Tag%1").arg(t), QColor::fromString(QLatin1StringView(colors[t])), {}};
    data.indexTags();
    qint64 claimId = 0;
    for (int a = 0; a < articles; ++a) {
        ExportArticle exported;
        exported.article.id = a + 1;
        exported.article.title = QStringLiteral("Article %1: ").arg(a + 1) + sentence(random, 6);
        exported.article.source = QStringLiteral("/home/reader/Articles/article-%1.txt").arg(a + 1);
        for (int p = 0; p < 30; ++p)
            exported.article.blocks << Block::paragraph(sentence(random, 40));
        exported.text = exported.article.canonicalText();
        const int length = int(exported.text.size());
        for (int c = 0; c < claimsPerArticle; ++c) {
            const int start = int(qint64(length) * c / claimsPerArticle);
            const int end = std::min(length, start + 40 + random.bounded(120));
            Claim claim;
            claim.id = ++claimId;
            claim.articleId = a + 1;
            claim.anchor = TextAnchor::describe(exported.text, start, end);
            claim.tagIds = {random.bounded(6) + 1};
            claim.stance = Claim::Stance(random.bounded(3));
            claim.note = c % 3 == 0 ? QString() : sentence(random, 15) + QStringLiteral(" \"quoted\", with a comma");
            claim.speaker = c % 2 ? QStringLiteral("Speaker %1").arg(c) : QString();
            claim.created = data.exported.addDays(-c);
            claim.modified = claim.created;
            exported.claims << claim;
        }
        data.articles << exported;
    }
    return data;
}

/// Each of `rounds` runs, in milliseconds.
QList<double> times(const std::function<qint64()> &work, int rounds)
{
    QList<double> all;
    qint64 sink = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        sink += work();
        all << timer.nsecsElapsed() / 1e6;
    }
    if (sink < 0)
        out << sink; // keeps the work from being optimised away
    std::sort(all.begin(), all.end());
    return all;
}

double best(const std::function<qint64()> &work)
{
    return times(work, 5).first();
}

double p50(const QList<double> &sorted)
{
    return sorted.at(sorted.size() / 2);
}

double p95(const QList<double> &sorted)
{
    return sorted.at(std::min(sorted.size() - 1, qsizetype(0.95 * double(sorted.size()))));
}

qint64 exportSize(const ExportData &data, Exporter::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!Exporter::create(format)->write(data, &buffer, &error))
        qFatal("export failed: %s", qPrintable(error));
    return buffer.size();
}

/// The same claims' fields as tab-separated lines, UTF-8: the least any text format can do.
qint64 bareText(const ExportData &data)
{
    QByteArray bytes;
    QTextStream stream(&bytes);
    for (const ExportArticle &article : data.articles) {
        for (const Claim &claim : article.claims)
            stream << article.article.title << '\t' << claim.anchor.exact << '\t' << claim.note << '\t' << claim.speaker << '\t' << claim.start() << '\t'
                   << claim.end() << '\n';
    }
    stream.flush();
    return bytes.size();
}

/// The article texts and claims as tab-separated lines: the reference for pages showing the whole text.
qint64 bareTextWithArticles(const ExportData &data)
{
    QByteArray bytes;
    QTextStream stream(&bytes);
    for (const ExportArticle &article : data.articles)
        stream << article.text << '\n';
    stream.flush();
    return bytes.size() + bareText(data);
}

qint64 bareJson(const ExportData &data)
{
    QJsonArray array;
    for (const ExportArticle &article : data.articles) {
        for (const Claim &claim : article.claims)
            array.append(QJsonObject{{QStringLiteral("exact"), claim.anchor.exact},
                                     {QStringLiteral("note"), claim.note},
                                     {QStringLiteral("start"), claim.start()},
                                     {QStringLiteral("end"), claim.end()}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented).size();
}

void report(const QString &name, double ms, double referenceMs, double limitMs)
{
    out << QStringLiteral("%1  %2 ms   reference %3 ms   ratio %4   target %5 ms  %6")
               .arg(name, -10)
               .arg(ms, 8, 'f', 1)
               .arg(referenceMs, 7, 'f', 1)
               .arg(ms / referenceMs, 5, 'f', 1)
               .arg(limitMs, 5, 'f', 0)
               .arg(ms <= limitMs ? QStringLiteral("ok") : QStringLiteral("OVER"))
        << Qt::endl;
}
} // namespace

/// Every format at one size: p50 and p95 over a few runs, beside the bare
/// write of the same claims. The targets are set at 10,000 claims.
void benchSize(int claims, int rounds)
{
    const ExportData data = makeData(std::max(1, claims / 20), 20);
    out << QStringLiteral("\n%1 claims over %2 articles; %3 runs each\n").arg(data.claimCount()).arg(data.articles.size()).arg(rounds);
    const QList<double> text = times([&] { return bareText(data); }, rounds);
    const QList<double> textWithArticles = times([&] { return bareTextWithArticles(data); }, rounds);
    const QList<double> json = times([&] { return bareJson(data); }, rounds);
    const struct {
        Exporter::Format format;
        const QList<double> &reference;
        QString referenceName;
        double limit;
    } runs[] = {{Exporter::Format::Markdown, text, QStringLiteral("claims as QTextStream lines"), 500},
                {Exporter::Format::Csv, text, QStringLiteral("claims as QTextStream lines"), 500},
                {Exporter::Format::Json, json, QStringLiteral("claims as a bare QJsonDocument"), 500},
                {Exporter::Format::Html, textWithArticles, QStringLiteral("article texts and claims as QTextStream lines"), 1000}};
    const QString size = claims >= 1000 ? QStringLiteral("%1k").arg(claims / 1000) : QString::number(claims);
    for (const auto &run : runs) {
        const QList<double> ms = times([&] { return exportSize(data, run.format); }, rounds);
        report(Exporter::key(run.format), p50(ms), p50(run.reference), run.limit);
        BenchRow median{QStringLiteral("Export"), QStringLiteral("%1 at %2 claims, p50").arg(Exporter::key(run.format), size), p50(ms), QStringLiteral("ms"),
                        p50(run.reference), run.referenceName};
        BenchRow tail{QStringLiteral("Export"), QStringLiteral("%1 at %2 claims, p95").arg(Exporter::key(run.format), size), p95(ms), QStringLiteral("ms"),
                      p95(run.reference), run.referenceName};
        if (claims == 10000)
            tail.maxFigure = run.limit;
        median.record();
        tail.record();
    }
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export benchmark: every format beside a bare write of the same claims."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("claims"), QStringLiteral("Claim counts, comma-separated (20 claims per article)."), QStringLiteral("n,..."),
                                   QStringLiteral("10000"));
    const QCommandLineOption rounds(QStringLiteral("runs"), QStringLiteral("Runs of each export."), QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({sizes, rounds});
    parser.process(app);
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int claims = size.toInt();
        // The largest size costs seconds per run: fewer runs keep the suite bounded.
        benchSize(claims, claims > 10000 ? std::min(3, parser.value(rounds).toInt()) : parser.value(rounds).toInt());
    }

    const ExportData data = makeData(500, 20);
    WebAnnotationExporter exporter;
    const double rendered = best([&] {
        QString error;
        return qint64(exporter.render(data, &error).size());
    });
    ExportOptions noText;
    noText.embedArticles = false;
    exporter.setOptions(noText);
    const double withoutText = best([&] {
        QString error;
        return qint64(exporter.render(data, &error).size());
    });
    out << QStringLiteral("json without the articles' texts (ExportOptions::embedArticles off): %1 ms (with them, not written out: %2 ms)\n")
               .arg(withoutText, 0, 'f', 1)
               .arg(rendered, 0, 'f', 1);
    return 0;
}
