// The PostgreSQL schema as ordered migrations, the same tables and meaning
// as the SQLite schema (sqlite_schema.cc), in PostgreSQL's dialect:
// full-text search is a stored tsvector column (title weighted A, text B,
// the 'simple' configuration so matching is the same as SQLite's unicode61:
// lower-cased words, no stemming) with a GIN index.
#include "store/postgres_schema.h"

namespace dateline::store {

const std::vector<std::string>& PostgresMigrations() {
  static const std::vector<std::string> steps = {
      R"sql(
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  input TEXT NOT NULL,
  url TEXT,
  source_name TEXT,
  domain TEXT,
  language TEXT,
  title TEXT,
  published TEXT COLLATE "C",
  text TEXT NOT NULL,
  json TEXT NOT NULL,
  duplicate_of TEXT,
  story TEXT,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  content_hash BIGINT NOT NULL,
  minhash BYTEA,
  tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')) STORED
);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source_name ON articles(lower(source_name));
CREATE INDEX articles_domain ON articles(lower(domain));
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE authors (
  article BIGINT NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  PRIMARY KEY (article, position)
);
CREATE INDEX authors_name ON authors(lower(name));
CREATE TABLE datelines (
  article BIGINT NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  PRIMARY KEY (article, position)
);
CREATE INDEX datelines_name ON datelines(lower(name));
CREATE TABLE article_bands (
  key BIGINT NOT NULL,
  article BIGINT NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (key, article)
);
)sql",
      // 2: entities, events, quotes, tone, stories (see sqlite_schema.cc).
      // Codes are COLLATE "C" so prefix ranges use their indexes.
      R"sql(
ALTER TABLE articles ADD COLUMN tone DOUBLE PRECISION;
CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
CREATE TABLE entities (
  article BIGINT NOT NULL REFERENCES articles(seq),
  type TEXT NOT NULL,
  canonical TEXT NOT NULL,
  actor TEXT COLLATE "C",
  country TEXT,
  role TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article, type, canonical)
);
CREATE INDEX entities_canonical ON entities(lower(canonical), type);
CREATE INDEX entities_actor ON entities(actor) WHERE actor IS NOT NULL;
CREATE TABLE events (
  article BIGINT NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  source TEXT COLLATE "C",
  target TEXT COLLATE "C",
  code TEXT COLLATE "C" NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  date TEXT,
  place TEXT,
  place_country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  evidence TEXT NOT NULL,
  source_name TEXT,
  target_name TEXT,
  PRIMARY KEY (article, position)
);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_source ON events(source) WHERE source IS NOT NULL;
CREATE INDEX events_target ON events(target) WHERE target IS NOT NULL;
CREATE INDEX events_place ON events(lower(place)) WHERE place IS NOT NULL;
CREATE TABLE quotes (
  article BIGINT NOT NULL REFERENCES articles(seq),
  position INTEGER NOT NULL,
  speaker TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (article, position)
);
CREATE INDEX quotes_speaker ON quotes(lower(speaker)) WHERE speaker IS NOT NULL;
CREATE TABLE stories (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  first_time TEXT COLLATE "C" NOT NULL,
  last_time TEXT COLLATE "C" NOT NULL,
  actors TEXT NOT NULL,
  places TEXT NOT NULL,
  articles INTEGER NOT NULL,
  profile TEXT NOT NULL
);
CREATE INDEX stories_last_time ON stories(last_time);
CREATE TABLE story_features (
  key BIGINT PRIMARY KEY,
  articles BIGINT NOT NULL
);
CREATE TABLE story_keys (
  key BIGINT NOT NULL,
  day TEXT COLLATE "C" NOT NULL,
  story BIGINT NOT NULL REFERENCES stories(seq),
  PRIMARY KEY (key, day, story)
);
)sql" + PostgresFillSideTables(0),
      // 3: SQLite's covering index; PostgreSQL keeps large values out of line
      // (TOAST), so reading the small columns is cheap already.
      "SELECT 1",
  };
  return steps;
}

// As SqliteFillSideTables: everything from the stored article JSON.
std::string PostgresFillSideTables(int64_t min_seq) {
  const std::string from = " FROM (SELECT seq, json::jsonb AS j FROM articles WHERE seq >= " + std::to_string(min_seq) + ") a";
  return "UPDATE articles SET tone = (json::jsonb #>> '{tone,polarity}')::float8 WHERE seq >= " +
         std::to_string(min_seq) + ";\n"
         "INSERT INTO entities(article, type, canonical, actor, country, role, lat, lon, mentions)"
         " SELECT a.seq, e->>'type', coalesce(nullif(e->>'canonical', ''), e->>'text'), max(e->>'actor'),"
         " max(e->>'country'), max(e->>'role'), max((e->>'lat')::float8), max((e->>'lon')::float8), count(*)" + from +
         ", jsonb_array_elements(CASE WHEN jsonb_typeof(a.j->'entities') = 'array' THEN a.j->'entities' ELSE '[]' END) e"
         " GROUP BY 1, 2, 3;\n"
         "INSERT INTO events(article, position, sentence, source, target, code, root, quad_class, goldstein, date, place,"
         " place_country, lat, lon, evidence, source_name, target_name)"
         " SELECT a.seq, e.n - 1, (e.v->>'sentence')::int, e.v->>'source', e.v->>'target', e.v->>'code', e.v->>'root',"
         " (e.v->>'quad_class')::int, (e.v->>'goldstein')::float8, e.v->>'date', e.v->>'place', p.country, p.lat, p.lon,"
         " coalesce(e.v->>'evidence', ''), e.v->>'source_name', e.v->>'target_name'" + from +
         " CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.j->'events') = 'array' THEN a.j->'events'"
         " ELSE '[]' END) WITH ORDINALITY AS e(v, n)"
         " LEFT JOIN entities p ON p.article = a.seq AND p.type = 'PLACE' AND p.canonical = e.v->>'place';\n"
         "INSERT INTO quotes(article, position, speaker, text) SELECT a.seq, q.n - 1, q.v->>'speaker', q.v->>'text'" + from +
         " CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.j->'quotes') = 'array' THEN a.j->'quotes'"
         " ELSE '[]' END) WITH ORDINALITY AS q(v, n);\n";
}

}  // namespace dateline::store
