// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "database.h"
#include "queryhelpers.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern {

using QueryHelpers::orEmpty;
using QueryHelpers::run;

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

bool runSql(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

TagStore::TagStore(Database &database)
    : m_database(database)
{
}

QList<Tag> TagStore::all() const
{
    QList<Tag> tags;
    QSqlQuery query(QStringLiteral("SELECT id, parent_id, name, color, description, position FROM tags ORDER BY parent_id, position, id"), m_database.connection());
    while (query.next()) {
        Tag tag;
        tag.id = query.value(0).toLongLong();
        tag.parentId = query.value(1).toLongLong();
        tag.name = query.value(2).toString();
        tag.color = QColor::fromString(query.value(3).toString());
        tag.description = query.value(4).toString();
        tag.position = query.value(5).toInt();
        tags << tag;
    }
    return tags;
}

std::optional<Tag> TagStore::tag(qint64 tagId) const
{
    for (const Tag &tag : all()) {
        if (tag.id == tagId)
            return tag;
    }
    return std::nullopt;
}

QString TagStore::describeError(const QString &name, const QString &databaseError) const
{
    if (databaseError.contains(QLatin1StringView("UNIQUE")))
        return QCoreApplication::translate("Lectern::TagStore", "There is already a tag named “%1” in that place.").arg(name);
    return databaseError;
}

bool TagStore::add(Tag *tag, QString *error)
{
    if (tag->name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Lectern::TagStore", "A tag needs a name.");
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO tags (parent_id, name, color, description, position)"
                                 " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM tags WHERE parent_id = ?))"));
    query.addBindValue(tag->parentId);
    query.addBindValue(tag->name.trimmed());
    query.addBindValue(tag->color.name());
    query.addBindValue(tag->description.isNull() ? QStringLiteral("") : tag->description);
    query.addBindValue(tag->parentId);
    if (!query.exec()) {
        *error = describeError(tag->name, query.lastError().text());
        return false;
    }
    tag->id = query.lastInsertId().toLongLong();
    tag->name = tag->name.trimmed();
    return true;
}

bool TagStore::update(const Tag &tag, QString *error)
{
    if (tag.name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Lectern::TagStore", "A tag needs a name.");
        return false;
    }
    if (tag.parentId != 0 && withDescendants(tag.id).contains(tag.parentId)) {
        *error = QCoreApplication::translate("Lectern::TagStore", "A tag cannot be nested inside itself.");
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ?, position = ? WHERE id = ?"));
    query.addBindValue(tag.parentId);
    query.addBindValue(tag.name.trimmed());
    query.addBindValue(tag.color.name());
    query.addBindValue(tag.description.isNull() ? QStringLiteral("") : tag.description);
    query.addBindValue(tag.position);
    query.addBindValue(tag.id);
    if (!query.exec()) {
        *error = describeError(tag.name, query.lastError().text());
        return false;
    }
    return true;
}

bool TagStore::arrange(qint64 parentId, const QList<qint64> &children, QString *error)
{
    for (qint64 child : children) {
        if (parentId != 0 && withDescendants(child).contains(parentId)) {
            *error = QCoreApplication::translate("Lectern::TagStore", "A tag cannot be nested inside itself.");
            return false;
        }
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE tags SET parent_id = ?, position = ? WHERE id = ?"));
    for (int position = 0; position < children.size(); ++position) {
        query.addBindValue(parentId);
        query.addBindValue(position);
        query.addBindValue(children.at(position));
        if (!query.exec()) {
            *error = describeError(tag(children.at(position)).value_or(Tag()).name, query.lastError().text());
            return false;
        }
    }
    return transaction.commit(error);
}

QList<qint64> TagStore::withDescendants(qint64 tagId) const
{
    QList<qint64> result{tagId};
    const QList<Tag> tags = all();
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Tag &tag : tags) {
            if (tag.parentId == result.at(i) && !result.contains(tag.id))
                result << tag.id;
        }
    }
    return result;
}

int TagStore::claimCount(qint64 tagId) const
{
    QSqlQuery query(QStringLiteral("SELECT count(DISTINCT claim_id) FROM claim_tags WHERE tag_id IN (%1)").arg(idList(withDescendants(tagId))),
                    m_database.connection());
    return query.next() ? query.value(0).toInt() : 0;
}

bool TagStore::merge(qint64 from, qint64 into, QString *error)
{
    const QList<qint64> merged = withDescendants(from);
    if (from == into || merged.contains(into)) {
        *error = QCoreApplication::translate("Lectern::TagStore", "A tag cannot be merged into itself or a tag nested under it.");
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    // A claim already carrying both keeps one reference, at the first place.
    const QString moveClaims = QStringLiteral("INSERT OR IGNORE INTO claim_tags (claim_id, tag_id, position)"
                                              " SELECT claim_id, %1, min(position) FROM claim_tags WHERE tag_id IN (%2) GROUP BY claim_id")
                                   .arg(into)
                                   .arg(idList(merged));
    const QString dropTags = QStringLiteral("DELETE FROM tags WHERE id IN (%1)").arg(idList(merged));
    return runSql(db, moveClaims, error) && runSql(db, dropTags, error) && transaction.commit(error);
}

bool TagStore::remove(qint64 tagId, QString *error)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM tags WHERE id IN (%1)").arg(idList(withDescendants(tagId))));
    return run(query, error) && transaction.commit(error);
}

} // namespace Lectern
