// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-bench-suite: runs every benchmark program one after another, times
// Lectern's cold start and resident memory on a library of 100,000 articles
// against a bare Qt Widgets window, and prints one table of every figure
// beside its reference (Markdown, for BENCHMARKS.md) and a JSON file.
#include "benchrow.h"
#include "coldstart.h"
#include "corpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cmath>

namespace {
QTextStream out(stdout);

struct Step {
    QString program;
    QStringList arguments;
    int timeoutSeconds;
};

struct StepResult {
    QString program;
    double seconds = 0;
    QString outcome;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("unknown");
}

double loadOverOneMinute()
{
    return loadAverage().section(QLatin1Char(' '), 0, 0).toDouble();
}

// The build packaging/dev runs just before leaves the load average high for
// a minute, and ratios measured under it (import's, the cold start's) move
// by a tenth. Waits, up to a limit, until the machine is about idle.
void waitForQuiet(double below, int maxSeconds)
{
    QElapsedTimer waited;
    waited.start();
    if (loadOverOneMinute() < below)
        return;
    out << QStringLiteral("waiting for the load average to fall below %1 (at most %2 s)...").arg(below).arg(maxSeconds) << Qt::endl;
    while (loadOverOneMinute() >= below && waited.elapsed() < maxSeconds * 1000)
        QThread::sleep(std::chrono::seconds(2));
    out << QStringLiteral("   waited %1 s, load average %2").arg(waited.elapsed() / 1000).arg(loadAverage()) << Qt::endl;
}

StepResult runStep(const Step &step, const QString &binDir, const QString &logDir, const QString &rowsFile)
{
    out << QStringLiteral("== %1 %2").arg(step.program, step.arguments.join(QLatin1Char(' '))) << Qt::endl;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LECTERN_BENCH_ROWS"), rowsFile);
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logDir + QLatin1Char('/') + step.program + QStringLiteral(".log"));
    QElapsedTimer timer;
    timer.start();
    process.start(binDir + QLatin1Char('/') + step.program, step.arguments);
    StepResult result{step.program, 0, QStringLiteral("ok")};
    if (!process.waitForStarted()) {
        result.outcome = QStringLiteral("did not start: %1").arg(process.errorString());
    } else if (!process.waitForFinished(step.timeoutSeconds * 1000)) {
        // Bounded: a step that runs away is stopped and reported, not waited for.
        process.kill();
        process.waitForFinished();
        result.outcome = QStringLiteral("stopped after %1 s").arg(step.timeoutSeconds);
    } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.outcome = QStringLiteral("failed (exit %1)").arg(process.exitCode());
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("   %1 s, %2 (log: %3/%4.log)").arg(result.seconds, 0, 'f', 1).arg(result.outcome, logDir, step.program) << Qt::endl;
    return result;
}

QList<BenchRow> readRows(const QString &rowsFile)
{
    QList<BenchRow> rows;
    QFile file(rowsFile);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            rows << BenchRow::fromJson(QJsonDocument::fromJson(line).object());
    }
    return rows;
}

QString cell(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    const int decimals = std::abs(value) >= 100 ? 0 : (std::abs(value) >= 10 ? 1 : 2);
    return unit.isEmpty() ? QString::number(value, 'f', decimals) : QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(unit);
}

void printTable(const QList<BenchRow> &rows)
{
    out << QStringLiteral("\n| Area | Measure | Figure | Reference (same run) | Ratio | Target | Result |\n|---|---|---:|---|---:|---|---|") << Qt::endl;
    for (const BenchRow &row : rows) {
        const QString reference = std::isnan(row.reference) ? QStringLiteral("—") : QStringLiteral("%1 (%2)").arg(cell(row.reference, row.unit), row.referenceName);
        const double ratio = row.ratio();
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                   .arg(row.section, row.name, cell(row.figure, row.unit), reference, std::isnan(ratio) ? QStringLiteral("—") : QStringLiteral("%1×").arg(ratio, 0, 'f', 2),
                        row.targetText(), row.verdict())
            << Qt::endl;
    }
}

