// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedindexer.h"

#include "article/article.h"

#include <utility>

namespace Lectern {

RelatedIndexer::RelatedIndexer(const QSqlDatabase &db)
    : m_db(db)
{
}

// add() replaces the article's features: nothing to take out first.
bool RelatedIndexer::replacing(qint64, QString *)
{
    return true;
}

bool RelatedIndexer::remove(qint64 articleId, QString *error)
{
    return RelatedIndex(m_db).update(articleId, {}, error);
}

bool RelatedIndexer::add(const Entry &entry, QString *error)
{
    const Article &article = entry.article;
    const QList<RelatedIndex::Feature> features =
        RelatedIndex::features(article.title, entry.text, article.curated.topics + article.tags, article.site, article.byline);
    return RelatedIndex(m_db).update(entry.articleId, features, error, m_batchFrequencies ? &*m_batchFrequencies : nullptr);
}

void RelatedIndexer::beginBatch()
{
    m_batchFrequencies.emplace();
}

bool RelatedIndexer::endBatch(QString *error)
{
    const std::optional<RelatedIndex::FrequencyChanges> changes = std::exchange(m_batchFrequencies, std::nullopt);
    return !changes || RelatedIndex(m_db).writeFrequencies(*changes, error);
}

void RelatedIndexer::abandonBatch()
{
    m_batchFrequencies.reset();
}

} // namespace Lectern
