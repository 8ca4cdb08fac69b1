// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relatedarticle.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Lectern {

class Database;
struct Article;

/// Ranks the library's articles by how much they share with one article:
/// similar terms (TF-IDF cosine over RelatedIndex), topics, claim tags,
/// site and author. Reads a bounded number of postings per feature, so it
/// answers in about the same time for a thousand articles or a hundred
/// thousand.
class RelatedFinder
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::RelatedFinder)
public:
    /// Postings read per feature: the strongest first.
    static constexpr int postingsPerFeature = 300;

    explicit RelatedFinder(Database &database);

    QList<RelatedArticle> find(qint64 articleId, int limit = 10) const;
    /// The card's Related items, matched to library articles by title.
    QList<CuratedRelated> curatedRelated(const Article &article) const;

    static QString why(const RelatedArticle &related);

private:
    struct Candidate;
    struct Own;
    Own ownFeatures(qint64 articleId) const;
    void addFeatureMatches(const Own &own, qint64 articleId, QHash<qint64, Candidate> *candidates) const;
    void addTagMatches(qint64 articleId, QHash<qint64, Candidate> *candidates) const;
    qint64 findTitle(const QString &title, QString *found) const;

    Database &m_database;
};

} // namespace Lectern
