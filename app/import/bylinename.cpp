// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinename.h"

#include "bylineline.h"

#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

bool isAddressOrHandle(const QString &value)
{
    static const QRegularExpression address(QStringLiteral("^(?:[a-z][a-z0-9+.-]*://|www\\.|mailto:)"), QRegularExpression::CaseInsensitiveOption);
    return value.startsWith(QLatin1Char('@')) || address.match(value).hasMatch();
}

bool hasLetter(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLetter(); });
}

// "By Ada", "By: Ada", "Words by Ada", "Posted by Ada": the name is what follows.
QString withoutByPrefix(const QString &value)
{
    static const QRegularExpression by(
        QStringLiteral("^(?:(?:posted|written|words|story|text|reported|report)\\s+)?by(?::\\s*|\\s+)(?=\\S)"), QRegularExpression::CaseInsensitiveOption);
    return QString(value).remove(by);
}

// What separates a name from a date printed after it: "|", "·", "•", ",",
// dashes, "on" ("Posted by Ada on 3 March 2025").
QString withoutTrailingSeparators(QString text)
{
    static const QRegularExpression trailing(QStringLiteral("(?:[\\s|\u00B7\u2022,\u2013\u2014-]|\\bon\\b)+$"), QRegularExpression::CaseInsensitiveOption);
    return text.remove(trailing);
}

} // namespace

QString BylineName::cleaned(const QString &value)
{
    const QString name = withoutByPrefix(value.simplified());
    return isAddressOrHandle(name) || !hasLetter(name) ? QString() : name;
}

QString BylineName::printed(const QString &text)
{
    QString name = text.simplified();
    // Every date it reads has a year; looking for one is far cheaper than parsing.
    const bool hasDigit = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); });
    if (QString before; hasDigit && BylineLine::dateAtEnd(name, &before).isValid())
        name = withoutTrailingSeparators(before);
    return cleaned(name);
}

QString BylineName::joined(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return names.first(names.size() - 1).join(QLatin1StringView(", ")) + QLatin1StringView(" and ") + names.last();
}

} // namespace Lectern
