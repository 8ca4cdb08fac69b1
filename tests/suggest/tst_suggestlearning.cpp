// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testlibrary.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "suggest/articlesuggestions.h"
#include "suggest/claimscorer.h"
#include "suggest/suggestionlearner.h"
#include "suggest/taglexicon.h"
#include "suggest/tokenizer.h"

#include <QTest>

using namespace Lectern;

namespace {
const QStringList paragraphs = {
    QStringLiteral("Dr. Amara Osei warned that publishing model weights hands hostile states a weapon they could never build alone."),
    QStringLiteral("The committee met on Tuesday in the small hall."),
    QStringLiteral("Cheap solar panels must reach every village, because grid power will never arrive in time."),
    QStringLiteral("Open research lets a single student test an idea that once needed a national lab."),
};

// Sentences about a topic no shipped lexicon knows, for a tag the user makes.
const QStringList energySentences = {
    QStringLiteral("Rooftop solar panels should be installed on every school before the next winter."),
    QStringLiteral("Wind turbines offshore will produce cheaper electricity than any gas plant."),
    QStringLiteral("Battery storage must grow fast or solar power will be wasted at noon."),
    QStringLiteral("Electricity prices would fall if the grid could carry more wind power."),
    QStringLiteral("Heat pumps are the most sensible way to cut the gas bills of households."),
    QStringLiteral("A solar farm on every landfill would power thousands of homes."),
};

Claim example(const QString &sentence, qint64 tagId)
{
    Claim claim;
    claim.anchor.exact = sentence;
    claim.tagIds = {tagId};
    return claim;
}

qint64 tagNamed(const Taxonomy &taxonomy, const QString &name)
{
    return taxonomy.findByPath(name).value_or(0);
}
} // namespace

class SuggestLearningTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void naiveBayesLearnsAndForgets()
    {
        NaiveBayes model;
        const QStringList tariffs = Tokenizer::features(u"Tariffs raise prices for every buyer of chips.");
        const QStringList misuse = Tokenizer::features(u"Attackers misuse leaked weights to write malware.");
        QVERIFY(model.posterior(tariffs, {1, 2}).isEmpty());
        model.learn(tariffs, 1);
        model.learn(misuse, 2);
        const auto after = model.posterior(Tokenizer::features(u"New tariffs on chips raise prices."), {1, 2});
        QVERIFY(after.value(1) > 0.8);
        QVERIFY(qAbs(after.value(1) + after.value(2) - 1.0) < 1e-9);
        // A retag: forget as 1, learn as 2. The model is then exactly one
        // that learned it as 2 in the first place.
        model.learn(tariffs, 1, -1);
        model.learn(tariffs, 2, +1);
        QCOMPARE(model.documents(1), 0.0);
        QCOMPARE(model.documents(2), 2.0);
        NaiveBayes direct;
        direct.learn(tariffs, 2);
        direct.learn(misuse, 2);
        const QStringList probe = Tokenizer::features(u"New tariffs on chips raise prices.");
        QCOMPARE(model.vocabularySize(), direct.vocabularySize());
        QVERIFY(qAbs(model.posterior(probe, {1, 2}).value(2) - direct.posterior(probe, {1, 2}).value(2)) < 1e-12);
        QVERIFY(model.posterior(probe, {1, 2}).value(2) > 0.5);
    }

    void bundledDataLoads()
    {
        const QList<TagLexicon> lexicons = TagLexicon::bundled();
        QStringList names;
        for (const TagLexicon &lexicon : lexicons) {
            names << lexicon.tagName();
            QVERIFY(lexicon.size() > 50);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Competition"), QStringLiteral("Innovation"), QStringLiteral("Security")}));
        QVERIFY(lexicons.last().weight(Tokenizer::stem(QStringLiteral("threats"))) > 0);

        const ClaimScorer scorer;
        QVERIFY(scorer.isValid());
        QVERIFY(scorer.score(u"Export controls must be tightened, because smuggling makes them worthless.") > ClaimSuggester::threshold);
        QVERIFY(scorer.score(u"The committee met on Tuesday in the small hall.") < ClaimSuggester::threshold);
        QVERIFY(scorer.score(u"Should export controls be tightened?") < scorer.score(u"Export controls should be tightened."));
        QVERIFY(scorer.cues(u"Osei argues that chips matter more than models.").contains(QStringLiteral("attribution")));

        QString error;
        QVERIFY(!ClaimScorer("{not json", &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(!TagLexicon::fromJson(R"({"tag": "Energy"})", &error));
        QVERIFY(error.contains(QStringLiteral("terms")));
    }

    void learnsFromTaggingRetaggingAndUndo()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Weights"), paragraphs);
        Taxonomy taxonomy(library.database());
        ArticleAnnotations annotations(library.database());
        SuggestionLearner learner(library.database(), &taxonomy);
        learner.watch(&annotations);
        const qint64 security = tagNamed(taxonomy, QStringLiteral("Security"));
        const qint64 innovation = tagNamed(taxonomy, QStringLiteral("Innovation"));
        QVERIFY(security && innovation);
        annotations.load(articleId, LibraryStore(library.database()).article(articleId)->canonicalText());
        const NaiveBayes &model = learner.suggester().model();

        const int end = int(paragraphs.first().size());
        const qint64 claimId = annotations.addClaim(0, end, {innovation});
        QVERIFY(claimId > 0);
        QCOMPARE(model.documents(innovation), 1.0);
        QVERIFY(annotations.setTags(claimId, {security}));
        QCOMPARE(model.documents(innovation), 0.0);
        QCOMPARE(model.documents(security), 1.0);
        annotations.undoStack()->undo(); // back to Innovation
        QCOMPARE(model.documents(innovation), 1.0);
        QCOMPARE(model.documents(security), 0.0);
        annotations.undoStack()->redo();
        QVERIFY(annotations.removeClaim(claimId));
        QCOMPARE(model.documents(security), 0.0);
        annotations.undoStack()->undo(); // the claim is back, and so is what it taught
        QCOMPARE(model.documents(security), 1.0);
    }

    // The model is read when first asked for: what is learned before that
    // is saved and read with it, and a tag added meanwhile is a candidate.
    void learningBeforeTheModelIsReadIsKept()
    {
        TestLibrary library;
        Taxonomy taxonomy(library.database());
        SuggestionLearner learner(library.database(), &taxonomy);
        const qint64 security = *taxonomy.findByPath(QStringLiteral("Security"));
        learner.learnTags(example(QStringLiteral("Sensors along the coast warn the harbour of a storm surge."), security), {});
        learner.learnRejection(QStringLiteral("The keeper logged the weather every hour."));
        QString error;
        const qint64 energy = taxonomy.addTag(QStringLiteral("Energy"), 0, QColor(QStringLiteral("#cc79a7")), {}, &error).value_or(0);
        QVERIFY2(energy, qPrintable(error));
        const ClaimSuggester &suggester = learner.suggester();
        QCOMPARE(suggester.model().documents(security), 1.0);
        QCOMPARE(suggester.model().documents(NaiveBayes::notAClaim), 1.0);
        for (int i = 0; i < int(ClaimSuggester::minExamples); ++i)
            learner.learnTags(example(QStringLiteral("Wind turbine number %1 should power the harbour.").arg(i), energy), {});
        QCOMPARE(learner.suggester().model().documents(energy), ClaimSuggester::minExamples);
        QCOMPARE(learner.suggester().classify(u"Wind turbines should power the harbour by next winter.").tagId, energy);
    }

    void modelAndRejectionsSurviveReopening()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Weights"), paragraphs);
        const QString text = LibraryStore(library.database()).article(articleId)->canonicalText();
        qint64 energy = 0;
        int rejectedStart = -1;
        {
            Taxonomy taxonomy(library.database());
            QString error;
            energy = taxonomy.addTag(QStringLiteral("Energy"), 0, QColor(QStringLiteral("#cc79a7")), {}, &error).value_or(0);
            QVERIFY2(energy, qPrintable(error));
            ArticleAnnotations annotations(library.database());
            SuggestionLearner learner(library.database(), &taxonomy);
            learner.watch(&annotations);
            ArticleSuggestions suggestions(library.database(), &annotations, &learner);
            annotations.load(articleId, text);

            // A user-made tag is not suggested until it has a handful of examples.
            const QString probe = QStringLiteral("Solar panels and wind turbines should replace the old gas plants within a decade.");
            QVERIFY(learner.suggester().classify(probe).tagId != energy);
            for (const QString &sentence : energySentences)
                learner.learnTags(example(sentence, energy), {});
            QCOMPARE(learner.suggester().classify(probe).tagId, energy);

            suggestions.setEnabled(true);
            QVERIFY(!suggestions.pending().isEmpty());
            const Suggestion first = suggestions.pending().first();
            rejectedStart = first.start;
            QVERIFY(suggestions.reject(first.start));
            QVERIFY(!suggestions.suggestionAt(first.start + 1));
            QCOMPARE(learner.suggester().model().documents(NaiveBayes::notAClaim), 1.0);
        }
        // Reopen the library: a new connection reads what was learned.
        Database reopened;
        QString error;
        QVERIFY2(reopened.open(library.path(), &error), qPrintable(error));
        Taxonomy taxonomy(reopened);
        ArticleAnnotations annotations(reopened);
        SuggestionLearner learner(reopened, &taxonomy);
        QCOMPARE(learner.suggester().model().documents(energy), double(energySentences.size()));
        QCOMPARE(learner.suggester().model().documents(NaiveBayes::notAClaim), 1.0);
        QCOMPARE(learner.suggester().classify(u"Offshore wind turbines should power the capital by the end of the decade.").tagId, energy);
        ArticleSuggestions suggestions(reopened, &annotations, &learner);
        annotations.load(articleId, text);
        suggestions.setEnabled(true);
        QVERIFY(!suggestions.suggestionAt(rejectedStart));
    }

    void suggestionsSkipClaimsAndAcceptIsUndoable()
    {
        TestLibrary library;
        const qint64 articleId = library.addArticle(QStringLiteral("Weights"), paragraphs);
        Taxonomy taxonomy(library.database());
        ArticleAnnotations annotations(library.database());
        SuggestionLearner learner(library.database(), &taxonomy);
        learner.watch(&annotations);
        ArticleSuggestions suggestions(library.database(), &annotations, &learner);
        annotations.load(articleId, LibraryStore(library.database()).article(articleId)->canonicalText());
        QVERIFY(suggestions.pending().isEmpty()); // off until asked
        suggestions.setEnabled(true);
        const auto warning = suggestions.suggestionAt(3);
        QVERIFY(warning);
        QCOMPARE(warning->tagId, tagNamed(taxonomy, QStringLiteral("Security")));
        QCOMPARE(warning->speaker, QStringLiteral("Dr. Amara Osei"));
        QVERIFY(!suggestions.suggestionAt(annotations.text().indexOf(QStringLiteral("committee"))));

        const qint64 claimId = suggestions.accept(warning->start);
        QVERIFY(claimId > 0);
        const Claim claim = *annotations.claim(claimId);
        QCOMPARE(claim.anchor.exact, paragraphs.first());
        QCOMPARE(claim.speaker, QStringLiteral("Dr. Amara Osei"));
        QVERIFY(!suggestions.suggestionAt(3));
        annotations.undoStack()->undo(); // one step takes back the claim and its speaker
        QCOMPARE(annotations.count(), 0);
        QVERIFY(suggestions.suggestionAt(3));
    }
};

QTEST_GUILESS_MAIN(SuggestLearningTest)
#include "tst_suggestlearning.moc"
