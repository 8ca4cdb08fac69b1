// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcatalog.h"

#include "database.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <tuple>

namespace Lectern {

ClaimCatalog ClaimCatalog::load(Database &database)
{
    ClaimCatalog catalog;
    catalog.begin(database);
    catalog.readMore(database, std::numeric_limits<int>::max());
    return catalog;
}

void ClaimCatalog::begin(Database &database)
{
    articles.clear();
    claims.clear();
    m_articleIndex.clear();
    m_lastId = 0;
    m_complete = false;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, title, site, published FROM articles WHERE trashed IS NULL AND id IN (SELECT article_id FROM claims) ORDER BY id"));
    while (query.next()) {
        m_articleIndex.insert(query.value(0).toLongLong(), int(articles.size()));
        const QString title = query.value(1).toString();
        articles.append({query.value(0).toLongLong(), title, query.value(2).toString(), query.value(3).toString(), title.toCaseFolded()});
    }
}

bool ClaimCatalog::readMore(Database &database, int count)
{
    if (m_complete)
        return false;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Slices follow the primary key, so each starts where the last ended
    // without an OFFSET that would walk the rows already read.
    query.prepare(QStringLiteral("SELECT c.id, c.article_id, c.start_offset, c.exact, c.speaker, c.note, c.stance, c.kind, c.status,"
                                 " (SELECT group_concat(tag_id) FROM claim_tags WHERE claim_id = c.id)"
                                 " FROM claims c WHERE c.id > ? AND c.article_id NOT IN (SELECT id FROM articles WHERE trashed IS NOT NULL)"
                                 " ORDER BY c.id LIMIT ?"));
    query.addBindValue(m_lastId);
    query.addBindValue(count);
    query.exec();
    // Most claims share a few stance and kind words: decode each once.
    QHash<QString, Claim::Stance> stances;
    QHash<QString, Claim::Kind> kinds;
    int read = 0;
    while (query.next()) {
        ++read;
        Entry entry;
        entry.id = m_lastId = query.value(0).toLongLong();
        entry.article = m_articleIndex.value(query.value(1).toLongLong(), -1);
        if (entry.article < 0)
            continue;
        entry.start = query.value(2).toInt();
        entry.quote = query.value(3).toString();
        entry.speaker = query.value(4).toString();
        entry.note = query.value(5).toString();
        const QString stance = query.value(6).toString();
        if (!stances.contains(stance))
            stances.insert(stance, Claim::stanceFromKey(stance).value_or(Claim::Stance::Neutral));
        entry.stance = stances.value(stance);
        const QString kind = query.value(7).toString();
        if (!kinds.contains(kind))
            kinds.insert(kind, Claim::kindFromKey(kind).value_or(Claim::Kind::Claim));
        entry.kind = kinds.value(kind);
        entry.orphan = Claim::statusFromKey(query.value(8).toString()) == Claim::Status::Orphan;
        entry.folded = QString(entry.quote + QLatin1Char('\n') + entry.note + QLatin1Char('\n') + entry.speaker).toCaseFolded();
        const QString tags = query.value(9).toString();
        for (const QStringView id : QStringView(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            entry.tagIds << id.toLongLong();
        claims.append(std::move(entry));
    }
    if (read == count)
        return true;
    // Articles are indexed in id order, so this is article id, then place.
    std::sort(claims.begin(), claims.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.article, a.start, a.id) < std::tie(b.article, b.start, b.id);
    });
    m_complete = true;
    return false;
}

} // namespace Lectern
