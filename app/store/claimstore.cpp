// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstore.h"

#include "database.h"
#include "queryhelpers.h"
#include "sqlitestatement.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lectern {

using QueryHelpers::orEmpty;
using QueryHelpers::run;

namespace {
const QLatin1StringView claimColumns("c.id, c.article_id, c.start_offset, c.end_offset, c.exact, c.prefix, c.suffix, c.stance, c.kind, c.speaker, c.note,"
                                     " c.created, c.modified, c.status, c.confidence,"
                                     " (SELECT group_concat(tag_id) FROM (SELECT tag_id FROM claim_tags WHERE claim_id = c.id ORDER BY position)), c.uid");

Claim claimFrom(const QSqlQuery &query)
{
    Claim claim;
    claim.id = query.value(0).toLongLong();
    claim.articleId = query.value(1).toLongLong();
    claim.anchor.start = query.value(2).toInt();
    claim.anchor.end = query.value(3).toInt();
    claim.anchor.exact = query.value(4).toString();
    claim.anchor.prefix = query.value(5).toString();
    claim.anchor.suffix = query.value(6).toString();
    claim.stance = Claim::stanceFromKey(query.value(7).toString()).value_or(Claim::Stance::Neutral);
    claim.kind = Claim::kindFromKey(query.value(8).toString()).value_or(Claim::Kind::Claim);
    claim.speaker = query.value(9).toString();
    claim.note = query.value(10).toString();
    claim.created = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
    claim.modified = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    claim.status = Claim::statusFromKey(query.value(13).toString());
    claim.confidence = query.value(14).toDouble();
    const QString tags = query.value(15).toString();
    for (QStringView tag : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
        claim.tagIds << tag.toLongLong();
    claim.uid = query.value(16).toString();
    return claim;
}
} // namespace

ClaimStore::ClaimStore(Database &database)
    : m_database(database)
{
}

bool ClaimStore::insert(Claim *claim, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!claim->created.isValid())
        claim->created = now;
    if (!claim->modified.isValid())
        claim->modified = claim->created;
    Transaction transaction(m_database.connection());
    qint64 id = claim->id;
    if (!writeRow(*claim, true, &id, error))
        return false;
    claim->id = id;
    if (!writeTags(*claim, error) || !readGlobalId(claim, error) || !transaction.commit(error)) {
        claim->id = 0;
        return false;
    }
    return true;
}

bool ClaimStore::update(const Claim &claim, QString *error)
{
    Transaction transaction(m_database.connection());
    qint64 id = claim.id;
    return writeRow(claim, false, &id, error) && writeTags(claim, error) && transaction.commit(error);
}

bool ClaimStore::remove(qint64 claimId, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM claims WHERE id = ?"));
    query.addBindValue(claimId);
    return run(query, error);
}

