// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcommands_p.h"

#include "articleannotations.h"

#include <QCoreApplication>

namespace Lectern {

namespace {
// Separates EditClaimCommand's merge id from other QUndoCommand ids.
constexpr int mergeIdBase = 0x4c650000;
} // namespace

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

EditClaimCommand::EditClaimCommand(ArticleAnnotations *annotations, const Claim &before, const Claim &after, Field field, const QString &text)
    : m_annotations(annotations)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    setText(text);
}

void EditClaimCommand::redo()
{
    if (!m_annotations->storeUpdate(m_after))
        setObsolete(true);
}

void EditClaimCommand::undo()
{
    m_annotations->storeUpdate(m_before);
}

int EditClaimCommand::id() const
{
    // Only what is made in pieces merges (a note typed, a range moved word by
    // word); a tag or stance change is its own step.
    return m_field == Field::Note || m_field == Field::Speaker || m_field == Field::Range ? mergeIdBase + int(m_field) : -1;
}

bool EditClaimCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditClaimCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

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
