// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylineline.h"

#include "article/article.h"

#include <QLocale>
#include <QRegularExpression>

namespace Lectern {

bool BylineLine::read(const QString &line, Article &article)
{
    static const QRegularExpression byline(QStringLiteral("^by\\s+(.{2,160})$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral("\\s+[|\u00B7\u2022]\\s+"));
    const QRegularExpressionMatch match = byline.match(line);
    if (!match.hasMatch())
        return false;
    const QStringList parts = match.captured(1).split(separator);
    article.byline = parts.value(0).trimmed();
    if (parts.size() > 1)
        article.site = parts.value(1).trimmed();
    if (parts.size() > 2) {
        const QDate date = dateIn(parts.value(2));
        article.published = date.isValid() ? date.toString(Qt::ISODate) : parts.value(2).trimmed();
    }
    return true;
}

QDate BylineLine::dateIn(const QString &line)
{
    constexpr qsizetype longestDateLine = 60;
    static const QRegularExpression lead(
        QStringLiteral("^(?:(?:published|updated|posted|date)(?:\\s+on)?:?\\s+)?(?:[A-Za-z]+day,?\\s+)?"), QRegularExpression::CaseInsensitiveOption);
    if (line.size() > longestDateLine)
        return {};
    QString text = line.simplified();
    text.remove(lead);
    static const QStringList formats {QStringLiteral("d MMMM yyyy"), QStringLiteral("MMMM d, yyyy"), QStringLiteral("MMM d, yyyy"),
        QStringLiteral("d MMM yyyy"), QStringLiteral("MMMM d yyyy"), QStringLiteral("yyyy-MM-dd")};
    const QLocale english = QLocale::c();
    for (const QString &format : formats) {
        if (const QDate date = english.toDate(text, format); date.isValid())
            return date;
    }
    return {};
}

QDate BylineLine::dateAtEnd(const QString &line, QString *before)
{
    const QString text = line.simplified();
    for (qsizetype at = 0; at >= 0 && at < text.size(); at = text.indexOf(QLatin1Char(' '), at + 1)) {
        const qsizetype start = at == 0 ? 0 : at + 1;
        if (const QDate date = dateIn(text.sliced(start)); date.isValid()) {
            *before = text.first(start).trimmed();
            return date;
        }
    }
    return {};
}

} // namespace Lectern
