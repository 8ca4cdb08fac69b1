// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchvocabulary.h"

#include "store/sqlitestatement.h"
#include "text/utf8.h"

#include <QSqlQuery>

#include <utility>

namespace Lectern {

SearchVocabulary::SearchVocabulary(const QSqlDatabase &db)
    : m_db(db)
{
    // One worker: the articles' terms are read in order, one at a time.
    m_worker.setMaxThreadCount(1);
}

SearchVocabulary::~SearchVocabulary()
{
    m_worker.waitForDone();
}

const SearchTokenizer &SearchVocabulary::tokenizer() const
{
    if (!m_tokenizer)
        m_tokenizer = std::make_unique<SearchTokenizer>(m_db);
    return *m_tokenizer;
}

void SearchVocabulary::collect(const QStringList &columns)
{
    for (const QString &column : columns) {
        tokenizer().terms(Utf8::encode(column), SearchTokenizer::Use::Document, [this](QByteArrayView term) {
            const std::string_view key(term.data(), size_t(term.size()));
            if (!m_known.contains(key)) {
                m_known.emplace(key);
                m_unwritten.emplace_back(key);
            }
        });
    }
}

bool SearchVocabulary::add(const QStringList &columns, QString *error)
{
    // One article: read here, without waking the worker.
    handOver();
    m_worker.waitForDone();
    collect(columns);
    return flush(error);
}

void SearchVocabulary::addLater(const QStringList &columns)
{
    m_queued << columns;
    // Handed over a few articles at a time: waking the worker for each
    // cost more than its work.
    if (m_queued.size() >= 32 * columns.size())
        handOver();
}

void SearchVocabulary::handOver()
{
    if (m_queued.isEmpty())
        return;
    tokenizer(); // made here: it reads the connection, which belongs to this thread
    m_worker.start([this, columns = std::exchange(m_queued, {})] {
        collect(columns);
    });
}

bool SearchVocabulary::flush(QString *error)
{
    handOver();
    m_worker.waitForDone();
    if (m_unwritten.empty())
        return true;
    SqliteStatement insert(m_db, "INSERT OR IGNORE INTO search_terms (term) VALUES (?1)");
    for (const std::string &term : m_unwritten) {
        insert.bind(1, QString::fromUtf8(term.data(), qsizetype(term.size())));
        if (!insert.run(error)) {
            forget();
            return false;
        }
    }
    m_unwritten.clear();
    return true;
}

void SearchVocabulary::forget()
{
    m_queued.clear();
    m_worker.waitForDone();
    m_known.clear();
    m_unwritten.clear();
}

std::optional<QStringList> SearchVocabulary::termsStartingWith(const QString &prefix) const
{
    m_worker.waitForDone();
    QStringList folded;
    tokenizer().terms(prefix.toUtf8(), SearchTokenizer::Use::Prefix, [&](QByteArrayView term) {
        folded << QString::fromUtf8(term);
    });
    if (!tokenizer().isValid() || folded.size() != 1)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Every term that starts with the prefix sorts between it and the
    // prefix followed by the last code point there is.
    query.prepare(QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? || char(1114111) ORDER BY term"));
    query.addBindValue(folded.constFirst());
    query.addBindValue(folded.constFirst());
    if (!query.exec())
        return std::nullopt;
    QStringList terms;
    while (query.next())
        terms << query.value(0).toString();
    return terms;
}

} // namespace Lectern
