// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation/libraryclaimfilter.h"

#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Lectern {

/// A LibraryClaimFilter as SQL over `claims c JOIN articles a`, so the claims
/// view counts, pages and summarises only what matches without reading every
/// claim into memory.
class ClaimFilterQuery
{
public:
    ClaimFilterQuery() = default;
    /// tagIds: the filter's tag with every tag nested under it (empty: any tag).
    ClaimFilterQuery(const LibraryClaimFilter &filter, const QList<qint64> &tagIds);

    static QString from();
    /// " WHERE …" or empty; its placeholders are bound by bindTo() in order.
    const QString &where() const { return m_where; }
    /// Binds the filter's values after any bound before (addBindValue order).
    void bindTo(QSqlQuery &query) const;

private:
    void require(const QString &condition, const QVariantList &values = {});
    void requireText(const QStringList &columns, const QString &text);

    QString m_where;
    QVariantList m_values;
};

} // namespace Lectern
