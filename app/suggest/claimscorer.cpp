// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimscorer.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Lectern {

ClaimScorer::ClaimScorer()
{
    QFile file(QStringLiteral(":/lectern/suggest/claimcues.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !load(file.readAll(), &error))
        qWarning("claim cues: %s", qPrintable(error.isEmpty() ? file.errorString() : error));
}

ClaimScorer::ClaimScorer(const QByteArray &json, QString *error)
{
    load(json, error);
}

bool ClaimScorer::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toString().toLower();
        return list;
    };
    m_bias = root.value(QLatin1StringView("bias")).toDouble();
    m_topic = root.value(QLatin1StringView("topic")).toDouble();
    m_topicCap = root.value(QLatin1StringView("topicCap")).toDouble();
    m_offTopic = root.value(QLatin1StringView("offTopic")).toDouble();
    m_question = root.value(QLatin1StringView("question")).toDouble();
    m_quote = root.value(QLatin1StringView("quote")).toDouble();
    m_short = root.value(QLatin1StringView("short")).toDouble();
    m_shortWords = root.value(QLatin1StringView("shortWords")).toInt(6);
    for (const QJsonValue &value : root.value(QLatin1StringView("groups")).toArray()) {
        const QJsonObject object = value.toObject();
        Group group;
        group.name = object.value(QLatin1StringView("name")).toString();
        group.weight = object.value(QLatin1StringView("weight")).toDouble();
        group.cap = object.value(QLatin1StringView("cap")).toInt(2);
        const QStringList words = strings(object.value(QLatin1StringView("words")));
        group.words = QSet<QString>(words.cbegin(), words.cend());
        for (const QString &phrase : strings(object.value(QLatin1StringView("phrases"))))
            group.phrases << u' ' + phrase + u' ';
        group.suffixes = strings(object.value(QLatin1StringView("suffixes")));
        m_groups << group;
    }
    if (m_groups.isEmpty()) {
        *error = QCoreApplication::translate("Lectern::ClaimScorer", "no cue groups");
        return false;
    }
    return true;
}

int ClaimScorer::matches(const Group &group, const QStringList &words, const QString &lowered) const
{
    int count = 0;
    for (const QString &word : words) {
        if (group.words.contains(word))
            ++count;
        else {
            for (const QString &suffix : group.suffixes) {
                if (word.size() > suffix.size() + 2 && word.endsWith(suffix)) {
                    ++count;
                    break;
                }
            }
        }
    }
    for (const QString &phrase : group.phrases)
        count += int(lowered.count(phrase));
    return qMin(count, group.cap);
}

double ClaimScorer::logistic(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double ClaimScorer::score(QStringView sentence) const
{
    return logistic(logit(sentence));
}

double ClaimScorer::topicLogit(double lexicalScore) const
{
    return lexicalScore > 0 ? m_topic * qMin(lexicalScore, m_topicCap) : m_offTopic;
}

double ClaimScorer::logit(QStringView sentence) const
{
    return logit(sentence, Tokenizer::words(sentence));
}

double ClaimScorer::logit(QStringView sentence, const QStringList &words) const
{
    const QString lowered = u' ' + words.join(u' ') + u' ';
    double z = m_bias;
    for (const Group &group : m_groups)
        z += group.weight * matches(group, words, lowered);
    const QStringView trimmed = sentence.trimmed();
    if (trimmed.endsWith(u'?'))
        z += m_question;
    if (trimmed.contains(u'"') || trimmed.contains(u'\u201C'))
        z += m_quote;
    if (words.size() < m_shortWords)
        z += m_short;
    return z;
}

QStringList ClaimScorer::cues(QStringView sentence) const
{
    const QStringList words = Tokenizer::words(sentence);
    const QString lowered = u' ' + words.join(u' ') + u' ';
    QStringList names;
    for (const Group &group : m_groups) {
        if (matches(group, words, lowered) > 0)
            names << group.name;
    }
    return names;
}

} // namespace Lectern
