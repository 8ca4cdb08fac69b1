// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addclaimcommand.h"

#include "articleannotations.h"

#include <QCoreApplication>

namespace Lectern {

AddClaimCommand::AddClaimCommand(ArticleAnnotations *annotations, const Claim &claim)
    : m_annotations(annotations)
    , m_claim(claim)
{
    setText(QCoreApplication::translate("Lectern::AddClaimCommand", "Add Claim"));
}

void AddClaimCommand::redo()
{
    // A failed write leaves nothing to undo; QUndoStack drops the command.
    if (!m_annotations->storeInsert(&m_claim))
        setObsolete(true);
}

void AddClaimCommand::undo()
{
    m_annotations->storeRemove(m_claim.id);
}

} // namespace Lectern
