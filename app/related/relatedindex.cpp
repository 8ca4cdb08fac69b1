// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedindex.h"

#include "article/article.h"
#include "store/articlecodec.h"
#include "store/migrations.h"
#include "store/queryhelpers.h"
#include "store/sqlitestatement.h"
#include "text/termextractor.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {
// Schema 5 created this index; the upgrade fills it for the articles already there.
[[maybe_unused]] const bool filledAtSchema5 = Migrations::setFill(5, [](QSqlDatabase &db, QString *error) { return RelatedIndex(db).rebuild(error); });
} // namespace

namespace {
QString simplified(const QString &text)
{
    return text.simplified().toLower();
}

// Words of the title say more about the article than words of the body.
constexpr int titleWeight = 3;
} // namespace

RelatedIndex::RelatedIndex(const QSqlDatabase &db)
    : m_db(db)
{
}

QString RelatedIndex::topicKey(const QString &topic)
{
    return QStringLiteral("t:") + simplified(topic);
}

QString RelatedIndex::siteKey(const QString &site)
{
    return QStringLiteral("s:") + simplified(site);
}

QString RelatedIndex::authorKey(const QString &byline)
{
    QString name = simplified(byline);
    if (name.startsWith(QLatin1StringView("by ")))
        name.remove(0, 3);
    return QStringLiteral("a:") + name;
}

QList<RelatedIndex::Feature> RelatedIndex::features(const Article &article)
{
    return features(article.title, article.canonicalText(), article.curated.topics + article.tags, article.site, article.byline);
}

QList<RelatedIndex::Feature> RelatedIndex::features(const QString &title, QStringView text, const QStringList &topics, const QString &site,
                                                    const QString &byline)
{
    QHash<QString, int> counts;
    TermExtractor::countKeys(title, titleWeight, counts);
    TermExtractor::countKeys(text, 1, counts);
    QList<std::pair<QString, int>> ranked(counts.keyValueBegin(), counts.keyValueEnd());
    const auto kept = ranked.begin() + std::min<qsizetype>(ranked.size(), termsPerArticle);
    std::partial_sort(ranked.begin(), kept, ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    ranked.erase(kept, ranked.end());
    double norm = 0;
    for (const auto &[key, count] : ranked)
        norm += std::pow(1 + std::log(double(count)), 2);
    norm = std::sqrt(norm);
    QList<Feature> result;
    for (const auto &[key, count] : ranked)
        result.append({QStringLiteral("w:") + key, float((1 + std::log(double(count))) / norm)});
    QStringList seen;
    for (const QString &topic : topics) {
        const QString key = topicKey(topic);
        if (key.size() > 2 && !seen.contains(key)) {
            seen << key;
            result.append({key, 1});
        }
    }
    if (!site.trimmed().isEmpty())
        result.append({siteKey(site), 1});
    // A byline of many names or a sentence is not an author to match on.
    if (const QString author = authorKey(byline); author.size() > 2 && author.size() < 60)
        result.append({author, 1});
    return result;
}

bool RelatedIndex::writeFrequencies(const FrequencyChanges &changes, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO related_frequency (feature, articles) VALUES (?, ?)"
                                 " ON CONFLICT(feature) DO UPDATE SET articles = max(0, articles + excluded.articles)"));
    for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
        if (change.value() == 0)
            continue;
        query.addBindValue(change.key());
        query.addBindValue(change.value());
        if (!QueryHelpers::run(query, error))
            return false;
    }
    return true;
}

// Only statements that write one row each (and a DELETE): a statement that
// may write several rows opens a statement savepoint, and FTS5 writes its
// pending index out at every savepoint - once per article in a batch
// import, instead of once per group commit.
bool RelatedIndex::update(qint64 articleId, const QList<Feature> &features, QString *error, FrequencyChanges *deferred)
{
    FrequencyChanges changes;
    FrequencyChanges &frequencies = deferred ? *deferred : changes;
    SqliteStatement previous(m_db, "SELECT feature FROM related_features WHERE article_id = ?1");
    previous.bind(1, articleId);
    bool hadFeatures = false;
    while (previous.next()) {
        --frequencies[previous.text(0)];
        hadFeatures = true;
    }
    if (!previous.ok(error))
        return false;
    if (hadFeatures) {
        SqliteStatement remove(m_db, "DELETE FROM related_features WHERE article_id = ?1");
        remove.bind(1, articleId);
        if (!remove.run(error))
            return false;
    }
    SqliteStatement insert(m_db, "INSERT OR IGNORE INTO related_features (article_id, feature, weight) VALUES (?1, ?2, ?3)");
    QSet<QString> keys;
    for (const Feature &feature : features) {
        insert.bind(1, articleId);
        insert.bind(2, feature.key);
        insert.bind(3, double(feature.weight));
        if (!insert.run(error))
            return false;
        if (!keys.contains(feature.key)) {
            keys.insert(feature.key);
            ++frequencies[feature.key];
        }
    }
    return deferred || writeFrequencies(changes, error);
}

bool RelatedIndex::rebuild(QString *error)
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM related_features")) || !clear.exec(QStringLiteral("DELETE FROM related_frequency"))) {
        *error = clear.lastError().text();
        return false;
    }
    QSqlQuery all(m_db);
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT a.id, a.title, v.text, a.tags, a.curated_summary, a.site, a.byline"
                                 " FROM articles a JOIN versions v ON v.id = a.current_version ORDER BY a.id"))) {
        *error = all.lastError().text();
        return false;
    }
    FrequencyChanges changes;
    while (all.next()) {
        QStringList topics = ArticleCodec::decodeStrings(all.value(3).toString());
        if (!all.value(4).isNull())
            topics = CuratedSummary::fromJson(QJsonDocument::fromJson(all.value(4).toString().toUtf8()).object()).topics + topics;
        const QList<Feature> found = features(all.value(1).toString(), all.value(2).toString(), topics, all.value(5).toString(), all.value(6).toString());
        if (!update(all.value(0).toLongLong(), found, error, &changes))
            return false;
    }
    return writeFrequencies(changes, error);
}

} // namespace Lectern
