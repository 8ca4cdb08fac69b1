// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstatistics.h"

#include "taxonomy.h"

#include <QSet>

#include <algorithm>

namespace Lectern {

ClaimStatistics ClaimStatistics::compute(const ClaimCatalog &catalog, const QList<int> &claims, const Taxonomy &taxonomy)
{
    ClaimStatistics stats;
    QSet<int> articlesSeen;
    QSet<std::pair<std::pair<qint64, int>, int>> sidesSeen; // (tag, stance), article
    for (const int index : claims) {
        const ClaimCatalog::Entry &entry = catalog.claims.at(index);
        const QString year = catalog.articles.at(entry.article).published.left(4);
        if (!articlesSeen.contains(entry.article)) {
            articlesSeen.insert(entry.article);
            stats.articles << entry.article;
        }
        const int stance = int(entry.stance);
        for (const qint64 tag : entry.tagIds) {
            ++stats.perTag[tag];
            if (year.size() == 4)
                ++stats.perYear[year][tag];
            ++stats.claimsByStance[tag][size_t(stance)];
            if (!sidesSeen.contains({{tag, stance}, entry.article})) {
                sidesSeen.insert({{tag, stance}, entry.article});
                stats.articlesByStance[tag][size_t(stance)] << entry.article;
            }
            ++stats.matrix[{entry.article, tag}];
        }
    }
    std::sort(stats.articles.begin(), stats.articles.end());
    for (const Tag &tag : taxonomy.tags()) {
        if (stats.perTag.contains(tag.id))
            stats.tags << tag.id;
    }
    return stats;
}

} // namespace Lectern
