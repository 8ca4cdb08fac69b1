// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimfilterquery.h"

#include <QSqlQuery>

namespace Lectern {

namespace {
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// SQLite's LIKE folds the case of ASCII letters only. Other letters match as
// typed, in lower case or in upper case, which finds "Über" from "über".
QStringList caseVariants(const QString &text)
{
    QStringList variants{text};
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        for (const QString &variant : {text.toLower(), text.toUpper()}) {
            if (!variants.contains(variant))
                variants << variant;
        }
    }
    return variants;
}
} // namespace

ClaimFilterQuery::ClaimFilterQuery(const LibraryClaimFilter &filter, const QList<qint64> &tagIds)
{
    if (filter.stance)
        require(QStringLiteral("c.stance = ?"), {Claim::stanceKey(*filter.stance)});
    if (filter.kind)
        require(QStringLiteral("c.kind = ?"), {Claim::kindKey(*filter.kind)});
    if (!tagIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : tagIds)
            ids << QString::number(id);
        require(QStringLiteral("EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.tag_id IN (%1))").arg(ids.join(QLatin1Char(','))));
    }
    if (!filter.speaker.isEmpty())
        requireText({QStringLiteral("c.speaker")}, filter.speaker);
    if (!filter.site.isEmpty())
        requireText({QStringLiteral("a.site")}, filter.site);
    // Dates compare as ISO text: "2025" takes in all of 2025 at either end.
    if (!filter.from.isEmpty())
        require(QStringLiteral("a.published <> '' AND substr(a.published, 1, ?) >= ?"), {filter.from.size(), filter.from});
    if (!filter.to.isEmpty())
        require(QStringLiteral("a.published <> '' AND substr(a.published, 1, ?) <= ?"), {filter.to.size(), filter.to});
    if (!filter.text.isEmpty())
        requireText({QStringLiteral("c.exact"), QStringLiteral("c.note"), QStringLiteral("c.speaker"), QStringLiteral("a.title")}, filter.text);
}

QString ClaimFilterQuery::from()
{
    return QStringLiteral(" FROM claims c JOIN articles a ON a.id = c.article_id");
}

void ClaimFilterQuery::require(const QString &condition, const QVariantList &values)
{
    m_where += (m_where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND (")) + condition + QLatin1Char(')');
    m_values += values;
}

void ClaimFilterQuery::requireText(const QStringList &columns, const QString &text)
{
    QStringList alternatives;
    QVariantList values;
    for (const QString &variant : caseVariants(text)) {
        const QString pattern = likePattern(variant);
        for (const QString &column : columns) {
            alternatives << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << pattern;
        }
    }
    require(alternatives.join(QStringLiteral(" OR ")), values);
}

void ClaimFilterQuery::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

} // namespace Lectern
