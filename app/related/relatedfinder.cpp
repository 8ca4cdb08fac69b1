// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedfinder.h"

#include "article/article.h"
#include "relatedindex.h"
#include "store/articlecodec.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {
// How much each kind of sharing weighs beside term similarity (0–1).
constexpr double topicWeight = 0.35;
constexpr double tagWeight = 0.25;
constexpr double authorWeight = 0.2;
constexpr double siteWeight = 0.1;
constexpr double minTermSimilarity = 0.04;
constexpr int termsInWhy = 3;
} // namespace

struct RelatedFinder::Candidate {
    double termDot = 0;
    QList<std::pair<double, QString>> terms;
    QStringList topics;
    QStringList tags;
    bool site = false;
    bool author = false;
};

struct RelatedFinder::Own {
    QList<RelatedIndex::Feature> features;
    QHash<QString, QString> display; ///< topic key → the topic as written
    QString site;
    QString author;
};

RelatedFinder::RelatedFinder(Database &database)
    : m_database(database)
{
}

RelatedFinder::Own RelatedFinder::ownFeatures(qint64 articleId) const
{
    Own own;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT feature, weight FROM related_features WHERE article_id = ?"));
    query.addBindValue(articleId);
    query.exec();
    while (query.next())
        own.features.append({query.value(0).toString(), query.value(1).toFloat()});
    query.prepare(QStringLiteral("SELECT tags, curated_summary, site, byline FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (query.exec() && query.next()) {
        QStringList topics = ArticleCodec::decodeStrings(query.value(0).toString());
        if (!query.value(1).isNull())
            topics += CuratedSummary::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()).topics;
        for (const QString &topic : std::as_const(topics))
            own.display.insert(RelatedIndex::topicKey(topic), topic.simplified());
        own.site = query.value(2).toString().simplified();
        const QString byline = query.value(3).toString().simplified();
        own.author = byline.startsWith(QLatin1StringView("By "), Qt::CaseInsensitive) ? byline.mid(3) : byline;
    }
    return own;
}

void RelatedFinder::addFeatureMatches(const Own &own, qint64 articleId, QHash<qint64, Candidate> *candidates) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery count(QStringLiteral("SELECT count(*) FROM articles"), db);
    const double articles = count.next() ? std::max(1.0, count.value(0).toDouble()) : 1.0;
    QSqlQuery frequency(db);
    frequency.prepare(QStringLiteral("SELECT articles FROM related_frequency WHERE feature = ?"));
    QSqlQuery postings(db);
    postings.setForwardOnly(true);
    postings.prepare(QStringLiteral("SELECT article_id, weight FROM related_features WHERE feature = ? ORDER BY weight DESC LIMIT ?"));
    double selfDot = 0;
    for (const RelatedIndex::Feature &feature : own.features) {
        frequency.addBindValue(feature.key);
        const double df = frequency.exec() && frequency.next() ? std::max(1.0, frequency.value(0).toDouble()) : 1.0;
        const double idf = std::log(1.0 + articles / df);
        const bool isTerm = feature.key.startsWith(QLatin1StringView("w:"));
        if (isTerm)
            selfDot += double(feature.weight) * feature.weight * idf * idf;
        // Only this article has it: no postings worth reading.
        if (df <= 1)
            continue;
        postings.addBindValue(feature.key);
        postings.addBindValue(postingsPerFeature);
        if (!postings.exec())
            continue;
        const QString term = feature.key.mid(2);
        while (postings.next()) {
            const qint64 other = postings.value(0).toLongLong();
            if (other == articleId)
                continue;
            Candidate &candidate = (*candidates)[other];
            switch (feature.key.at(0).unicode()) {
            case 'w': {
                const double contribution = double(feature.weight) * postings.value(1).toDouble() * idf * idf;
                candidate.termDot += contribution;
                candidate.terms.append({contribution, term});
                break;
            }
            case 't':
                candidate.topics << own.display.value(feature.key, term);
                break;
            case 's':
                candidate.site = true;
                break;
            case 'a':
                candidate.author = true;
                break;
            }
        }
    }
    if (selfDot > 0) {
        for (Candidate &candidate : *candidates)
            candidate.termDot /= selfDot;
    }
}

