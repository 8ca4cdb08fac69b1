// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUndoCommand>

namespace Lectern {

class LibraryEdits;

/// Moves articles to the Trash (or, from the Trash dialog, back out of it).
class TrashArticlesCommand : public QUndoCommand
{
public:
    TrashArticlesCommand(LibraryEdits *edits, const QList<qint64> &articleIds, bool toTrash);
    void redo() override;
    void undo() override;

private:
    LibraryEdits *m_edits;
    QList<qint64> m_articleIds;
    bool m_toTrash;
};

} // namespace Lectern
