// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-bench: figures for the library's speed targets, each beside a
// reference measured in the same run. Run it through `packaging/dev bench`.
#include "benchrow.h"
#include "corpus.h"

#include "import/fileimporter.h"
#include "import/groupcommit.h"
#include "related/relatedfinder.h"
#include "search/searchquery.h"
#include "search/searchengine.h"
#include "store/database.h"
#include "indexing/librarystore.h"
#include "store/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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

// Stops the benchmark on any failed article: a figure for a partial import
// would mean nothing.
void requireImported(const QList<BatchImport::Item> &items)
{
    for (const BatchImport::Item &item : items) {
        if (!item.ok)
            qFatal("%s", qPrintable(item.message()));
    }
}

// The import path a batch import takes (FileImporter, then GroupCommit into
// LibraryStore), fed from memory so that the figure leaves out the disk.
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
    GroupCommit group(store, {}, requireImported);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString source = QStringLiteral("/bench/%1.txt").arg(i);
        group.commitIfDue();
        ImportResult result = importer.importData(texts[i], source);
        result.article.source = source;
        group.add(source, result);
    }
    group.commit();
    return timer.nsecsElapsed() / 1e9;
}

// The reference: the same texts straight into a bare FTS5 table with the
// same pragmas, no parsing, no metadata; `perCommit` texts to a transaction.
double importBareFts(const QString &path, const QList<QByteArray> &texts, int perCommit)
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
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i % perCommit == 0)
            db.transaction();
        query.addBindValue(QString::fromUtf8(texts[i]));
        query.exec();
        if ((i + 1) % perCommit == 0 || i + 1 == texts.size())
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
    const double bare = importBareFts(folder + QStringLiteral("/bare.sqlite"), texts, 1);
    const int groupSize = BatchImport::GroupLimits().articles;
    const double bareGrouped = importBareFts(folder + QStringLiteral("/bare-grouped.sqlite"), texts, groupSize);
    const double lectern = importThroughLectern(folder + QStringLiteral("/import.sqlite"), texts);
    out << QStringLiteral("\nImport: %1 text articles, %2 MB").arg(count).arg(megabytes, 0, 'f', 1) << Qt::endl;
    report(QStringLiteral("import.lectern_mb_per_s"), megabytes / lectern, QStringLiteral("MB/s"), QStringLiteral("target >= 5"));
    report(QStringLiteral("import.bare_fts5_mb_per_s"), megabytes / bare, QStringLiteral("MB/s"), QStringLiteral("reference, a transaction per text"));
    report(QStringLiteral("import.ratio_to_bare_fts5"), lectern / bare, QStringLiteral("x"), QStringLiteral("target <= 2"));
    report(QStringLiteral("import.bare_fts5_grouped_mb_per_s"), megabytes / bareGrouped, QStringLiteral("MB/s"),
           QStringLiteral("reference, %1 texts to a transaction").arg(groupSize));
    report(QStringLiteral("import.ratio_to_bare_fts5_grouped"), lectern / bareGrouped, QStringLiteral("x"));
    const QString section = QStringLiteral("Import");
    const QString what = QStringLiteral("%1 text articles, %2 MB").arg(count).arg(megabytes, 0, 'f', 0);
    const QString bareName = QStringLiteral("bare FTS5 insert of the same texts, a transaction each");
    BenchRow throughput{section, what + QStringLiteral(", throughput"), megabytes / lectern, QStringLiteral("MB/s"), megabytes / bare, bareName};
    throughput.minFigure = 5;
    throughput.record();
    BenchRow importTime{section, what + QStringLiteral(", time"), lectern, QStringLiteral("s"), bare, bareName};
    importTime.maxRatio = 2;
    importTime.record();
    // The same figure against a reference that commits as rarely as Lectern
    // does: what is left is parsing, the related index and metadata.
    BenchRow grouped{section, what + QStringLiteral(", time vs grouped commits"), lectern, QStringLiteral("s"), bareGrouped,
                     QStringLiteral("bare FTS5 insert, %1 texts to a transaction").arg(groupSize)};
    grouped.record();
}

struct SearchCase {
    QString kind;
    QString query;
};

QList<SearchCase> searchQueries(const Corpus &corpus)
{
    QList<SearchCase> queries;
    for (int i = 0; i < 40; ++i) {
        queries << SearchCase{QStringLiteral("common"), corpus.word(2 + i * 37)}
                << SearchCase{QStringLiteral("rare"), corpus.word(3000 + i * 211)}
                << SearchCase{QStringLiteral("two_words"), corpus.word(40 + i) + QLatin1Char(' ') + corpus.word(400 + i * 3)}
                << SearchCase{QStringLiteral("phrase"), QLatin1Char('"') + corpus.word(1 + i) + QLatin1Char(' ') + corpus.word(0) + QLatin1Char('"')}
                << SearchCase{QStringLiteral("prefix"), corpus.word(100 + i).left(4) + QLatin1Char('*')};
    }
    return queries;
}

