// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryedits.h"
#include "editdetailscommand.h"
#include "trasharticlescommand.h"

#include "indexing/librarystore.h"

namespace Lectern {

LibraryEdits::LibraryEdits(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

bool LibraryEdits::push(QUndoCommand *command)
{
    m_lastWriteFailed = false;
    m_undoStack.push(command);
    return !m_lastWriteFailed;
}

bool LibraryEdits::moveToTrash(const QList<qint64> &articleIds)
{
    return !articleIds.isEmpty() && push(new TrashArticlesCommand(this, articleIds, true));
}

bool LibraryEdits::restore(const QList<qint64> &articleIds)
{
    return !articleIds.isEmpty() && push(new TrashArticlesCommand(this, articleIds, false));
}

bool LibraryEdits::editDetails(qint64 articleId, const ArticleDetails &details)
{
    const std::optional<ArticleDetails> before = this->details(articleId);
    if (!before) {
        Q_EMIT writeFailed(tr("There is no article %1.").arg(articleId));
        return false;
    }
    return push(new EditDetailsCommand(this, articleId, *before, details));
}

int LibraryEdits::emptyTrash()
{
    const QList<ArticleTrash::Entry> entries = trash();
    QString error;
    const int deleted = ArticleTrash(m_database).empty(&error);
    if (deleted < 0) {
        Q_EMIT writeFailed(error);
        return -1;
    }
    m_undoStack.clear();
    QList<qint64> ids;
    for (const ArticleTrash::Entry &entry : entries)
        ids << entry.id;
    Q_EMIT trashChanged(ids, true);
    return deleted;
}

QList<ArticleTrash::Entry> LibraryEdits::trash() const
{
    return ArticleTrash(m_database).contents();
}

std::optional<ArticleDetails> LibraryEdits::details(qint64 articleId) const
{
    const std::optional<Article> article = LibraryStore(m_database).article(articleId);
    return article ? std::optional(ArticleDetails::of(*article)) : std::nullopt;
}

bool LibraryEdits::isInTrash(qint64 articleId) const
{
    return ArticleTrash(m_database).contains(articleId);
}

bool LibraryEdits::storeTrashed(const QList<qint64> &articleIds, bool trashed)
{
    ArticleTrash trash(m_database);
    QString error;
    if (!(trashed ? trash.moveToTrash(articleIds, &error) : trash.restore(articleIds, &error))) {
        m_lastWriteFailed = true;
        Q_EMIT writeFailed(error);
        return false;
    }
    Q_EMIT trashChanged(articleIds, trashed);
    return true;
}

bool LibraryEdits::storeDetails(qint64 articleId, const ArticleDetails &details)
{
    QString error;
    if (!LibraryStore(m_database).editDetails(articleId, details, &error)) {
        m_lastWriteFailed = true;
        Q_EMIT writeFailed(error);
        return false;
    }
    Q_EMIT detailsChanged(articleId);
    return true;
}

} // namespace Lectern
