// The PostgreSQL backend, over libpq with text-format parameters.
//
// The same algorithm as the SQLite backend (sqlite_store.cc): a batch is one
// transaction; stored ids are skipped; each new article is checked against
// first copies through the content hash and the LSH band table, then
// inserted with its authors, datelines and band keys. Writers take a
// transaction-scoped advisory lock, so concurrent ingests into one database
// are serialised like SQLite's and duplicate links stay deterministic.
// Each new article costs two round trips: one for the duplicate lookup, one
// statement (data-modifying CTEs over unnest()ed array parameters) that
// writes the article with its authors, datelines and band keys.
//
// Search ranks at most search_rank_limit matches, as SQLite's does: the GIN
// index finds the matches, the newest (highest seq) limit + 1 of them are
// kept, and ts_rank, which must detoast each row's tsvector, runs on those
// only, in one statement (visiting the matches' heap rows is most of the
// cost here, so they are visited once). Full-text reads run with sequential scans
// off (FullTextScope): the planner prices a scan testing every row's
// tsvector as cheap, but each test detoasts the vector, and for a word in
// half the store that was ten times the GIN bitmap scan's time.
#include "store/postgres_store.h"

#include <libpq-fe.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "dateline/json.h"
#include "store/common.h"
#include "store/postgres_schema.h"
#include "store/stories_store.h"

namespace dateline::store {
namespace {

constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(7301200601)";
constexpr int kMaxCandidates = 32;
constexpr size_t kDefaultSearchLimit = 20;

using Params = std::vector<std::optional<std::string>>;

class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  PgResult(PgResult&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  PgResult& operator=(PgResult&&) = delete;
  ~PgResult() { PQclear(r_); }
  int rows() const { return PQntuples(r_); }
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col); }
  std::string Text(int row, int col) const { return std::string(PQgetvalue(r_, row, col), PQgetlength(r_, row, col)); }
  std::optional<std::string> OptText(int row, int col) const {
    return IsNull(row, col) ? std::nullopt : std::optional<std::string>(Text(row, col));
  }
  int64_t Int(int row, int col) const { return std::stoll(Text(row, col)); }

 private:
  PGresult* r_;
};

