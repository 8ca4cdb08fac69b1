// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curatedsummary.h"

#include <QJsonArray>

namespace Lectern {

bool CuratedSummary::isEmpty() const
{
    return summary.isEmpty() && keyTakeaway.isEmpty() && keyInsights.isEmpty() && principles.isEmpty() && inPractice.isEmpty() && topics.isEmpty()
        && bestFor.isEmpty() && related.isEmpty() && attribution.isEmpty();
}

QJsonObject CuratedSummary::toJson() const
{
    auto list = [](const QStringList &items) {
        return QJsonArray::fromStringList(items);
    };
    return QJsonObject{
        {QStringLiteral("summary"), summary},
        {QStringLiteral("key_takeaway"), keyTakeaway},
        {QStringLiteral("key_insights"), list(keyInsights)},
        {QStringLiteral("principles"), list(principles)},
        {QStringLiteral("in_practice"), list(inPractice)},
        {QStringLiteral("topics"), list(topics)},
        {QStringLiteral("best_for"), list(bestFor)},
        {QStringLiteral("related"), list(related)},
        {QStringLiteral("related_heading"), relatedHeading},
        {QStringLiteral("attribution"), attribution},
    };
}

CuratedSummary CuratedSummary::fromJson(const QJsonObject &object)
{
    auto list = [&object](const char *key) {
        QStringList items;
        const QJsonArray array = object.value(QLatin1StringView(key)).toArray();
        for (const QJsonValue &value : array)
            items << value.toString();
        return items;
    };
    CuratedSummary card;
    card.summary = object.value(QLatin1StringView("summary")).toString();
    card.keyTakeaway = object.value(QLatin1StringView("key_takeaway")).toString();
    card.keyInsights = list("key_insights");
    card.principles = list("principles");
    card.inPractice = list("in_practice");
    card.topics = list("topics");
    card.bestFor = list("best_for");
    card.related = list("related");
    card.relatedHeading = object.value(QLatin1StringView("related_heading")).toString();
    card.attribution = object.value(QLatin1StringView("attribution")).toString();
    return card;
}

} // namespace Lectern
