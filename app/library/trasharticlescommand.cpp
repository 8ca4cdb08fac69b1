// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trasharticlescommand.h"
#include "libraryedits.h"

#include <QCoreApplication>

namespace Lectern {

TrashArticlesCommand::TrashArticlesCommand(LibraryEdits *edits, const QList<qint64> &articleIds, bool toTrash)
    : m_edits(edits)
    , m_articleIds(articleIds)
    , m_toTrash(toTrash)
{
    setText(toTrash ? QCoreApplication::translate("Lectern::TrashArticlesCommand", "Move to Trash")
                    : QCoreApplication::translate("Lectern::TrashArticlesCommand", "Restore from Trash"));
}

void TrashArticlesCommand::redo()
{
    if (!m_edits->storeTrashed(m_articleIds, m_toTrash))
        setObsolete(true);
}

void TrashArticlesCommand::undo()
{
    m_edits->storeTrashed(m_articleIds, !m_toTrash);
}

} // namespace Lectern
