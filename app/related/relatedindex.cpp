// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedindex.h"

#include "article/article.h"
#include "store/articlecodec.h"
#include "store/queryhelpers.h"
#include "text/termextractor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Lectern {

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
    for (const QString &key : TermExtractor::keys(title))
        counts[key] += titleWeight;
    for (const QString &key : TermExtractor::keys(text))
        ++counts[key];
    QList<std::pair<QString, int>> ranked(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    ranked.resize(std::min<qsizetype>(ranked.size(), termsPerArticle));
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

// Four statements whatever the number of features (the features go in as
// one JSON array): an import spends its time in SQLite, not in round trips.
bool RelatedIndex::update(qint64 articleId, const QList<Feature> &features, QString *error)
{
    QJsonArray rows;
    for (const Feature &feature : features)
        rows.append(QJsonArray{feature.key, double(feature.weight)});
    QSqlQuery query(m_db);
    const auto step = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return QueryHelpers::run(query, error);
    };
    return step(QStringLiteral("UPDATE related_frequency SET articles = max(0, articles - 1)"
                               " WHERE feature IN (SELECT feature FROM related_features WHERE article_id = ?)"),
                {articleId})
        && step(QStringLiteral("DELETE FROM related_features WHERE article_id = ?"), {articleId})
        && step(QStringLiteral("INSERT OR IGNORE INTO related_features (article_id, feature, weight)"
                               " SELECT ?, value ->> 0, value ->> 1 FROM json_each(?)"),
                {articleId, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))})
        && step(QStringLiteral("INSERT INTO related_frequency (feature, articles) SELECT feature, 1 FROM related_features WHERE article_id = ?"
                               " ON CONFLICT(feature) DO UPDATE SET articles = articles + 1"),
                {articleId});
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
    while (all.next()) {
        QStringList topics = ArticleCodec::decodeStrings(all.value(3).toString());
        if (!all.value(4).isNull())
            topics = CuratedSummary::fromJson(QJsonDocument::fromJson(all.value(4).toString().toUtf8()).object()).topics + topics;
        const QList<Feature> found = features(all.value(1).toString(), all.value(2).toString(), topics, all.value(5).toString(), all.value(6).toString());
        if (!update(all.value(0).toLongLong(), found, error))
            return false;
    }
    return true;
}

} // namespace Lectern
