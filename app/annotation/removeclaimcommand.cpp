// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeclaimcommand.h"

#include "articleannotations.h"

#include <QCoreApplication>

namespace Lectern {

RemoveClaimCommand::RemoveClaimCommand(ArticleAnnotations *annotations, const Claim &claim)
    : m_annotations(annotations)
    , m_claim(claim)
{
    setText(QCoreApplication::translate("Lectern::RemoveClaimCommand", "Remove Claim"));
}

void RemoveClaimCommand::redo()
{
    if (!m_annotations->storeRemove(m_claim.id))
        setObsolete(true);
}

void RemoveClaimCommand::undo()
{
    Claim restored = m_claim;
    m_annotations->storeInsert(&restored);
}

} // namespace Lectern
