// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

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
    /// How many of FTS5's phrases each positive phrase stands for: one, or
    /// as many terms as a prefix was expanded into.
    QList<int> phraseSpans() const { return m_spans; }

    /// Terms a prefix (as typed, without its '*') is expanded into, or
    /// nothing to leave it to FTS5.
    using PrefixTerms = std::function<std::optional<QStringList>(const QString &prefix)>;
    /// The same query with each positive prefix word written as the OR of
    /// the terms it starts, which FTS5 walks lazily: it answers a prefix by
    /// merging those terms' postings across the whole index first.
    SearchQuery withPrefixesExpanded(const PrefixTerms &termsOf) const;

private:
    SearchQuery() = default;
    void buildExpression();

    QString m_expression;
    QStringList m_terms;
    QStringList m_phrases;
    QStringList m_prefixes; ///< per positive phrase: its prefix, or empty
    QList<int> m_spans;
    QList<QList<qsizetype>> m_alternatives; ///< positive phrases OR-ed together, all groups required
    QStringList m_excluded;
    qsizetype m_exclusions = 0;
};

} // namespace Lectern
