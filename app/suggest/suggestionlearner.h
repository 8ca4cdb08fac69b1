// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimsuggester.h"
#include "suggestionstore.h"

#include <QObject>

#include <memory>

namespace Lectern {

class ArticleAnnotations;
class Database;
class Taxonomy;
struct Claim;

/// Keeps the suggester's model in step with the user's coding: every claim
/// tagged, accepted or retagged (and undone) through ArticleAnnotations is
/// learned or forgotten, every rejected suggestion is learned as "not a
/// claim", and all of it is written to the library.
class SuggestionLearner : public QObject
{
    Q_OBJECT
public:
    SuggestionLearner(Database &database, Taxonomy *taxonomy, QObject *parent = nullptr);
    ~SuggestionLearner() override;

    /// Learns from the claims this annotations object makes and changes.
    void watch(ArticleAnnotations *annotations);
    /// Read from the library (the model) and the bundled lexicons when first
    /// asked for: suggestions show on request, and a start does not wait.
    const ClaimSuggester &suggester();

    /// A claim's tags went from previousTags to claim.tagIds.
    void learnTags(const Claim &claim, const QList<qint64> &previousTags);
    void learnRejection(const QString &sentence);
    /// Claims added without ArticleAnnotations (an annotation import).
    void learnNewClaims(const QList<Claim> &claims);

Q_SIGNALS:
    void modelChanged();
    void writeFailed(const QString &message);

private:
    void learn(const QString &text, qint64 classId, double weight);
    void updateTags();

    SuggestionStore m_store;
    Taxonomy *m_taxonomy;
    std::unique_ptr<ClaimSuggester> m_suggester;
};

} // namespace Lectern
