// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/article.h"
#include "summary/extractivesummarizer.h"
#include "text/termextractor.h"

#include <QTest>

#include <algorithm>

using namespace Lectern;

namespace {
// Written for this test: most sentences are about harbour turbines and
// share their words; two sentences are about something else entirely.
const QString hub = QStringLiteral("The harbour turbines under the breakwater produce tidal power that the grid operator buys on long contracts.");
const QString offTopicA = QStringLiteral("Meanwhile the office canteen started serving lemon cake with strong coffee on Fridays.");
const QString offTopicB = QStringLiteral("A volunteer choir rehearses folk songs in the library hall every Tuesday evening.");

Article turbineArticle()
{
    Article article;
    article.title = QStringLiteral("Harbour turbines");
    article.blocks = {
        Block::heading(QStringLiteral("Tidal power in the harbour turbines grid"), 2),
        Block::paragraph(hub + QStringLiteral(" ") + offTopicA),
        Block::paragraph(QStringLiteral("Maintenance of the harbour turbines took divers most of the winter. The turbines under the breakwater "
                                        "collected barnacles and silt faster than planned.")),
        Block::paragraph(offTopicB + QStringLiteral(" The grid operator says tidal power is easy to forecast years ahead.")),
        Block::paragraph(QStringLiteral("Because tidal power is predictable, the grid operator signed long contracts for the turbines. "
                                        "Forecasts of the tides decide how much power the harbour sells to the grid.")),
        Block::code(QStringLiteral("turbines = harbour.grid.power(tidal, contracts)"), QStringLiteral("python")),
    };
    return article;
}
} // namespace

class SummarizerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksCentralSentencesWithTheirOffsets()
    {
        const Article article = turbineArticle();
        const QString text = article.canonicalText();
        const GeneratedSummary summary = ExtractiveSummarizer().summarize(article);
        QCOMPARE(summary.sentencesConsidered, 8);
        QCOMPARE(summary.sentences.size(), 3);
        QStringList chosen;
        int previousStart = -1;
        for (const GeneratedSummary::Sentence &sentence : summary.sentences) {
            // Each sentence is exactly where it says in the canonical text.
            QCOMPARE(text.mid(sentence.start, sentence.end - sentence.start), sentence.text);
            QVERIFY2(sentence.start > previousStart, "sentences come in reading order");
            previousStart = sentence.start;
            chosen << sentence.text;
        }
        QVERIFY2(chosen.contains(hub), qPrintable(chosen.join(QLatin1Char('|'))));
        QVERIFY(!chosen.contains(offTopicA));
        QVERIFY(!chosen.contains(offTopicB));
        // Headings and code are never quoted as sentences.
        for (const QString &sentence : std::as_const(chosen)) {
            QVERIFY(!sentence.startsWith(QLatin1StringView("Tidal power in the harbour")));
            QVERIFY(!sentence.contains(QLatin1StringView("harbour.grid")));
        }
        // The hub shares the most with the rest, so it ranks first.
        const auto best = std::max_element(summary.sentences.begin(), summary.sentences.end(), [](const auto &a, const auto &b) {
            return a.score < b.score;
        });
        QCOMPARE(best->text, hub);
    }

    void keyTermsAreTheArticlesWords()
    {
        const GeneratedSummary summary = ExtractiveSummarizer().summarize(turbineArticle());
        QVERIFY(summary.keyTerms.size() >= 3);
        const QStringList top = summary.keyTerms.mid(0, 4);
        QVERIFY2(top.contains(QStringLiteral("turbines")), qPrintable(top.join(QLatin1Char(','))));
        QVERIFY2(top.contains(QStringLiteral("grid")), qPrintable(top.join(QLatin1Char(','))));
        QVERIFY(!summary.keyTerms.contains(QStringLiteral("the")));
        QVERIFY(!summary.keyTerms.contains(QStringLiteral("cake")));
    }

    void repeatsAreNotChosenTwice()
    {
        Article article = turbineArticle();
        article.blocks.append(Block::paragraph(hub));
        const GeneratedSummary summary = ExtractiveSummarizer().summarize(article);
        int copies = 0;
        for (const auto &sentence : summary.sentences)
            copies += sentence.text == hub ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void lengthGrowsWithTheArticle()
    {
        const ExtractiveSummarizer::Options options;
        QCOMPARE(ExtractiveSummarizer::summaryLength(2, options), 2);
        QCOMPARE(ExtractiveSummarizer::summaryLength(10, options), 3);
        QCOMPARE(ExtractiveSummarizer::summaryLength(20, options), 4);
        QCOMPARE(ExtractiveSummarizer::summaryLength(400, options), 5);

        Article longArticle;
        for (int i = 0; i < 60; ++i)
            longArticle.blocks.append(
                Block::paragraph(QStringLiteral("Paragraph %1 says the harbour turbines and the tidal grid matter for reasons of zed%2%3 and qua%3%2.")
                                     .arg(i)
                                     .arg(QChar(u'a' + i % 26))
                                     .arg(QChar(u'a' + i / 26))));
        QCOMPARE(ExtractiveSummarizer().summarize(longArticle).sentences.size(), 5);
    }

    void shortAndEmptyArticles()
    {
        Article empty;
        QVERIFY(ExtractiveSummarizer().summarize(empty).isEmpty());
        Article fragments;
        fragments.blocks = {Block::paragraph(QStringLiteral("Yes. No. Maybe so."))};
        QVERIFY(ExtractiveSummarizer().summarize(fragments).isEmpty());
        Article two;
        two.blocks = {Block::paragraph(hub), Block::paragraph(offTopicA)};
        QCOMPARE(ExtractiveSummarizer().summarize(two).sentences.size(), 2);
    }

    void termsFoldCaseAndPlurals()
    {
        QCOMPARE(TermExtractor::keys(QStringLiteral("The Turbines, a turbine; 2026 and of")), (QStringList{QStringLiteral("turbine"), QStringLiteral("turbine")}));
        QCOMPARE(TermExtractor::keys(QStringLiteral("analysis process")), (QStringList{QStringLiteral("analysis"), QStringLiteral("process")}));
        QCOMPARE(TermExtractor::keys(QStringLiteral("companies company classes")),
                 (QStringList{QStringLiteral("company"), QStringLiteral("company"), QStringLiteral("class")}));
        QCOMPARE(TermExtractor::keys(QStringLiteral("Ärzte ÉCOLES")), (QStringList{QStringLiteral("ärzte"), QStringLiteral("école")}));
    }

    void countedKeysAreTheKeys()
    {
        const QString text = QStringLiteral("Studies of ÉCOLES; the study, THE STUDY and 42 écoles");
        QHash<QString, int> counts{{QStringLiteral("study"), 1}};
        TermExtractor::countKeys(text, 2, counts);
        QHash<QString, int> expected{{QStringLiteral("study"), 1}};
        for (const QString &key : TermExtractor::keys(text))
            expected[key] += 2;
        QCOMPARE(counts, expected);
        QCOMPARE(counts.value(QStringLiteral("study")), 7);
        QCOMPARE(counts.value(QStringLiteral("école")), 4);
    }
};

QTEST_GUILESS_MAIN(SummarizerTest)
#include "tst_summarizer.moc"
