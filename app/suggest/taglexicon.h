// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

#include <optional>

namespace Lectern {

/// Words and two-word phrases that point to one tag, with weights: the
/// classifier's knowledge before the user has tagged anything. Shipped as
/// JSON in resources/suggest/, matched against Tokenizer::features().
class TagLexicon
{
public:
    /// {"tag": "Security", "terms": {"misuse": 2, "export control": 1.5}}
    static std::optional<TagLexicon> fromJson(const QByteArray &json, QString *error);
    /// Every lexicon under :/lectern/suggest/ but claimcues.json.
    static QList<TagLexicon> bundled();

    const QString &tagName() const { return m_tagName; }
    double weight(const QString &feature) const { return m_weights.value(feature); }
    /// Sum of the weights of the features present (each counted once).
    double score(const QStringList &features) const;
    qsizetype size() const { return m_weights.size(); }

private:
    QString m_tagName;
    QHash<QString, double> m_weights;
};

} // namespace Lectern
