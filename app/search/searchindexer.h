// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchvocabulary.h"
#include "store/articleindex.h"
#include "store/preparedqueries.h"

namespace Lectern {

/// Keeps the full-text indexes in step with the articles: article_fts, the
/// trigram index of texts written without spaces (schema 7) and the search
/// vocabulary. search/ owns those tables; they index the library, not the
/// Trash.
class SearchIndexer : public ArticleIndex
{
public:
    explicit SearchIndexer(const QSqlDatabase &db);

    bool replacing(qint64 articleId, QString *error) override;
    bool remove(qint64 articleId, QString *error) override;
    bool add(const Entry &entry, QString *error) override;
    void beginBatch() override;
    bool endBatch(QString *error) override;
    void abandonBatch() override;
    void rolledBack() override;

private:
    QSqlDatabase m_db;
    PreparedQueries m_queries;
    SearchVocabulary m_vocabulary;
    bool m_batch = false; // the vocabulary is read on a worker and written at endBatch()
};

} // namespace Lectern
