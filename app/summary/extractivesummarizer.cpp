// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractivesummarizer.h"

#include "article/article.h"
#include "text/termextractor.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Lectern {

namespace {
// A sentence as a sparse unit vector: (term id, weight), sorted by id.
using SparseVector = std::vector<std::pair<int, float>>;

constexpr double damping = 0.85;
constexpr int maxIterations = 60;
constexpr double tolerance = 1e-7;
constexpr float minSimilarity = 0.05f;
// Chosen sentences that say nearly the same thing make a poor summary.
constexpr float maxRedundancy = 0.6f;
// TextRank compares sentences pairwise; past this many, only those nearest
// the article's centroid enter the graph, so a 5 MB article costs no more
// than a long essay.
constexpr int maxGraphSentences = 800;

float cosine(const SparseVector &a, const SparseVector &b)
{
    float sum = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return sum;
}

struct TermTable {
    QHash<QString, int> ids;
    QStringList surface;
    std::vector<int> documentFrequency;
    std::vector<int> occurrences;

    std::vector<bool> seenOnlyFirst; // only ever seen starting a sentence

    int idOf(const QString &key, QStringView form, bool atSentenceStart)
    {
        auto it = ids.constFind(key);
        if (it != ids.constEnd()) {
            // A capital starting a sentence says nothing; elsewhere it marks
            // a name, which is how the term should be shown.
            if (!atSentenceStart && seenOnlyFirst[size_t(*it)]) {
                surface[*it] = form.toString();
                seenOnlyFirst[size_t(*it)] = false;
            }
            return *it;
        }
        const int id = int(surface.size());
        ids.insert(key, id);
        surface << (atSentenceStart ? form.toString().toLower() : form.toString());
        seenOnlyFirst.push_back(atSentenceStart);
        documentFrequency.push_back(0);
        occurrences.push_back(0);
        return id;
    }
};

// The sentences TextRank ranks: all of them, or in a very long article
// the ones most like the whole (cosine to the sum of all sentence vectors).
std::vector<int> graphSentences(const std::vector<SparseVector> &vectors, size_t terms)
{
    std::vector<int> kept(vectors.size());
    std::iota(kept.begin(), kept.end(), 0);
    if (kept.size() <= size_t(maxGraphSentences))
        return kept;
    std::vector<float> centroid(terms, 0);
    for (const SparseVector &vector : vectors) {
        for (const auto &[id, weight] : vector)
            centroid[size_t(id)] += weight;
    }
    std::vector<float> closeness(vectors.size(), 0);
    for (size_t i = 0; i < vectors.size(); ++i) {
        for (const auto &[id, weight] : vectors[i])
            closeness[i] += weight * centroid[size_t(id)];
    }
    std::nth_element(kept.begin(), kept.begin() + maxGraphSentences, kept.end(), [&closeness](int a, int b) {
        return closeness[size_t(a)] > closeness[size_t(b)];
    });
    kept.resize(maxGraphSentences);
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<double> pageRank(const std::vector<std::vector<std::pair<int, float>>> &edges)
{
    const size_t n = edges.size();
    std::vector<double> outWeight(n, 0);
    for (size_t i = 0; i < n; ++i) {
        for (const auto &[j, w] : edges[i])
            outWeight[i] += w;
    }
    std::vector<double> score(n, 1.0 / double(n));
    std::vector<double> next(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        // Sentences with no edge spread their score evenly, as in PageRank.
        double dangling = 0;
        for (size_t i = 0; i < n; ++i) {
            if (outWeight[i] == 0)
                dangling += score[i];
        }
        const double base = (1 - damping) / double(n) + damping * dangling / double(n);
        std::fill(next.begin(), next.end(), base);
        for (size_t i = 0; i < n; ++i) {
            if (outWeight[i] == 0)
                continue;
            const double share = damping * score[i] / outWeight[i];
            for (const auto &[j, w] : edges[i])
                next[size_t(j)] += share * w;
        }
        double change = 0;
        for (size_t i = 0; i < n; ++i)
            change += std::abs(next[i] - score[i]);
        score.swap(next);
        if (change < tolerance)
            break;
    }
    return score;
}
} // namespace

int ExtractiveSummarizer::summaryLength(int sentences, const Options &options)
{
    const int wanted = sentences >= 40 ? 5 : sentences >= 15 ? 4 : 3;
    return std::min(sentences, std::clamp(wanted, options.minSentences, options.maxSentences));
}

QList<ExtractiveSummarizer::Candidate> ExtractiveSummarizer::sentencesOf(const Article &article)
{
    QList<Candidate> result;
    int offset = 0;
    for (const Block &block : article.blocks) {
        // Headings and code are not sentences a summary can quote.
        if (block.kind != Block::Kind::Heading && !block.hasLines()) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, block.text);
            int from = 0;
            for (int to = int(finder.toNextBoundary()); to > 0; to = int(finder.toNextBoundary())) {
                int start = from;
                int end = to;
                while (start < end && block.text.at(start).isSpace())
                    ++start;
                while (end > start && block.text.at(end - 1).isSpace())
                    --end;
                // Fragments ("Yes.", a dateline) are too short to stand alone.
                if (end - start >= 25 && QStringView(block.text).mid(start, end - start).count(QLatin1Char(' ')) >= 4)
                    result.append({offset + start, offset + end});
                from = to;
            }
        }
        offset += int(block.text.size()) + 1;
    }
    return result;
}

GeneratedSummary ExtractiveSummarizer::summarize(const Article &article) const
{
    return summarize(article, Options());
}

