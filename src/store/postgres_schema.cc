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
  };
  return steps;
}

}  // namespace dateline::store
