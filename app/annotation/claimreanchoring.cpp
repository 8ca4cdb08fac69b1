// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimreanchoring.h"

#include "anchor/reanchorer.h"
#include "store/claimstore.h"

namespace Lectern {

ClaimReanchoring::ClaimReanchoring(Database &database)
    : m_database(database)
{
}

bool ClaimReanchoring::replacing(qint64, QString *)
{
    return true;
}

bool ClaimReanchoring::remove(qint64, QString *)
{
    return true;
}

bool ClaimReanchoring::endBatch(QString *)
{
    return true;
}

// previousLength (of the old text) scales how near an old position is.
bool ClaimReanchoring::add(const Entry &entry, QString *error)
{
    if (!entry.previousLength)
        return true; // not a new version of the text
    ReanchorCounts counts;
    ClaimStore store(m_database);
    const QList<Claim> existing = store.claimsForArticle(entry.articleId);
    if (!existing.isEmpty()) {
        const Reanchorer reanchorer(entry.text, *entry.previousLength);
        QList<ClaimStore::AnchorMove> moves;
        moves.reserve(existing.size());
        for (const Claim &claim : existing) {
            const AnchorMatch match = reanchorer.locate(claim.anchor);
            // An orphan keeps its old selectors: they are what the user reviews.
            TextAnchor anchor = claim.anchor;
            if (match.isAnchored()) {
                anchor = TextAnchor::describe(entry.text, match.start, match.end);
                const bool same = anchor.start == claim.anchor.start && anchor.end == claim.anchor.end && anchor.exact == claim.anchor.exact;
                ++(same ? counts.stayed : counts.moved);
            } else {
                ++counts.orphaned;
            }
            moves.append({claim.id, anchor, match.isAnchored() ? Claim::Status::Anchored : Claim::Status::Orphan, match.confidence});
        }
        if (!store.moveAnchors(moves, error))
            return false;
    }
    if (entry.claims)
        *entry.claims = counts;
    return true;
}

} // namespace Lectern
