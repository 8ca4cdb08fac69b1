// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coldstart.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

#include <unistd.h>

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? BenchRow::none : values.at(values.size() / 2);
}

double p95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? BenchRow::none : values.at(std::min(values.size() - 1, qsizetype(0.95 * double(values.size()))));
}
} // namespace

ColdStart::ColdStart(const QString &binDir, const QString &workDir)
    : m_binDir(binDir)
    , m_workDir(workDir)
    , m_library(workDir + QStringLiteral("/library.sqlite"))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    // A settings folder of its own: no window geometry or last article from
    // anyone's real use, and nothing written into it.
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), workDir + QStringLiteral("/data"));
    if (!m_environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
}

bool ColdStart::copyLibrary(const QString &library, QString *error) const
{
    // A fresh copy each run: Lectern writes to its library (settings, daily
    // backup beside it), and the cached one must stay as generated.
    QDir(m_workDir).removeRecursively();
    if (!QDir().mkpath(m_workDir) || !QFile::copy(library, m_library)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(library, m_library);
        return false;
    }
    return settleCopy(error);
}

bool ColdStart::settleCopy(QString *error) const
{
    // The cached library is a VACUUM INTO copy, in rollback-journal mode; a
    // user's library is in WAL mode from its first open on. Switching here,
    // and flushing the fresh copy to disk, keeps both out of the timed start
    // (the switch syncs the whole file: 0.1-0.3 s at 10,000 articles).
    const QString name = QStringLiteral("coldstart-settle");
    bool settled = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_library);
        QSqlQuery query(db);
        settled = db.open() && query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()
            && query.value(0).toString() == QLatin1StringView("wal");
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile file(m_library);
    if (!settled || !file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0) {
        *error = QStringLiteral("cannot put %1 in WAL mode and flush it").arg(m_library);
        return false;
    }
    return true;
}

ColdStart::Launch ColdStart::launch(const QString &program, const QStringList &arguments, int idle) const
{
    Launch result;
    QProcess process;
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("LECTERN_EXIT_AFTER_PAINT"), QString::number(idle));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(m_binDir + QLatin1Char('/') + program, arguments);
    QByteArray output;
    while (!output.contains("first-paint\n")) {
        if (!process.waitForReadyRead(30000)) {
            process.kill();
            process.waitForFinished();
            result.error = QStringLiteral("%1 never painted: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(300));
            return result;
        }
        output += process.readAllStandardOutput();
    }
    result.firstPaintMs = timer.nsecsElapsed() / 1e6;
    if (!process.waitForFinished(idle + 30000)) {
        process.kill();
        process.waitForFinished();
    }
    output += process.readAllStandardOutput();
    const qsizetype at = output.indexOf("rss-kb ");
    if (at >= 0)
        result.residentKb = output.mid(at + 7).split('\n').value(0).toLongLong();
    return result;
}

bool ColdStart::run(const QString &library, QString *error)
{
    if (!QFile::exists(library)) {
        *error = QStringLiteral("no library at %1 (lectern-bench builds it)").arg(library);
        return false;
    }
    if (!copyLibrary(library, error))
        return false;
    const QStringList lecternArguments{QStringLiteral("--library"), m_library};
    // The first start of the day also makes the daily backup: shown apart,
    // it is not the start a user sees every time.
    const Launch first = launch(QStringLiteral("lectern"), lecternArguments, 0);
    if (!first.error.isEmpty()) {
        *error = first.error;
        return false;
    }
    launch(QStringLiteral("lectern-bare-window"), {}, 0);
    QList<double> lectern;
    QList<double> bare;
    for (int i = 0; i < runs; ++i) {
        const Launch ours = launch(QStringLiteral("lectern"), lecternArguments, 0);
        const Launch theirs = launch(QStringLiteral("lectern-bare-window"), {}, 0);
        if (!ours.error.isEmpty() || !theirs.error.isEmpty()) {
            *error = ours.error.isEmpty() ? theirs.error : ours.error;
            return false;
        }
        lectern << ours.firstPaintMs;
        bare << theirs.firstPaintMs;
    }
    const Launch oursIdle = launch(QStringLiteral("lectern"), lecternArguments, idleMs);
    const Launch theirsIdle = launch(QStringLiteral("lectern-bare-window"), {}, idleMs);

    const QString section = QStringLiteral("Cold start");
    const QString bareName = QStringLiteral("bare Qt Widgets window");
    const QString articles = QStringLiteral("%1 articles").arg(QFileInfo(library).baseName().section(QLatin1Char('-'), 1, 1));
    BenchRow startMedian{section, QStringLiteral("to first painted window, %1, p50 of %2").arg(articles).arg(runs), median(lectern), QStringLiteral("ms"), median(bare),
                         bareName};
    startMedian.maxFigure = 500;
    startMedian.maxRatio = 2;
    // Each start beside the bare start right after it: the machine's speed
    // drifts over seconds here, which moves the two medians apart.
    QList<double> pairRatios;
    for (qsizetype i = 0; i < lectern.size(); ++i)
        pairRatios << lectern.at(i) / bare.at(i);
    BenchRow startPairs{section, QStringLiteral("to first painted window, p50 of the %1 ratios start by start").arg(runs), median(pairRatios), QStringLiteral("×")};
    BenchRow startTail{section, QStringLiteral("to first painted window, %1, p95").arg(articles), p95(lectern), QStringLiteral("ms"), p95(bare), bareName};
    BenchRow firstOfDay{section, QStringLiteral("first start of the day (makes the daily backup)"), first.firstPaintMs, QStringLiteral("ms"), median(bare), bareName};
    BenchRow memory{section, QStringLiteral("resident memory, %1 open and idle %2 s").arg(articles).arg(idleMs / 1000), oursIdle.residentKb / 1024.0,
                    QStringLiteral("MB"), theirsIdle.residentKb / 1024.0, bareName};
    memory.maxFigure = 200;
    m_rows = {startMedian, startPairs, startTail, firstOfDay, memory};
    return true;
}
