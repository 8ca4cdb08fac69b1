// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What synchronous=FULL (every commit on the disk before it returns) costs
// against NORMAL, for annotating and for importing, measured in one run.
#include "benchrow.h"
#include "corpus.h"

#include "import/batchimport.h"
#include "import/fileimporter.h"
#include "import/groupcommit.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Lectern;

namespace {

QTextStream out(stdout);

constexpr int claimsToAdd = 300;
constexpr int articlesToImport = 400;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void open(Database &db, const QString &path, bool full)
{
    QString error;
    if (!db.open(path, &error))
        qFatal("%s", qPrintable(error));
    if (!full)
        QSqlQuery(QStringLiteral("PRAGMA synchronous=NORMAL"), db.connection());
}

// Milliseconds of each claim saved alone, as the window and `annotate` save them.
QList<double> annotate(const QString &path, bool full)
{
    Database db;
    open(db, path, full);
    Corpus corpus;
    const ImportResult imported = FileImporter().importData(corpus.article(0, 20000), QStringLiteral("/bench/durability.txt"));
    StoreOutcome outcome;
    QString error;
    if (!imported.ok() || !LibraryStore(db).add(imported.article, &outcome, &error))
        qFatal("%s", qPrintable(imported.ok() ? error : imported.error));
    const QString text = imported.article.canonicalText();
    ClaimStore store(db);
    QList<double> ms;
    for (int i = 0; i < claimsToAdd; ++i) {
        Claim claim;
        claim.articleId = outcome.articleId;
        const int start = (i * 37) % int(text.size() - 40);
        claim.anchor = TextAnchor::describe(text, start, start + 30);
        QElapsedTimer timer;
        timer.start();
        if (!store.insert(&claim, &error))
            qFatal("%s", qPrintable(error));
        ms << timer.nsecsElapsed() / 1e6;
    }
    return ms;
}

// Seconds to import the texts through the batch import's group commits.
double import(const QString &path, bool full)
{
    Database db;
    open(db, path, full);
    LibraryStore store(db);
    Corpus corpus;
    QList<QByteArray> texts;
    for (int i = 0; i < articlesToImport; ++i)
        texts << corpus.article(i, 5000);
    const FileImporter importer;
    QElapsedTimer timer;
    timer.start();
    GroupCommit group(store, {}, [](const QList<BatchImport::Item> &items) {
        for (const BatchImport::Item &item : items) {
            if (!item.ok)
                qFatal("%s", qPrintable(item.message()));
        }
    });
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // On the disk beside the build: a memory file system makes every sync free.
    QTemporaryDir folder(QDir::currentPath() + QStringLiteral("/durability-XXXXXX"));
    const QString section = QStringLiteral("Durability");
    const QList<double> full = annotate(folder.filePath(QStringLiteral("full.sqlite")), true);
    const QList<double> normal = annotate(folder.filePath(QStringLiteral("normal.sqlite")), false);
    out << QStringLiteral("annotate, %1 claims saved one by one: p95 %2 ms with synchronous=FULL, %3 ms with NORMAL")
               .arg(claimsToAdd)
               .arg(percentile(full, 0.95), 0, 'f', 2)
               .arg(percentile(normal, 0.95), 0, 'f', 2)
        << Qt::endl;
    BenchRow {section, QStringLiteral("annotate, synchronous=FULL, p95"), percentile(full, 0.95), QStringLiteral("ms"), percentile(normal, 0.95),
        QStringLiteral("the same with synchronous=NORMAL")}
        .record();
    const double importFull = import(folder.filePath(QStringLiteral("import-full.sqlite")), true);
    const double importNormal = import(folder.filePath(QStringLiteral("import-normal.sqlite")), false);
    out << QStringLiteral("import, %1 articles: %2 s with synchronous=FULL, %3 s with NORMAL")
               .arg(articlesToImport)
               .arg(importFull, 0, 'f', 2)
               .arg(importNormal, 0, 'f', 2)
        << Qt::endl;
    BenchRow {section, QStringLiteral("import of %1 articles, synchronous=FULL").arg(articlesToImport), importFull, QStringLiteral("s"), importNormal,
        QStringLiteral("the same with synchronous=NORMAL")}
        .record();
    return 0;
}
