// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/tag.h"
#include "claimscorer.h"
#include "naivebayes.h"
#include "suggestion.h"
#include "taglexicon.h"

#include <QHash>

namespace Lectern {

/// Proposes claims and their tags. Before the user has tagged anything it
/// leans on the claim cues and the shipped lexicons; as examples arrive the
/// naive Bayes model takes over (its weight grows with the examples seen),
/// and tags the user made become candidates once they have minExamples.
class ClaimSuggester
{
public:
    static constexpr double minExamples = 5;
    static constexpr double threshold = 0.5;

    ClaimSuggester();

    /// The tags that may be suggested; lexicons attach to tags by name.
    void setTags(const QList<Tag> &tags);
    NaiveBayes &model() { return m_model; }
    const NaiveBayes &model() const { return m_model; }

    struct Prediction {
        qint64 tagId = 0;
        double tagProbability = 0;
        double claimProbability = 0;
        bool isClaim() const { return tagId != 0 && claimProbability >= threshold; }
    };
    Prediction classify(QStringView sentence) const;
    /// Every sentence of text predicted to be a claim, in order.
    QList<Suggestion> suggest(const QString &text) const;

private:
    QList<qint64> candidateTags() const;

    ClaimScorer m_scorer;
    QList<TagLexicon> m_lexicons;
    QHash<qint64, const TagLexicon *> m_lexiconOf;
    QList<qint64> m_tags;
    NaiveBayes m_model;
};

} // namespace Lectern
