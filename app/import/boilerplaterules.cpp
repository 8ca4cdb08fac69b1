// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplaterules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

const BoilerplateRules &BoilerplateRules::builtIn()
{
    static const BoilerplateRules rules = [] {
        QFile file(QStringLiteral(":/lectern/import/boilerplate.json"));
        file.open(QIODevice::ReadOnly);
        QString error;
        BoilerplateRules loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("Lectern: the built-in boilerplate rules are invalid: %s", qPrintable(error));
        return loaded;
    }();
    return rules;
}

BoilerplateRules BoilerplateRules::fromJson(const QByteArray &json, QString *error)
{
    BoilerplateRules rules;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = parseError.errorString();
        return rules;
    }
    const QJsonArray array = document.object().value(QLatin1StringView("rules")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.name = object.value(QLatin1StringView("name")).toString();
        rule.pattern = QRegularExpression(object.value(QLatin1StringView("match")).toString(),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        rule.maxLength = object.value(QLatin1StringView("maxLength")).toInt(140);
        rule.endsArticle = object.value(QLatin1StringView("endsArticle")).toBool();
        if (object.value(QLatin1StringView("action")).toString() == QLatin1StringView("byline"))
            rule.action = Action::Byline;
        if (!rule.pattern.isValid()) {
            if (error)
                *error = QStringLiteral("rule \"%1\": %2").arg(rule.name, rule.pattern.errorString());
            continue;
        }
        rule.pattern.optimize();
        rules.m_rules.append(rule);
    }
    return rules;
}

BoilerplateRules::Match BoilerplateRules::match(const QString &trimmedLine) const
{
    for (const Rule &rule : m_rules) {
        if (trimmedLine.size() > rule.maxLength)
            continue;
        const QRegularExpressionMatch found = rule.pattern.match(trimmedLine);
        if (found.hasMatch())
            return {rule.action, rule.name, rule.endsArticle};
    }
    return {};
}

} // namespace Lectern