GeneratedSummary ExtractiveSummarizer::summarize(const Article &article, const Options &options) const
{
    GeneratedSummary summary;
    const QString text = article.canonicalText();
    const QList<Candidate> candidates = sentencesOf(article);
    const int n = int(candidates.size());
    summary.sentencesConsidered = n;
    if (n == 0)
        return summary;

    // Term counts per sentence.
    TermTable table;
    std::vector<SparseVector> vectors(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const QStringView sentence = QStringView(text).mid(candidates[i].start, candidates[i].end - candidates[i].start);
        SparseVector &counts = vectors[size_t(i)];
        for (const TermExtractor::Term &term : TermExtractor::terms(sentence)) {
            const int id = table.idOf(term.key, sentence.mid(term.start, term.length), term.start == 0);
            ++table.occurrences[size_t(id)];
            counts.emplace_back(id, 1.0f);
        }
        std::sort(counts.begin(), counts.end());
        SparseVector merged;
        for (const auto &[id, one] : counts) {
            if (!merged.empty() && merged.back().first == id) {
                merged.back().second += one;
            } else {
                merged.emplace_back(id, one);
                ++table.documentFrequency[size_t(id)];
            }
        }
        counts.swap(merged);
    }

    // TF-IDF weights, each sentence a unit vector.
    std::vector<float> idf(table.documentFrequency.size());
    for (size_t t = 0; t < idf.size(); ++t)
        idf[t] = float(std::log((n + 1.0) / (table.documentFrequency[t] + 0.5)));
    for (SparseVector &vector : vectors) {
        float norm = 0;
        for (auto &[id, weight] : vector) {
            weight = (1 + std::log(weight)) * idf[size_t(id)];
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (auto &[id, weight] : vector)
            weight = norm > 0 ? weight / norm : 0;
    }
    const std::vector<int> ranked = graphSentences(vectors, idf.size());
    const int g = int(ranked.size());
    std::vector<std::vector<std::pair<int, float>>> postings(idf.size());
    // A term in most sentences links everything to everything: it costs
    // quadratic time and, with its low idf, adds almost nothing.
    const size_t commonTerm = size_t(std::max(8, g / 4));
    for (int k = 0; k < g; ++k) {
        for (const auto &[id, weight] : vectors[size_t(ranked[size_t(k)])])
            postings[size_t(id)].emplace_back(k, weight);
    }
    for (auto &posting : postings) {
        if (posting.size() > commonTerm)
            posting.clear();
    }

    // The similarity graph, built through the postings: only sentences that
    // share a term are ever compared. Nodes are positions in ranked.
    std::vector<std::vector<std::pair<int, float>>> edges(static_cast<size_t>(g));
    std::vector<float> row(static_cast<size_t>(g), 0);
    std::vector<int> touched;
    for (int i = 0; i < g; ++i) {
        for (const auto &[id, weight] : vectors[size_t(ranked[size_t(i)])]) {
            for (const auto &[j, other] : postings[size_t(id)]) {
                if (j <= i)
                    continue;
                if (row[size_t(j)] == 0)
                    touched.push_back(j);
                row[size_t(j)] += weight * other;
            }
        }
        for (const int j : touched) {
            if (row[size_t(j)] >= minSimilarity) {
                edges[size_t(i)].emplace_back(j, row[size_t(j)]);
                edges[size_t(j)].emplace_back(i, row[size_t(j)]);
            }
            row[size_t(j)] = 0;
        }
        touched.clear();
    }
    const std::vector<double> graphScores = pageRank(edges);
    std::vector<double> scores(static_cast<size_t>(n), 0);
    for (int k = 0; k < g; ++k)
        scores[size_t(ranked[size_t(k)])] = graphScores[size_t(k)];

    // The most central sentences, skipping near repeats, in reading order.
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&scores](int a, int b) {
        return scores[size_t(a)] > scores[size_t(b)];
    });
    const int wanted = summaryLength(n, options);
    std::vector<int> chosen;
    for (const int i : order) {
        if (int(chosen.size()) == wanted)
            break;
        const bool repeats = std::any_of(chosen.begin(), chosen.end(), [&](int c) {
            return cosine(vectors[size_t(i)], vectors[size_t(c)]) > maxRedundancy;
        });
        if (!repeats)
            chosen.push_back(i);
    }
    // An article that keeps saying one thing still gets its minimum, from
    // the next best sentences that are not word for word the same.
    for (const int i : order) {
        if (int(chosen.size()) >= std::min(wanted, options.minSentences))
            break;
        const auto same = [&](int c) {
            return c == i || QStringView(text).mid(candidates[c].start, candidates[c].end - candidates[c].start)
                == QStringView(text).mid(candidates[i].start, candidates[i].end - candidates[i].start);
        };
        if (std::none_of(chosen.begin(), chosen.end(), same))
            chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    for (const int i : chosen) {
        const Candidate &c = candidates[i];
        summary.sentences.append({c.start, c.end, text.mid(c.start, c.end - c.start), scores[size_t(i)]});
    }

    // Key terms: frequent in the article; spread over fewer sentences breaks ties.
    std::vector<int> terms(idf.size());
    std::iota(terms.begin(), terms.end(), 0);
    auto weightOf = [&](int t) {
        return table.occurrences[size_t(t)] * std::log(1.0 + double(n) / table.documentFrequency[size_t(t)]);
    };
    const int minOccurrences = n >= 6 ? 2 : 1;
    terms.erase(std::remove_if(terms.begin(), terms.end(),
                               [&](int t) {
                                   return table.occurrences[size_t(t)] < minOccurrences;
                               }),
                terms.end());
    std::stable_sort(terms.begin(), terms.end(), [&](int a, int b) {
        return weightOf(a) > weightOf(b);
    });
    for (size_t k = 0; k < terms.size() && int(k) < options.keyTerms; ++k)
        summary.keyTerms << table.surface[terms[k]];
    return summary;
}

} // namespace Lectern
