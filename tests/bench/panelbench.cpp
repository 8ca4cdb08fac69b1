// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lectern-panel-bench: the side panel's and the claims view's speed targets,
// each beside a reference measured in the same run.
#include "benchrow.h"
#include "corpus.h"

#include "annotation/libraryclaimsmodel.h"
#include "annotation/taxonomy.h"
#include "claims/claimsbrowser.h"
#include "import/fileimporter.h"
#include "related/relatedfinder.h"
#include "related/relatedindex.h"
#include "store/database.h"
#include "summary/extractivesummarizer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBoundaryFinder>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Lectern;

namespace {
QTextStream out(stdout);

void report(const QString &name, double value, const QString &unit, const QString &note = {})
{
    out << QStringLiteral("%1  %2 %3  %4").arg(name, -48).arg(value, 10, 'f', 2).arg(unit, -6).arg(note) << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

template<typename F>
double timeMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// CPU time of this thread: on a machine shared with other builds the wall
// clock also counts the time the scheduler gave to them.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void openOrDie(Database &db, const QString &path)
{
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
}

// --- related ------------------------------------------------------------

// Articles go straight into the tables the finder reads, through the same
// RelatedIndex::features() and update() an import uses, without the rest of
// an import (FTS, versions), which the import benchmark measures.
void addArticles(Database &db, Corpus &corpus, int from, int to)
{
    QSqlDatabase connection = db.connection();
    connection.transaction();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO articles (id, title, site, byline, tags, imported) VALUES (?, ?, ?, ?, ?, '2026-01-01')"));
    RelatedIndex index(connection);
    QString error;
    for (int i = from; i < to; ++i) {
        const QString text = QString::fromUtf8(corpus.article(i, 700));
        const QString title = text.section(QLatin1Char('\n'), 0, 0);
        const QString site = QStringLiteral("Site %1").arg(i % 50);
        const QString author = QStringLiteral("Author %1").arg(i % 2000);
        const QStringList topics{QStringLiteral("Topic %1").arg(i % 300), QStringLiteral("Topic %1").arg((i * 7) % 300)};
        insert.addBindValue(i + 1);
        insert.addBindValue(title);
        insert.addBindValue(site);
        insert.addBindValue(author);
        insert.addBindValue(QStringLiteral("[\"%1\",\"%2\"]").arg(topics[0], topics[1]));
        if (!insert.exec() || !index.update(i + 1, RelatedIndex::features(title, text, topics, site, author), &error))
            qFatal("cannot add article %d: %s", i, qPrintable(error));
    }
    connection.commit();
}

QList<double> measureRelated(Database &db, int articles)
{
    RelatedFinder finder(db);
    QList<double> times;
    for (int round = 0; round < 40; ++round) {
        const qint64 id = 1 + (qint64(round) * 7919) % articles;
        times << timeMs([&] {
            finder.find(id, 10);
        });
    }
    return times;
}

void benchRelated(const QString &folder, int largest)
{
    out << QStringLiteral("\nRelated articles: top 10 among N articles (40 lookups each)") << Qt::endl;
    Database db;
    openOrDie(db, folder + QStringLiteral("/related.sqlite"));
    Corpus corpus(11);
    QElapsedTimer build;
    build.start();
    const int small = std::min(1000, largest);
    addArticles(db, corpus, 0, small);
    const double smallP95 = percentile(measureRelated(db, small), 0.95);
    report(QStringLiteral("related.%1.p95_ms").arg(small), smallP95, QStringLiteral("ms"), QStringLiteral("reference (same finder, small library)"));
    addArticles(db, corpus, small, largest);
    out << QStringLiteral("(building the %1-article index took %2 s)").arg(largest).arg(build.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    const QList<double> times = measureRelated(db, largest);
    report(QStringLiteral("related.%1.p50_ms").arg(largest), median(times), QStringLiteral("ms"));
    report(QStringLiteral("related.%1.p95_ms").arg(largest), percentile(times, 0.95), QStringLiteral("ms"), QStringLiteral("target <= 50"));
    report(QStringLiteral("related.p95_growth_over_%1").arg(small), percentile(times, 0.95) / std::max(0.001, smallP95), QStringLiteral("x"));
}

// --- summary ------------------------------------------------------------

void benchSummary()
{
    out << QStringLiteral("\nGenerated summary of a 100 KB article (median of 9)") << Qt::endl;
    Corpus corpus(5);
    const ImportResult imported = FileImporter().importData(corpus.article(1, 100 * 1000), QStringLiteral("/bench/long.txt"));
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.error));
    const Article &article = imported.article;
    QList<double> summaries;
    QList<double> splits;
    int sentences = 0;
    for (int round = 0; round < 9; ++round) {
        summaries << timeMs([&] {
            sentences = ExtractiveSummarizer().summarize(article).sentencesConsidered;
        });
        // Reference: only finding the sentences, with the same Qt class.
        splits << timeMs([&] {
            const QString text = article.canonicalText();
            QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
            int count = 0;
            while (finder.toNextBoundary() > 0)
                ++count;
            Q_UNUSED(count);
        });
    }
    out << QStringLiteral("(%1 characters, %2 sentences)").arg(article.canonicalText().size()).arg(sentences) << Qt::endl;
    report(QStringLiteral("summary.100kb_ms"), median(summaries), QStringLiteral("ms"), QStringLiteral("target <= 50"));
    report(QStringLiteral("summary.sentence_split_ms"), median(splits), QStringLiteral("ms"), QStringLiteral("reference"));
    report(QStringLiteral("summary.ratio_to_split"), median(summaries) / std::max(0.001, median(splits)), QStringLiteral("x"));
    BenchRow row{QStringLiteral("Side panel"), QStringLiteral("generated summary of a 100 KB article"), median(summaries), QStringLiteral("ms"), median(splits),
                 QStringLiteral("QTextBoundaryFinder sentence split of the text")};
    row.maxFigure = 50;
    row.record();
}

// --- claims view ----------------------------------------------------------

void addClaims(Database &db, int articles, int claims)
{
    QSqlDatabase connection = db.connection();
    connection.transaction();
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("INSERT INTO articles (id, title, site, published, imported) VALUES (?, ?, ?, ?, '2026-01-01')"));
    for (int i = 1; i <= articles; ++i) {
        query.addBindValue(i);
        query.addBindValue(QStringLiteral("Article %1 on policy").arg(i));
        query.addBindValue(QStringLiteral("Site %1").arg(i % 40));
        query.addBindValue(QStringLiteral("%1-%2-15").arg(2015 + i % 11).arg(1 + i % 12, 2, 10, QLatin1Char('0')));
        query.exec();
    }
    Corpus corpus(3);
    static const char *const stances[] = {"supports", "opposes", "neutral"};
    static const char *const kinds[] = {"claim", "evidence", "counter-claim"};
    QSqlQuery claim(connection);
    claim.prepare(QStringLiteral("INSERT INTO claims (id, article_id, start_offset, end_offset, exact, stance, kind, speaker, note, created, modified)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')"));
    QSqlQuery tag(connection);
    tag.prepare(QStringLiteral("INSERT INTO claim_tags (claim_id, tag_id) VALUES (?, ?)"));
    for (int i = 1; i <= claims; ++i) {
        QString exact;
        for (int w = 0; w < 8; ++w)
            exact += corpus.word(int((qint64(i) * 31 + w * 977) % 5000)) + QLatin1Char(' ');
        claim.addBindValue(i);
        claim.addBindValue(1 + i % articles);
        claim.addBindValue(i * 10);
        claim.addBindValue(i * 10 + int(exact.size()));
        claim.addBindValue(exact.trimmed());
        claim.addBindValue(QLatin1StringView(stances[i % 3]));
        claim.addBindValue(QLatin1StringView(kinds[(i / 3) % 3]));
        claim.addBindValue(QStringLiteral("Speaker %1").arg(i % 500));
        claim.addBindValue(i % 5 == 0 ? QStringLiteral("note %1").arg(i) : QString(QLatin1StringView("")));
        claim.exec();
        tag.addBindValue(i);
        tag.addBindValue(1 + i % 3);
        tag.exec();
    }
    connection.commit();
}

