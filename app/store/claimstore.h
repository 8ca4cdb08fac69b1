// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"
#include "model/claimfilter.h"
#include "model/highlight.h"

#include <optional>

namespace Lectern {

class Database;

/// Reads and writes claims. Each write is committed when it returns: an
/// acknowledged edit survives a crash.
class ClaimStore
{
public:
    explicit ClaimStore(Database &database);

    /// Stores a new claim. With id 0 the store picks the id; a given id is
    /// kept, so undoing a delete brings back the same claim, links and all.
    bool insert(Claim *claim, QString *error);
    bool update(const Claim &claim, QString *error);
    bool remove(qint64 claimId, QString *error);

    std::optional<Claim> claim(qint64 claimId) const;
    /// The id of the claim with this global id (Claim::uid), if any.
    std::optional<qint64> claimWithGlobalId(const QString &uid) const;
    QList<Claim> claimsForArticle(qint64 articleId) const;
    QList<Claim> claims(const ClaimFilter &filter) const;
    int countForArticle(qint64 articleId) const;
    /// Where each claim of the article is and its tags: what the reader
    /// draws, read far faster than whole claims.
    QList<Highlight> highlightsForArticle(qint64 articleId) const;

    /// Where re-anchoring (ClaimReanchoring) put a claim on a new text.
    struct AnchorMove {
        qint64 claimId = 0;
        TextAnchor anchor;
        Claim::Status status = Claim::Status::Anchored;
        double confidence = 0;
    };
    /// Writes where claims now are, inside the caller's transaction (the one
    /// writing the new version).
    bool moveAnchors(const QList<AnchorMove> &moves, QString *error);

private:
    bool readGlobalId(Claim *claim, QString *error);
    bool writeTags(const Claim &claim, QString *error);
    bool writeRow(const Claim &claim, bool insert, qint64 *id, QString *error);
    QList<Claim> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace Lectern
