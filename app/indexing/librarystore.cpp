// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystore.h"

#include "annotation/claimreanchoring.h"
#include "related/relatedindexer.h"
#include "search/searchindexer.h"
#include "store/database.h"

#include <algorithm>
#include <vector>

namespace Lectern {

/// Every index registered, called in the order registered.
class LibraryIndexes : public ArticleIndex
{
public:
    explicit LibraryIndexes(Database &database)
    {
        m_indexes.push_back(std::make_unique<SearchIndexer>(database.connection()));
        m_indexes.push_back(std::make_unique<RelatedIndexer>(database.connection()));
        m_indexes.push_back(std::make_unique<ClaimReanchoring>(database));
    }

    bool replacing(qint64 articleId, QString *error) override
    {
        return std::ranges::all_of(m_indexes, [&](const auto &index) { return index->replacing(articleId, error); });
    }
    bool remove(qint64 articleId, QString *error) override
    {
        return std::ranges::all_of(m_indexes, [&](const auto &index) { return index->remove(articleId, error); });
    }
    bool add(const Entry &entry, QString *error) override
    {
        return std::ranges::all_of(m_indexes, [&](const auto &index) { return index->add(entry, error); });
    }
    void beginBatch() override
    {
        for (const auto &index : m_indexes)
            index->beginBatch();
    }
    bool endBatch(QString *error) override
    {
        return std::ranges::all_of(m_indexes, [&](const auto &index) { return index->endBatch(error); });
    }
    void abandonBatch() override
    {
        for (const auto &index : m_indexes)
            index->abandonBatch();
    }
    void rolledBack() override
    {
        for (const auto &index : m_indexes)
            index->rolledBack();
    }

private:
    std::vector<std::unique_ptr<ArticleIndex>> m_indexes;
};

LibraryStore::LibraryStore(Database &database)
    : ArticleStore(database)
    , m_indexes(std::make_unique<LibraryIndexes>(database))
{
}

LibraryStore::~LibraryStore() = default;

bool LibraryStore::add(const Article &article, StoreOutcome *outcome, QString *error)
{
    return ArticleStore::add(article, *m_indexes, outcome, error);
}

bool LibraryStore::addInOpenTransaction(const Article &article, StoreOutcome *outcome, QString *error)
{
    return ArticleStore::addInOpenTransaction(article, *m_indexes, outcome, error);
}

void LibraryStore::beginBatch()
{
    m_indexes->beginBatch();
}

bool LibraryStore::endBatch(QString *error)
{
    return m_indexes->endBatch(error);
}

void LibraryStore::abandonBatch()
{
    m_indexes->abandonBatch();
}

bool LibraryStore::restoreRemovedLine(qint64 articleId, int removedIndex, QString *error)
{
    return ArticleStore::restoreRemovedLine(articleId, removedIndex, *m_indexes, error);
}

bool LibraryStore::editDetails(qint64 articleId, const ArticleDetails &details, QString *error)
{
    return ArticleStore::editDetails(articleId, details, *m_indexes, error);
}

bool LibraryStore::setIndexed(qint64 articleId, bool indexed, QString *error)
{
    return ArticleStore::setIndexed(articleId, indexed, *m_indexes, error);
}

} // namespace Lectern
