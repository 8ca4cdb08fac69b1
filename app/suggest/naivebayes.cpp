// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "naivebayes.h"

#include <cmath>

namespace Lectern {

void NaiveBayes::addToVocabulary(const QString &feature, double delta)
{
    double &total = m_vocabulary[feature];
    total += delta;
    if (total <= 1e-9)
        m_vocabulary.remove(feature);
}

void NaiveBayes::learn(const QStringList &features, qint64 classId, double weight)
{
    ClassCounts &counts = m_classes[classId];
    counts.documents = qMax(0.0, counts.documents + weight);
    for (const QString &feature : features) {
        double &count = counts.counts[feature];
        const double before = count;
        count = qMax(0.0, count + weight);
        counts.tokens += count - before;
        addToVocabulary(feature, count - before);
        if (count <= 1e-9)
            counts.counts.remove(feature);
    }
    if (counts.documents <= 1e-9 && counts.counts.isEmpty())
        m_classes.remove(classId);
}

void NaiveBayes::setCount(qint64 classId, const QString &feature, double count)
{
    ClassCounts &counts = m_classes[classId];
    const double before = counts.counts.value(feature);
    counts.counts.insert(feature, count);
    counts.tokens += count - before;
    addToVocabulary(feature, count - before);
}

void NaiveBayes::setDocuments(qint64 classId, double documents)
{
    m_classes[classId].documents = documents;
}

void NaiveBayes::clear()
{
    m_classes.clear();
    m_vocabulary.clear();
}

double NaiveBayes::documents(qint64 classId) const
{
    const auto it = m_classes.constFind(classId);
    return it == m_classes.cend() ? 0.0 : it->documents;
}

QHash<qint64, double> NaiveBayes::posterior(const QStringList &features, const QList<qint64> &classes) const
{
    QHash<qint64, double> logs;
    double totalDocuments = 0;
    for (qint64 classId : classes)
        totalDocuments += documents(classId);
    if (totalDocuments <= 0)
        return {};
    const double vocabulary = qMax(1, vocabularySize());
    double best = -INFINITY;
    for (qint64 classId : classes) {
        const auto it = m_classes.constFind(classId);
        const double docs = it == m_classes.cend() ? 0.0 : it->documents;
        const double tokens = it == m_classes.cend() ? 0.0 : it->tokens;
        double log = std::log((docs + 1.0) / (totalDocuments + double(classes.size())));
        for (const QString &feature : features) {
            // Features never seen in any class tell nothing; skip them.
            if (!m_vocabulary.contains(feature))
                continue;
            const double count = it == m_classes.cend() ? 0.0 : it->counts.value(feature);
            log += std::log((count + 1.0) / (tokens + vocabulary));
        }
        logs.insert(classId, log);
        best = qMax(best, log);
    }
    double sum = 0;
    for (double &value : logs) {
        value = std::exp(value - best);
        sum += value;
    }
    for (double &value : logs)
        value /= sum;
    return logs;
}

} // namespace Lectern
