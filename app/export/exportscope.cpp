// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportscope.h"

namespace Lectern {

ExportScope ExportScope::article(qint64 articleId)
{
    ExportScope scope;
    scope.kind = Kind::Article;
    scope.articleIds = {articleId};
    return scope;
}

ExportScope ExportScope::articles(const QList<qint64> &articleIds)
{
    ExportScope scope;
    scope.kind = Kind::Articles;
    scope.articleIds = articleIds;
    return scope;
}

ExportScope ExportScope::library()
{
    return ExportScope();
}

ClaimFilter ExportScope::claimFilter(qint64 articleId) const
{
    ClaimFilter filter;
    filter.articleId = articleId;
    filter.tagIds = tagIds;
    filter.stance = stance;
    return filter;
}

} // namespace Lectern
