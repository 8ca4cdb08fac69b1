// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/articledetails.h"

#include <QUndoCommand>

namespace Lectern {

class LibraryEdits;

/// Corrects an article's details; undo puts the previous ones back.
class EditDetailsCommand : public QUndoCommand
{
public:
    EditDetailsCommand(LibraryEdits *edits, qint64 articleId, const ArticleDetails &before, const ArticleDetails &after);
    void redo() override;
    void undo() override;

private:
    LibraryEdits *m_edits;
    qint64 m_articleId;
    ArticleDetails m_before;
    ArticleDetails m_after;
};

} // namespace Lectern
