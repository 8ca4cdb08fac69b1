// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation/claim.h"
#include "claimfilterquery.h"

#include <QList>
#include <QString>

namespace Lectern {

class Database;

/// The claims matching a filter with what the claims view's matrix, stances
/// and charts count (article, stance, kind, tags), read in two queries
/// (articles, then claims with their tags) rather than one per claim. The
/// texts are left out: the list reads them a page at a time.
class ClaimCatalog
{
public:
    struct ArticleInfo {
        qint64 id = 0;
        QString title;
        QString site;
        QString published; ///< ISO 8601 as found, may be empty
    };
    struct Entry {
        qint64 id = 0;
        int article = 0; ///< index into articles
        int start = 0;
        Claim::Stance stance = Claim::Stance::Neutral;
        Claim::Kind kind = Claim::Kind::Claim;
        bool orphan = false;
        QList<qint64> tagIds;
    };
    QList<ArticleInfo> articles;
    QList<Entry> claims;

    static ClaimCatalog load(Database &database, const ClaimFilterQuery &filter = {});
};

} // namespace Lectern
