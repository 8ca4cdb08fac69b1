// SPDX-FileCopyrightText: 2026 Lectern developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "text/unspacedscripts.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <map>
#include <utility>

namespace Lectern {

namespace {

// Version 1: articles with versioned texts; blocks are offsets into the text.
const char *const version1[] = {
    "CREATE TABLE articles ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL,"
    " byline TEXT NOT NULL DEFAULT '',"
    " site TEXT NOT NULL DEFAULT '',"
    " published TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL DEFAULT '',"
    " language TEXT NOT NULL DEFAULT '',"
    " imported TEXT NOT NULL,"
    " current_version INTEGER)",
    "CREATE TABLE versions ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " number INTEGER NOT NULL,"
    " content_hash TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " blocks TEXT NOT NULL,"
    " imported TEXT NOT NULL,"
    " UNIQUE (article_id, number))",
    "CREATE INDEX versions_by_hash ON versions(content_hash)",
    "CREATE INDEX articles_by_source ON articles(source)",
};

// Version 2: what importers learned to keep (format, removed boilerplate,
// curated summaries, warnings) and full-text search over the current texts.
const char *const version2[] = {
    "ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN excerpt TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE articles ADD COLUMN curated_summary TEXT",
    "ALTER TABLE versions ADD COLUMN removed TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE versions ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'",
    "CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE)",
    "CREATE INDEX articles_by_published ON articles(published)",
    "CREATE VIEW article_search_source AS"
    " SELECT a.id AS id, a.title AS title, a.byline AS byline, v.text AS text"
    " FROM articles a JOIN versions v ON v.id = a.current_version",
    // External content: the text is stored once, in versions.
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, byline, text,"
    " content='article_search_source', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO article_fts(article_fts, rank) VALUES('rank', 'bm25(10.0, 3.0, 1.0)')",
    "INSERT INTO article_fts(article_fts) VALUES('rebuild')",
};

// Version 3: claims, the tags they carry, and where the reader stopped.
// Offsets are UTF-16 units in the canonical text, as Qt counts them.
const char *const version3[] = {
    "CREATE TABLE tags ("
    " id INTEGER PRIMARY KEY,"
    " parent_id INTEGER NOT NULL DEFAULT 0,"
    " name TEXT NOT NULL,"
    " color TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " position INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (parent_id, name COLLATE NOCASE))",
    "CREATE TABLE claims ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " exact TEXT NOT NULL,"
    " prefix TEXT NOT NULL DEFAULT '',"
    " suffix TEXT NOT NULL DEFAULT '',"
    " stance TEXT NOT NULL DEFAULT 'neutral',"
    " kind TEXT NOT NULL DEFAULT 'claim',"
    " speaker TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'anchored',"
    " confidence REAL NOT NULL DEFAULT 1.0)",
    "CREATE INDEX claims_by_article ON claims(article_id, start_offset)",
    "CREATE TABLE claim_tags ("
    " claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (claim_id, tag_id)) WITHOUT ROWID",
    "CREATE INDEX claim_tags_by_tag ON claim_tags(tag_id)",
    "ALTER TABLE articles ADD COLUMN reading_position INTEGER NOT NULL DEFAULT 0",
};

// Version 4: what claim suggestions learned from the user's coding (naive
// Bayes counts per tag; class 0 is "not a claim") and what they rejected.
const char *const version4[] = {
    "CREATE TABLE suggest_model ("
    " class_id INTEGER NOT NULL,"
    " feature TEXT NOT NULL,"
    " count REAL NOT NULL,"
    " PRIMARY KEY (class_id, feature)) WITHOUT ROWID",
    "CREATE TABLE suggest_classes ("
    " class_id INTEGER PRIMARY KEY,"
    " documents REAL NOT NULL DEFAULT 0)",
    "CREATE TABLE suggest_rejections ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " exact TEXT NOT NULL,"
    " PRIMARY KEY (article_id, start_offset, end_offset)) WITHOUT ROWID",
};

// Version 5: the related-articles index (see RelatedIndex): each article's
// strongest terms, its topics, site and author, and how many articles have
// each. Filled for existing articles by RelatedIndex::rebuild(), the fill
// related/ registers.
const char *const version5[] = {
    "CREATE TABLE related_features ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " feature TEXT NOT NULL,"
    " weight REAL NOT NULL,"
    " PRIMARY KEY (article_id, feature)) WITHOUT ROWID",
    "CREATE INDEX related_features_by_feature ON related_features(feature, weight DESC)",
    "CREATE TABLE related_frequency (feature TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID",
};

// Version 6: a second full-text index over the same texts, cut in trigrams,
// for languages written without spaces (Japanese, Chinese) where unicode61
// makes a whole sentence one token. Filled from the texts already there.
const char *const version6[] = {
    "CREATE VIRTUAL TABLE article_trigram USING fts5(title, byline, text,"
    " content='article_search_source', content_rowid='id', tokenize='trigram')",
    "INSERT INTO article_trigram(article_trigram, rank) VALUES('rank', 'bm25(10.0, 3.0, 1.0)')",
    "INSERT INTO article_trigram(article_trigram) VALUES('rebuild')",
};

// Version 7: the trigram index holds only the articles that need it (text in
// a script written without spaces, UnspacedScripts), listed in
// trigram_articles: trigrams of every text made importing twice as slow for
// a search no other text can answer. Filled by indexUnspacedArticles().
const char *const version7[] = {
    "DROP TABLE article_trigram",
    "CREATE TABLE trigram_articles (article_id INTEGER PRIMARY KEY REFERENCES articles(id))",
    "CREATE VIEW article_trigram_source AS"
    " SELECT s.id AS id, s.title AS title, s.byline AS byline, s.text AS text"
    " FROM trigram_articles t JOIN article_search_source s ON s.id = t.article_id",
    "CREATE VIRTUAL TABLE article_trigram USING fts5(title, byline, text,"
    " content='article_trigram_source', content_rowid='id', tokenize='trigram')",
    "INSERT INTO article_trigram(article_trigram, rank) VALUES('rank', 'bm25(10.0, 3.0, 1.0)')",
};

// Every term of the word index, for prefixes (SearchVocabulary).
const char *const version8[] = {
    "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE temp.article_fts_terms USING fts5vocab(main, article_fts, row)",
    "INSERT INTO search_terms SELECT term FROM temp.article_fts_terms",
    "DROP TABLE temp.article_fts_terms",
};

// Version 9: the text encoding each version was read in (empty for formats
// that carry their own, and for versions imported before), and a saved
// page's own web address, which annotations made on the web name.
const char *const version9[] = {
    "ALTER TABLE versions ADD COLUMN encoding TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN address TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX articles_by_address ON articles(address) WHERE address <> ''",
};

// A random (version 4) UUID, written in SQL so that triggers can give one to
// every row, however it was inserted.
#define LECTERN_SQL_UUID                                                                                                                                       \
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"                                                    \
    " || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"

#define LECTERN_GLOBAL_ID(table)                                                                                                                               \
    "UPDATE " table " SET uid = " LECTERN_SQL_UUID " WHERE uid = ''", "CREATE UNIQUE INDEX " table "_by_uid ON " table "(uid)",                                \
        "CREATE TRIGGER " table "_get_uid AFTER INSERT ON " table " WHEN NEW.uid = '' BEGIN UPDATE " table " SET uid = " LECTERN_SQL_UUID                      \
        " WHERE rowid = NEW.rowid; END"

// Version 10: claim ids are never reused (AUTOINCREMENT: a link to claim 7
// must not reach another claim after claim 7 is deleted), and every article,
// tag and claim has a global id, a UUID, which exports and links keep so
// that another library finds the same object. SQLite cannot add
// AUTOINCREMENT to a table, so claims is copied into a new one; dropping the
// old one deletes the rows of claim_tags (ON DELETE CASCADE), which are kept
// aside and put back.
const char *const version10[] = {
    "CREATE TEMP TABLE kept_claim_tags AS SELECT claim_id, tag_id, position FROM claim_tags",
    "CREATE TABLE claims_v10 ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start_offset INTEGER NOT NULL,"
    " end_offset INTEGER NOT NULL,"
    " exact TEXT NOT NULL,"
    " prefix TEXT NOT NULL DEFAULT '',"
    " suffix TEXT NOT NULL DEFAULT '',"
    " stance TEXT NOT NULL DEFAULT 'neutral',"
    " kind TEXT NOT NULL DEFAULT 'claim',"
    " speaker TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'anchored',"
    " confidence REAL NOT NULL DEFAULT 1.0,"
    " uid TEXT NOT NULL DEFAULT '')",
    "INSERT INTO claims_v10 (id, article_id, start_offset, end_offset, exact, prefix, suffix, stance, kind, speaker, note, created, modified, status, "
    "confidence)"
    " SELECT id, article_id, start_offset, end_offset, exact, prefix, suffix, stance, kind, speaker, note, created, modified, status, confidence FROM claims",
    "DROP TABLE claims",
    "ALTER TABLE claims_v10 RENAME TO claims",
    "CREATE INDEX claims_by_article ON claims(article_id, start_offset)",
    "INSERT INTO claim_tags (claim_id, tag_id, position) SELECT claim_id, tag_id, position FROM kept_claim_tags",
    "DROP TABLE temp.kept_claim_tags",
    "ALTER TABLE articles ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tags ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    LECTERN_GLOBAL_ID("claims"),
    LECTERN_GLOBAL_ID("articles"),
    LECTERN_GLOBAL_ID("tags"),
};

#undef LECTERN_GLOBAL_ID
#undef LECTERN_SQL_UUID

// Version 11: the Trash. A trashed article keeps its rows (and its claims)
// but leaves the search and related indexes until it is restored; the
// indexes' content views leave it out too, so they still match their content.
const char *const version11[] = {
    "ALTER TABLE articles ADD COLUMN trashed TEXT",
    "CREATE INDEX articles_trashed ON articles(trashed)",
    "DROP VIEW article_trigram_source",
    "DROP VIEW article_search_source",
    "CREATE VIEW article_search_source AS"
    " SELECT a.id AS id, a.title AS title, a.byline AS byline, v.text AS text"
    " FROM articles a JOIN versions v ON v.id = a.current_version WHERE a.trashed IS NULL",
    "CREATE VIEW article_trigram_source AS"
    " SELECT s.id AS id, s.title AS title, s.byline AS byline, s.text AS text"
    " FROM trigram_articles t JOIN article_search_source s ON s.id = t.article_id",
};

// The default codebook, in the language the library was made in. Colours
// are from the Okabe-Ito palette, which colour-blind readers can tell apart.
QStringList defaultTags()
{
    struct Default
    {
        const char *name;
        const char *color;
        const char *description;
    };
    static const Default defaults[] = {
        {QT_TRANSLATE_NOOP("Lectern::Migrations", "Security"), "#D55E00",
            QT_TRANSLATE_NOOP("Lectern::Migrations", "Risks, misuse, safety and national security")},
        {QT_TRANSLATE_NOOP("Lectern::Migrations", "Innovation"), "#0072B2",
            QT_TRANSLATE_NOOP("Lectern::Migrations", "Research, progress, openness and new capabilities")},
        {QT_TRANSLATE_NOOP("Lectern::Migrations", "Competition"), "#009E73",
            QT_TRANSLATE_NOOP("Lectern::Migrations", "Markets, rivals, concentration and trade")},
    };
    QStringList statements;
    int position = 0;
    for (const Default &tag : defaults) {
        const auto quoted = [](const char *text) {
            return QStringLiteral("'%1'").arg(QCoreApplication::translate("Lectern::Migrations", text).replace(QLatin1Char('\''), QStringLiteral("''")));
        };
        statements << QStringLiteral("INSERT INTO tags (parent_id, name, color, description, position) VALUES (0, %1, '%2', %3, %4)")
                          .arg(quoted(tag.name), QLatin1StringView(tag.color), quoted(tag.description))
                          .arg(position++);
    }
    return statements;
}

bool indexUnspacedArticles(QSqlDatabase &db, QString *error)
{
    QSqlQuery all(db);
    all.setForwardOnly(true);
    QSqlQuery list(db);
    list.prepare(QStringLiteral("INSERT INTO trigram_articles (article_id) VALUES (?)"));
    if (!all.exec(QStringLiteral("SELECT id, title, byline, text FROM article_search_source"))) {
        *error = all.lastError().text();
        return false;
    }
    while (all.next()) {
        if (!UnspacedScripts::occurIn(all.value(1).toString()) && !UnspacedScripts::occurIn(all.value(2).toString())
            && !UnspacedScripts::occurIn(all.value(3).toString()))
            continue;
        list.addBindValue(all.value(0));
        if (!list.exec()) {
            *error = list.lastError().text();
            return false;
        }
    }
    QSqlQuery rebuild(db);
    if (!rebuild.exec(QStringLiteral("INSERT INTO article_trigram(article_trigram) VALUES('rebuild')"))) {
        *error = rebuild.lastError().text();
        return false;
    }
    return true;
}

// The versions whose indexes a module above the store fills.
constexpr int filledVersions[] = {5};

std::map<int, Migrations::Fill> &fills()
{
    static std::map<int, Migrations::Fill> registered;
    return registered;
}

// Steps SQL alone cannot take: indexing what is already there.
bool runCodeStep(QSqlDatabase &db, int version, QString *error)
{
    if (std::ranges::find(filledVersions, version) != std::end(filledVersions)) {
        const auto fill = fills().find(version);
        // A library with no article (a new one) has nothing to fill.
        QSqlQuery any(db);
        if (fill == fills().end() && any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles)")) && any.next() && !any.value(0).toBool())
            return true;
        if (fill == fills().end()) {
            *error = QStringLiteral("nothing fills the index of schema %1 (is its library linked?)").arg(version);
            return false;
        }
        return fill->second(db, error);
    }
    switch (version) {
    case 7:
        return indexUnspacedArticles(db, error);
    default:
        return true;
    }
}

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromLatin1(statement);
    return list;
}

} // namespace

