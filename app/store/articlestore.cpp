// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "articlecodec.h"
#include "articleindex.h"
#include "database.h"
#include "queryhelpers.h"
#include "sqlitestatement.h"
#include "transaction.h"
#include "text/utf8.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern {

using QueryHelpers::orEmpty;
using QueryHelpers::run;

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ArticleStore::ArticleStore(Database &database)
    : m_database(database)
    , m_queries(database.connection())
{
}

// The first row of a lookup, then the statement reset for its next use.
std::optional<ArticleStore::Existing> ArticleStore::existing(const QString &sql, const QString &key) const
{
    QSqlQuery *query = m_queries.prepared(sql, &m_lastError);
    if (!query)
        return std::nullopt;
    query->addBindValue(key);
    std::optional<Existing> found;
    if (query->exec() && query->next())
        found = Existing{query->value(0).toLongLong(), query->value(1).toInt(), query->value(2).toString()};
    query->finish();
    return found;
}

QString ArticleStore::lastError() const
{
    return m_lastError;
}

std::optional<ArticleStore::Existing> ArticleStore::findByHash(const QString &hash) const
{
    return existing(QStringLiteral("SELECT a.id, v.number, a.title FROM versions v JOIN articles a ON a.id = v.article_id"
                                   " WHERE v.content_hash = ? ORDER BY v.id DESC LIMIT 1"),
                    hash);
}

qint64 ArticleStore::articleWithHash(const QString &contentHash) const
{
    const auto found = findByHash(contentHash);
    return found ? found->articleId : 0;
}

// Rows come newest first: where two articles share a key, the oldest wins.
QHash<QString, qint64> ArticleStore::articlesBy(QLatin1StringView column) const
{
    QHash<QString, qint64> ids;
    QSqlQuery query(QStringLiteral("SELECT id, %1 FROM articles WHERE %1 <> '' ORDER BY id DESC").arg(column), m_database.connection());
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    return ids;
}

QHash<QString, qint64> ArticleStore::articlesBySource() const
{
    return articlesBy(QLatin1StringView("source"));
}

QHash<QString, qint64> ArticleStore::articlesByAddress() const
{
    return articlesBy(QLatin1StringView("address"));
}

std::optional<ArticleStore::Existing> ArticleStore::findBySource(const QString &source) const
{
    if (source.isEmpty())
        return std::nullopt;
    return existing(QStringLiteral("SELECT a.id, v.number, a.title FROM articles a JOIN versions v ON v.id = a.current_version"
                                   " WHERE a.source = ? ORDER BY a.id LIMIT 1"),
                    source);
}

bool ArticleStore::add(const Article &article, ArticleIndex &index, StoreOutcome *outcome, QString *error)
{
    // A Transaction nests: an annotation import adds articles inside its own.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = m_database.connection().lastError().text();
        return false;
    }
    if (addInOpenTransaction(article, index, outcome, error) && transaction.commit(error))
        return true;
    index.rolledBack();
    return false;
}

bool ArticleStore::addInOpenTransaction(const Article &article, ArticleIndex &index, StoreOutcome *outcome, QString *error)
{
    const QString text = article.canonicalText();
    const QString hash = Article::hashOf(text);
    if (const auto duplicate = findByHash(hash)) {
        *outcome = {StoreOutcome::Status::Duplicate, duplicate->articleId, duplicate->version, duplicate->title};
        return true;
    }
    if (!writeArticle(article, text, hash, findBySource(article.source), index, outcome)) {
        *error = m_lastError;
        return false;
    }
    return true;
}

bool ArticleStore::writeArticle(const Article &article, const QString &text, const QString &hash, const std::optional<Existing> &previous,
                                ArticleIndex &index, StoreOutcome *outcome)
{
    m_lastError.clear();
    qint64 id = previous ? previous->articleId : 0;
    const int previousLength = previous ? currentTextLength(id) : -1;
    const int number = previous ? previous->version + 1 : 1;
    if (previous) {
        // The indexes see the old rows before the metadata and text change.
        if (!index.replacing(id, &m_lastError) || !updateMetadata(id, article))
            return false;
    } else if (!insertArticle(article, &id)) {
        return false;
    }
    // One UTF-8 copy for the version and the indexes: SQLite would convert a
    // UTF-16 text in a buffer of one and a half times its size, for each.
    const QByteArray utf8Text = Utf8::encode(text);
    if (!insertVersion(id, number, article, utf8Text, hash))
        return false;
    ReanchorCounts claims;
    const ArticleIndex::Entry entry{id, article, text, utf8Text, previous ? std::optional<int>(previousLength) : std::nullopt, &claims};
    if (!index.add(entry, &m_lastError))
        return false;
    *outcome = {previous ? StoreOutcome::Status::NewVersion : StoreOutcome::Status::Added, id, number, article.title, claims.orphaned, claims.stayed, claims.moved};
    return true;
}

