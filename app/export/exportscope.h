// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claimfilter.h"

#include <QList>

namespace Lectern {

/// What to export: the open article, chosen articles or the whole library,
/// narrowed to the claims with a tag (or one nested under it) and a stance.
struct ExportScope {
    enum class Kind { Article, Articles, Library };

    Kind kind = Kind::Library;
    QList<qint64> articleIds; ///< Article: one id; Articles: several
    QList<qint64> tagIds; ///< with their sub-tags already added (TagStore::withDescendants)
    std::optional<Claim::Stance> stance;

    static ExportScope article(qint64 articleId);
    static ExportScope articles(const QList<qint64> &articleIds);
    static ExportScope library();

    /// The claims of one article (0: of every article) this scope keeps.
    ClaimFilter claimFilter(qint64 articleId = 0) const;
};

} // namespace Lectern
