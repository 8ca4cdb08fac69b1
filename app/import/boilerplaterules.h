// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>

namespace Lectern {

/// Rules that recognise site boilerplate in saved articles. They are data
/// (resources/import/boilerplate.json), so they can be extended without code.
class BoilerplateRules
{
public:
    enum class Action { None, Remove, Byline };
    struct Match {
        Action action = Action::None;
        QString reason;
        bool endsArticle = false;
    };

    /// The rules shipped with Lectern.
    static const BoilerplateRules &builtIn();
    /// Rules from a JSON document of the same shape; errors leave it empty.
    static BoilerplateRules fromJson(const QByteArray &json, QString *error = nullptr);

    Match match(const QString &trimmedLine) const;
    qsizetype size() const { return m_rules.size(); }

private:
    struct Rule {
        QString name;
        QRegularExpression pattern;
        int maxLength = 140;
        Action action = Action::Remove;
        bool endsArticle = false;
    };
    QList<Rule> m_rules;
};

} // namespace Lectern
