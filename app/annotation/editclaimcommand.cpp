// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editclaimcommand.h"

#include "articleannotations.h"

namespace Lectern {

namespace {
// Separates this command's merge id from other QUndoCommand ids.
constexpr int mergeIdBase = 0x4c650000;
} // namespace

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

} // namespace Lectern