// "postgresql://user:secret@host/db" -> "postgresql://user:***@host/db", for messages.
std::string Redacted(const std::string& url) {
  size_t scheme = url.find("://");
  size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

std::string ArrayLiteral(const std::vector<std::optional<std::string>>& values) {
  std::string out = "{";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    if (!v) { out += "NULL"; continue; }
    out += '"';
    for (char c : *v) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string IntArrayLiteral(const LshKeys& keys) {
  std::string out = "{";
  for (int64_t k : keys) out += (out.size() > 1 ? "," : "") + std::to_string(k);
  return out + "}";
}

std::string ByteaHex(const void* data, size_t size) {
  static const char* kHex = "0123456789abcdef";
  std::string out = "\\x";
  for (size_t i = 0; i < size; ++i) {
    unsigned char b = static_cast<const unsigned char*>(data)[i];
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

std::optional<std::string> OptDouble(const std::optional<double>& v) {
  if (!v) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", *v);
  return std::string(buf);
}

bool IsWordOnly(const std::string& s) {
  for (unsigned char c : s)
    if (c < 0x80 && !std::isalnum(c)) return false;
  return true;
}

// " LIMIT n OFFSET m"; limit 0 means no limit.
std::string LimitSql(size_t limit, size_t offset) {
  std::string out = limit ? " LIMIT " + std::to_string(limit) : "";
  return offset ? out + " OFFSET " + std::to_string(offset) : out;
}

std::optional<double> OptDouble(const PgResult& s, int i, int col) {
  return s.IsNull(i, col) ? std::optional<double>() : std::optional<double>(std::stod(s.Text(i, col)));
}

// The 15 event columns selected as e.sentence, e.source, e.target, e.code,
// e.root, e.quad_class, e.goldstein, e.date, e.place, e.place_country, e.lat,
// e.lon, e.evidence, e.source_name, e.target_name, from column c of row i.
Event ReadEventColumns(const PgResult& s, int i, int c) {
  Event e;
  e.sentence = size_t(s.Int(i, c));
  e.source = s.OptText(i, c + 1);
  e.target = s.OptText(i, c + 2);
  e.code = s.Text(i, c + 3);
  e.root = s.Text(i, c + 4);
  e.quad_class = int(s.Int(i, c + 5));
  e.goldstein = std::stod(s.Text(i, c + 6));
  e.date = s.OptText(i, c + 7);
  e.place = s.OptText(i, c + 8);
  e.place_country = s.OptText(i, c + 9);
  e.place_lat = OptDouble(s, i, c + 10);
  e.place_lon = OptDouble(s, i, c + 11);
  e.evidence = s.Text(i, c + 12);
  e.source_name = s.OptText(i, c + 13);
  e.target_name = s.OptText(i, c + 14);
  return e;
}

class PostgresStore final : public Store, private StoryBackend {
 public:
  PostgresStore(PGconn* conn, std::string target) : conn_(conn), target_(std::move(target)) {}
  ~PostgresStore() override { PQfinish(conn_); }

  Result<bool> Init(const StoreOptions& options);
  Result<PutCounts> Put(const std::vector<Article>& batch) override;
  Result<std::optional<StoredArticle>> Get(const std::string& id) override;
  using Store::Search;
  Result<std::vector<SearchHit>> Search(const std::string& query, const ArticleFilter& filter,
                                        SearchInfo* info) override;
  Result<SearchFacets> Facets(const std::string& query, const ArticleFilter& filter) override;
  Result<uint64_t> Export(const ArticleFilter& filter, const std::function<bool(const StoredArticle&)>& each) override;
  Result<uint64_t> ExportEvents(const ArticleFilter& filter, const std::function<bool(const EventSummary&)>& each) override;
  Result<std::vector<StoredStory>> Stories(size_t limit) override;
  Result<std::vector<StoredStory>> StoryPage(size_t limit, size_t offset) override;
  Result<std::optional<StoryDetail>> GetStory(const std::string& id, size_t limit) override;
  Result<EventListing> ListEvents(const EventQuery& query) override;
  Result<StoreStats> Stats() override;
  int schema_version() const override { return version_; }
  const std::string& target() const override { return target_; }

 private:
  Error Fail(const std::string& what) const {
    std::string msg = PQerrorMessage(conn_);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return MakeError(what + ": " + msg, target_);
  }
  Result<PgResult> Exec(const std::string& sql, const Params& params = {});
  Result<bool> Run(const std::string& sql) {
    Result<PgResult> r = Exec(sql);
    if (!r.ok()) return r.error();
    return true;
  }
  Result<bool> Migrate();
  // Sequential scans off until destroyed (see the top of this file).
  class FullTextScope {
   public:
    explicit FullTextScope(PostgresStore& s) : s_(s) { ok_ = s_.Run("SET enable_seqscan = off").ok(); }
    ~FullTextScope() {
      if (ok_) s_.Run("RESET enable_seqscan");
    }

   private:
    PostgresStore& s_;
    bool ok_ = false;
  };
  Result<bool> PutOne(const Article& a, const Fingerprint& f, PutCounts* counts);
  Result<std::set<std::string>> StoredIds(const std::vector<Article>& batch);
  Result<std::optional<std::string>> FindFirstCopy(const Fingerprint& f);
  std::string FilterSql(const ArticleFilter& f, Params* params);
  std::string AnalysisSql(const ArticleFilter& f, bool on_events, Params* params);

  // StoryBackend (stories_store.h), inside Put's transaction.
  Result<std::optional<std::string>> StoryOfArticle(const std::string& article_id) override;
  Result<std::optional<StoryRow>> LoadStory(const std::string& story_id) override;
  Result<std::pair<std::vector<uint64_t>, uint64_t>> CountFeatures(const std::vector<int64_t>& keys) override;
  Result<std::vector<StoryRow>> Candidates(const std::vector<int64_t>& keys, const std::string& from,
                                           const std::string& to, size_t limit) override;
  Result<bool> SaveStory(const std::string& story_id, const corpus::StoryState& state, const std::vector<int64_t>& keys,
                         const std::string& day, const std::string& article_id) override;

  std::string now_;  // UtcNow() at the start of Put
  PGconn* conn_;
  std::string target_;
  int version_ = 0;
  size_t search_rank_limit_ = 0;
  std::set<std::string> seen_;  // ids stored in the current batch
};

Result<PgResult> PostgresStore::Exec(const std::string& sql, const Params& params) {
  std::vector<const char*> values;
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  PGresult* r = params.empty() ? PQexec(conn_, sql.c_str())
                               : PQexecParams(conn_, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr,
                                              nullptr, 0);
  PgResult result(r);
  ExecStatusType st = PQresultStatus(r);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Fail("query failed");
  return result;
}

Result<bool> PostgresStore::Init(const StoreOptions& options) {
  const int query_timeout_ms = options.query_timeout_ms;
  search_rank_limit_ = options.search_rank_limit;
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
  if (auto r = Run("SET client_min_messages = warning"); !r.ok()) return r;
  if (auto r = Migrate(); !r.ok()) return r;
  if (query_timeout_ms <= 0) return true;
  return Run("SET statement_timeout = " + std::to_string(query_timeout_ms));
}

Result<bool> PostgresStore::Migrate() {
  const auto& steps = PostgresMigrations();
  if (auto r = Run(std::string("BEGIN; ") + kWriterLock); !r.ok()) return r;
  auto fail = [&](Error e) {
    Run("ROLLBACK");
    return e;
  };
  Result<PgResult> probe =
      Exec("SELECT to_regclass('meta') IS NOT NULL, to_regclass('articles') IS NOT NULL");
  if (!probe.ok()) return fail(probe.error());
  bool has_meta = probe.value().Text(0, 0) == "t", has_articles = probe.value().Text(0, 1) == "t";
  if (!has_meta && has_articles) return fail(MakeError("a database with an articles table but not a Dateline store", target_));
  int64_t version = 0;
  if (has_meta) {
    Result<PgResult> v = Exec("SELECT value::bigint FROM meta WHERE key = 'schema_version'");
    if (!v.ok()) return fail(v.error());
    if (v.value().rows()) version = v.value().Int(0, 0);
  } else if (auto r = Run("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"); !r.ok()) {
    return fail(r.error());
  }
  if (version > int64_t(steps.size()))
    return fail(MakeError("store schema version " + std::to_string(version) + " is newer than this dateline reads (" +
                          std::to_string(steps.size()) + "); upgrade dateline", target_));
  for (size_t v = size_t(version); v < steps.size(); ++v)
    if (auto r = Run(steps[v]); !r.ok())
      return fail(MakeError("migration to schema version " + std::to_string(v + 1) + " failed: " + r.error().message, target_));
  Result<PgResult> set = Exec("INSERT INTO meta(key, value) VALUES ('schema_version', $1) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value", {std::to_string(steps.size())});
  if (!set.ok()) return fail(set.error());
  if (auto r = Run("COMMIT"); !r.ok()) return fail(r.error());
  version_ = int(steps.size());
  return true;
}

Result<std::set<std::string>> PostgresStore::StoredIds(const std::vector<Article>& batch) {
  std::vector<std::optional<std::string>> ids;
  for (const Article& a : batch) ids.push_back(a.id);
  Result<PgResult> r = Exec("SELECT id FROM articles WHERE id = ANY($1::text[])", {ArrayLiteral(ids)});
  if (!r.ok()) return r.error();
  std::set<std::string> out;
  for (int i = 0; i < r.value().rows(); ++i) out.insert(r.value().Text(i, 0));
  return out;
}

Result<PutCounts> PostgresStore::Put(const std::vector<Article>& batch) {
  std::vector<Fingerprint> prints;
  prints.reserve(batch.size());
  for (const Article& a : batch) prints.push_back(FingerprintOf(a.text));
  if (auto r = Run(std::string("BEGIN; ") + kWriterLock); !r.ok()) return r.error();
  Result<std::set<std::string>> stored = StoredIds(batch);
  if (!stored.ok()) {
    Run("ROLLBACK");
    return stored.error();
  }
  seen_ = std::move(stored.value());
  PutCounts counts;
  now_ = UtcNow();
  Result<PgResult> next_seq = Exec("SELECT coalesce(max(seq), 0) + 1 FROM articles");
  if (!next_seq.ok()) {
    Run("ROLLBACK");
    return next_seq.error();
  }
  for (size_t i = 0; i < batch.size(); ++i) {
    if (auto r = PutOne(batch[i], prints[i], &counts); !r.ok()) {
      Run("ROLLBACK");
      return MakeError("cannot store article " + batch[i].id + ": " + r.error().message, target_);
    }
  }
  if (counts.added)
    if (auto r = Run(PostgresFillSideTables(next_seq.value().Int(0, 0))); !r.ok()) {
      Run("ROLLBACK");
      return MakeError("cannot store the analysis: " + r.error().message, target_);
    }
  if (auto r = Run("COMMIT"); !r.ok()) {
    Run("ROLLBACK");
    return r.error();
  }
  return counts;
}

// One statement writes the article, its authors, datelines and band keys:
// data-modifying CTEs all run, and the side rows only when the insert did.
constexpr const char* kInsertArticle =
    "WITH ins AS (INSERT INTO articles(id, input, url, source_name, domain, language, title, published, text, json,"
    " duplicate_of, content_hash, minhash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
    " ON CONFLICT (id) DO NOTHING RETURNING seq),"
    " au AS (INSERT INTO authors(article, position, name, role) SELECT ins.seq, t.p - 1, t.n, t.r"
    " FROM ins, unnest($14::text[], $15::text[]) WITH ORDINALITY AS t(n, r, p)),"
    " dl AS (INSERT INTO datelines(article, position, name, country, lat, lon) SELECT ins.seq, t.p - 1, t.n, t.c, t.la, t.lo"
    " FROM ins, unnest($16::text[], $17::text[], $18::float8[], $19::float8[]) WITH ORDINALITY AS t(n, c, la, lo, p)),"
    " bands AS (INSERT INTO article_bands(key, article) SELECT DISTINCT k, ins.seq FROM ins, unnest($20::bigint[]) AS k"
    " ON CONFLICT DO NOTHING)"
    " SELECT seq FROM ins";

Result<bool> PostgresStore::PutOne(const Article& a, const Fingerprint& f, PutCounts* counts) {
  if (!seen_.insert(a.id).second) {
    ++counts->present;
    return true;
  }
  Result<std::optional<std::string>> copy_of = FindFirstCopy(f);
  if (!copy_of.ok()) return copy_of.error();
  std::vector<std::optional<std::string>> names, roles, places, countries, lats, lons;
  for (const Author& au : a.authors) names.push_back(au.name), roles.push_back(au.role);
  for (const DatelinePlace& d : a.dateline)
    places.push_back(d.name), countries.push_back(d.country), lats.push_back(OptDouble(d.lat)), lons.push_back(OptDouble(d.lon));
  bool bands = f.comparable && !copy_of.value();
  Params p = {a.id, a.input, a.url, a.source.name, a.source.domain, a.language, a.title, a.published, a.text,
              ArticleToJson(a), copy_of.value(), std::to_string(f.content_hash),
              f.comparable ? std::optional<std::string>(ByteaHex(f.minhash.data(), sizeof f.minhash)) : std::nullopt,
              ArrayLiteral(names), ArrayLiteral(roles), ArrayLiteral(places), ArrayLiteral(countries),
              ArrayLiteral(lats), ArrayLiteral(lons), bands ? IntArrayLiteral(f.keys) : std::string("{}")};
  Result<PgResult> ins = Exec(kInsertArticle, p);
  if (!ins.ok()) return ins.error();
  if (ins.value().rows() == 0) {
    ++counts->present;
    return true;
  }
  ++counts->added;
  if (copy_of.value()) ++counts->duplicates;
  return AssignStory(*this, a, copy_of.value(), now_);
}

Result<std::optional<std::string>> PostgresStore::StoryOfArticle(const std::string& article_id) {
  Result<PgResult> r = Exec("SELECT story FROM articles WHERE id = $1", {article_id});
  if (!r.ok()) return r.error();
  return r.value().rows() ? r.value().OptText(0, 0) : std::nullopt;
}

// Key 0 counts the articles. All parts of one statement see the snapshot
// before it, so `old` holds the counts before this article's.
Result<std::pair<std::vector<uint64_t>, uint64_t>> PostgresStore::CountFeatures(const std::vector<int64_t>& keys) {
  std::string list = "{0";
  for (int64_t k : keys) list += "," + std::to_string(k);
  Result<PgResult> r = Exec(
      "WITH old AS (SELECT key, articles FROM story_features WHERE key = ANY($1::bigint[])),"
      " up AS (INSERT INTO story_features(key, articles) SELECT DISTINCT k, 1 FROM unnest($1::bigint[]) AS k"
      " ON CONFLICT (key) DO UPDATE SET articles = story_features.articles + 1)"
      " SELECT key, articles FROM old", {list + "}"});
  if (!r.ok()) return r.error();
  std::map<int64_t, uint64_t> counts;
  for (int i = 0; i < r.value().rows(); ++i) counts[r.value().Int(i, 0)] = uint64_t(r.value().Int(i, 1));
  std::pair<std::vector<uint64_t>, uint64_t> out;
  for (int64_t k : keys) out.first.push_back(counts.count(k) ? counts[k] : 0);
  out.second = counts.count(0) ? counts[0] : 0;
  return out;
}

Result<std::optional<StoryRow>> PostgresStore::LoadStory(const std::string& story_id) {
  Result<PgResult> r = Exec("SELECT id, profile FROM stories WHERE id = $1", {story_id});
  if (!r.ok()) return r.error();
  if (!r.value().rows()) return std::optional<StoryRow>();
  return std::optional<StoryRow>(StoryRow{r.value().Text(0, 0), r.value().Text(0, 1)});
}

Result<std::vector<StoryRow>> PostgresStore::Candidates(const std::vector<int64_t>& keys, const std::string& from,
                                                        const std::string& to, size_t limit) {
  std::string list = "{";
  for (int64_t k : keys) list += (list.size() > 1 ? "," : "") + std::to_string(k);
  Result<PgResult> r = Exec(
      "SELECT s.id, s.profile FROM (SELECT story, count(DISTINCT key) AS shared FROM story_keys"
      " WHERE key = ANY($1::bigint[]) AND day >= $2 AND day <= $3 GROUP BY story) k JOIN stories s ON s.seq = k.story"
      " ORDER BY k.shared DESC, s.seq DESC LIMIT " + std::to_string(limit), {list + "}", from, to});
  if (!r.ok()) return r.error();
  std::vector<StoryRow> out;
  for (int i = 0; i < r.value().rows(); ++i) out.push_back(StoryRow{r.value().Text(i, 0), r.value().Text(i, 1)});
  return out;
}

// One statement: upsert the story, add its keys, set the article's story.
Result<bool> PostgresStore::SaveStory(const std::string& story_id, const corpus::StoryState& state,
                                      const std::vector<int64_t>& keys, const std::string& day,
                                      const std::string& article_id) {
  std::string list = "{";
  for (int64_t k : keys) list += (list.size() > 1 ? "," : "") + std::to_string(k);
  Result<PgResult> r = Exec(
      "WITH s AS (INSERT INTO stories(id, label, first_time, last_time, actors, places, articles, profile)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO UPDATE SET label = excluded.label,"
      " first_time = excluded.first_time, last_time = excluded.last_time, actors = excluded.actors,"
      " places = excluded.places, articles = excluded.articles, profile = excluded.profile RETURNING seq),"
      " k AS (INSERT INTO story_keys(key, day, story) SELECT DISTINCT key, $10, s.seq FROM s, unnest($9::bigint[]) AS key"
      " ON CONFLICT DO NOTHING)"
      " UPDATE articles SET story = $1 WHERE id = $11",
      {story_id, state.label, state.first, state.last, JsonArray(corpus::TopNames(state, "e:")),
       JsonArray(corpus::TopNames(state, "l:")), std::to_string(state.articles), corpus::EncodeStory(state), list + "}",
       day, article_id});
  if (!r.ok()) return r.error();
  return true;
}

// One round trip: the first article with the same content hash (kind 0),
// then the first copies sharing a band key (kind 1), each in ingest order.
Result<std::optional<std::string>> PostgresStore::FindFirstCopy(const Fingerprint& f) {
  if (!f.comparable) return std::optional<std::string>();
  Result<PgResult> r = Exec(
      "(SELECT 0 AS kind, seq, coalesce(duplicate_of, id), NULL FROM articles WHERE content_hash = $1 ORDER BY seq LIMIT 1)"
      " UNION ALL (SELECT 1, a.seq, a.id, a.text FROM articles a WHERE a.seq IN (SELECT DISTINCT article FROM article_bands"
      " WHERE key = ANY($2::bigint[]) ORDER BY article LIMIT " + std::to_string(kMaxCandidates) + ")) ORDER BY 1, 2",
      {std::to_string(f.content_hash), IntArrayLiteral(f.keys)});
  if (!r.ok()) return r.error();
  const PgResult& c = r.value();
  for (int i = 0; i < c.rows(); ++i)
    if (c.Text(i, 0) == "0" || IsNearDuplicate(f.shingles, Shingles(c.Text(i, 3))))
      return std::optional<std::string>(c.Text(i, 2));
  return std::optional<std::string>();
}

Result<std::optional<StoredArticle>> PostgresStore::Get(const std::string& id) {
  Result<PgResult> r = Exec("SELECT id, json, duplicate_of, story FROM articles WHERE id = $1", {id});
  if (!r.ok()) return r.error();
  const PgResult& g = r.value();
  if (!g.rows()) return std::optional<StoredArticle>();
  return std::optional<StoredArticle>(StoredArticle{g.Text(0, 0), WithStoreFields(g.Text(0, 1), g.OptText(0, 2), g.OptText(0, 3)),
                                                    g.OptText(0, 2), g.OptText(0, 3)});
}

std::string PostgresStore::FilterSql(const ArticleFilter& f, Params* params) {
  std::string sql;
  auto param = [&](std::string v) {
    params->push_back(std::move(v));
    return "$" + std::to_string(params->size());
  };
  if (f.from) sql += " AND a.published >= " + param(*f.from);
  if (f.to) sql += " AND a.published <= " + param(InclusiveUpperBound(*f.to));
  if (f.source) {
    std::string p = param(*f.source);
    sql += " AND (lower(a.source_name) = lower(" + p + ") OR lower(a.domain) = lower(" + p + "))";
  }
  if (f.language) sql += " AND a.language = " + param(*f.language);
  if (!f.include_duplicates) sql += " AND a.duplicate_of IS NULL";
  return sql + AnalysisSql(f, false, params);
}

// As the SQLite AnalysisClause: codes are prefix ranges (COLLATE "C").
std::string PostgresStore::AnalysisSql(const ArticleFilter& f, bool on_events, Params* params) {
  auto param = [&](std::string v) {
    params->push_back(std::move(v));
    return "$" + std::to_string(params->size());
  };
  auto range = [&](const std::string& column, const std::string& prefix) {
    std::string p = prefix;
    for (char& c : p) c = char(std::toupper(static_cast<unsigned char>(c)));
    return "(" + column + " >= " + param(p) + " AND " + column + " < " + param(p + "~") + ")";
  };
  std::string sql;
  if (f.person)
    sql += " AND a.seq IN (SELECT article FROM entities WHERE lower(canonical) = lower(" + param(*f.person) +
           ") AND type = 'PERSON')";
  if (f.actor && on_events) sql += " AND (" + range("e.source", *f.actor) + " OR " + range("e.target", *f.actor) + ")";
  if (f.actor && !on_events)
    sql += " AND a.seq IN (SELECT article FROM entities WHERE " + range("actor", *f.actor) +
           " UNION SELECT article FROM events WHERE " + range("source", *f.actor) +
           " UNION SELECT article FROM events WHERE " + range("target", *f.actor) + ")";
  if (f.place) {
    std::string p = param(*f.place);
    sql += on_events ? " AND lower(e.place) = lower(" + p + ")"
                     : " AND a.seq IN (SELECT article FROM entities WHERE lower(canonical) = lower(" + p +
                           ") AND type = 'PLACE' UNION SELECT article FROM events WHERE lower(place) = lower(" + p +
                           ") UNION SELECT article FROM datelines WHERE lower(name) = lower(" + p + "))";
  }
  if (f.event)
    sql += on_events ? " AND " + range("e.code", *f.event)
                     : " AND a.seq IN (SELECT article FROM events WHERE " + range("code", *f.event) + ")";
  return sql;
}

// The tsquery for a parsed query as an SQL expression over parameters.
std::string TsQuerySql(const ParsedQuery& q, Params* params) {
  auto term = [&](const QueryTerm& t) {
    bool prefix = t.prefix && IsWordOnly(t.text);
    params->push_back(prefix ? t.text + ":*" : t.text);
    return std::string(prefix ? "to_tsquery" : "phraseto_tsquery") + "('simple', $" + std::to_string(params->size()) + ")";
  };
  std::string any;
  for (const auto& group : q.any) {
    std::string all;
    for (const QueryTerm& t : group) all += (all.empty() ? "" : " && ") + term(t);
    any += (any.empty() ? "(" : " || (") + all + ")";
  }
  std::string out = "(" + any + ")";
  for (const QueryTerm& t : q.none) out += " && !!" + term(t);
  return out;
}

// One statement: c holds the newest limit + 1 matches of query and filter
// (seq and the tsvector's pointer: only the ranked ones are detoasted), info
// counts them and gives the seq to rank above when there are more than the
// limit, and page ranks the rest. info LEFT JOIN page: a row even when the
// page is empty, so the count always comes back.
Result<std::vector<SearchHit>> PostgresStore::Search(const std::string& query, const ArticleFilter& filter,
                                                     SearchInfo* info) {
  ParsedQuery parsed = ParseQuery(query);
  if (parsed.any.empty()) return MakeError("the query has no words to search for: \"" + query + "\"");
  Params params;
  std::string q = "(" + TsQuerySql(parsed, &params) + ")";
  std::string where = FilterSql(filter, &params);
  const size_t n = search_rank_limit_;
  const std::string bound = n ? std::to_string(n) : "NULL";
  size_t limit = filter.limit ? filter.limit : kDefaultSearchLimit;
  FullTextScope full_text(*this);
  Result<PgResult> r = Exec(
      "WITH c AS MATERIALIZED (SELECT a.seq, a.tsv FROM articles a WHERE a.tsv @@ " + q + where +
      " ORDER BY a.seq + 0 DESC" + LimitSql(n ? n + 1 : 0, 0) + "),"  // seq + 0: not a pkey walk testing row by row
      " info AS (SELECT count(*) AS n, CASE WHEN count(*) > " + bound + " THEN min(seq) ELSE 0 END AS floor FROM c),"
      " page AS (SELECT c.seq, ts_rank(c.tsv, " + q + ") AS score FROM c, info WHERE c.seq > info.floor"
      " ORDER BY score DESC, c.seq" + LimitSql(limit, filter.offset) + ")"
      " SELECT info.n, a.id, a.title, coalesce(a.source_name, a.domain), a.published, a.language, a.url, a.duplicate_of,"
      " page.score, ts_headline('simple', a.text, " + q + ", 'StartSel=[, StopSel=], MaxWords=24, MinWords=12, MaxFragments=1')"
      " FROM info LEFT JOIN page ON true LEFT JOIN articles a ON a.seq = page.seq ORDER BY page.score DESC, page.seq",
      params);
  if (!r.ok()) return r.error();
  const PgResult& s = r.value();
  uint64_t matches = s.rows() ? uint64_t(s.Int(0, 0)) : 0;
  bool bounded = n && matches > n;
  if (info) *info = SearchInfo{bounded ? n : matches, bounded};
  std::vector<SearchHit> hits;
  for (int i = 0; i < s.rows(); ++i)
    if (!s.IsNull(i, 1))
      hits.push_back(SearchHit{s.Text(i, 1), s.OptText(i, 2), s.OptText(i, 3), s.OptText(i, 4), s.OptText(i, 5),
                               s.OptText(i, 6), s.OptText(i, 7), std::stod(s.Text(i, 8)), s.Text(i, 9)});
  return hits;
}

Result<SearchFacets> PostgresStore::Facets(const std::string& query, const ArticleFilter& filter) {
  ParsedQuery parsed = ParseQuery(query);
  Params params;
  std::string where = parsed.any.empty() ? "true" : "a.tsv @@ (" + TsQuerySql(parsed, &params) + ")";
  where += FilterSql(filter, &params);
  std::optional<FullTextScope> full_text;
  if (!parsed.any.empty()) full_text.emplace(*this);
  Result<PgResult> r = Exec("SELECT coalesce(a.source_name, a.domain, ''), coalesce(a.language, ''),"
                            " substr(a.published, 1, 10), count(*) FROM articles a WHERE " + where + " GROUP BY 1, 2, 3",
                            params);
  if (!r.ok()) return r.error();
  const PgResult& s = r.value();
  FacetCounter counts;
  for (int i = 0; i < s.rows(); ++i) counts.Add(s.Text(i, 0), s.Text(i, 1), s.Text(i, 2), uint64_t(s.Int(i, 3)));
  return counts.Done();
}

Result<uint64_t> PostgresStore::Export(const ArticleFilter& filter,
                                       const std::function<bool(const StoredArticle&)>& each) {
  Params params;
  std::string sql = "SELECT a.id, a.json, a.duplicate_of, a.story FROM articles a WHERE true" + FilterSql(filter, &params) +
                    " ORDER BY a.seq" + LimitSql(filter.limit, filter.offset);
  std::vector<const char*> values;
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  if (!PQsendQueryParams(conn_, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0) ||
      !PQsetSingleRowMode(conn_))
    return Fail("export failed");
  uint64_t n = 0;
  bool more = true, failed = false;
  while (PGresult* raw = PQgetResult(conn_)) {  // drain every result, even after the caller stops
    PgResult row(raw);
    ExecStatusType st = PQresultStatus(raw);
    if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK) failed = true;
    if (st != PGRES_SINGLE_TUPLE || !more) continue;
    ++n;
    more = each(StoredArticle{row.Text(0, 0), WithStoreFields(row.Text(0, 1), row.OptText(0, 2), row.OptText(0, 3)),
                              row.OptText(0, 2), row.OptText(0, 3)});
  }
  if (failed) return Fail("export failed");
  return n;
}

// The same grouping as the SQLite backend's (sqlite_store.cc).
constexpr const char* kEventReports =
    "WITH r AS (SELECT e.source, e.target, e.code, a.seq AS aseq, e.position, a.tone,"
    " coalesce(a.source_name, a.domain, '') AS src,"
    " coalesce(e.date, substr(coalesce(o.published, a.published), 1, 10), '') AS day"
    " FROM events e JOIN articles a ON a.seq = e.article LEFT JOIN articles o ON o.id = a.duplicate_of WHERE true";
constexpr const char* kEventGroups =
    "), g AS (SELECT day, count(*) AS n, count(DISTINCT aseq) AS na, count(DISTINCT src) AS ns, avg(tone) AS t,"
    " min(aseq * 1048576 + position) AS f FROM r GROUP BY source, target, code, day)";

Result<uint64_t> PostgresStore::ExportEvents(const ArticleFilter& filter,
                                             const std::function<bool(const EventSummary&)>& each) {
  Params params;
  ArticleFilter base = filter;
  base.person = base.actor = base.place = base.event = std::nullopt;
  std::string where = FilterSql(base, &params) + AnalysisSql(filter, true, &params);
  Result<PgResult> r = Exec(std::string(kEventReports) + where + kEventGroups +
      " SELECT g.day, g.n, g.na, g.ns, coalesce(g.t, 0), a.id, a.url, a.published, e.sentence, e.source, e.target,"
      " e.code, e.root, e.quad_class, e.goldstein, e.date, e.place, e.place_country, e.lat, e.lon, e.evidence,"
      " e.source_name, e.target_name, e.position FROM g JOIN events e ON e.article = g.f / 1048576 AND e.position = g.f % 1048576"
      " JOIN articles a ON a.seq = e.article ORDER BY g.f" + LimitSql(filter.limit, filter.offset), params);
  if (!r.ok()) return r.error();
  const PgResult& s = r.value();
  uint64_t n = 0;
  for (int i = 0; i < s.rows(); ++i) {
    ++n;
    EventSummary out;
    out.date = s.Text(i, 0);
    out.num_mentions = uint64_t(s.Int(i, 1));
    out.num_articles = uint64_t(s.Int(i, 2));
    out.num_sources = uint64_t(s.Int(i, 3));
    out.tone = std::stod(s.Text(i, 4));
    out.first_article = s.Text(i, 5);
    out.url = s.OptText(i, 6);
    out.published = s.OptText(i, 7);
    out.event = ReadEventColumns(s, i, 8);
    out.position = size_t(s.Int(i, 23));
    if (!each(out)) return n;
  }
  return n;
}

Result<std::vector<StoredStory>> PostgresStore::Stories(size_t limit) {
  Result<PgResult> r = Exec("SELECT id, label, first_time, last_time, actors, places, articles FROM stories"
                            " ORDER BY last_time DESC, seq DESC" + LimitSql(limit, 0));
  if (!r.ok()) return r.error();
  const PgResult& s = r.value();
  std::vector<StoredStory> out;
  for (int i = 0; i < s.rows(); ++i)
    out.push_back(StoredStory{s.Text(i, 0), s.Text(i, 1), s.Text(i, 2), s.Text(i, 3), JsonStrings(s.Text(i, 4)),
                              JsonStrings(s.Text(i, 5)), uint64_t(s.Int(i, 6))});
  return out;
}

Result<StoreStats> PostgresStore::Stats() {
  Result<PgResult> r = Exec(
      "SELECT count(*), count(duplicate_of), count(DISTINCT coalesce(source_name, domain)), min(published),"
      " max(published) FROM articles");
  if (!r.ok()) return r.error();
  StoreStats out;
  const PgResult& s = r.value();
  out.articles = uint64_t(s.Int(0, 0));
  out.duplicates = uint64_t(s.Int(0, 1));
  out.sources = uint64_t(s.Int(0, 2));
  out.first_published = s.OptText(0, 3);
  out.last_published = s.OptText(0, 4);
  out.schema_version = version_;
  Result<PgResult> langs = Exec("SELECT coalesce(language, ''), count(*) FROM articles GROUP BY 1");
  if (!langs.ok()) return langs.error();
  for (int i = 0; i < langs.value().rows(); ++i) out.languages[langs.value().Text(i, 0)] = uint64_t(langs.value().Int(i, 1));
  Result<PgResult> side = Exec(
      "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM entities), (SELECT count(*) FROM quotes),"
      " (SELECT count(*) FROM stories), (SELECT count(*) FROM (" + std::string(kEventReports) + kEventGroups +
      " SELECT 1 FROM g) d)");
  if (!side.ok()) return side.error();
  out.events = uint64_t(side.value().Int(0, 0));
  out.entities = uint64_t(side.value().Int(0, 1));
  out.quotes = uint64_t(side.value().Int(0, 2));
  out.stories = uint64_t(side.value().Int(0, 3));
  out.distinct_events = uint64_t(side.value().Int(0, 4));
  return out;
}

// ---- the web API's reads: story pages, one story, listed events (as the SQLite backend)

Result<std::vector<StoredStory>> PostgresStore::StoryPage(size_t limit, size_t offset) {
  Result<PgResult> r = Exec("SELECT id, label, first_time, last_time, actors, places, articles FROM stories"
                            " ORDER BY last_time DESC, seq DESC" + LimitSql(limit, offset));
  if (!r.ok()) return r.error();
  const PgResult& s = r.value();
  std::vector<StoredStory> out;
  for (int i = 0; i < s.rows(); ++i)
    out.push_back(StoredStory{s.Text(i, 0), s.Text(i, 1), s.Text(i, 2), s.Text(i, 3), JsonStrings(s.Text(i, 4)),
                              JsonStrings(s.Text(i, 5)), uint64_t(s.Int(i, 6))});
  return out;
}

Result<std::optional<StoryDetail>> PostgresStore::GetStory(const std::string& id, size_t limit) {
  Result<PgResult> r = Exec("SELECT id, label, first_time, last_time, actors, places, articles FROM stories WHERE id = $1",
                            {id});
  if (!r.ok()) return r.error();
  const PgResult& s = r.value();
  if (s.rows() == 0) return std::optional<StoryDetail>();
  StoryDetail out;
  out.story = StoredStory{s.Text(0, 0), s.Text(0, 1), s.Text(0, 2), s.Text(0, 3), JsonStrings(s.Text(0, 4)),
                          JsonStrings(s.Text(0, 5)), uint64_t(s.Int(0, 6))};
  Result<PgResult> at = Exec("SELECT id, title, coalesce(source_name, domain), published, duplicate_of FROM articles"
                             " WHERE story = $1 ORDER BY published IS NULL, published, seq" + LimitSql(limit, 0), {id});
  if (!at.ok()) return at.error();
  const PgResult& a = at.value();
  for (int i = 0; i < a.rows(); ++i)
    out.articles.push_back(StoryArticle{a.Text(i, 0), a.OptText(i, 1), a.OptText(i, 2), a.OptText(i, 3), a.OptText(i, 4)});
  return std::optional<StoryDetail>(std::move(out));
}

Result<EventListing> PostgresStore::ListEvents(const EventQuery& q) {
  const std::string day = "coalesce(substr(e.date, 1, 10), substr(a.published, 1, 10), '')";
  Params params;
  auto param = [&](std::string v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  auto range = [&](const std::string& column, const std::string& prefix) {
    std::string p = prefix;
    for (char& c : p) c = char(std::toupper(static_cast<unsigned char>(c)));
    return "(" + column + " >= " + param(p) + " AND " + column + " < " + param(p + "~") + ")";
  };
  std::string where = " WHERE true";
  if (q.from) where += " AND " + day + " <> '' AND " + day + " >= " + param(q.from->substr(0, 10));
  if (q.to) where += " AND " + day + " <> '' AND " + day + " <= " + param(q.to->substr(0, 10));
  if (q.actor) where += " AND (" + range("e.source", *q.actor) + " OR " + range("e.target", *q.actor) + ")";
  if (q.code) where += " AND " + range("e.code", *q.code);
  if (q.root) where += " AND e.root = " + param(*q.root);
  if (q.place) where += " AND lower(e.place) = lower(" + param(*q.place) + ")";
  if (q.quad_class) where += " AND e.quad_class = " + std::to_string(q.quad_class);
  const std::string from = " FROM events e JOIN articles a ON a.seq = e.article";
  EventListing out;
  Result<PgResult> gr = Exec(
      "SELECT " + day + ", e.quad_class, e.source, e.target, e.place,"
      " max(coalesce(e.lat, (SELECT d.lat FROM datelines d WHERE d.article = e.article AND lower(d.name) = lower(e.place) LIMIT 1))),"
      " max(coalesce(e.lon, (SELECT d.lon FROM datelines d WHERE d.article = e.article AND lower(d.name) = lower(e.place) LIMIT 1))),"
      " count(*), sum(e.goldstein)" + from + where + " GROUP BY 1, 2, 3, 4, 5", params);
  if (!gr.ok()) return gr.error();
  const PgResult& g = gr.value();
  for (int i = 0; i < g.rows(); ++i) {
    EventGroup x;
    x.day = g.Text(i, 0);
    x.quad_class = int(g.Int(i, 1));
    x.source = g.OptText(i, 2);
    x.target = g.OptText(i, 3);
    x.place = g.OptText(i, 4);
    if (!g.IsNull(i, 5) && !g.IsNull(i, 6)) x.lat = OptDouble(g, i, 5), x.lon = OptDouble(g, i, 6);
    x.count = uint64_t(g.Int(i, 7));
    x.goldstein_sum = std::stod(g.Text(i, 8));
    out.total += x.count;
    out.groups.push_back(std::move(x));
  }
  if (q.limit == 0 || q.offset >= out.total) return out;
  Result<PgResult> pr = Exec(
      "SELECT a.id, a.title, " + day + ", e.position, e.sentence, e.source, e.target, e.code, e.root, e.quad_class,"
      " e.goldstein, e.date, e.place, e.place_country, e.lat, e.lon, e.evidence, e.source_name, e.target_name" + from + where +
      " ORDER BY e.article, e.position" + LimitSql(q.limit, q.offset), params);
  if (!pr.ok()) return pr.error();
  const PgResult& s = pr.value();
  for (int i = 0; i < s.rows(); ++i) {
    EventRow r;
    r.article = s.Text(i, 0);
    r.article_title = s.OptText(i, 1);
    r.day = s.Text(i, 2);
    r.position = size_t(s.Int(i, 3));
    r.event = ReadEventColumns(s, i, 4);
    out.page.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, const StoreOptions& options) {
  std::string target = Redacted(url);
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = conn ? PQerrorMessage(conn) : "out of memory";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    PQfinish(conn);
    return MakeError("cannot open store: " + msg, target);
  }
  auto store = std::make_unique<PostgresStore>(conn, target);
  if (auto r = store->Init(options); !r.ok()) return r.error();
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dateline::store
