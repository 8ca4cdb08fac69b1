// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcatalog.h"

#include "database.h"

#include <QHash>
#include <QSqlQuery>

namespace Lectern {

ClaimCatalog ClaimCatalog::load(Database &database, const ClaimFilterQuery &filter)
{
    ClaimCatalog catalog;
    const QSqlDatabase db = database.connection();
    QHash<qint64, int> articleIndex;
    QSqlQuery articles(db);
    articles.setForwardOnly(true);
    articles.exec(QStringLiteral("SELECT id, title, site, published FROM articles WHERE id IN (SELECT article_id FROM claims) ORDER BY id"));
    while (articles.next()) {
        articleIndex.insert(articles.value(0).toLongLong(), int(catalog.articles.size()));
        catalog.articles.append({articles.value(0).toLongLong(), articles.value(1).toString(), articles.value(2).toString(), articles.value(3).toString()});
    }
    QSqlQuery claims(db);
    claims.setForwardOnly(true);
    claims.prepare(QStringLiteral("SELECT c.id, c.article_id, c.start_offset, c.stance, c.kind, c.status,"
                                  " (SELECT group_concat(tag_id) FROM claim_tags WHERE claim_id = c.id)")
                   + ClaimFilterQuery::from() + filter.where() + QStringLiteral(" ORDER BY c.article_id, c.start_offset, c.id"));
    filter.bindTo(claims);
    claims.exec();
    // Most claims share a few stance and kind words: decode each once.
    QHash<QString, Claim::Stance> stances;
    QHash<QString, Claim::Kind> kinds;
    while (claims.next()) {
        Entry entry;
        entry.id = claims.value(0).toLongLong();
        entry.article = articleIndex.value(claims.value(1).toLongLong(), -1);
        if (entry.article < 0)
            continue;
        entry.start = claims.value(2).toInt();
        const QString stance = claims.value(3).toString();
        if (!stances.contains(stance))
            stances.insert(stance, Claim::stanceFromKey(stance).value_or(Claim::Stance::Neutral));
        entry.stance = stances.value(stance);
        const QString kind = claims.value(4).toString();
        if (!kinds.contains(kind))
            kinds.insert(kind, Claim::kindFromKey(kind).value_or(Claim::Kind::Claim));
        entry.kind = kinds.value(kind);
        entry.orphan = Claim::statusFromKey(claims.value(5).toString()) == Claim::Status::Orphan;
        const QString tags = claims.value(6).toString();
        for (const QStringView id : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            entry.tagIds << id.toLongLong();
        catalog.claims.append(std::move(entry));
    }
    return catalog;
}

} // namespace Lectern
