// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Lectern {

struct Article;

/// The inverted index behind "Related": per article its strongest terms
/// ("w:term", weight by term frequency, unit length) and its topics, site
/// and author ("t:", "s:", "a:"), plus in how many articles each feature
/// occurs, for idf. Only the top terms of each article are kept, so a
/// lookup reads a bounded number of postings whatever the library's size.
/// Writes run inside the caller's transaction (the import's).
class RelatedIndex
{
public:
    struct Feature {
        QString key;
        float weight = 1;
    };
    static constexpr int termsPerArticle = 40;

    explicit RelatedIndex(const QSqlDatabase &db);

    static QList<Feature> features(const Article &article);
    static QList<Feature> features(const QString &title, QStringView text, const QStringList &topics, const QString &site, const QString &byline);
    /// The feature key for a topic, a site or an author, as stored.
    static QString topicKey(const QString &topic);
    static QString siteKey(const QString &site);
    static QString authorKey(const QString &byline);

    /// How many more (or fewer) articles hold each feature.
    using FrequencyChanges = QHash<QString, int>;

    /// Replaces the article's features. With `deferred`, the document
    /// frequencies are added up there instead of written, for
    /// writeFrequencies() to write once for many articles.
    bool update(qint64 articleId, const QList<Feature> &features, QString *error, FrequencyChanges *deferred = nullptr);
    bool writeFrequencies(const FrequencyChanges &changes, QString *error);
    /// Indexes every article from scratch: for libraries made before the index
    /// (the schema 5 upgrade, before the Trash existed, so it reads them all).
    bool rebuild(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Lectern
