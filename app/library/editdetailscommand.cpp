// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdetailscommand.h"
#include "libraryedits.h"

#include <QCoreApplication>

namespace Lectern {

EditDetailsCommand::EditDetailsCommand(LibraryEdits *edits, qint64 articleId, const ArticleDetails &before, const ArticleDetails &after)
    : m_edits(edits)
    , m_articleId(articleId)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("Lectern::EditDetailsCommand", "Edit Article Details"));
}

void EditDetailsCommand::redo()
{
    if (!m_edits->storeDetails(m_articleId, m_after))
        setObsolete(true);
}

void EditDetailsCommand::undo()
{
    m_edits->storeDetails(m_articleId, m_before);
}

} // namespace Lectern