void benchClaimsView(const QString &folder, int claims)
{
    out << QStringLiteral("\nClaims view over %1 claims").arg(claims) << Qt::endl;
    Database db;
    openOrDie(db, folder + QStringLiteral("/claims.sqlite"));
    addClaims(db, std::max(1, claims / 100), claims);
    Taxonomy taxonomy(db);
    // Reference: reading the same rows with a bare query, building nothing.
    QList<double> bare;
    QList<double> opens;
    QList<double> opensCpu;
    QList<double> models;
    for (int round = 0; round < 5; ++round) {
        bare << timeMs([&] {
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            query.exec(QStringLiteral("SELECT id, article_id, start_offset, exact, speaker, note, stance, kind, status FROM claims"));
            qint64 sum = 0;
            while (query.next())
                sum += query.value(0).toLongLong() + query.value(3).toString().size();
            Q_UNUSED(sum);
        });
        models << timeMs([&] {
            LibraryClaimsModel model(db, &taxonomy);
            for (int row = 0; row < 40; ++row)
                model.index(row, LibraryClaimsModel::QuoteColumn).data();
        });
        const double cpu = threadCpuMs();
        opens << timeMs([&] {
            ClaimsBrowser browser(db, &taxonomy);
            browser.show();
            QCoreApplication::processEvents();
        });
        opensCpu << threadCpuMs() - cpu;
    }
    const QString section = QStringLiteral("Claims view");
    const QString size = claims >= 1000 ? QStringLiteral("%1k").arg(claims / 1000) : QString::number(claims);
    const QString bareName = QStringLiteral("bare SELECT of the same rows");
    BenchRow openRow{section, QStringLiteral("open at %1 claims, p50").arg(size), median(opens), QStringLiteral("ms"), median(bare), bareName};
    BenchRow openP95{section, QStringLiteral("open at %1 claims, p95").arg(size), percentile(opens, 0.95), QStringLiteral("ms"), percentile(bare, 0.95), bareName};
    if (claims >= 100000) {
        openRow.maxFigure = 300;
        openP95.maxFigure = 300;
    }
    openRow.record();
    openP95.record();
    report(QStringLiteral("claims_view.open_window_ms"), median(opens), QStringLiteral("ms"), QStringLiteral("target <= 300"));
    report(QStringLiteral("claims_view.open_window_cpu_ms"), median(opensCpu), QStringLiteral("ms"), QStringLiteral("CPU time of the same"));
    report(QStringLiteral("claims_view.model_first_page_ms"), median(models), QStringLiteral("ms"));
    report(QStringLiteral("claims_view.bare_select_ms"), median(bare), QStringLiteral("ms"), QStringLiteral("reference"));
    report(QStringLiteral("claims_view.open_ratio_to_bare_select"), median(opens) / std::max(0.001, median(bare)), QStringLiteral("x"));

    // Typing a word into the window's filter, one keystroke at a time, each
    // to the repaint of the list, then erasing it.
    ClaimsBrowser browser(db, &taxonomy);
    browser.show();
    QCoreApplication::processEvents();
    // The catalog fills in slices between events after the first paint: how
    // long in all, and the longest the window waits for one slice.
    QList<double> slices;
    QElapsedTimer filling;
    filling.start();
    const double fillCpu = threadCpuMs();
    while (!browser.model()->isLoaded()) {
        slices << timeMs([] {
            QCoreApplication::processEvents();
        });
    }
    const double filledCpu = threadCpuMs() - fillCpu;
    report(QStringLiteral("claims_view.catalog_filled_after_ms"), filling.nsecsElapsed() / 1e6, QStringLiteral("ms"), QStringLiteral("in the background"));
    report(QStringLiteral("claims_view.catalog_fill_cpu_ms"), filledCpu, QStringLiteral("ms"), QStringLiteral("CPU time of the same"));
    report(QStringLiteral("claims_view.slices_p50_ms"), median(slices), QStringLiteral("ms"));
    report(QStringLiteral("claims_view.longest_slice_ms"), slices.isEmpty() ? 0 : *std::max_element(slices.begin(), slices.end()), QStringLiteral("ms"),
           QStringLiteral("the window's longest wait while filling"));
    const QString word = Corpus(3).word(40);
    QList<double> keystrokes;
    QList<double> keystrokesCpu;
    int matches = 0;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype length = 1; length <= word.size(); ++length) {
            const double cpu = threadCpuMs();
            keystrokes << timeMs([&] {
                browser.textFilter()->setText(word.left(length));
                QCoreApplication::processEvents();
            });
            keystrokesCpu << threadCpuMs() - cpu;
        }
        matches = browser.model()->rowCount();
        browser.textFilter()->clear();
        QCoreApplication::processEvents();
    }
    out << QStringLiteral("(typing \"%1\": %2 of %3 claims match the whole word)").arg(word).arg(matches).arg(claims) << Qt::endl;
    report(QStringLiteral("claims_view.filter_keystroke_p50_ms"), median(keystrokes), QStringLiteral("ms"));
    report(QStringLiteral("claims_view.filter_keystroke_p95_ms"), percentile(keystrokes, 0.95), QStringLiteral("ms"), QStringLiteral("target <= 50 (as you type)"));
    report(QStringLiteral("claims_view.filter_keystroke_cpu_p50_ms"), median(keystrokesCpu), QStringLiteral("ms"), QStringLiteral("CPU time of the same"));
    report(QStringLiteral("claims_view.filter_keystroke_cpu_p95_ms"), percentile(keystrokesCpu, 0.95), QStringLiteral("ms"));
    report(QStringLiteral("claims_view.filter_p95_ratio_to_bare_select"), percentile(keystrokes, 0.95) / std::max(0.001, median(bare)), QStringLiteral("x"));
    BenchRow filterP50{section, QStringLiteral("filter keystroke at %1 claims, p50").arg(size), median(keystrokes), QStringLiteral("ms"), median(bare), bareName};
    BenchRow filterP95{section, QStringLiteral("filter keystroke at %1 claims, p95").arg(size), percentile(keystrokes, 0.95), QStringLiteral("ms"), median(bare), bareName};
    filterP95.maxFigure = 50;
    filterP50.record();
    filterP95.record();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lectern's side panel and claims view benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption relatedCount(QStringLiteral("related-articles"), QStringLiteral("Library size for the related benchmark."), QStringLiteral("n"),
                                          QStringLiteral("100000"));
    const QCommandLineOption claimCount(QStringLiteral("claims"), QStringLiteral("Claims for the claims view benchmark, a comma-separated list of sizes."),
                                        QStringLiteral("n,..."), QStringLiteral("100000"));
    parser.addOptions({relatedCount, claimCount});
    parser.process(app);
    QTemporaryDir folder;
    out << QStringLiteral("lectern-panel-bench: Qt %1").arg(QString::fromLatin1(qVersion())) << Qt::endl;
    benchSummary();
    const QStringList claimSizes = parser.value(claimCount).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < claimSizes.size(); ++i) {
        const QString folderForSize = folder.filePath(QString::number(i));
        QDir().mkpath(folderForSize);
        benchClaimsView(folderForSize, claimSizes.at(i).toInt());
    }
    // 0 leaves related articles to lectern-bench, which measures them on
    // libraries built through the import path.
    if (const int related = parser.value(relatedCount).toInt(); related > 0)
        benchRelated(folder.path(), related);
    return 0;
}