bool writeJson(const QString &path, const QList<BenchRow> &rows, const QList<StepResult> &steps, double seconds)
{
    QJsonArray rowArray;
    for (const BenchRow &row : rows)
        rowArray.append(row.toJson());
    QJsonArray stepArray;
    for (const StepResult &step : steps)
        stepArray.append(QJsonObject{{QStringLiteral("program"), step.program}, {QStringLiteral("seconds"), step.seconds}, {QStringLiteral("outcome"), step.outcome}});
    const QJsonObject machine{{QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
                              {QStringLiteral("threads"), QThread::idealThreadCount()},
                              {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                              {QStringLiteral("load_average_at_end"), loadAverage()},
                              {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
    const QJsonObject root{{QStringLiteral("generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("machine"), machine},
                           {QStringLiteral("total_seconds"), seconds},
                           {QStringLiteral("steps"), stepArray},
                           {QStringLiteral("rows"), rowArray}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson());
    return file.commit();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Every Lectern benchmark in one run, with one table of figures beside their references."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for results.json, logs and cached libraries."), QStringLiteral("folder"),
                                       QStringLiteral("bench"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Largest library (default 100000)."), QStringLiteral("n"),
                                            QStringLiteral("100000"));
    parser.addOptions({outOption, articlesOption});
    parser.process(app);

    QElapsedTimer whole;
    whole.start();
    const QString outDir = QDir(parser.value(outOption)).absolutePath();
    const QString logDir = outDir + QStringLiteral("/logs");
    const QString cacheDir = outDir + QStringLiteral("/libraries");
    QDir().mkpath(logDir);
    QDir().mkpath(cacheDir);
    const QString rowsFile = outDir + QStringLiteral("/rows.jsonl");
    QFile::remove(rowsFile);
    const QString binDir = QCoreApplication::applicationDirPath();
    const int largest = parser.value(articlesOption).toInt();
    QString sizes;
    for (int size = 1000; size < largest; size *= 10)
        sizes += QString::number(size) + QLatin1Char(',');
    sizes += QString::number(largest);
    const bool libraryCached = QFile::exists(Corpus::libraryFile(cacheDir, largest));
    waitForQuiet(1.0, 120);
    out << QStringLiteral("lectern-bench-suite: %1 thread(s), load average %2; %3")
               .arg(QThread::idealThreadCount())
               .arg(loadAverage(), libraryCached ? QStringLiteral("libraries cached in ") + cacheDir : QStringLiteral("building the libraries once into ") + cacheDir)
        << Qt::endl;

    const QList<Step> steps = {
        {QStringLiteral("lectern-bench"),
         {QStringLiteral("--search-articles"), QString::number(largest), QStringLiteral("--library-cache"), cacheDir, QStringLiteral("--json"),
          logDir + QStringLiteral("/lectern-bench.json")},
         libraryCached ? 420 : 1800},
        {QStringLiteral("lectern-reader-bench"), {}, 180},
        {QStringLiteral("lectern-anchor-bench"), {}, 120},
        {QStringLiteral("lectern-suggest-bench"), {}, 60},
        {QStringLiteral("lectern-pdf-bench"), {}, 300},
        {QStringLiteral("lectern-html-bench"), {}, 120},
        {QStringLiteral("lectern-durability-bench"), {}, 180},
        {QStringLiteral("lectern-export-bench"), {QStringLiteral("--claims"), sizes}, 180},
        {QStringLiteral("lectern-panel-bench"), {QStringLiteral("--claims"), sizes, QStringLiteral("--related-articles"), QStringLiteral("0")}, 180},
    };
    QList<StepResult> results;
    for (const Step &step : steps)
        results << runStep(step, binDir, logDir, rowsFile);

    out << QStringLiteral("== cold start and memory, %1 articles").arg(largest) << Qt::endl;
    QElapsedTimer coldTimer;
    coldTimer.start();
    ColdStart cold(binDir, outDir + QStringLiteral("/coldstart"));
    QString coldError;
    const bool coldOk = cold.run(Corpus::libraryFile(cacheDir, largest), &coldError);
    results << StepResult{QStringLiteral("cold start"), coldTimer.nsecsElapsed() / 1e9, coldOk ? QStringLiteral("ok") : coldError};
    out << QStringLiteral("   %1 s, %2").arg(results.last().seconds, 0, 'f', 1).arg(results.last().outcome) << Qt::endl;

    QList<BenchRow> rows = cold.rows() + readRows(rowsFile);
    for (const StepResult &result : std::as_const(results)) {
        if (result.outcome != QLatin1StringView("ok")) {
            BenchRow failed{QStringLiteral("Suite"), QStringLiteral("%1: %2").arg(result.program, result.outcome), result.seconds, QStringLiteral("s")};
            failed.maxFigure = 0;
            rows << failed;
        }
    }
    const double seconds = whole.nsecsElapsed() / 1e9;
    BenchRow total{QStringLiteral("Suite"), QStringLiteral("whole run (%1)").arg(libraryCached ? QStringLiteral("libraries cached") : QStringLiteral("libraries built")),
                   seconds, QStringLiteral("s")};
    total.maxFigure = 600;
    rows << total;

    printTable(rows);
    const QString jsonPath = outDir + QStringLiteral("/results.json");
    if (!writeJson(jsonPath, rows, results, seconds)) {
        out << QStringLiteral("cannot write %1").arg(jsonPath) << Qt::endl;
        return 1;
    }
    out << QStringLiteral("\nLoad average at the end: %1. Figures in %2, each program's output in %3.").arg(loadAverage(), jsonPath, logDir) << Qt::endl;
    return 0;
}
