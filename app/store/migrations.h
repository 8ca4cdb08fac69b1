// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Lectern {

/// Forward-only schema migrations, tracked in PRAGMA user_version. Each step
/// runs in its own transaction so a failed upgrade leaves the file as it was.
///
/// Every table's schema is here; who writes its rows:
/// - articles, versions: ArticleStore (and the Trash, indexing/ArticleTrash);
///   claims, claim_tags: ClaimStore; tags: TagStore.
/// - article_fts, article_trigram, trigram_articles, search_terms (and the
///   views article_search_source, article_trigram_source): search/
///   (SearchIndexer, SearchVocabulary).
/// - related_features, related_frequency: related/ (RelatedIndex).
/// - suggest_model, suggest_classes, suggest_rejections: suggest/
///   (SuggestionStore).
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    /// Statements that take a database of version-1 to version.
    static QStringList statements(int version);
    static bool upgrade(QSqlDatabase &db, QString *error);
    /// Upgrades only up to version (for tests of older schemas).
    static bool upgradeTo(QSqlDatabase &db, int version, QString *error);

    /// Fills, in the upgrade's transaction, an index that a version creates
    /// for the articles already there (version 5: the related index).
    using Fill = std::function<bool(QSqlDatabase &db, QString *error)>;
    /// The module that owns the index registers its fill, so that the store
    /// knows nothing of it (RelatedIndex does, for version 5). An upgrade
    /// through a version whose fill is missing fails, leaving the file as it
    /// was, rather than leave the index empty.
    static bool setFill(int version, Fill fill);
};

} // namespace Lectern