bool Migrations::setFill(int version, Fill fill)
{
    fills()[version] = std::move(fill);
    return true;
}

int Migrations::latestVersion()
{
    return 11;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return toList(version1);
    case 2:
        return toList(version2);
    case 3:
        return toList(version3) << defaultTags();
    case 4:
        return toList(version4);
    case 5:
        return toList(version5);
    case 6:
        return toList(version6);
    case 7:
        return toList(version7);
    case 8:
        return toList(version8);
    case 9:
        return toList(version9);
    case 10:
        return toList(version10);
    case 11:
        return toList(version11);
    default:
        return {};
    }
}

bool Migrations::upgrade(QSqlDatabase &db, QString *error)
{
    return upgradeTo(db, latestVersion(), error);
}

bool Migrations::upgradeTo(QSqlDatabase &db, int target, QString *error)
{
    const int current = currentVersion(db);
    if (current < 0) {
        *error = QCoreApplication::translate("Lectern::Migrations", "not a Lectern library (cannot read its schema version)");
        return false;
    }
    if (current > latestVersion()) {
        *error = QCoreApplication::translate("Lectern::Migrations", "made by a newer Lectern (schema %1; this version knows up to %2)")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (int version = current + 1; version <= target; ++version) {
        db.transaction();
        QSqlQuery query(db);
        const QStringList steps = statements(version) << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &step : steps) {
            if (!query.exec(step)) {
                *error = QCoreApplication::translate("Lectern::Migrations", "upgrade to schema %1 failed: %2").arg(version).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        QString stepError;
        if (!runCodeStep(db, version, &stepError)) {
            *error = QCoreApplication::translate("Lectern::Migrations", "upgrade to schema %1 failed: %2").arg(version).arg(stepError);
            db.rollback();
            return false;
        }
        db.commit();
    }
    return true;
}

} // namespace Lectern