bool ArticleStore::insertArticle(const Article &article, qint64 *id)
{
    QSqlQuery *query = m_queries.prepared(QStringLiteral("INSERT INTO articles (title, byline, site, published, source, language, imported, format, excerpt,"
                                                         " tags, address, curated_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                          &m_lastError);
    if (!query)
        return false;
    for (const QString &value : {article.title, article.byline, article.site, article.published, article.source, article.language, nowUtc(), article.format,
                                 article.excerpt, ArticleCodec::encodeStrings(article.tags), article.address})
        query->addBindValue(orEmpty(value));
    query->addBindValue(article.curated.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(article.curated.toJson()).toJson(QJsonDocument::Compact)));
    if (!run(*query, &m_lastError))
        return false;
    *id = query->lastInsertId().toLongLong();
    return true;
}

bool ArticleStore::updateMetadata(qint64 articleId, const Article &article)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE articles SET title = ?, byline = ?, site = ?, published = ?, language = ?, format = ?, excerpt = ?, tags = ?,"
                                 " address = ?, curated_summary = ? WHERE id = ?"));
    for (const QString &value : {article.title, article.byline, article.site, article.published, article.language, article.format, article.excerpt,
                                 ArticleCodec::encodeStrings(article.tags), article.address})
        query.addBindValue(orEmpty(value));
    query.addBindValue(article.curated.isEmpty() ? QVariant() : QString::fromUtf8(QJsonDocument(article.curated.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(articleId);
    return run(query, &m_lastError);
}

bool ArticleStore::insertVersion(qint64 articleId, int number, const Article &article, QByteArrayView utf8Text, const QString &hash)
{
    SqliteStatement insert(m_database.connection(), "INSERT INTO versions (article_id, number, content_hash, text, blocks, imported, removed, warnings, encoding)"
                                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, articleId);
    insert.bind(2, qint64(number));
    insert.bind(3, hash);
    insert.bindUtf8(4, utf8Text);
    insert.bind(5, ArticleCodec::encodeBlocks(article.blocks));
    insert.bind(6, nowUtc());
    insert.bind(7, ArticleCodec::encodeRemoved(article.removed));
    insert.bind(8, ArticleCodec::encodeStrings(article.warnings));
    insert.bind(9, article.encoding);
    if (!insert.run(&m_lastError))
        return false;
    QSqlQuery *current = m_queries.prepared(QStringLiteral("UPDATE articles SET current_version = ? WHERE id = ?"), &m_lastError);
    if (!current)
        return false;
    current->addBindValue(insert.lastInsertRowId());
    current->addBindValue(articleId);
    return run(*current, &m_lastError);
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.title, a.byline, a.site, a.published, a.source, a.language, a.format, a.excerpt, a.tags, a.curated_summary,"
                                 " v.number, v.text, v.blocks, v.removed, v.warnings, v.encoding, a.address"
                                 " FROM articles a JOIN versions v ON v.id = a.current_version WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Article article;
    article.id = id;
    article.title = query.value(0).toString();
    article.byline = query.value(1).toString();
    article.site = query.value(2).toString();
    article.published = query.value(3).toString();
    article.source = query.value(4).toString();
    article.language = query.value(5).toString();
    article.format = query.value(6).toString();
    article.excerpt = query.value(7).toString();
    article.tags = ArticleCodec::decodeStrings(query.value(8).toString());
    if (!query.value(9).isNull())
        article.curated = CuratedSummary::fromJson(QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object());
    article.version = query.value(10).toInt();
    article.blocks = ArticleCodec::decodeBlocks(query.value(12).toString(), query.value(11).toString());
    article.removed = ArticleCodec::decodeRemoved(query.value(13).toString());
    article.warnings = ArticleCodec::decodeStrings(query.value(14).toString());
    article.encoding = query.value(15).toString();
    article.address = query.value(16).toString();
    return article;
}

bool ArticleStore::restoreRemovedLine(qint64 articleId, int removedIndex, ArticleIndex &index, QString *error)
{
    std::optional<Article> current = article(articleId);
    if (!current) {
        *error = QCoreApplication::translate("Lectern::LibraryStore", "There is no article %1.").arg(articleId);
        return false;
    }
    if (removedIndex < 0 || removedIndex >= current->removed.size()) {
        *error = QCoreApplication::translate("Lectern::LibraryStore", "Article %1 has no removed line %2.").arg(articleId).arg(removedIndex);
        return false;
    }
    Article restored = *current;
    const RemovedLine line = restored.removed.takeAt(removedIndex);
    const int insertAt = qBound(0, line.afterBlock + 1, int(restored.blocks.size()));
    restored.blocks.insert(insertAt, Block::paragraph(line.text));
    for (RemovedLine &other : restored.removed) {
        if (other.afterBlock >= insertAt)
            ++other.afterBlock;
    }
    StoreOutcome outcome;
    Transaction transaction(m_database.connection());
    const Existing previous{articleId, current->version, current->title};
    const QString text = restored.canonicalText();
    if (!writeArticle(restored, text, Article::hashOf(text), previous, index, &outcome)) {
        *error = m_lastError.isEmpty() ? m_database.connection().lastError().text() : m_lastError;
        return false;
    }
    return transaction.commit(error);
}

bool ArticleStore::editDetails(qint64 articleId, const ArticleDetails &details, ArticleIndex &index, QString *error)
{
    std::optional<Article> current = article(articleId);
    if (!current) {
        *error = QCoreApplication::translate("Lectern::LibraryStore", "There is no article %1.").arg(articleId);
        return false;
    }
    if (details.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Lectern::LibraryStore", "An article needs a title.");
        return false;
    }
    details.applyTo(&*current);
    current->title = current->title.trimmed();
    Transaction transaction(m_database.connection());
    // The indexes hold the title, byline, site and topics: out with the old
    // values, in with the new.
    const bool indexed = isIndexed(articleId);
    if ((indexed && !setIndexed(articleId, false, index, error)) || !updateMetadata(articleId, *current)) {
        if (error->isEmpty())
            *error = m_lastError;
        return false;
    }
    return (!indexed || setIndexed(articleId, true, index, error)) && transaction.commit(error);
}

bool ArticleStore::isIndexed(qint64 articleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT trashed IS NULL FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    return query.exec() && query.next() && query.value(0).toBool();
}

bool ArticleStore::setIndexed(qint64 articleId, bool indexed, ArticleIndex &index, QString *error)
{
    m_lastError.clear();
    if (!indexed) {
        if (index.remove(articleId, &m_lastError))
            return true;
        *error = m_lastError;
        return false;
    }
    const std::optional<Article> current = article(articleId);
    if (!current) {
        *error = QCoreApplication::translate("Lectern::LibraryStore", "There is no article %1.").arg(articleId);
        return false;
    }
    const QString text = current->canonicalText();
    if (index.add({articleId, *current, text, Utf8::encode(text), std::nullopt, nullptr}, &m_lastError))
        return true;
    *error = m_lastError;
    return false;
}

int ArticleStore::currentTextLength(qint64 articleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT length(v.text) FROM articles a JOIN versions v ON v.id = a.current_version WHERE a.id = ?"));
    query.addBindValue(articleId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

int ArticleStore::readingPosition(qint64 articleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT reading_position FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool ArticleStore::setReadingPosition(qint64 articleId, int position)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE articles SET reading_position = ? WHERE id = ?"));
    query.addBindValue(position);
    query.addBindValue(articleId);
    return query.exec();
}

qint64 ArticleStore::count() const
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM articles WHERE trashed IS NULL"), m_database.connection());
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool ArticleStore::isEmpty() const
{
    QSqlQuery query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles)"), m_database.connection());
    return !query.next() || !query.value(0).toBool();
}

std::optional<bool> ArticleStore::isTrashed(qint64 articleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT trashed IS NOT NULL FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toBool();
}

bool ArticleStore::setTrashed(qint64 articleId, bool trashed, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE articles SET trashed = ? WHERE id = ?"));
    query.addBindValue(trashed ? nowUtc() : QVariant());
    query.addBindValue(articleId);
    return run(query, error);
}

int ArticleStore::deleteTrashed(QString *error)
{
    Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM articles WHERE trashed IS NOT NULL"));
    if (!run(query, error))
        return -1;
    const int deleted = query.numRowsAffected();
    return transaction.commit(error) ? deleted : -1;
}

QList<ArticleStore::TrashedArticle> ArticleStore::trashed() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, title, trashed, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a"
                              " WHERE trashed IS NOT NULL ORDER BY trashed DESC, id"));
    QList<TrashedArticle> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()});
    return entries;
}

QList<qint64> ArticleStore::ids() const
{
    QList<qint64> result;
    QSqlQuery query(QStringLiteral("SELECT id FROM articles WHERE trashed IS NULL ORDER BY id"), m_database.connection());
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

} // namespace Lectern
