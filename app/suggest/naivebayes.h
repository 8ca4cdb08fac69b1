// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace Lectern {

/// A multinomial naive Bayes model with Laplace smoothing, trained one
/// example at a time: learn() with a negative weight forgets an example,
/// so a retag moves a sentence from one class to another. Classes are tag
/// ids; class 0 is "not a claim".
class NaiveBayes
{
public:
    static constexpr qint64 notAClaim = 0;

    void learn(const QStringList &features, qint64 classId, double weight = 1.0);
    /// Sets stored counts directly (when loading from the library).
    void setCount(qint64 classId, const QString &feature, double count);
    void setDocuments(qint64 classId, double documents);
    void clear();

    /// P(class | features) over the given classes, summing to 1; empty when
    /// none of them has an example.
    QHash<qint64, double> posterior(const QStringList &features, const QList<qint64> &classes) const;
    double documents(qint64 classId) const;
    QList<qint64> classes() const { return m_classes.keys(); }
    int vocabularySize() const { return int(m_vocabulary.size()); }

private:
    struct ClassCounts {
        double documents = 0;
        double tokens = 0;
        QHash<QString, double> counts;
    };
    void addToVocabulary(const QString &feature, double delta);

    QHash<qint64, ClassCounts> m_classes;
    QHash<QString, double> m_vocabulary; ///< total count per feature, over classes
};

} // namespace Lectern
