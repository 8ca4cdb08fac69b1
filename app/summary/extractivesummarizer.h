// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generatedsummary.h"

namespace Lectern {

struct Article;

/// TextRank over sentences (Mihalcea & Tarau, 2004): sentences are TF-IDF
/// vectors, edges their cosine similarity, and the sentences most central
/// by PageRank are the summary. Offline, deterministic, language-neutral
/// apart from the stop words.
class ExtractiveSummarizer
{
public:
    struct Options {
        int minSentences = 3;
        int maxSentences = 5;
        int keyTerms = 8;
    };

    GeneratedSummary summarize(const Article &article) const;
    GeneratedSummary summarize(const Article &article, const Options &options) const;

    /// How many sentences a text of that many sentences gets: 3 to 5.
    static int summaryLength(int sentences, const Options &options);

private:
    struct Candidate {
        int start = 0;
        int end = 0;
    };
    static QList<Candidate> sentencesOf(const Article &article);
};

} // namespace Lectern
