// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcollector.h"

#include "annotation/taxonomy.h"
#include "store/claimstore.h"
#include "indexing/librarystore.h"

namespace Lectern {

ExportCollector::ExportCollector(Database &database)
    : m_database(database)
{
}

std::optional<ExportData> ExportCollector::collect(const ExportScope &scope, const ExportProgress &progress, QString *error)
{
    ExportData data;
    data.exported = QDateTime::currentDateTimeUtc();
    const Taxonomy taxonomy(m_database);
    for (const Tag &tag : taxonomy.tags())
        data.tags << ExportTag{tag.id, tag.name, taxonomy.path(tag.id), taxonomy.color(tag.id), tag.description};
    data.indexTags();

    // One query for the claims, grouped by article as it comes back in
    // article order; the articles themselves are read one by one after.
    const ClaimStore claimStore(m_database);
    QList<qint64> articleIds;
    QHash<qint64, QList<Claim>> claimsByArticle;
    if (scope.kind == ExportScope::Kind::Library) {
        for (const Claim &claim : claimStore.claims(scope.claimFilter())) {
            if (articleIds.isEmpty() || articleIds.last() != claim.articleId)
                articleIds << claim.articleId;
            claimsByArticle[claim.articleId] << claim;
        }
    } else {
        articleIds = scope.articleIds;
        for (qint64 articleId : std::as_const(articleIds))
            claimsByArticle.insert(articleId, claimStore.claims(scope.claimFilter(articleId)));
    }

    m_articlesFound = int(articleIds.size());
    m_claimsFound = 0;
    for (const QList<Claim> &claims : std::as_const(claimsByArticle))
        m_claimsFound += int(claims.size());
    if (m_articleLimit >= 0 && articleIds.size() > m_articleLimit)
        articleIds.resize(m_articleLimit);

    const LibraryStore library(m_database);
    for (int i = 0; i < articleIds.size(); ++i) {
        const qint64 articleId = articleIds.at(i);
        std::optional<Article> article = library.article(articleId);
        if (!article) {
            *error = tr("There is no article with id %1.").arg(articleId);
            return std::nullopt;
        }
        ExportArticle exported;
        exported.text = article->canonicalText();
        exported.article = std::move(*article);
        exported.claims = claimsByArticle.value(articleId);
        data.articles << std::move(exported);
        if (progress && !progress(i + 1, int(articleIds.size()))) {
            *error = tr("The export was cancelled.");
            return std::nullopt;
        }
    }
    return data;
}

} // namespace Lectern
