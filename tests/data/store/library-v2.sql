-- A library as Lectern's schema version 2 wrote it (search and boilerplate,
-- before claims and tags). The migration test opens it with today's code.
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, byline TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', imported TEXT NOT NULL, current_version INTEGER);
CREATE TABLE versions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, number INTEGER NOT NULL, content_hash TEXT NOT NULL, text TEXT NOT NULL, blocks TEXT NOT NULL, imported TEXT NOT NULL, UNIQUE (article_id, number));
CREATE INDEX versions_by_hash ON versions(content_hash);
CREATE INDEX articles_by_source ON articles(source);
INSERT INTO articles VALUES (1, 'Tidal Power Grants Favour Incumbents', 'Mirela Oancea', 'The Estuary Post', '2025-11-02', '/home/reader/tidal.txt', 'en', '2025-11-03T09:00:00Z', 1);
INSERT INTO versions VALUES (1, 1, 1, 'not-a-real-hash', 'Grant rules' || char(10) || 'Small developers say the grant rules reward firms that already own turbines.', '[[1,2,0,11],[0,0,12,76]]', '2025-11-03T09:00:00Z');
ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN curated_summary TEXT;
ALTER TABLE versions ADD COLUMN removed TEXT NOT NULL DEFAULT '[]';
ALTER TABLE versions ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE);
CREATE INDEX articles_by_published ON articles(published);
CREATE VIEW article_search_source AS SELECT a.id AS id, a.title AS title, a.byline AS byline, v.text AS text FROM articles a JOIN versions v ON v.id = a.current_version;
CREATE VIRTUAL TABLE article_fts USING fts5(title, byline, text, content='article_search_source', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO article_fts(article_fts, rank) VALUES('rank', 'bm25(10.0, 3.0, 1.0)');
UPDATE articles SET format = 'text', tags = '["energy"]' WHERE id = 1;
UPDATE versions SET removed = '[{"text":"Subscribe for more","reason":"subscription prompt","after":0}]' WHERE id = 1;
INSERT INTO article_fts(article_fts) VALUES('rebuild');
PRAGMA user_version = 2;