struct Latency {
    double p50 = 0;
    double p95 = 0;
};

Latency latency(const QList<double> &times)
{
    return {percentile(times, 0.5), percentile(times, 0.95)};
}

/// Search, its bare FTS5 reference and related articles, on one library.
struct LibraryFigures {
    int size = 0;
    Latency search;
    Latency bareFts;
    Latency related;
};

template<typename F>
double timeMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

LibraryFigures measureLibrary(Database &db, const Corpus &corpus, int size)
{
    SearchEngine engine(db);
    const QList<SearchCase> queries = searchQueries(corpus);
    for (const SearchCase &search : queries) // warm the page cache
        engine.search(search.query, 20);
    // The reference: the same MATCH expressions ranked by FTS5 alone, with
    // no snippets, no metadata join and no hit objects.
    QSqlQuery bare(db.connection());
    bare.setForwardOnly(true);
    bare.prepare(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT 20"));
    QList<double> times;
    QList<double> bareTimes;
    QMap<QString, QList<double>> timesByKind;
    // Each in its own loop: at 100,000 articles the reference ranks every
    // match, up to 65 ms of reading that would leave Lectern's next query
    // with cold CPU caches, which a 1,000-article reference does not.
    for (int round = 0; round < 3; ++round) {
        for (const SearchCase &search : queries) {
            times << timeMs([&] {
                engine.search(search.query, 20);
            });
            timesByKind[search.kind] << times.last();
        }
    }
    for (int round = 0; round < 3; ++round) {
        for (const SearchCase &search : queries) {
            const QString expression = SearchQuery(search.query).expression();
            bareTimes << timeMs([&] {
                bare.addBindValue(expression);
                bare.exec();
                while (bare.next()) { }
            });
        }
    }
    QList<qint64> ids;
    QSqlQuery all(db.connection());
    all.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"));
    while (all.next())
        ids << all.value(0).toLongLong();
    const RelatedFinder finder(db);
    QList<double> related;
    for (int round = 0; round < 40 && !ids.isEmpty(); ++round) {
        const qint64 id = ids.at((qint64(round) * 7919) % ids.size());
        related << timeMs([&] {
            finder.find(id, 10);
        });
    }
    const LibraryFigures result{size, latency(times), latency(bareTimes), latency(related)};
    const QString prefix = QStringLiteral("search.%1k").arg(size / 1000);
    report(prefix + QStringLiteral(".p50_ms"), result.search.p50, QStringLiteral("ms"), size == 100000 ? QStringLiteral("target <= 10") : QString());
    report(prefix + QStringLiteral(".p95_ms"), result.search.p95, QStringLiteral("ms"), size == 100000 ? QStringLiteral("target <= 30") : QString());
    report(prefix + QStringLiteral(".bare_fts5_p95_ms"), result.bareFts.p95, QStringLiteral("ms"), QStringLiteral("reference"));
    for (auto kind = timesByKind.cbegin(); kind != timesByKind.cend(); ++kind) {
        report(prefix + QStringLiteral(".%1.p50_ms").arg(kind.key()), percentile(kind.value(), 0.5), QStringLiteral("ms"));
        report(prefix + QStringLiteral(".%1.p95_ms").arg(kind.key()), percentile(kind.value(), 0.95), QStringLiteral("ms"));
    }
    report(QStringLiteral("related.%1k.p95_ms").arg(size / 1000), result.related.p95, QStringLiteral("ms"), size == 100000 ? QStringLiteral("target <= 50") : QString());
    return result;
}

QString sizeName(int size)
{
    return size >= 1000 ? QStringLiteral("%1k").arg(size / 1000) : QString::number(size);
}

void recordLibraryRows(const QList<LibraryFigures> &all)
{
    const QString fts = QStringLiteral("bare FTS5 MATCH, same library");
    for (const LibraryFigures &f : all) {
        const bool largest = f.size >= 100000;
        BenchRow p50{QStringLiteral("Search"), QStringLiteral("p50 at %1 articles").arg(sizeName(f.size)), f.search.p50, QStringLiteral("ms"), f.bareFts.p50, fts};
        BenchRow p95{QStringLiteral("Search"), QStringLiteral("p95 at %1 articles").arg(sizeName(f.size)), f.search.p95, QStringLiteral("ms"), f.bareFts.p95, fts};
        if (largest) {
            p50.maxFigure = 10;
            p95.maxFigure = 30;
        }
        p50.record();
        p95.record();
    }
    const LibraryFigures &first = all.first();
    for (const LibraryFigures &f : all.mid(1)) {
        BenchRow growth{QStringLiteral("Search"), QStringLiteral("p95 growth %1 → %2").arg(sizeName(first.size), sizeName(f.size)), f.search.p95, QStringLiteral("ms"),
                        first.search.p95, QStringLiteral("search p95 at %1").arg(sizeName(first.size))};
        if (f.size >= 100000 && first.size <= 1000)
            growth.maxRatio = 3;
        growth.record();
    }
    const QString small = QStringLiteral("same finder at %1 articles").arg(sizeName(first.size));
    for (const LibraryFigures &f : all) {
        BenchRow p50{QStringLiteral("Related"), QStringLiteral("p50 at %1 articles").arg(sizeName(f.size)), f.related.p50, QStringLiteral("ms"), first.related.p50, small};
        BenchRow p95{QStringLiteral("Related"), QStringLiteral("p95 at %1 articles").arg(sizeName(f.size)), f.related.p95, QStringLiteral("ms"), first.related.p95, small};
        if (f.size >= 100000)
            p95.maxFigure = 50;
        p50.record();
        p95.record();
    }
}

/// Imports `largest` articles through the real import path (FileImporter and
/// LibraryStore, FTS and related index included) and keeps a compacted copy
/// at each size, so later runs measure without rebuilding.
void buildLibraries(const QString &folder, const QString &cache, const QList<int> &sizes)
{
    Database db;
    QString error;
    const QString path = folder + QStringLiteral("/search.sqlite");
    QFile::remove(path);
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    LibraryStore store(db);
    const FileImporter importer;
    Corpus corpus(7);
    QElapsedTimer timer;
    timer.start();
    GroupCommit group(store, {}, requireImported);
    for (int i = 0; i < sizes.last(); ++i) {
        const QString source = QStringLiteral("/search/%1.txt").arg(i);
        group.commitIfDue();
        ImportResult result = importer.importData(corpus.article(i, 1500), source);
        result.article.source = source;
        group.add(source, result);
        if (sizes.contains(i + 1)) {
            group.commit(); // VACUUM INTO cannot run inside a transaction
            const QString target = Corpus::libraryFile(cache, i + 1);
            const QString partial = target + QStringLiteral(".partial");
            QFile::remove(partial);
            QSqlQuery vacuum(db.connection());
            if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(partial).replace(QLatin1Char('\''), QStringLiteral("''")))) || !QFile::rename(partial, target))
                qFatal("cannot keep the %d-article library in %s", i + 1, qPrintable(target));
        }
    }
    out << QStringLiteral("(building the %1-article library through the import path took %2 s)").arg(sizes.last()).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
}

