// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How good and how fast claim suggestions are, on Lectern's own labelled
// sentences (tests/data/suggest): precision, recall and F1 per tag on the
// held-out set, a learning curve as the feedback set is fed in as the
// user's tagging, and the time to suggest a 100 KB article beside the time
// to only split it into sentences, measured in the same run.
#include "benchrow.h"

#include "suggest/claimsuggester.h"
#include "suggest/sentencesplitter.h"
#include "suggest/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Lectern;

namespace {
struct Example {
    qint64 label = 0; // 0: not a claim
    QString sentence;
};

const QStringList labelNames = {QStringLiteral("none"), QStringLiteral("security"), QStringLiteral("innovation"), QStringLiteral("competition")};

QList<Example> load(const QString &name)
{
    QFile file(QStringLiteral(LECTERN_SUGGEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        std::exit(1);
    }
    QList<Example> examples;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const qint64 label = labelNames.indexOf(line.left(tab));
        if (tab < 0 || label < 0) {
            std::fprintf(stderr, "%s: bad line: %s\n", qPrintable(name), qPrintable(line));
            std::exit(1);
        }
        examples.append({label, line.mid(tab + 1)});
    }
    return examples;
}

ClaimSuggester makeSuggester()
{
    ClaimSuggester suggester;
    suggester.setTags({{1, 0, QStringLiteral("Security"), {}, {}, 0},
                       {2, 0, QStringLiteral("Innovation"), {}, {}, 1},
                       {3, 0, QStringLiteral("Competition"), {}, {}, 2}});
    return suggester;
}

struct Scores {
    double f1[4] = {};
    double precision[4] = {};
    double recall[4] = {};
    double macroTags = 0; // over the three tags
    double macroAll = 0; // over the tags and "not a claim"
    double accuracy = 0;
};

Scores evaluate(const ClaimSuggester &suggester, const QList<Example> &examples)
{
    int truePositive[4] = {}, predicted[4] = {}, actual[4] = {};
    int correct = 0;
    for (const Example &example : examples) {
        const ClaimSuggester::Prediction prediction = suggester.classify(example.sentence);
        const qint64 guess = prediction.isClaim() ? prediction.tagId : 0;
        ++predicted[guess];
        ++actual[example.label];
        if (guess == example.label) {
            ++truePositive[guess];
            ++correct;
        }
    }
    Scores scores;
    for (int c = 0; c < 4; ++c) {
        scores.precision[c] = predicted[c] ? double(truePositive[c]) / predicted[c] : 0;
        scores.recall[c] = actual[c] ? double(truePositive[c]) / actual[c] : 0;
        const double sum = scores.precision[c] + scores.recall[c];
        scores.f1[c] = sum > 0 ? 2 * scores.precision[c] * scores.recall[c] / sum : 0;
        scores.macroAll += scores.f1[c] / 4;
        if (c > 0)
            scores.macroTags += scores.f1[c] / 3;
    }
    scores.accuracy = double(correct) / examples.size();
    return scores;
}

void printScores(const char *title, const Scores &scores)
{
    std::printf("%s\n  %-12s %9s %9s %9s\n", title, "label", "precision", "recall", "F1");
    for (int c = 1; c <= 4; ++c) {
        const int i = c % 4; // tags first, "none" last
        std::printf("  %-12s %9.2f %9.2f %9.2f\n", qPrintable(labelNames.at(i)), scores.precision[i], scores.recall[i], scores.f1[i]);
    }
    std::printf("  macro-F1 over the three tags: %.3f   over all four labels: %.3f   accuracy: %.3f\n", scores.macroTags, scores.macroAll, scores.accuracy);
}

template<typename F>
double medianMs(F &&work, int runs = 7)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(runs / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<Example> feedback = load(QStringLiteral("feedback.tsv"));
    const QList<Example> heldout = load(QStringLiteral("heldout.tsv"));
    std::printf("labelled sentences: %lld for feedback (also used while writing the lexicons), %lld held out\n", qlonglong(feedback.size()),
                qlonglong(heldout.size()));

    if (app.arguments().contains(QStringLiteral("--dev"))) {
        // For adjusting the lexicons and cues without looking at the held-out
        // set: feed the first half of the feedback set, score the second.
        const QList<Example> train = feedback.mid(0, feedback.size() / 2);
        const QList<Example> dev = feedback.mid(feedback.size() / 2);
        ClaimSuggester suggester = makeSuggester();
        for (const Example &example : dev) {
            const ClaimSuggester::Prediction prediction = suggester.classify(example.sentence);
            const qint64 guess = prediction.isClaim() ? prediction.tagId : 0;
            if (guess != example.label)
                std::printf("%-11s as %-11s claim %.2f tag %.2f  %s\n", qPrintable(labelNames.at(example.label)), qPrintable(labelNames.at(guess)),
                            prediction.claimProbability, prediction.tagProbability, qPrintable(example.sentence));
        }
        for (int target : {0, 10, 25, 56}) {
            ClaimSuggester fed = makeSuggester();
            for (int i = 0; i < target; ++i)
                fed.model().learn(Tokenizer::features(train.at(i).sentence), train.at(i).label);
            std::printf("dev after %d: macro-F1 %.3f\n", target, evaluate(fed, dev).macroTags);
        }
        return 0;
    }

    ClaimSuggester suggester = makeSuggester();
    printScores("\nno feedback, feedback set (seen while writing the lexicons):", evaluate(suggester, feedback));
    const Scores untrained = evaluate(suggester, heldout);
    printScores("\nno feedback, held-out set:", untrained);

    std::printf("\nlearning curve on the held-out set, feedback sentences fed in order as the user's tagging:\n");
    std::printf("  %8s %10s %10s %10s %10s %10s\n", "examples", "macro-F1", "security", "innovation", "competition", "none");
    qsizetype fed = 0;
    for (int target : {0, 10, 25, 50, 100}) {
        for (; fed < target && fed < feedback.size(); ++fed)
            suggester.model().learn(Tokenizer::features(feedback.at(fed).sentence), feedback.at(fed).label);
        const Scores scores = evaluate(suggester, heldout);
        std::printf("  %8lld %10.3f %10.2f %10.2f %10.2f %10.2f\n", qlonglong(fed), scores.macroTags, scores.f1[1], scores.f1[2], scores.f1[3], scores.f1[0]);
    }
    const Scores afterHundred = evaluate(suggester, heldout);
    printScores("\nafter 100 examples, held-out set:", afterHundred);

    // The same curve for tags the user made, which have no shipped lexicon:
    // everything they get comes from the examples.
    ClaimSuggester learning;
    learning.setTags({{1, 0, QStringLiteral("Risks"), {}, {}, 0}, {2, 0, QStringLiteral("Research"), {}, {}, 1}, {3, 0, QStringLiteral("Markets"), {}, {}, 2}});
    std::printf("\nlearning curve with user-made tags (no lexicon; a tag is suggested from %g examples on):\n", ClaimSuggester::minExamples);
    std::printf("  %8s %10s %10s %10s %10s %10s\n", "examples", "macro-F1", "risks", "research", "markets", "none");
    fed = 0;
    for (int target : {0, 10, 25, 50, 100}) {
        for (; fed < target && fed < feedback.size(); ++fed)
            learning.model().learn(Tokenizer::features(feedback.at(fed).sentence), feedback.at(fed).label);
        const Scores scores = evaluate(learning, heldout);
        std::printf("  %8lld %10.3f %10.2f %10.2f %10.2f %10.2f\n", qlonglong(fed), scores.macroTags, scores.f1[1], scores.f1[2], scores.f1[3], scores.f1[0]);
    }

    // A 100 KB article: the labelled sentences as paragraphs of five.
    QString article;
    QList<Example> all = feedback + heldout;
    for (int i = 0; article.size() < 100 * 1024; ++i) {
        article += all.at(i % all.size()).sentence;
        article += (i % 5 == 4) ? QStringLiteral("\n") : QStringLiteral(" ");
    }
    qsizetype found = 0;
    qsizetype sentences = 0;
    const double splitMs = medianMs([&] { sentences = SentenceSplitter::split(article).size(); });
    const double suggestMs = medianMs([&] { found = suggester.suggest(article).size(); });
    std::printf("\nsuggest a %lld KB article (%lld sentences, %lld suggestions): %.1f ms (target: at most 100 ms)\n", qlonglong(article.size() / 1024),
                qlonglong(sentences), qlonglong(found), suggestMs);
    std::printf("reference, only splitting it into sentences: %.1f ms; ratio %.1f\n", splitMs, suggestMs / splitMs);
    const QString section = QStringLiteral("Suggestions");
    BenchRow start{section, QStringLiteral("macro-F1 with no feedback (held out)"), untrained.macroTags, QString()};
    start.minFigure = 0.6;
    start.record();
    BenchRow learned{section, QStringLiteral("macro-F1 after 100 examples (held out)"), afterHundred.macroTags, QString(), untrained.macroTags,
                     QStringLiteral("the same with no feedback")};
    learned.minFigure = 0.8;
    learned.record();
    BenchRow speed{section, QStringLiteral("suggest a 100 KB article"), suggestMs, QStringLiteral("ms"), splitMs, QStringLiteral("sentence split only")};
    speed.maxFigure = 100;
    speed.record();
    return 0;
}
