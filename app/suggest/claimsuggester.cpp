// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsuggester.h"

#include "sentencesplitter.h"
#include "speakerdetector.h"
#include "tokenizer.h"

#include <cmath>

namespace Lectern {

namespace {
// How many examples the model needs before it counts as much as the
// lexicons (for tags) and the cues (for claim or not).
constexpr double tagPriorStrength = 20;
constexpr double claimPriorStrength = 12;
// Sentences shorter than this are headings, captions or fragments.
constexpr int minSentenceLength = 25;
constexpr int maxSentenceLength = 1200;
} // namespace

ClaimSuggester::ClaimSuggester()
    : m_lexicons(TagLexicon::bundled())
{
}

void ClaimSuggester::setTags(const QList<Tag> &tags)
{
    m_tags.clear();
    m_lexiconOf.clear();
    for (const Tag &tag : tags) {
        m_tags << tag.id;
        for (const TagLexicon &lexicon : std::as_const(m_lexicons)) {
            if (tag.parentId == 0 && lexicon.tagName().compare(tag.name, Qt::CaseInsensitive) == 0)
                m_lexiconOf.insert(tag.id, &lexicon);
        }
    }
}

QList<qint64> ClaimSuggester::candidateTags() const
{
    QList<qint64> candidates;
    for (qint64 tag : m_tags) {
        if (m_lexiconOf.contains(tag) || m_model.documents(tag) >= minExamples)
            candidates << tag;
    }
    return candidates;
}

ClaimSuggester::Prediction ClaimSuggester::classify(QStringView sentence) const
{
    Prediction prediction;
    const QList<qint64> candidates = candidateTags();
    if (candidates.isEmpty())
        return prediction;
    const QStringList words = Tokenizer::words(sentence);
    const QStringList features = Tokenizer::featuresFromWords(words);

    // The lexicons' opinion, smoothed so that one weak word is not certainty.
    QHash<qint64, double> lexical;
    double lexicalTotal = 0;
    for (qint64 tag : candidates) {
        const TagLexicon *lexicon = m_lexiconOf.value(tag);
        const double score = lexicon ? lexicon->score(features) : 0.0;
        lexical.insert(tag, score);
        lexicalTotal += score;
    }
    const double smoothing = 0.3;
    const double lexicalTags = double(m_lexiconOf.size());
    double bestLexical = 0;
    for (auto it = lexical.begin(); it != lexical.end(); ++it) {
        if (m_lexiconOf.contains(it.key())) {
            *it = (*it + smoothing) / (lexicalTotal + smoothing * lexicalTags);
            bestLexical = qMax(bestLexical, *it);
        }
    }
    // A tag the user made has no lexicon: it starts level with the best
    // lexicon tag, and what it learned decides between them.
    for (auto it = lexical.begin(); it != lexical.end(); ++it) {
        if (!m_lexiconOf.contains(it.key()))
            *it = m_lexiconOf.isEmpty() ? 1.0 : bestLexical;
    }

    // Product of experts: the model's opinion counts more as examples
    // arrive, but never simply replaces the lexicons'.
    const QHash<qint64, double> learned = m_model.posterior(features, candidates);
    double examples = 0;
    for (qint64 tag : candidates)
        examples += m_model.documents(tag);
    const double gamma = examples / (examples + tagPriorStrength);
    QHash<qint64, double> combined;
    double sum = 0;
    for (qint64 tag : candidates) {
        const double p = lexical.value(tag) * (learned.isEmpty() ? 1.0 : std::pow(learned.value(tag), gamma));
        combined.insert(tag, p);
        sum += p;
    }
    for (qint64 tag : candidates) {
        const double p = sum > 0 ? combined.value(tag) / sum : 0.0;
        if (p > prediction.tagProbability) {
            prediction.tagProbability = p;
            prediction.tagId = tag;
        }
    }

    // On a tag's topic and worded like a claim: both count, and so does
    // what the model learned from rejected suggestions.
    double z = m_scorer.logit(sentence, words) + m_scorer.topicLogit(lexicalTotal);
    const double rejected = m_model.documents(NaiveBayes::notAClaim);
    if (rejected > 0 && examples > 0) {
        QList<qint64> classes = candidates;
        classes << NaiveBayes::notAClaim;
        const double notClaim = qBound(1e-6, m_model.posterior(features, classes).value(NaiveBayes::notAClaim), 1 - 1e-6);
        const double seen = qMin(rejected, examples);
        z += seen / (seen + claimPriorStrength) * std::log((1 - notClaim) / notClaim);
    }
    const double claim = ClaimScorer::logistic(z);
    prediction.claimProbability = claim;
    return prediction;
}

QList<Suggestion> ClaimSuggester::suggest(const QString &text) const
{
    QList<Suggestion> suggestions;
    for (const SentenceSplitter::Range &range : SentenceSplitter::split(text)) {
        if (range.length() < minSentenceLength || range.length() > maxSentenceLength)
            continue;
        const QStringView sentence = QStringView(text).mid(range.start, range.length());
        const Prediction prediction = classify(sentence);
        if (!prediction.isClaim())
            continue;
        Suggestion suggestion;
        suggestion.start = range.start;
        suggestion.end = range.end;
        suggestion.tagId = prediction.tagId;
        suggestion.claimProbability = prediction.claimProbability;
        suggestion.confidence = prediction.claimProbability * prediction.tagProbability;
        suggestion.text = sentence.toString();
        suggestion.speaker = SpeakerDetector::detect(sentence);
        suggestions << suggestion;
    }
    return suggestions;
}

} // namespace Lectern