void RelatedFinder::addTagMatches(qint64 articleId, QHash<qint64, Candidate> *candidates) const
{
    const QSqlDatabase db = m_database.connection();
    QHash<qint64, std::pair<qint64, QString>> tags; // id → (parent, name)
    QSqlQuery all(QStringLiteral("SELECT id, parent_id, name FROM tags"), db);
    while (all.next())
        tags.insert(all.value(0).toLongLong(), {all.value(1).toLongLong(), all.value(2).toString()});
    auto path = [&tags](qint64 id) {
        QStringList parts;
        for (int depth = 0; id != 0 && tags.contains(id) && depth < 32; ++depth) {
            parts.prepend(tags.value(id).second);
            id = tags.value(id).first;
        }
        return parts.join(QLatin1Char('/'));
    };
    QSqlQuery own(db);
    own.prepare(QStringLiteral("SELECT DISTINCT ct.tag_id FROM claims c JOIN claim_tags ct ON ct.claim_id = c.id WHERE c.article_id = ?"));
    own.addBindValue(articleId);
    own.exec();
    QList<qint64> ownTags;
    while (own.next())
        ownTags << own.value(0).toLongLong();
    QSqlQuery others(db);
    others.setForwardOnly(true);
    others.prepare(QStringLiteral("SELECT DISTINCT c.article_id FROM claim_tags ct JOIN claims c ON c.id = ct.claim_id WHERE ct.tag_id = ? LIMIT ?"));
    for (const qint64 tag : std::as_const(ownTags)) {
        others.addBindValue(tag);
        others.addBindValue(postingsPerFeature);
        if (!others.exec())
            continue;
        while (others.next()) {
            if (const qint64 other = others.value(0).toLongLong(); other != articleId)
                (*candidates)[other].tags << path(tag);
        }
    }
}

QList<RelatedArticle> RelatedFinder::find(qint64 articleId, int limit) const
{
    const Own own = ownFeatures(articleId);
    QHash<qint64, Candidate> candidates;
    addFeatureMatches(own, articleId, &candidates);
    addTagMatches(articleId, &candidates);

    QList<RelatedArticle> ranked;
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        Candidate &c = it.value();
        const double terms = c.termDot >= minTermSimilarity ? c.termDot : 0;
        RelatedArticle related;
        related.articleId = it.key();
        related.score = terms + topicWeight * double(c.topics.size()) + tagWeight * double(c.tags.size()) + (c.author ? authorWeight : 0)
            + (c.site ? siteWeight : 0);
        // The same site alone is no reason to read something next.
        if (terms == 0 && c.topics.isEmpty() && c.tags.isEmpty() && !c.author)
            continue;
        std::sort(c.terms.begin(), c.terms.end(), [](const auto &a, const auto &b) {
            return a.first > b.first;
        });
        if (terms > 0) {
            for (qsizetype i = 0; i < c.terms.size() && i < termsInWhy; ++i)
                related.sharedTerms << c.terms[i].second;
        }
        related.sharedTopics = c.topics;
        related.sharedTags = c.tags;
        related.site = c.site ? own.site : QString();
        related.author = c.author ? own.author : QString();
        ranked.append(related);
    }
    std::sort(ranked.begin(), ranked.end(), [](const RelatedArticle &a, const RelatedArticle &b) {
        return a.score != b.score ? a.score > b.score : a.articleId < b.articleId;
    });
    ranked.resize(std::min<qsizetype>(ranked.size(), limit));

    QSqlQuery title(m_database.connection());
    title.prepare(QStringLiteral("SELECT title FROM articles WHERE id = ?"));
    for (RelatedArticle &related : ranked) {
        title.addBindValue(related.articleId);
        if (title.exec() && title.next())
            related.title = title.value(0).toString();
        related.why = why(related);
    }
    return ranked;
}

QString RelatedFinder::why(const RelatedArticle &related)
{
    QStringList parts;
    if (!related.sharedTopics.isEmpty())
        parts << tr("shared topics: %1").arg(related.sharedTopics.join(QStringLiteral(", ")));
    if (!related.sharedTags.isEmpty())
        parts << tr("claims tagged %1").arg(related.sharedTags.join(QStringLiteral(", ")));
    if (!related.sharedTerms.isEmpty())
        parts << tr("similar terms: %1").arg(related.sharedTerms.join(QStringLiteral(", ")));
    if (!related.author.isEmpty())
        parts << tr("same author: %1").arg(related.author);
    if (!related.site.isEmpty())
        parts << tr("same site: %1").arg(related.site);
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

qint64 RelatedFinder::findTitle(const QString &title, QString *found) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, title FROM articles WHERE title = ? COLLATE NOCASE AND trashed IS NULL ORDER BY id LIMIT 1"));
    query.addBindValue(title);
    if (query.exec() && query.next()) {
        *found = query.value(1).toString();
        return query.value(0).toLongLong();
    }
    return 0;
}

QList<CuratedRelated> RelatedFinder::curatedRelated(const Article &article) const
{
    // A curator may add the site or a date after the title: "Title — Site".
    static const QRegularExpression separator(QStringLiteral("\\s+[\u2014\u2013|-]\\s+|\\s+\\(.*\\)$"));
    static const QRegularExpression quotes(QStringLiteral("^[\"“‘']+|[\"”’']+$"));
    QList<CuratedRelated> result;
    for (const QString &label : article.curated.related) {
        CuratedRelated item{label, 0, {}};
        QString whole = label.simplified();
        whole.remove(quotes);
        QStringList tries{whole};
        const QString head = whole.split(separator).value(0).remove(quotes);
        if (head != whole)
            tries << head;
        for (const QString &title : std::as_const(tries)) {
            if ((item.articleId = findTitle(title, &item.title)) != 0 && item.articleId != article.id)
                break;
            item.articleId = 0;
            item.title.clear();
        }
        result.append(item);
    }
    return result;
}

} // namespace Lectern
