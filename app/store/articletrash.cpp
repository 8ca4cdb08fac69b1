// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletrash.h"
#include "database.h"
#include "librarystore.h"
#include "queryhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace Lectern {

using namespace QueryHelpers;

ArticleTrash::ArticleTrash(Database &database)
    : m_database(database)
{
}

ArticleTrash::Place ArticleTrash::placeOf(qint64 articleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT trashed IS NOT NULL FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return Place::Missing;
    return query.value(0).toBool() ? Place::Trash : Place::Library;
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
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE articles SET trashed = ? WHERE id = ?"));
    query.addBindValue(toTrash ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : QVariant());
    query.addBindValue(articleId);
    // The search index's content view leaves trashed articles out: an entry
    // is deleted while its article is still in view, and added once it is back.
    if (toTrash)
        return store.setIndexed(articleId, false, error) && run(query, error);
    return run(query, error) && store.setIndexed(articleId, true, error);
}

int ArticleTrash::empty(QString *error)
{
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    // Trashed articles are already out of the indexes; their versions,
    // claims and features go with them (ON DELETE CASCADE).
    query.prepare(QStringLiteral("DELETE FROM articles WHERE trashed IS NOT NULL"));
    if (!run(query, error))
        return -1;
    const int deleted = query.numRowsAffected();
    return transaction.commit(error) ? deleted : -1;
}

QList<ArticleTrash::Entry> ArticleTrash::contents() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, title, trashed, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a"
                              " WHERE trashed IS NOT NULL ORDER BY trashed DESC, id"));
    QList<Entry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()});
    return entries;
}

} // namespace Lectern
