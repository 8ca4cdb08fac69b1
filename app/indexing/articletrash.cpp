// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletrash.h"
#include "librarystore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace Lectern {

ArticleTrash::ArticleTrash(Database &database)
    : m_database(database)
{
}

ArticleTrash::Place ArticleTrash::placeOf(qint64 articleId) const
{
    const std::optional<bool> trashed = ArticleStore(m_database).isTrashed(articleId);
    if (!trashed)
        return Place::Missing;
    return *trashed ? Place::Trash : Place::Library;
}

bool ArticleTrash::contains(qint64 articleId) const
{
    return placeOf(articleId) == Place::Trash;
}

bool ArticleTrash::moveToTrash(const QList<qint64> &articleIds, QString *error)
{
    Transaction transaction(m_database.connection());
    for (qint64 id : articleIds) {
        if (!move(id, true, error))
            return false;
    }
    return transaction.commit(error);
}

bool ArticleTrash::restore(const QList<qint64> &articleIds, QString *error)
{
    Transaction transaction(m_database.connection());
    for (qint64 id : articleIds) {
        if (!move(id, false, error))
            return false;
    }
    return transaction.commit(error);
}

bool ArticleTrash::move(qint64 articleId, bool toTrash, QString *error)
{
    const Place place = placeOf(articleId);
    if (place == Place::Missing) {
        *error = QCoreApplication::translate("Lectern::ArticleTrash", "There is no article %1.").arg(articleId);
        return false;
    }
    if (toTrash && place == Place::Trash) {
        *error = QCoreApplication::translate("Lectern::ArticleTrash", "Article %1 is already in the Trash.").arg(articleId);
        return false;
    }
    if (!toTrash && place == Place::Library) {
        *error = QCoreApplication::translate("Lectern::ArticleTrash", "Article %1 is not in the Trash.").arg(articleId);
        return false;
    }
    LibraryStore store(m_database);
    // The search index's content view leaves trashed articles out: an entry
    // is deleted while its article is still in view, and added once it is back.
    if (toTrash)
        return store.setIndexed(articleId, false, error) && store.setTrashed(articleId, true, error);
    return store.setTrashed(articleId, false, error) && store.setIndexed(articleId, true, error);
}

// Trashed articles are already out of the indexes.
int ArticleTrash::empty(QString *error)
{
    return ArticleStore(m_database).deleteTrashed(error);
}

QList<ArticleTrash::Entry> ArticleTrash::contents() const
{
    return ArticleStore(m_database).trashed();
}

} // namespace Lectern
