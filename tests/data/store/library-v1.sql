-- A library as Lectern's schema version 1 wrote it (before search and
-- boilerplate were stored). The migration test opens it with today's code.
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, byline TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', imported TEXT NOT NULL, current_version INTEGER);
CREATE TABLE versions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, number INTEGER NOT NULL, content_hash TEXT NOT NULL, text TEXT NOT NULL, blocks TEXT NOT NULL, imported TEXT NOT NULL, UNIQUE (article_id, number));
CREATE INDEX versions_by_hash ON versions(content_hash);
CREATE INDEX articles_by_source ON articles(source);
INSERT INTO articles VALUES (1, 'Tidal Power Grants Favour Incumbents', 'Mirela Oancea', 'The Estuary Post', '2025-11-02', '/home/reader/tidal.txt', 'en', '2025-11-03T09:00:00Z', 1);
INSERT INTO versions VALUES (1, 1, 1, 'not-a-real-hash', 'Grant rules' || char(10) || 'Small developers say the grant rules reward firms that already own turbines.', '[[1,2,0,11],[0,0,12,76]]', '2025-11-03T09:00:00Z');
PRAGMA user_version = 1;
