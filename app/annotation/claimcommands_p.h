// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to ArticleAnnotations, as Okular keeps its Document's commands in
// documentcommands_p.h: only these commands reach its store calls.

#include "model/claim.h"

#include <QUndoCommand>

namespace Lectern {

class ArticleAnnotations;

/// Adds a claim; undo takes it out again. Redo brings back the same id.
class AddClaimCommand : public QUndoCommand
{
public:
    AddClaimCommand(ArticleAnnotations *annotations, const Claim &claim);
    void redo() override;
    void undo() override;
    qint64 claimId() const { return m_claim.id; }
    const Claim &claim() const { return m_claim; }

private:
    ArticleAnnotations *m_annotations;
    Claim m_claim;
};

/// Changes a claim's tags, note, stance, kind, speaker or place. Typing a
/// note in several goes is one step to undo: consecutive edits of the same
/// field of the same claim merge, as Okular's annotation commands do.
class EditClaimCommand : public QUndoCommand
{
public:
    enum class Field { Tags = 1, Note, Speaker, Stance, Kind, Place, Several, Range };

    EditClaimCommand(ArticleAnnotations *annotations, const Claim &before, const Claim &after, Field field, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleAnnotations *m_annotations;
    Claim m_before;
    Claim m_after;
    Field m_field;
};

/// Removes a claim; undo puts it back whole, under the same id.
class RemoveClaimCommand : public QUndoCommand
{
public:
    RemoveClaimCommand(ArticleAnnotations *annotations, const Claim &claim);
    void redo() override;
    void undo() override;

private:
    ArticleAnnotations *m_annotations;
    Claim m_claim;
};

} // namespace Lectern
