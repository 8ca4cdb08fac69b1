// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The process tst_crashsafety kills: it writes through the real store and
// prints one line after each write is committed, the acknowledgement a user
// would get. Anything printed must survive a SIGKILL right after.
//
//   lectern-crash-driver annotate LIBRARY ARTICLE FROM TO
//       writes FROM..TO-1: write i adds a claim noted "write i", except every
//       third, which edits the claim of write i-1 (speaker "edit i")
//   lectern-crash-driver import LIBRARY GROUP FILE...
//       imports the files as a batch import does, GROUP articles to a commit,
//       printing "imported PATH ID" for each once its group is committed

#include "model/claim.h"
#include "import/batchimport.h"
#include "import/fileimporter.h"
#include "store/claimstore.h"
#include "store/database.h"
#include "indexing/librarystore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cstdio>
#include <limits>

using namespace Lectern;

namespace {
void acknowledge(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qint64 claimNoted(Database &db, int write)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM claims WHERE note = ?"));
    query.addBindValue(QStringLiteral("write %1").arg(write));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int annotate(Database &db, qint64 articleId, int from, int to)
{
    ClaimStore claims(db);
    const QString text = LibraryStore(db).article(articleId)->canonicalText();
    for (int i = from; i < to; ++i) {
        QString error;
        if (i % 3 == 2) {
            std::optional<Claim> claim = claims.claim(claimNoted(db, i - 1));
            if (!claim)
                qFatal("write %d: the claim of write %d is missing", i, i - 1);
            claim->speaker = QStringLiteral("edit %1").arg(i);
            if (!claims.update(*claim, &error))
                qFatal("write %d: %s", i, qPrintable(error));
        } else {
            Claim claim;
            claim.articleId = articleId;
            const int start = (i * 37) % int(text.size() - 40);
            claim.anchor = TextAnchor::describe(text, start, start + 20 + i % 20);
            claim.note = QStringLiteral("write %1").arg(i);
            if (!claims.insert(&claim, &error))
                qFatal("write %d: %s", i, qPrintable(error));
        }
        acknowledge(QByteArray::number(i));
    }
    return 0;
}

int importFiles(Database &db, int group, const QStringList &files)
{
    LibraryStore store(db);
    const FileImporter importer;
    BatchImport batch(store, importer);
    // Groups by count alone, so the test knows where each commit falls.
    batch.setGroupLimits({group, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()});
    batch.run(files, {}, [](const QList<BatchImport::Item> &items) {
        // One write for the group, so a kill cannot split its lines.
        QByteArrayList lines;
        for (const BatchImport::Item &item : items) {
            if (!item.ok)
                qFatal("%s", qPrintable(item.message()));
            lines << "imported " + item.path.toUtf8() + ' ' + QByteArray::number(item.outcome.articleId);
        }
        acknowledge(lines.join('\n'));
    });
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4)
        qFatal("usage: lectern-crash-driver annotate|import LIBRARY ...");
    Database db;
    QString error;
    if (!db.open(arguments[2], &error))
        qFatal("%s", qPrintable(error));
    if (arguments[1] == QLatin1StringView("annotate") && arguments.size() == 6)
        return annotate(db, arguments[3].toLongLong(), arguments[4].toInt(), arguments[5].toInt());
    if (arguments[1] == QLatin1StringView("import") && arguments.size() >= 5)
        return importFiles(db, arguments[3].toInt(), arguments.mid(4));
    qFatal("unknown command %s", qPrintable(arguments[1]));
}
