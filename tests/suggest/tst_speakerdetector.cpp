// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggest/speakerdetector.h"

#include <QTest>

using namespace Lectern;

class SpeakerDetectorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("speaker");
        const auto row = [](const char *name, const char *sentence, const char *speaker) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(speaker);
        };
        row("name claimed", "Okonkwo claimed that open weights help attackers most.", "Okonkwo");
        row("full name argues", "Marta Lindqvist argues that tariffs protect nobody.", "Marta Lindqvist");
        row("title and name", "Dr. Amara Osei warned that the grid is exposed.", "Dr. Amara Osei");
        row("office and name", "Senator Park insisted that the merger be blocked.", "Senator Park");
        row("appositive", "Ines Ferreira, who runs a small lab, contended that licences chill research.", "Ines Ferreira");
        row("has long argued", "Halvorsen has long argued that chips are the real chokepoint.", "Halvorsen");
        row("according to", "According to the national cyber centre, attackers moved within hours.", "the national cyber centre");
        row("according to, later", "The flaw was old, according to Ms. Brandt.", "Ms. Brandt");
        row("in the words of", "In the words of one maintainer, open source is a lab anyone can join.", "one maintainer");
        row("said after the quote", "\u201CWe cannot patch our way out of this,\u201D said Commissioner Haddad.", "Commissioner Haddad");
        row("name said after the quote", "\"The store is a toll booth,\" Aydin said on Monday.", "Aydin");
        row("particle in the name", "Jan van der Berg said that the rules came too late.", "Jan van der Berg");
        row("curly apostrophe", "Siobhán O\u2019Neill argued that audits matter.", "Siobhán O\u2019Neill");
        row("no attribution", "Export controls slow adversaries more than allies.", "");
        row("pronoun is no speaker", "They argued that the rules were unfair.", "");
        row("generic subject is no speaker", "Critics argue that the merger harms consumers.", "");
        row("sentence starter is no speaker", "The data suggests a different story.", "");
        row("question", "Who said that competition was dead?", "");
    }

    void detect()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, speaker);
        QCOMPARE(SpeakerDetector::detect(sentence), speaker);
    }
};

QTEST_GUILESS_MAIN(SpeakerDetectorTest)
#include "tst_speakerdetector.moc"
