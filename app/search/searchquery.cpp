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
} // namespace

SearchQuery::SearchQuery(const QString &input)
{
    static const QRegularExpression token(QStringLiteral("(-?)\"([^\"]*)\"?|(\\S+)"));
    QStringList positive;
    QStringList negative;
    bool orNext = false;
    for (auto it = token.globalMatch(input); it.hasNext();) {
        const auto match = it.next();
        QString word = match.captured(3);
        if (word == QLatin1StringView("OR")) {
            orNext = !positive.isEmpty();
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
            negative << expression;
        } else {
            m_phrases << expression;
            m_terms << term;
            if (orNext)
                positive.last() = QLatin1Char('(') + positive.last() + QStringLiteral(" OR ") + expression + QLatin1Char(')');
            else
                positive << expression;
        }
        orNext = false;
    }
    // FTS5's NOT needs something on its left; a query of exclusions alone matches nothing useful.
    if (positive.isEmpty())
        return;
    m_exclusions = negative.size();
    m_expression = positive.join(QLatin1Char(' '));
    for (const QString &excluded : std::as_const(negative))
        m_expression += QStringLiteral(" NOT ") + excluded;
}

} // namespace Lectern
