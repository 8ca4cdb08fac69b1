// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggest/sentencesplitter.h"

#include <QTest>

using namespace Lectern;

class SentenceSplitterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        const auto row = [](const char *name, const QString &text, const QStringList &sentences) {
            QTest::newRow(name) << text << sentences;
        };
        row("plain", QStringLiteral("Chips matter. Trade matters more!  Does policy?"),
            {QStringLiteral("Chips matter."), QStringLiteral("Trade matters more!"), QStringLiteral("Does policy?")});
        row("title Dr.", QStringLiteral("Dr. Osei disagreed with the panel. She left early."),
            {QStringLiteral("Dr. Osei disagreed with the panel."), QStringLiteral("She left early.")});
        row("titles Mr. and Prof.", QStringLiteral("Mr. Lind and Prof. Varga spoke first. Then came questions."),
            {QStringLiteral("Mr. Lind and Prof. Varga spoke first."), QStringLiteral("Then came questions.")});
        row("e.g. and i.e.", QStringLiteral("Some rules, e.g. licensing, slow research, i.e. they cost time. Others help."),
            {QStringLiteral("Some rules, e.g. licensing, slow research, i.e. they cost time."), QStringLiteral("Others help.")});
        row("U.S. before a name", QStringLiteral("The U.S. Commerce Department tightened the rules. Exporters objected."),
            {QStringLiteral("The U.S. Commerce Department tightened the rules."), QStringLiteral("Exporters objected.")});
        row("U.S. ending a sentence", QStringLiteral("Most fabs are outside the U.S. The rest are in Europe."),
            {QStringLiteral("Most fabs are outside the U.S."), QStringLiteral("The rest are in Europe.")});
        row("initial", QStringLiteral("J. Varga wrote the report. It was long."),
            {QStringLiteral("J. Varga wrote the report."), QStringLiteral("It was long.")});
        row("decimals", QStringLiteral("Prices rose 3.5 percent in 2.5 years. Buyers noticed."),
            {QStringLiteral("Prices rose 3.5 percent in 2.5 years."), QStringLiteral("Buyers noticed.")});
        row("version numbers", QStringLiteral("Version 4.1.2 fixed it. Nobody upgraded."),
            {QStringLiteral("Version 4.1.2 fixed it."), QStringLiteral("Nobody upgraded.")});
        row("quote closing after the stop", QStringLiteral("She said, \"We will compete.\" The room went quiet."),
            {QStringLiteral("She said, \"We will compete.\""), QStringLiteral("The room went quiet.")});
        row("two sentences inside one quote", QStringLiteral("He said: \"It is over. We lost.\" Then he left."),
            {QStringLiteral("He said: \"It is over. We lost.\""), QStringLiteral("Then he left.")});
        row("curly quotes", QStringLiteral("\u201COpen models help. Closed ones hide,\u201D she wrote. Few agreed."),
            {QStringLiteral("\u201COpen models help. Closed ones hide,\u201D she wrote."), QStringLiteral("Few agreed.")});
        row("unclosed quote does not swallow the text", QStringLiteral("He began: \"This is wrong. And that is all. Nothing more followed"),
            {QStringLiteral("He began: \"This is wrong."), QStringLiteral("And that is all."), QStringLiteral("Nothing more followed")});
        row("paragraphs", QStringLiteral("A heading\nThe first paragraph ends here.\nAnother begins"),
            {QStringLiteral("A heading"), QStringLiteral("The first paragraph ends here."), QStringLiteral("Another begins")});
        row("no break across a paragraph after an abbreviation", QStringLiteral("Ask Dr.\nNext paragraph."),
            {QStringLiteral("Ask Dr."), QStringLiteral("Next paragraph.")});
        row("ellipsis and exclamation", QStringLiteral("Wait... the fee doubled! Again."),
            {QStringLiteral("Wait... the fee doubled!"), QStringLiteral("Again.")});
        row("empty", QString(), QStringList());
        row("white space only", QStringLiteral("  \n  "), QStringList());
    }

    void split()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList found;
        for (const SentenceSplitter::Range &range : SentenceSplitter::split(text)) {
            QVERIFY(range.start >= 0 && range.end <= text.size() && range.start < range.end);
            found << text.mid(range.start, range.length());
        }
        QCOMPARE(found, sentences);
    }
};

QTEST_GUILESS_MAIN(SentenceSplitterTest)
#include "tst_sentencesplitter.moc"
