// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article/articledetails.h"
#include "indexing/articletrash.h"

#include <QObject>
#include <QUndoStack>

namespace Lectern {

class Database;

/// Changes to the library's articles that a reader can undo: moving to and
/// from the Trash, and correcting details. Emptying the Trash is final and
/// clears the history, whose steps would name articles no longer there.
class LibraryEdits : public QObject
{
    Q_OBJECT
public:
    explicit LibraryEdits(Database &database, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_undoStack; }
    bool moveToTrash(const QList<qint64> &articleIds);
    bool restore(const QList<qint64> &articleIds);
    bool editDetails(qint64 articleId, const ArticleDetails &details);
    /// How many articles were deleted for good; -1 when it failed.
    int emptyTrash();
    QList<ArticleTrash::Entry> trash() const;
    std::optional<ArticleDetails> details(qint64 articleId) const;
    bool isInTrash(qint64 articleId) const;

    // What the undo commands run; each emits what it changed.
    bool storeTrashed(const QList<qint64> &articleIds, bool trashed);
    bool storeDetails(qint64 articleId, const ArticleDetails &details);

Q_SIGNALS:
    /// Articles left the library for the Trash (trashed) or came back.
    void trashChanged(const QList<qint64> &articleIds, bool trashed);
    void detailsChanged(qint64 articleId);
    void writeFailed(const QString &message);

private:
    bool push(QUndoCommand *command);

    Database &m_database;
    QUndoStack m_undoStack;
    bool m_lastWriteFailed = false;
};

} // namespace Lectern
