// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionstore.h"

#include "naivebayes.h"
#include "store/database.h"
#include "store/queryhelpers.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace Lectern {

using QueryHelpers::run;

SuggestionStore::SuggestionStore(Database &database)
    : m_database(database)
{
}

bool SuggestionStore::learn(const QStringList &features, qint64 classId, double weight, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery count(db);
    count.prepare(QStringLiteral("INSERT INTO suggest_model (class_id, feature, count) VALUES (?, ?, max(0, ?))"
                                 " ON CONFLICT (class_id, feature) DO UPDATE SET count = max(0, count + excluded.count)"));
    for (const QString &feature : features) {
        count.addBindValue(classId);
        count.addBindValue(feature);
        count.addBindValue(weight);
        if (!run(count, error))
            return false;
    }
    QSqlQuery documents(db);
    documents.prepare(QStringLiteral("INSERT INTO suggest_classes (class_id, documents) VALUES (?, max(0, ?))"
                                     " ON CONFLICT (class_id) DO UPDATE SET documents = max(0, documents + excluded.documents)"));
    documents.addBindValue(classId);
    documents.addBindValue(weight);
    if (!run(documents, error))
        return false;
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM suggest_model WHERE class_id = ? AND count <= 0"));
    prune.addBindValue(classId);
    return run(prune, error) && transaction.commit(error);
}

bool SuggestionStore::load(NaiveBayes *model, QString *error) const
{
    model->clear();
    QSqlQuery counts(m_database.connection());
    counts.prepare(QStringLiteral("SELECT class_id, feature, count FROM suggest_model"));
    if (!run(counts, error))
        return false;
    while (counts.next())
        model->setCount(counts.value(0).toLongLong(), counts.value(1).toString(), counts.value(2).toDouble());
    QSqlQuery classes(m_database.connection());
    classes.prepare(QStringLiteral("SELECT class_id, documents FROM suggest_classes"));
    if (!run(classes, error))
        return false;
    while (classes.next())
        model->setDocuments(classes.value(0).toLongLong(), classes.value(1).toDouble());
    return true;
}

bool SuggestionStore::reject(qint64 articleId, int start, int end, const QString &exact, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO suggest_rejections (article_id, start_offset, end_offset, exact) VALUES (?, ?, ?, ?)"));
    query.addBindValue(articleId);
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(QueryHelpers::orEmpty(exact));
    return run(query, error);
}

QList<std::pair<int, int>> SuggestionStore::rejections(qint64 articleId) const
{
    QList<std::pair<int, int>> ranges;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT start_offset, end_offset FROM suggest_rejections WHERE article_id = ? ORDER BY start_offset"));
    query.addBindValue(articleId);
    if (!query.exec())
        return ranges;
    while (query.next())
        ranges.append({query.value(0).toInt(), query.value(1).toInt()});
    return ranges;
}

} // namespace Lectern
