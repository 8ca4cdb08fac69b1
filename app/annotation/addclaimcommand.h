// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    ArticleAnnotations *m_annotations;
    Claim m_claim;
};

} // namespace Lectern
