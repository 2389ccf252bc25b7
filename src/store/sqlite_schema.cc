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
      // 2: the analysis in side tables (entities, events, quotes, tone) for
      // filters and event exports, filled from the stored article JSON;
      // stories and their lookup keys (a feature hash, the day of the article
      // that added it: candidates are found by key within the time window).
      R"sql(
ALTER TABLE articles ADD COLUMN tone REAL;
CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
CREATE TABLE entities (
  article INTEGER NOT NULL REFERENCES articles(seq),
  type TEXT NOT NULL,
  canonical TEXT NOT NULL,
  actor TEXT,
  country TEXT,
  role TEXT,
  lat REAL,
  lon REAL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article, type, canonical)
) WITHOUT ROWID;
CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE, type);
CREATE INDEX entities_actor ON entities(actor) WHERE actor IS NOT NULL;
CREATE TABLE events (
  article INTEGER NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  source TEXT,
  target TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT,
  place TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  evidence TEXT NOT NULL,
  source_name TEXT,
  target_name TEXT,
  PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE INDEX events_code ON events(code);
CREATE INDEX events_source ON events(source) WHERE source IS NOT NULL;
CREATE INDEX events_target ON events(target) WHERE target IS NOT NULL;
CREATE INDEX events_place ON events(place COLLATE NOCASE) WHERE place IS NOT NULL;
CREATE TABLE quotes (
  article INTEGER NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  speaker TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE) WHERE speaker IS NOT NULL;
CREATE TABLE stories (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  first_time TEXT NOT NULL,
  last_time TEXT NOT NULL,
  actors TEXT NOT NULL,
  places TEXT NOT NULL,
  articles INTEGER NOT NULL,
  profile TEXT NOT NULL
);
CREATE INDEX stories_last_time ON stories(last_time);
CREATE TABLE story_features (
  key INTEGER PRIMARY KEY,
  articles INTEGER NOT NULL
);
CREATE TABLE story_keys (
  key INTEGER NOT NULL,
  day TEXT NOT NULL,
  story INTEGER NOT NULL REFERENCES stories(seq),
  PRIMARY KEY (key, day, story)
) WITHOUT ROWID;
)sql" + SqliteFillSideTables(0),
      // 3: the small columns of articles in one covering index. A row's text
      // and JSON run over many overflow pages, and SQLite walks them to reach
      // the columns stored after them (duplicate_of, tone, story): searches
      // and event exports that rank or group thousands of rows read this
      // index instead (INDEXED BY articles_summary).
      R"sql(
CREATE INDEX articles_summary ON articles(seq, published, source_name, domain, language, duplicate_of, tone, story);
)sql",
  };
  return steps;
}

// Everything below reads the article JSON (OUTPUT.md), so a migration can
// backfill old articles with exactly what Put writes for new ones. Event
// coordinates and country come from the article's PLACE entity of that name.
std::string SqliteFillSideTables(int64_t min_seq) {
  const std::string where = " WHERE a.seq >= " + std::to_string(min_seq);
  return "UPDATE articles AS a SET tone = json_extract(a.json, '$.tone.polarity')" + where + ";\n"
         "INSERT INTO entities(article, type, canonical, actor, country, role, lat, lon, mentions)"
         " SELECT a.seq, json_extract(e.value, '$.type'),"
         " coalesce(nullif(json_extract(e.value, '$.canonical'), ''), json_extract(e.value, '$.text')),"
         " max(json_extract(e.value, '$.actor')), max(json_extract(e.value, '$.country')),"
         " max(json_extract(e.value, '$.role')), max(json_extract(e.value, '$.lat')), max(json_extract(e.value, '$.lon')),"
         " count(*) FROM articles a, json_each(a.json, '$.entities') e" + where + " GROUP BY 1, 2, 3;\n"
         "INSERT INTO events(article, position, sentence, source, target, code, root, quad_class, goldstein, date, place,"
         " place_country, lat, lon, evidence, source_name, target_name)"
         " SELECT a.seq, e.key, json_extract(e.value, '$.sentence'), json_extract(e.value, '$.source'),"
         " json_extract(e.value, '$.target'), json_extract(e.value, '$.code'), json_extract(e.value, '$.root'),"
         " json_extract(e.value, '$.quad_class'), json_extract(e.value, '$.goldstein'), json_extract(e.value, '$.date'),"
         " json_extract(e.value, '$.place'), p.country, p.lat, p.lon, coalesce(json_extract(e.value, '$.evidence'), ''),"
         " json_extract(e.value, '$.source_name'), json_extract(e.value, '$.target_name')"
         " FROM articles a JOIN json_each(a.json, '$.events') e"
         " LEFT JOIN entities p ON p.article = a.seq AND p.type = 'PLACE' AND p.canonical = json_extract(e.value, '$.place')" +
         where + ";\n"
         "INSERT INTO quotes(article, position, speaker, text)"
         " SELECT a.seq, q.key, json_extract(q.value, '$.speaker'), json_extract(q.value, '$.text')"
         " FROM articles a, json_each(a.json, '$.quotes') q" + where + ";\n";
}

}  // namespace dateline::store
