// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern {

/// What a person types into the search field, made safe for FTS5: words
/// (all must match), "quoted phrases", prefix* words, -excluded words and OR.
/// Every term is quoted, so no input can be an FTS5 syntax error.
class SearchQuery
{
public:
    explicit SearchQuery(const QString &input);

    bool isEmpty() const { return m_expression.isEmpty(); }
    /// The MATCH expression.
    QString expression() const { return m_expression; }
    /// The positive words and phrases, for locating a match in a text.
    QStringList terms() const { return m_terms; }
    /// Each positive phrase as a MATCH expression of its own, in the order
    /// FTS5 numbers the expression's phrases; the excluded ones follow them.
    QStringList phrases() const { return m_phrases; }
    qsizetype exclusions() const { return m_exclusions; }

private:
    QString m_expression;
    QStringList m_terms;
    QStringList m_phrases;
    qsizetype m_exclusions = 0;
};

} // namespace Lectern
