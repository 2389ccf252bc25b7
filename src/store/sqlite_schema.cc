// The SQLite schema as ordered migrations. Step N takes a store from schema
// version N-1 to N; Open applies the pending steps in one transaction, so a
// store is always at exactly one version. Never edit a released step: add
// the next one (entities, events, quotes, tone and stories come that way).
//
// articles.seq is an explicit INTEGER PRIMARY KEY so rowids stay stable
// through VACUUM: the FTS5 index (external content) and the side tables
// refer to it. article_bands holds the LSH band keys of first copies only,
// so a new copy is matched against originals and hot keys stay small.
#include "store/sqlite_schema.h"

namespace dateline::store {

const std::vector<std::string>& SqliteMigrations() {
  static const std::vector<std::string> steps = {
      // 1: articles, authors, datelines, full-text index, near-duplicate bands.
      R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  input TEXT NOT NULL,
  url TEXT,
  source_name TEXT,
  domain TEXT,
  language TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  json TEXT NOT NULL,
  duplicate_of TEXT,
  story TEXT,
  ingested_at TEXT NOT NULL,
  content_hash INTEGER NOT NULL,
  minhash BLOB
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source_name ON articles(source_name COLLATE NOCASE);
CREATE INDEX articles_domain ON articles(domain COLLATE NOCASE);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE authors (
  article INTEGER NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE INDEX authors_name ON authors(name COLLATE NOCASE);
CREATE TABLE datelines (
  article INTEGER NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE INDEX datelines_name ON datelines(name COLLATE NOCASE);
CREATE TABLE article_bands (
  key INTEGER NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (key, article)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
)sql",
  };
  return steps;
}

}  // namespace dateline::store
