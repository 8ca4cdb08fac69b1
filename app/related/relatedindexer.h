// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relatedindex.h"
#include "store/articleindex.h"

#include <optional>

namespace Lectern {

/// Keeps the related index (RelatedIndex) in step with the articles. In a
/// batch, how many articles hold each feature is added up in memory and
/// written once at endBatch(): common words are in most articles of a group.
class RelatedIndexer : public ArticleIndex
{
public:
    explicit RelatedIndexer(const QSqlDatabase &db);

    bool replacing(qint64 articleId, QString *error) override;
    bool remove(qint64 articleId, QString *error) override;
    bool add(const Entry &entry, QString *error) override;
    void beginBatch() override;
    bool endBatch(QString *error) override;
    void abandonBatch() override;

private:
    QSqlDatabase m_db;
    std::optional<RelatedIndex::FrequencyChanges> m_batchFrequencies; // while a batch is open
};

} // namespace Lectern
