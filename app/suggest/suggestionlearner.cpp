// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionlearner.h"

#include "annotation/articleannotations.h"
#include "annotation/taxonomy.h"
#include "tokenizer.h"

namespace Lectern {

SuggestionLearner::SuggestionLearner(Database &database, Taxonomy *taxonomy, QObject *parent)
    : QObject(parent)
    , m_store(database)
    , m_taxonomy(taxonomy)
{
    connect(m_taxonomy, &Taxonomy::changed, this, &SuggestionLearner::updateTags);
}

SuggestionLearner::~SuggestionLearner() = default;

const ClaimSuggester &SuggestionLearner::suggester()
{
    if (!m_suggester) {
        m_suggester = std::make_unique<ClaimSuggester>();
        QString error;
        if (!m_store.load(&m_suggester->model(), &error))
            qWarning("cannot read the suggestion model: %s", qPrintable(error));
        m_suggester->setTags(m_taxonomy->tags());
    }
    return *m_suggester;
}

void SuggestionLearner::updateTags()
{
    if (m_suggester)
        m_suggester->setTags(m_taxonomy->tags());
    Q_EMIT modelChanged();
}

void SuggestionLearner::watch(ArticleAnnotations *annotations)
{
    connect(annotations, &ArticleAnnotations::claimTagsChanged, this, &SuggestionLearner::learnTags);
}

void SuggestionLearner::learn(const QString &text, qint64 classId, double weight)
{
    const QStringList features = Tokenizer::features(text);
    QString error;
    if (!m_store.learn(features, classId, weight, &error)) {
        Q_EMIT writeFailed(tr("The suggestion model could not be saved: %1").arg(error));
        return;
    }
    // Not read yet, the model will read what was just saved.
    if (m_suggester)
        m_suggester->model().learn(features, classId, weight);
}

void SuggestionLearner::learnNewClaims(const QList<Claim> &claims)
{
    for (const Claim &claim : claims)
        learnTags(claim, {});
}

void SuggestionLearner::learnTags(const Claim &claim, const QList<qint64> &previousTags)
{
    bool changed = false;
    for (qint64 tag : previousTags) {
        if (!claim.tagIds.contains(tag)) {
            learn(claim.anchor.exact, tag, -1);
            changed = true;
        }
    }
    for (qint64 tag : claim.tagIds) {
        if (!previousTags.contains(tag)) {
            learn(claim.anchor.exact, tag, +1);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT modelChanged();
}

void SuggestionLearner::learnRejection(const QString &sentence)
{
    learn(sentence, NaiveBayes::notAClaim, +1);
    Q_EMIT modelChanged();
}

} // namespace Lectern
