// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimjson.h"

#include "model/claim.h"
#include "annotation/taxonomy.h"

namespace Lectern::ClaimJson {

namespace {
// Seconds are enough for people and scripts; the store keeps milliseconds.
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QStringList tagPaths(const Claim &claim, const Taxonomy &taxonomy)
{
    QStringList paths;
    for (qint64 tagId : claim.tagIds) {
        if (taxonomy.tag(tagId))
            paths << taxonomy.path(tagId);
    }
    return paths;
}

QJsonObject claim(const Claim &claim, const Taxonomy &taxonomy)
{
    return {
        {QStringLiteral("id"), claim.id},
        {QStringLiteral("uid"), claim.uid},
        {QStringLiteral("article_id"), claim.articleId},
        {QStringLiteral("start"), claim.start()},
        {QStringLiteral("end"), claim.end()},
        {QStringLiteral("exact"), claim.anchor.exact},
        {QStringLiteral("prefix"), claim.anchor.prefix},
        {QStringLiteral("suffix"), claim.anchor.suffix},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tagPaths(claim, taxonomy))},
        {QStringLiteral("stance"), Claim::stanceKey(claim.stance)},
        {QStringLiteral("kind"), Claim::kindKey(claim.kind)},
        {QStringLiteral("speaker"), claim.speaker},
        {QStringLiteral("note"), claim.note},
        {QStringLiteral("created"), isoUtc(claim.created)},
        {QStringLiteral("modified"), isoUtc(claim.modified)},
        {QStringLiteral("status"), Claim::statusKey(claim.status)},
        {QStringLiteral("confidence"), claim.confidence},
    };
}

QJsonObject tag(qint64 tagId, const Taxonomy &taxonomy)
{
    const Tag found = taxonomy.tag(tagId).value_or(Tag());
    QJsonArray children;
    for (qint64 child : taxonomy.childrenOf(tagId))
        children.append(tag(child, taxonomy));
    return {
        {QStringLiteral("id"), found.id},
        {QStringLiteral("name"), found.name},
        {QStringLiteral("path"), taxonomy.path(tagId)},
        {QStringLiteral("color"), taxonomy.color(tagId).name()},
        {QStringLiteral("description"), found.description},
        {QStringLiteral("claims"), taxonomy.claimCount(tagId)},
        {QStringLiteral("children"), children},
    };
}

QJsonArray tagTree(const Taxonomy &taxonomy)
{
    QJsonArray tree;
    for (qint64 topLevel : taxonomy.childrenOf(0))
        tree.append(tag(topLevel, taxonomy));
    return tree;
}

} // namespace Lectern::ClaimJson
