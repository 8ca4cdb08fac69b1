// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"
#include "model/highlight.h"
#include "highlightindex.h"
#include "store/claimstore.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Lectern {

class Database;

/// The claims of the open article and their undo history, as Okular keeps
/// annotations in its core Document: every edit is a QUndoCommand pushed
/// here, written to the library when it is done and when it is undone.
class ArticleAnnotations : public QObject
{
    Q_OBJECT
public:
    explicit ArticleAnnotations(Database &database, QObject *parent = nullptr);

    /// Switches to another article; the undo history starts afresh. Only
    /// claimsChanged() is announced: the reader formats the new text anyway.
    void load(qint64 articleId, const QString &text);
    /// Reads the claims again (after a change made elsewhere, e.g. a tag merge).
    void reload();
    /// Reads the claims again when another process added, moved, retagged
    /// or removed one of them, or edited one already read (its note, stance,
    /// speaker); returns whether it did.
    bool reloadIfChangedElsewhere();
    qint64 articleId() const { return m_articleId; }
    const QString &text() const { return m_text; }
    QUndoStack *undoStack() { return &m_undoStack; }

    std::optional<Claim> claim(qint64 claimId) const;
    /// Where placed claims touch [from, to), in order of start: all the
    /// reader needs to draw them, and ready before any whole claim is read.
    QList<Highlight> highlightsIn(int from, int to) const;
    /// Placed claims touching [from, to), in order of start.
    QList<Claim> claimsIn(int from, int to) const;
    QList<Claim> claimsAt(int position) const;
    /// Every claim of the article, orphans included, in order of start.
    QList<Claim> claims() const;
    qsizetype count() const { return m_highlights.size(); }

    /// Marks [start, end) as a claim with tags; returns its id, or 0 when
    /// the range is empty or the write failed (writeFailed says why).
    qint64 addClaim(int start, int end, const QList<qint64> &tagIds);
    /// Adds a claim described in full (stance, note ...) in one undoable
    /// step, so it is never stored half described. Its range must lie in
    /// the text and it needs a tag.
    qint64 addClaim(const Claim &described);
    bool removeClaim(qint64 claimId);
    /// Adds the tag when the claim lacks it, else removes it (a claim keeps
    /// at least one tag: removing the last one removes the claim).
    bool toggleTag(qint64 claimId, qint64 tagId);
    bool setTags(qint64 claimId, const QList<qint64> &tagIds);
    bool setNote(qint64 claimId, const QString &note);
    bool setSpeaker(qint64 claimId, const QString &speaker);
    bool setStance(qint64 claimId, Claim::Stance stance);
    bool setKind(qint64 claimId, Claim::Kind kind);
    /// Attaches an orphan (or any claim) to new text.
    bool reattach(qint64 claimId, int start, int end);
    /// Moves a claim's edges; a run of adjustments to one claim is one undo step.
    bool adjustRange(qint64 claimId, int start, int end);
    /// Replaces the claim's fields with edited's in one undoable step.
    bool edit(const Claim &edited, const QString &actionText);

Q_SIGNALS:
    /// Highlights changed over [from, to): re-format only there.
    void highlightsChanged(int from, int to);
    /// A claim was added, removed or edited (for lists and counts).
    void claimsChanged();
    void writeFailed(const QString &message);
    /// A claim's tags went from previousTags to claim.tagIds: added (none
    /// before), retagged, or removed (none after). Undo and redo included,
    /// so whoever learns from the user's coding can follow it.
    void claimTagsChanged(const Lectern::Claim &claim, const QList<qint64> &previousTags);

private:
    // The undo commands (claimcommands_p.h) are the only writers: every
    // change is a step on the undo stack.
    friend class AddClaimCommand;
    friend class EditClaimCommand;
    friend class RemoveClaimCommand;
    bool storeInsert(Claim *claim);
    bool storeUpdate(const Claim &claim);
    bool storeRemove(qint64 claimId);

    void loadHighlights();
    bool sameClaimsAsStored() const;
    /// Whole claims are read on first need: opening needs only highlights.
    const QHash<qint64, Claim> &wholeClaims() const;
    void place(const Claim &claim);
    void unplace(const Claim &claim);
    void announce(int from, int to);
    void fail(const QString &error);
    bool pushEdit(qint64 claimId, int field, const QString &text, const std::function<void(Claim &)> &change);
    bool moveClaim(qint64 claimId, int start, int end, int field, const QString &text);

    ClaimStore m_store;
    qint64 m_articleId = 0;
    QString m_text;
    QHash<qint64, Highlight> m_highlights;
    mutable std::optional<QHash<qint64, Claim>> m_claims; // read on first need
    HighlightIndex m_index;
    QUndoStack m_undoStack;
    bool m_lastWriteFailed = false;
};

} // namespace Lectern
