// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Lectern {

class Database;
class NaiveBayes;

/// The suggestion model's counts and the suggestions the user rejected, in
/// the library database (schema version 4), so learning survives restarts
/// and travels with the library.
class SuggestionStore
{
public:
    explicit SuggestionStore(Database &database);

    /// Adds weight (negative: forgets) to the class's counts of features.
    bool learn(const QStringList &features, qint64 classId, double weight, QString *error);
    bool load(NaiveBayes *model, QString *error) const;

    bool reject(qint64 articleId, int start, int end, const QString &exact, QString *error);
    /// Rejected [start, end) ranges of an article.
    QList<std::pair<int, int>> rejections(qint64 articleId) const;

private:
    Database &m_database;
};

} // namespace Lectern
