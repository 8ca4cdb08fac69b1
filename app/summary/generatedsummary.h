// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Lectern {

/// A summary Lectern made from the text itself (never a curator's): key
/// sentences in reading order, each with where it is in the canonical text.
struct GeneratedSummary {
    struct Sentence {
        int start = 0; ///< UTF-16 offset in the canonical text
        int end = 0;
        QString text;
        double score = 0; ///< its TextRank centrality
    };
    QList<Sentence> sentences;
    QStringList keyTerms;
    int sentencesConsidered = 0;

    bool isEmpty() const { return sentences.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace Lectern
