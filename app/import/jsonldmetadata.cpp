// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonldmetadata.h"

#include "htmltextbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

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

// Pages wrap the JSON in "//<![CDATA[" or "<!--" and end it with ";": the
// JSON is what lies between the first bracket and the last.
QByteArray jsonIn(QString script)
{
    script.remove(QLatin1StringView("<![CDATA[")).remove(QLatin1StringView("]]>"));
    qsizetype start = 0;
    while (start < script.size() && script.at(start) != u'{' && script.at(start) != u'[')
        ++start;
    qsizetype end = script.size() - 1;
    while (end > start && script.at(end) != u'}' && script.at(end) != u']')
        --end;
    return end > start ? QStringView(script).sliced(start, end - start + 1).toUtf8() : QByteArray();
}

} // namespace

void JsonLdMetadata::read(const QString &script)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonIn(script), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    visit(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
}

void JsonLdMetadata::visit(const QJsonValue &value, int depth)
{
    if (depth > MaximumDepth)
        return;
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (const QJsonValue &each : list)
            visit(each, depth + 1);
        return;
    }
    const QJsonObject object = value.toObject();
    if (const QString id = object.value(QLatin1StringView("@id")).toString(); !id.isEmpty()) {
        if (const QString name = text(object.value(QLatin1StringView("name"))); !name.isEmpty())
            m_namesById.insert(id, name);
    }
    if (!m_found && isArticle(object)) {
        m_article = object;
        m_found = true;
    }
    visit(object.value(QLatin1StringView("@graph")), depth + 1);
    visit(object.value(QLatin1StringView("mainEntity")), depth + 1);
}

QString JsonLdMetadata::headline() const
{
    const QString headline = text(m_article.value(QLatin1StringView("headline")));
    return !headline.isEmpty() ? headline : text(m_article.value(QLatin1StringView("name")));
}

QStringList JsonLdMetadata::authors() const
{
    return names(m_article.value(QLatin1StringView("author")));
}

QString JsonLdMetadata::published() const
{
    return text(m_article.value(QLatin1StringView("datePublished")));
}

QString JsonLdMetadata::publisher() const
{
    return name(m_article.value(QLatin1StringView("publisher")));
}

// "author": "Ada", {"name": "Ada"}, {"@id": "#ada"} or a list of these.
QStringList JsonLdMetadata::names(const QJsonValue &value) const
{
    QStringList all;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray {value};
    for (const QJsonValue &each : list) {
        if (const QString found = name(each); !found.isEmpty())
            all << found;
    }
    return all;
}

QString JsonLdMetadata::name(const QJsonValue &value) const
{
    if (value.isString())
        return text(value);
    const QJsonObject object = value.toObject();
    const QString name = text(object.value(QLatin1StringView("name")));
    return !name.isEmpty() ? name : m_namesById.value(object.value(QLatin1StringView("@id")).toString());
}

} // namespace Lectern
