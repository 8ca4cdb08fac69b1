// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include "article/article.h"
#include "search/searchengine.h"

#include <QJsonArray>

namespace Lectern::ArticleJson {

QJsonObject summary(const Article &article)
{
    return {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("site"), article.site},
        {QStringLiteral("published"), article.published},
        {QStringLiteral("source"), article.source},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("format"), article.format},
        {QStringLiteral("version"), article.version},
    };
}

QJsonObject full(const Article &article)
{
    QJsonObject object = summary(article);
    object.insert(QStringLiteral("excerpt"), article.excerpt);
    object.insert(QStringLiteral("encoding"), article.encoding);
    object.insert(QStringLiteral("address"), article.address);
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(article.tags));
    object.insert(QStringLiteral("text"), article.canonicalText());
    QJsonArray blocks;
    qsizetype start = 0;
    for (const Block &block : article.blocks) {
        QJsonObject entry{{QStringLiteral("kind"), Block::kindName(block.kind)},
                          {QStringLiteral("start"), qint64(start)},
                          {QStringLiteral("end"), qint64(start + block.text.size())},
                          {QStringLiteral("text"), block.text}};
        if (block.kind == Block::Kind::Heading || block.kind == Block::Kind::ListItem)
            entry.insert(QStringLiteral("level"), block.level);
        if (block.kind == Block::Kind::Code)
            entry.insert(QStringLiteral("language"), block.language);
        blocks.append(entry);
        start += block.text.size() + 1;
    }
    object.insert(QStringLiteral("blocks"), blocks);
    QJsonArray removed;
    for (const RemovedLine &line : article.removed)
        removed.append(QJsonObject{{QStringLiteral("text"), line.text}, {QStringLiteral("reason"), line.reason}, {QStringLiteral("after_block"), line.afterBlock}});
    object.insert(QStringLiteral("removed"), removed);
    object.insert(QStringLiteral("curated_summary"), article.curated.isEmpty() ? QJsonValue() : QJsonValue(article.curated.toJson()));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(article.warnings));
    return object;
}

QJsonObject hit(const SearchHit &hit)
{
    return {
        {QStringLiteral("id"), hit.articleId},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("site"), hit.site},
        {QStringLiteral("published"), hit.published},
        {QStringLiteral("snippet"), SearchEngine::markedSnippet(hit.snippet, QStringLiteral("["), QStringLiteral("]"))},
        {QStringLiteral("rank"), hit.rank},
    };
}

} // namespace Lectern::ArticleJson
