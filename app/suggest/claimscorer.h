// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace Lectern {

/// How much a sentence reads like a claim, from 0 to 1: a logistic score
/// over cues (modal verbs, evaluative words, comparison, attribution such
/// as "argues" or "according to", quoted speech) whose words and weights
/// are data in resources/suggest/claimcues.json. Questions, very short
/// sentences and plain reports of events score low.
class ClaimScorer
{
public:
    /// Loads the bundled cues.
    ClaimScorer();
    /// Loads cues from JSON; isValid() is false (and error set) when it cannot.
    ClaimScorer(const QByteArray &json, QString *error);

    bool isValid() const { return !m_groups.isEmpty(); }
    double score(QStringView sentence) const;
    /// The same before the logistic function, so evidence can be added to it.
    double logit(QStringView sentence) const;
    /// The same with the sentence's Tokenizer::words() already found.
    double logit(QStringView sentence, const QStringList &words) const;
    /// How much being on a tag's topic adds: lexicalScore is the sum of the
    /// lexicons' weights found in the sentence.
    double topicLogit(double lexicalScore) const;
    static double logistic(double z);
    /// The names of the cue groups a sentence matches ("modal", "attribution"...).
    QStringList cues(QStringView sentence) const;

private:
    struct Group {
        QString name;
        double weight = 0;
        int cap = 2;
        QSet<QString> words;
        QStringList phrases;
        QStringList suffixes;
    };
    bool load(const QByteArray &json, QString *error);
    int matches(const Group &group, const QStringList &words, const QString &lowered) const;

    QList<Group> m_groups;
    double m_bias = 0;
    double m_topic = 0;
    double m_topicCap = 0;
    double m_offTopic = 0;
    double m_question = 0;
    double m_quote = 0;
    double m_short = 0;
    int m_shortWords = 6;
};

} // namespace Lectern