bool ClaimStore::writeRow(const Claim &claim, bool insert, qint64 *id, QString *error)
{
    QSqlQuery query(m_database.connection());
    const QString columns
        = QStringLiteral("article_id, start_offset, end_offset, exact, prefix, suffix, stance, kind, speaker, note, created, modified, status, confidence");
    if (insert)
        query.prepare(QStringLiteral("INSERT INTO claims (%1, uid, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    else
        query.prepare(QStringLiteral("UPDATE claims SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?").arg(columns));
    query.addBindValue(claim.articleId);
    query.addBindValue(claim.anchor.start);
    query.addBindValue(claim.anchor.end);
    query.addBindValue(orEmpty(claim.anchor.exact));
    query.addBindValue(orEmpty(claim.anchor.prefix));
    query.addBindValue(orEmpty(claim.anchor.suffix));
    query.addBindValue(Claim::stanceKey(claim.stance));
    query.addBindValue(Claim::kindKey(claim.kind));
    query.addBindValue(orEmpty(claim.speaker));
    query.addBindValue(orEmpty(claim.note));
    query.addBindValue(claim.created.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(claim.modified.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(Claim::statusKey(claim.status));
    query.addBindValue(claim.confidence);
    if (insert)
        query.addBindValue(orEmpty(claim.uid)); // empty: the store's trigger gives a new one
    query.addBindValue(*id > 0 ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>()));
    if (!run(query, error))
        return false;
    if (!insert && query.numRowsAffected() == 0) {
        *error = QStringLiteral("claim %1 does not exist").arg(claim.id);
        return false;
    }
    if (insert)
        *id = query.lastInsertId().toLongLong();
    return true;
}

std::optional<qint64> ClaimStore::claimWithGlobalId(const QString &uid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM claims WHERE uid = ?"));
    query.addBindValue(uid);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

bool ClaimStore::readGlobalId(Claim *claim, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uid FROM claims WHERE id = ?"));
    query.addBindValue(claim->id);
    if (!run(query, error))
        return false;
    if (query.next())
        claim->uid = query.value(0).toString();
    return true;
}

bool ClaimStore::writeTags(const Claim &claim, QString *error)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM claim_tags WHERE claim_id = ?"));
    clear.addBindValue(claim.id);
    if (!run(clear, error))
        return false;
    QSqlQuery add(m_database.connection());
    add.prepare(QStringLiteral("INSERT OR IGNORE INTO claim_tags (claim_id, tag_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < claim.tagIds.size(); ++i) {
        add.addBindValue(claim.id);
        add.addBindValue(claim.tagIds.at(i));
        add.addBindValue(i);
        if (!run(add, error))
            return false;
    }
    return true;
}

QList<Claim> ClaimStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM claims c %2").arg(claimColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Claim> result;
    if (!query.exec())
        return result;
    while (query.next())
        result << claimFrom(query);
    return result;
}

std::optional<Claim> ClaimStore::claim(qint64 claimId) const
{
    const QList<Claim> found = select(QStringLiteral("WHERE c.id = ?"), {claimId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Claim> ClaimStore::claimsForArticle(qint64 articleId) const
{
    return select(QStringLiteral("WHERE c.article_id = ? ORDER BY c.start_offset, c.end_offset, c.id"), {articleId});
}

QList<Claim> ClaimStore::claims(const ClaimFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.articleId > 0) {
        conditions << QStringLiteral("c.article_id = ?");
        values << filter.articleId;
    } else {
        conditions << QStringLiteral("c.article_id NOT IN (SELECT id FROM articles WHERE trashed IS NOT NULL)");
    }
    if (!filter.tagIds.isEmpty()) {
        QStringList marks;
        for (qint64 tag : filter.tagIds) {
            marks << QStringLiteral("?");
            values << tag;
        }
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.tag_id IN (%1))").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.stance) {
        conditions << QStringLiteral("c.stance = ?");
        values << Claim::stanceKey(*filter.stance);
    }
    if (filter.status) {
        conditions << QStringLiteral("c.status = ?");
        values << Claim::statusKey(*filter.status);
    }
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("(instr(lower(c.exact), lower(?)) OR instr(lower(c.note), lower(?)) OR instr(lower(c.speaker), lower(?)))");
        values << filter.text << filter.text << filter.text;
    }
    QString where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    where += QStringLiteral(" ORDER BY c.article_id, c.start_offset, c.id");
    if (filter.limit >= 0)
        where += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return select(where, values);
}

QList<Highlight> ClaimStore::highlightsForArticle(qint64 articleId) const
{
    QList<Highlight> highlights;
    // Thousands of rows when an article is opened: SqliteStatement, and
    // one row per claim with its tags joined.
    SqliteStatement query(m_database.connection(),
        "SELECT c.id, c.start_offset, c.end_offset, c.status = 'orphan',"
        " (SELECT group_concat(tag_id ORDER BY position) FROM claim_tags WHERE claim_id = c.id)"
        " FROM claims c WHERE c.article_id = ?1 ORDER BY c.start_offset");
    query.bind(1, articleId);
    while (query.next()) {
        Highlight highlight {query.integer(0), int(query.integer(1)), int(query.integer(2)), query.integer(3) == 0, {}};
        if (!query.isNull(4)) {
            const QString tags = query.text(4);
            for (QStringView tag : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
                highlight.tagIds << tag.toLongLong();
        }
        highlights.append(std::move(highlight));
    }
    QString error;
    if (!query.ok(&error))
        qWarning("cannot read the highlights of article %lld: %s", articleId, qPrintable(error));
    return highlights;
}

int ClaimStore::countForArticle(qint64 articleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM claims WHERE article_id = ?"));
    query.addBindValue(articleId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool ClaimStore::moveAnchors(const QList<AnchorMove> &moves, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE claims SET start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?, status = ?, confidence = ? WHERE id = ?"));
    for (const AnchorMove &move : moves) {
        query.addBindValue(move.anchor.start);
        query.addBindValue(move.anchor.end);
        query.addBindValue(orEmpty(move.anchor.exact));
        query.addBindValue(orEmpty(move.anchor.prefix));
        query.addBindValue(orEmpty(move.anchor.suffix));
        query.addBindValue(Claim::statusKey(move.status));
        query.addBindValue(move.confidence);
        query.addBindValue(move.claimId);
        if (!run(query, error))
            return false;
    }
    return true;
}

} // namespace Lectern
