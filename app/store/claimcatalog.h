// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Lectern {

class Database;

/// Every claim of the library with what a list of them shows, read in two
/// queries (articles, then claims with their tags) rather than one per claim:
/// at once (load) or a slice at a time between events (begin, readMore).
class ClaimCatalog
{
public:
    struct ArticleInfo {
        qint64 id = 0;
        QString title;
        QString site;
        QString published; ///< ISO 8601 as found, may be empty
        QString foldedTitle; ///< case-folded, for the text filter
    };
    struct Entry {
        qint64 id = 0;
        int article = 0; ///< index into articles
        int start = 0;
        QString quote;
        QString speaker;
        QString note;
        Claim::Stance stance = Claim::Stance::Neutral;
        Claim::Kind kind = Claim::Kind::Claim;
        bool orphan = false;
        QList<qint64> tagIds;
        /// Quote, note and speaker case-folded, one a line: the text filter
        /// then searches with a plain QStringMatcher instead of folding
        /// every character on every keystroke.
        QString folded;
    };
    QList<ArticleInfo> articles;
    QList<Entry> claims;

    static ClaimCatalog load(Database &database);
    /// Reads the articles and empties claims; readMore() then adds claims.
    void begin(Database &database);
    /// Reads up to count more claims; once every claim is in, sorts them by
    /// article and place and returns false.
    bool readMore(Database &database, int count);

private:
    QHash<qint64, int> m_articleIndex;
    qint64 m_lastId = 0;
    bool m_complete = false;
};

} // namespace Lectern
