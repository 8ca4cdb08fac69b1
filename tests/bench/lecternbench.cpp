// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-bench: figures for the library's speed targets, each beside a
// reference measured in the same run. Run it through `packaging/dev bench`.
#include "corpus.h"

#include "import/fileimporter.h"
#include "search/searchengine.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace Lectern;

namespace {
QTextStream out(stdout);
QJsonObject figures;

void report(const QString &name, double value, const QString &unit, const QString &note = {})
{
    out << QStringLiteral("%1  %2 %3  %4").arg(name, -48).arg(value, 10, 'f', 2).arg(unit, -6).arg(note) << Qt::endl;
    figures.insert(name, value);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

QList<QByteArray> makeTexts(Corpus &corpus, int count, int bytes, qint64 *total)
{
    QList<QByteArray> texts;
    texts.reserve(count);
    *total = 0;
    for (int i = 0; i < count; ++i) {
        texts << corpus.article(i, bytes);
        *total += texts.last().size();
    }
    return texts;
}

double importThroughLectern(const QString &path, const QList<QByteArray> &texts)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    LibraryStore store(db);
    const FileImporter importer;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        ImportResult result = importer.importData(texts[i], QStringLiteral("/bench/%1.txt").arg(i));
        result.article.source = QStringLiteral("/bench/%1.txt").arg(i);
        StoreOutcome outcome;
        if (!result.ok() || !store.add(result.article, &outcome, &error))
            qFatal("import %lld failed: %s %s", qint64(i), qPrintable(result.error), qPrintable(error));
    }
    return timer.nsecsElapsed() / 1e9;
}

// The reference: the same texts straight into a bare FTS5 table, one
// transaction each, with the same pragmas. No parsing, no metadata.
double importBareFts(const QString &path, const QList<QByteArray> &texts)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("CREATE VIRTUAL TABLE bare USING fts5(text, tokenize='unicode61 remove_diacritics 2')"));
    query.prepare(QStringLiteral("INSERT INTO bare(text) VALUES (?)"));
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &text : texts) {
        db.transaction();
        query.addBindValue(QString::fromUtf8(text));
        query.exec();
        db.commit();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    query.finish();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return seconds;
}

void benchImport(const QString &folder, int count)
{
    Corpus corpus;
    qint64 bytes = 0;
    const QList<QByteArray> texts = makeTexts(corpus, count, 5000, &bytes);
    const double megabytes = bytes / 1e6;
    const double bare = importBareFts(folder + QStringLiteral("/bare.sqlite"), texts);
    const double lectern = importThroughLectern(folder + QStringLiteral("/import.sqlite"), texts);
    out << QStringLiteral("\nImport: %1 text articles, %2 MB").arg(count).arg(megabytes, 0, 'f', 1) << Qt::endl;
    report(QStringLiteral("import.lectern_mb_per_s"), megabytes / lectern, QStringLiteral("MB/s"), QStringLiteral("target >= 5"));
    report(QStringLiteral("import.bare_fts5_mb_per_s"), megabytes / bare, QStringLiteral("MB/s"), QStringLiteral("reference"));
    report(QStringLiteral("import.ratio_to_bare_fts5"), lectern / bare, QStringLiteral("x"), QStringLiteral("target <= 2"));
}

QStringList searchQueries(const Corpus &corpus)
{
    QStringList queries;
    for (int i = 0; i < 40; ++i) {
        queries << corpus.word(2 + i * 37) // common
                << corpus.word(3000 + i * 211) // rare
                << corpus.word(40 + i) + QLatin1Char(' ') + corpus.word(400 + i * 3) // two words
                << QLatin1Char('"') + corpus.word(1 + i) + QLatin1Char(' ') + corpus.word(0) + QLatin1Char('"') // phrase
                << corpus.word(100 + i).left(4) + QLatin1Char('*'); // prefix
    }
    return queries;
}

void measureSearch(Database &db, const Corpus &corpus, int size)
{
    SearchEngine engine(db);
    const QStringList queries = searchQueries(corpus);
    for (const QString &query : queries) // warm the page cache
        engine.search(query, 20);
    QList<double> times;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            engine.search(query, 20);
            times << timer.nsecsElapsed() / 1e6;
        }
    }
    const QString prefix = QStringLiteral("search.%1k").arg(size / 1000);
    report(prefix + QStringLiteral(".p50_ms"), percentile(times, 0.5), QStringLiteral("ms"), size == 100000 ? QStringLiteral("target <= 10") : QString());
    report(prefix + QStringLiteral(".p95_ms"), percentile(times, 0.95), QStringLiteral("ms"), size == 100000 ? QStringLiteral("target <= 30") : QString());
}

void benchSearch(const QString &folder, int largest)
{
    out << QStringLiteral("\nSearch: top 20 by bm25 with snippets, %1 queries (common, rare, two words, phrase, prefix)").arg(searchQueries(Corpus()).size())
        << Qt::endl;
    Database db;
    QString error;
    if (!db.open(folder + QStringLiteral("/search.sqlite"), &error))
        qFatal("%s", qPrintable(error));
    LibraryStore store(db);
    const FileImporter importer;
    Corpus corpus(7);
    QElapsedTimer timer;
    timer.start();
    int checkpoint = 1000;
    for (int i = 0; i < largest; ++i) {
        ImportResult result = importer.importData(corpus.article(i, 1500), QStringLiteral("/search/%1.txt").arg(i));
        result.article.source = QStringLiteral("/search/%1.txt").arg(i);
        StoreOutcome outcome;
        if (!result.ok() || !store.add(result.article, &outcome, &error))
            qFatal("import failed: %s %s", qPrintable(result.error), qPrintable(error));
        if (i + 1 == checkpoint) {
            measureSearch(db, corpus, checkpoint);
            checkpoint *= 10;
        }
    }
    out << QStringLiteral("(building the %1-article library took %2 s)").arg(largest).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    if (figures.contains(QStringLiteral("search.1k.p95_ms")) && figures.contains(QStringLiteral("search.100k.p95_ms")))
        report(QStringLiteral("search.p95_growth_100k_over_1k"),
               figures.value(QStringLiteral("search.100k.p95_ms")).toDouble() / qMax(0.001, figures.value(QStringLiteral("search.1k.p95_ms")).toDouble()),
               QStringLiteral("x"), QStringLiteral("target <= 3"));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lectern's benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption importCount(QStringLiteral("import-articles"), QStringLiteral("Articles for the import benchmark."), QStringLiteral("n"),
                                         QStringLiteral("10000"));
    const QCommandLineOption searchCount(QStringLiteral("search-articles"), QStringLiteral("Library size for the search benchmark."), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the figures to this JSON file."), QStringLiteral("file"),
                                  QStringLiteral("bench-results.json"));
    parser.addOptions({importCount, searchCount, json});
    parser.process(app);

    QTemporaryDir folder;
    out << QStringLiteral("lectern-bench: Qt %1, SQLite via QSQLITE, %2 thread(s) available").arg(QString::fromLatin1(qVersion())).arg(QThread::idealThreadCount())
        << Qt::endl;
    benchImport(folder.path(), parser.value(importCount).toInt());
    benchSearch(folder.path(), parser.value(searchCount).toInt());

    QFile file(parser.value(json));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(figures).toJson());
    out << QStringLiteral("\nFigures written to %1").arg(file.fileName()) << Qt::endl;
    return 0;
}
