// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonldmetadata.h"

#include "htmltextbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Lectern {

namespace {

// Real pages nest the article at most two or three levels down (a @graph
// in an array); the limit keeps a hostile script from recursing deeply.
constexpr int MaximumDepth = 8;

bool isArticleType(const QString &type)
{
    const QString name = type.section(QLatin1Char('/'), -1);
    return name.endsWith(QLatin1StringView("Article")) || name.endsWith(QLatin1StringView("Posting")) || name == QLatin1StringView("Report");
}

bool isArticle(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1StringView("@type"));
    if (type.isString())
        return isArticleType(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [](const QJsonValue &each) { return isArticleType(each.toString()); });
}

QString text(const QJsonValue &value)
{
    return HtmlTextBuilder::collapsed(value.toString());
}

// "author": "Ada", {"name": "Ada"} or a list of either.
QStringList names(const QJsonValue &value)
{
    if (value.isString())
        return {text(value)};
    if (value.isObject())
        return {text(value.toObject().value(QLatin1StringView("name")))};
    QStringList all;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &each : list) {
        if (!each.isArray())
            all += names(each);
    }
    all.removeAll(QString());
    return all;
}

} // namespace

void JsonLdMetadata::read(const QString &script)
{
    if (m_found)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(script.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    visit(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
}

void JsonLdMetadata::visit(const QJsonValue &value, int depth)
{
    if (m_found || depth > MaximumDepth)
        return;
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (const QJsonValue &each : list)
            visit(each, depth + 1);
        return;
    }
    const QJsonObject object = value.toObject();
    if (isArticle(object)) {
        take(object);
        return;
    }
    visit(object.value(QLatin1StringView("@graph")), depth + 1);
    visit(object.value(QLatin1StringView("mainEntity")), depth + 1);
}

void JsonLdMetadata::take(const QJsonObject &article)
{
    m_found = true;
    headline = text(article.value(QLatin1StringView("headline")));
    if (headline.isEmpty())
        headline = text(article.value(QLatin1StringView("name")));
    authors = names(article.value(QLatin1StringView("author")));
    published = text(article.value(QLatin1StringView("datePublished")));
    const QJsonValue publisherValue = article.value(QLatin1StringView("publisher"));
    publisher = publisherValue.isString() ? text(publisherValue) : text(publisherValue.toObject().value(QLatin1StringView("name")));
}

} // namespace Lectern
