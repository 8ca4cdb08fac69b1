// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdata.h"

#include <QSet>

namespace Lectern {

int ExportData::claimCount() const
{
    int count = 0;
    for (const ExportArticle &article : articles)
        count += int(article.claims.size());
    return count;
}

void ExportData::indexTags()
{
    m_tagIndex.clear();
    for (int i = 0; i < tags.size(); ++i)
        m_tagIndex.insert(tags.at(i).id, i);
}

const ExportTag *ExportData::tag(qint64 tagId) const
{
    const auto found = m_tagIndex.constFind(tagId);
    return found == m_tagIndex.cend() ? nullptr : &tags.at(*found);
}

QStringList ExportData::tagPaths(const Claim &claim) const
{
    QStringList paths;
    for (qint64 tagId : claim.tagIds) {
        if (const ExportTag *found = tag(tagId))
            paths << found->path;
    }
    return paths;
}

QList<ExportTag> ExportData::usedTags() const
{
    QSet<qint64> used;
    for (const ExportArticle &article : articles) {
        for (const Claim &claim : article.claims) {
            for (qint64 tagId : claim.tagIds)
                used.insert(tagId);
        }
    }
    QList<ExportTag> result;
    for (const ExportTag &tag : tags) {
        if (used.contains(tag.id))
            result << tag;
    }
    return result;
}

} // namespace Lectern
