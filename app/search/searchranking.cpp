// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchranking.h"

#include "store/database.h"

#include <QVarLengthArray>

#include <cmath>
#include <iterator>
#include <sqlite3.h>

namespace Lectern {

namespace {
// Okapi BM25's usual constants, as FTS5's bm25() uses them.
constexpr double k1 = 1.2;
constexpr double b = 0.75;
// title, byline, text: the weights of the rank set in schema 2.
constexpr double columnWeights[] = {10.0, 3.0, 1.0};
constexpr int columns = int(std::size(columnWeights));

// Average tokens per row, read once per query from the index's totals.
const double *averageLength(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    if (auto *cached = static_cast<const double *>(api->xGetAuxdata(fts, 0)))
        return cached;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK)
        return nullptr;
    auto *average = static_cast<double *>(sqlite3_malloc(sizeof(double)));
    if (!average)
        return nullptr;
    *average = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
    if (api->xSetAuxdata(fts, average, sqlite3_free) != SQLITE_OK)
        return nullptr; // xSetAuxdata freed it
    return average;
}

// argv: pairs of a phrase's inverse document frequency and how many of
// FTS5's phrases it spans (a prefix expanded into its terms spans several:
// their counts add up, as FTS5's own bm25 counts a prefix's instances).
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const int phrases = api->xPhraseCount(fts);
    const double *average = averageLength(api, fts);
    int length = 0;
    int instances = 0;
    if (!average || api->xColumnSize(fts, -1, &length) != SQLITE_OK || api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error_code(context, SQLITE_ERROR);
        return;
    }
    QVarLengthArray<int, 8> groupOf(phrases, 0);
    QVarLengthArray<double, 8> weight;
    for (int arg = 0, phrase = 0; phrase < phrases; arg += 2) {
        const bool given = arg + 1 < argc;
        weight.append(given ? sqlite3_value_double(argv[arg]) : 1.0);
        for (int span = given ? qMax(1, sqlite3_value_int(argv[arg + 1])) : 1; span > 0 && phrase < phrases; --span)
            groupOf[phrase++] = int(weight.size() - 1);
    }
    QVarLengthArray<double, 8> frequency(weight.size(), 0.0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column >= 0 && column < columns)
            frequency[groupOf[phrase]] += columnWeights[column];
    }
    const double lengthNorm = k1 * (1 - b + b * length / *average);
    double score = 0;
    for (qsizetype i = 0; i < weight.size(); ++i)
        score += weight[i] * frequency[i] * (k1 + 1) / (frequency[i] + lengthNorm);
    sqlite3_result_double(context, -score);
}

} // namespace

fts5_api *SearchRanking::fts5Of(const QSqlDatabase &db)
{
    sqlite3 *handle = Database::handleOf(db);
    if (!handle)
        return nullptr;
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

bool SearchRanking::install(const QSqlDatabase &db)
{
    fts5_api *api = fts5Of(db);
    return api && api->iVersion >= 2 && api->xCreateFunction(api, functionName, nullptr, &rank, nullptr) == SQLITE_OK;
}

double SearchRanking::inverseDocumentFrequency(qint64 matching, qint64 documents)
{
    const double idf = std::log((double(documents) - double(matching) + 0.5) / (double(matching) + 0.5));
    return idf > 0 ? idf : 1e-6;
}

} // namespace Lectern
