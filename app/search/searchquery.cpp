// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QRegularExpression>

namespace Lectern {

namespace {
QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// More terms than this and the OR costs more to open than the merge.
constexpr qsizetype mostExpandedTerms = 1000;
} // namespace

SearchQuery::SearchQuery(const QString &input)
{
    static const QRegularExpression token(QStringLiteral("(-?)\"([^\"]*)\"?|(\\S+)"));
    bool orNext = false;
    for (auto it = token.globalMatch(input); it.hasNext();) {
        const auto match = it.next();
        QString word = match.captured(3);
        if (word == QLatin1StringView("OR")) {
            orNext = !m_phrases.isEmpty();
            continue;
        }
        bool exclude = !match.captured(1).isEmpty();
        bool prefix = false;
        QString term = match.captured(2).simplified();
        if (term.isEmpty() && !word.isEmpty()) {
            exclude = word.startsWith(QLatin1Char('-')) && word.size() > 1;
            if (exclude)
                word.remove(0, 1);
            prefix = word.endsWith(QLatin1Char('*')) && word.size() > 1;
            term = prefix ? word.chopped(1) : word;
            if (term.count(QLatin1Char('*')) == term.size())
                continue;
        }
        if (term.isEmpty())
            continue;
        const QString expression = quoted(term) + (prefix ? QStringLiteral("*") : QString());
        if (exclude) {
            m_excluded << expression;
        } else {
            if (orNext)
                m_alternatives.last() << m_phrases.size();
            else
                m_alternatives << QList<qsizetype>{m_phrases.size()};
            m_phrases << expression;
            m_prefixes << (prefix ? term : QString());
            m_spans << 1;
            m_terms << term;
        }
        orNext = false;
    }
    // FTS5's NOT needs something on its left; a query of exclusions alone matches nothing useful.
    if (m_phrases.isEmpty()) {
        m_excluded.clear();
        return;
    }
    m_exclusions = m_excluded.size();
    buildExpression();
}

void SearchQuery::buildExpression()
{
    QStringList required;
    for (const QList<qsizetype> &alternatives : std::as_const(m_alternatives)) {
        QStringList either;
        for (qsizetype phrase : alternatives)
            either << m_phrases.at(phrase);
        required << (either.size() == 1 ? either.constFirst() : QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    m_expression = required.join(QLatin1Char(' '));
    for (const QString &excluded : std::as_const(m_excluded))
        m_expression += QStringLiteral(" NOT ") + excluded;
}

SearchQuery SearchQuery::withPrefixesExpanded(const PrefixTerms &termsOf) const
{
    SearchQuery expanded = *this;
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        if (m_prefixes.at(i).isEmpty())
            continue;
        const std::optional<QStringList> terms = termsOf(m_prefixes.at(i));
        if (!terms || terms->isEmpty() || terms->size() > mostExpandedTerms)
            continue;
        QStringList each;
        for (const QString &term : *terms)
            each << quoted(term);
        expanded.m_phrases[i] = each.size() == 1 ? each.constFirst() : QLatin1Char('(') + each.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        expanded.m_spans[i] = int(each.size());
    }
    if (!isEmpty())
        expanded.buildExpression();
    return expanded;
}

} // namespace Lectern
