// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"

#include <QUndoCommand>

namespace Lectern {

class ArticleAnnotations;

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
