// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/annotationimporter.h"
#include "fuzzsupport.h"
#include "store/database.h"
#include "indexing/librarystore.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>

// Input: a W3C Web Annotation collection or a Hypothesis export, imported into
// a library holding the page the fixtures annotate. Each input runs inside a
// savepoint that is rolled back, so every input meets the same library.
namespace {

struct FuzzLibrary
{
    QTemporaryDir dir;
    Lectern::Database database;

    FuzzLibrary()
    {
        QString error;
        if (!dir.isValid() || !database.open(dir.filePath(QStringLiteral("library.sqlite")), &error))
            qFatal("cannot open the fuzz library: %s", qPrintable(error));
        Lectern::Article article;
        article.title = QStringLiteral("Harbour Wind Farm Hearing");
        article.source = QStringLiteral("https://coastal-ledger.example/harbour-wind/");
        article.format = QStringLiteral("text");
        article.blocks = {Lectern::Block::paragraph(QStringLiteral("The council heard three hours of evidence on the offshore wind proposal.")),
            Lectern::Block::paragraph(QStringLiteral("Supporters argued that the turbines would bring 400 jobs to the port.")),
            Lectern::Block::paragraph(QStringLiteral("Opponents said the survey of seabirds was done in the wrong season."))};
        Lectern::StoreOutcome outcome;
        if (!Lectern::LibraryStore(database).add(article, &outcome, &error))
            qFatal("cannot add the fuzz article: %s", qPrintable(error));
    }
};

int count(Lectern::Database &database, const char *table)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)), database.connection());
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FuzzLibrary library;
    const int claimsBefore = count(library.database, "claims");
    const int articlesBefore = count(library.database, "articles");
    {
        const Lectern::Transaction scratch(library.database.connection());
        if (!scratch.isActive())
            std::abort();
        Lectern::AnnotationImporter importer(library.database);
        Lectern::AnnotationImporter::Report report;
        QString error;
        const bool imported = importer.importData(Lectern::Fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &report, &error);
        // All or nothing: a refusal says why and writes nothing.
        if (!imported && (error.isEmpty() || count(library.database, "claims") != claimsBefore || count(library.database, "articles") != articlesBefore))
            std::abort();
        if (imported && count(library.database, "claims") != claimsBefore + report.claims)
            std::abort();
    }
    if (count(library.database, "claims") != claimsBefore)
        std::abort();
    return 0;
}
