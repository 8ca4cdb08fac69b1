// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QUndoCommand>

namespace Lectern {

class ArticleAnnotations;

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

} // namespace Lectern