void benchSearch(const QString &folder, int largest, QString cache)
{
    out << QStringLiteral("\nSearch: top 20 by rank with snippets, %1 queries (common, rare, two words, phrase, prefix); related: top 10, 40 lookups")
               .arg(searchQueries(Corpus()).size())
        << Qt::endl;
    QList<int> sizes;
    for (int size = 1000; size < largest; size *= 10)
        sizes << size;
    sizes << largest;
    if (cache.isEmpty())
        cache = folder;
    QDir().mkpath(cache);
    const bool cached = std::all_of(sizes.cbegin(), sizes.cend(), [&](int size) {
        return QFile::exists(Corpus::libraryFile(cache, size));
    });
    if (cached)
        out << QStringLiteral("(libraries from the cache in %1)").arg(cache) << Qt::endl;
    else
        buildLibraries(folder, cache, sizes);
    const Corpus corpus(7);
    QList<LibraryFigures> all;
    for (int size : std::as_const(sizes)) {
        Database db;
        QString error;
        QElapsedTimer opening;
        opening.start();
        if (!db.open(Corpus::libraryFile(cache, size), &error, Database::Access::ReadOnly))
            qFatal("%s", qPrintable(error));
        report(QStringLiteral("library.%1.open_ms").arg(sizeName(size)), opening.nsecsElapsed() / 1e6, QStringLiteral("ms"),
               QStringLiteral("Database::open, read-only (integrity check included), %1 MB").arg(QFileInfo(Corpus::libraryFile(cache, size)).size() / 1e6, 0, 'f', 0));
        all << measureLibrary(db, corpus, size);
    }
    if (all.size() > 1)
        report(QStringLiteral("search.p95_growth_%1_over_%2").arg(sizeName(sizes.last()), sizeName(sizes.first())), all.last().search.p95 / qMax(0.001, all.first().search.p95),
               QStringLiteral("x"), QStringLiteral("target <= 3"));
    recordLibraryRows(all);
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
    const QCommandLineOption cache(QStringLiteral("library-cache"),
                                   QStringLiteral("Keep the search libraries in this folder and reuse them (named by corpus and schema version)."), QStringLiteral("folder"));
    parser.addOptions({importCount, searchCount, json, cache});
    parser.process(app);

    QTemporaryDir folder;
    out << QStringLiteral("lectern-bench: Qt %1, SQLite via QSQLITE, %2 thread(s) available").arg(QString::fromLatin1(qVersion())).arg(QThread::idealThreadCount())
        << Qt::endl;
    benchImport(folder.path(), parser.value(importCount).toInt());
    benchSearch(folder.path(), parser.value(searchCount).toInt(), parser.value(cache));

    QFile file(parser.value(json));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(figures).toJson());
    out << QStringLiteral("\nFigures written to %1").arg(file.fileName()) << Qt::endl;
    return 0;
}
