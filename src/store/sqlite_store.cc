// The SQLite backend: one file, WAL journal, a versioned schema
// (sqlite_schema.cc), FTS5 with BM25 for search.
//
// Search scores at most search_rank_limit matches. FTS5 computes BM25 row
// by row (about 1 us each, reading the row's column sizes), so ranking every
// match of a word found in half of 100,000 articles took 55-145 ms for a
// page of 20. A first statement walks the match list from its newest end
// without scoring, through the filter, and counts up to limit + 1 rows; when
// there are more, the ranking statement takes only rowids above the last
// one counted, a range FTS5 seeks to directly.
//
// Put runs a batch in one IMMEDIATE transaction. For each article it checks
// whether the id is stored (then it is skipped: idempotent), finds the first
// stored copy through the content hash and the LSH band index, and inserts
// the article, its authors and datelines; triggers keep the FTS index in
// step. The CPU work (shingles, MinHash) is done before the write lock is
// taken. synchronous=NORMAL in WAL mode loses no committed batch when the
// process dies; a power cut may lose the last batches, never consistency.
#include "store/sqlite_store.h"

#include <filesystem>
#include <string>
#include <vector>

#include "dateline/json.h"
#include "store/common.h"
#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"
#include "store/stories_store.h"

namespace dateline::store {
namespace {

// Prepares each (statement, SQL) pair into its statement; the first failure
// is returned.
template <size_t N>
Result<bool> PrepareAll(Db& db, const std::pair<Stmt*, std::string> (&statements)[N]) {
  for (const auto& [stmt, sql] : statements) {
    Result<Stmt> st = db.Prepare(sql);
    if (!st.ok()) return st.error();
    *stmt = std::move(st.value());
  }
  return true;
}

constexpr size_t kMaxCandidates = 32;
constexpr size_t kDefaultSearchLimit = 20;

// A WHERE clause over `articles a` built from an ArticleFilter, with its
// arguments in order.
struct Where {
  std::string sql;
  std::vector<std::string> args;
  void Add(const std::string& clause, std::vector<std::string> values = {}) {
    sql += (sql.empty() ? " WHERE " : " AND ") + clause;
    for (auto& v : values) args.push_back(std::move(v));
  }
};

// " LIMIT n OFFSET m"; limit 0 means no limit.
std::string LimitSql(size_t limit, size_t offset) {
  std::string out = limit || offset ? " LIMIT " + (limit ? std::to_string(limit) : std::string("-1")) : "";
  return offset ? out + " OFFSET " + std::to_string(offset) : out;
}

// seq: the expression the analysis filters test, the article's seq.
Where FilterClause(const ArticleFilter& f, Where w = {}, const std::string& seq = "a.seq");

// Whether a filter reads the articles row (else only side tables).
bool FiltersArticleRows(const ArticleFilter& f) {
  return f.from || f.to || f.source || f.language || !f.include_duplicates;
}

// The half-open range of codes starting with prefix (upper-cased): codes are
// ASCII letters and digits, all sorting before '~'.
std::vector<std::string> PrefixRange(const std::string& prefix) {
  std::string p = prefix;
  for (char& c : p) c = char(std::toupper(static_cast<unsigned char>(c)));
  return {p, p + "~"};
}

// Filters on the analysis side tables. on_events: actor, place and event
// code filter the rows of `events e` (ExportEvents); otherwise articles
// whose seq has such a row.
Where AnalysisClause(const ArticleFilter& f, bool on_events, Where w, const std::string& seq = "a.seq") {
  if (f.person)
    w.Add(seq + " IN (SELECT article FROM entities WHERE canonical = ? COLLATE NOCASE AND type = 'PERSON')", {*f.person});
  if (f.actor) {
    auto r = PrefixRange(*f.actor);
    if (on_events)
      w.Add("((e.source >= ? AND e.source < ?) OR (e.target >= ? AND e.target < ?))", {r[0], r[1], r[0], r[1]});
    else
      w.Add(seq + " IN (SELECT article FROM entities WHERE actor >= ? AND actor < ? UNION SELECT article FROM events"
            " WHERE source >= ? AND source < ? UNION SELECT article FROM events WHERE target >= ? AND target < ?)",
            {r[0], r[1], r[0], r[1], r[0], r[1]});
  }
  if (f.place) {
    if (on_events)
      w.Add("e.place = ? COLLATE NOCASE", {*f.place});
    else
      w.Add(seq + " IN (SELECT article FROM entities WHERE canonical = ? COLLATE NOCASE AND type = 'PLACE' UNION"
            " SELECT article FROM events WHERE place = ? COLLATE NOCASE UNION"
            " SELECT article FROM datelines WHERE name = ? COLLATE NOCASE)", {*f.place, *f.place, *f.place});
  }
  if (f.event) {
    auto r = PrefixRange(*f.event);
    if (on_events)
      w.Add("e.code >= ? AND e.code < ?", {r[0], r[1]});
    else
      w.Add(seq + " IN (SELECT article FROM events WHERE code >= ? AND code < ?)", {r[0], r[1]});
  }
  return w;
}

// The article filters without the analysis ones (for ExportEvents).
Where BaseClause(ArticleFilter f, Where w = {}) {
  f.actor = f.place = f.event = std::nullopt;
  f.person = std::nullopt;
  return FilterClause(f, std::move(w));
}

Where FilterClause(const ArticleFilter& f, Where w, const std::string& seq) {
  if (f.from) w.Add("a.published >= ?", {*f.from});
  if (f.to) w.Add("a.published <= ?", {InclusiveUpperBound(*f.to)});
  if (f.source) w.Add("(a.source_name = ? COLLATE NOCASE OR a.domain = ? COLLATE NOCASE)", {*f.source, *f.source});
  if (f.language) w.Add("a.language = ?", {*f.language});
  if (!f.include_duplicates) w.Add("a.duplicate_of IS NULL");
  return AnalysisClause(f, false, std::move(w), seq);
}

// Bounds one read call by StoreOptions::query_timeout_ms (0: no bound).
class ReadDeadline {
 public:
  ReadDeadline(Db& db, int ms) : db_(ms > 0 ? &db : nullptr) {
    if (db_) db_->SetDeadline(std::chrono::steady_clock::now() + std::chrono::milliseconds(ms));
  }
  ~ReadDeadline() {
    if (db_) db_->ClearDeadline();
  }

 private:
  Db* db_;
};

constexpr int kStoryKeySlots = 16;  // lookup keys per candidate query (unused slots repeat a key)

// The 15 event columns selected as e.sentence, e.source, e.target, e.code,
// e.root, e.quad_class, e.goldstein, e.date, e.place, e.place_country, e.lat,
// e.lon, e.evidence, e.source_name, e.target_name, starting at column c.
Event ReadEventColumns(Stmt& s, int c) {
  Event e;
  e.sentence = size_t(s.Int(c));
  e.source = s.OptText(c + 1);
  e.target = s.OptText(c + 2);
  e.code = s.Text(c + 3);
  e.root = s.Text(c + 4);
  e.quad_class = int(s.Int(c + 5));
  e.goldstein = s.Double(c + 6);
  e.date = s.OptText(c + 7);
  e.place = s.OptText(c + 8);
  e.place_country = s.OptText(c + 9);
  if (!s.IsNull(c + 10)) e.place_lat = s.Double(c + 10);
  if (!s.IsNull(c + 11)) e.place_lon = s.Double(c + 11);
  e.evidence = s.Text(c + 12);
  e.source_name = s.OptText(c + 13);
  e.target_name = s.OptText(c + 14);
  return e;
}

class SqliteStore final : public Store, private StoryBackend {
 public:
  explicit SqliteStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}

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
  const std::string& target() const override { return db_->path(); }

 private:
  Result<bool> Migrate();
  Result<int64_t> QueryInt(const std::string& sql);
  Result<bool> PrepareStatements();
  Result<bool> PutOne(const Article& a, const Fingerprint& f, PutCounts* counts);
  Result<bool> IsStored(const std::string& id);
  Result<std::optional<std::string>> FindFirstCopy(const Fingerprint& f);
  Result<std::optional<std::string>> FindByContentHash(const Fingerprint& f);
  Result<bool> InsertSideRows(int64_t seq, const Article& a, const Fingerprint& f, bool first_copy);
  Result<Stmt> PrepareFiltered(const std::string& head, const Where& where, const std::string& tail);
  Result<std::optional<int64_t>> RankFloor(const std::string& fts, const ArticleFilter& filter, SearchInfo* info);

  // StoryBackend (stories_store.h), inside Put's transaction.
  Result<bool> PrepareStoryStatements();
  Result<std::optional<std::string>> StoryOfArticle(const std::string& article_id) override;
  Result<std::optional<StoryRow>> LoadStory(const std::string& story_id) override;
  Result<std::pair<std::vector<uint64_t>, uint64_t>> CountFeatures(const std::vector<int64_t>& keys) override;
  Result<std::vector<StoryRow>> Candidates(const std::vector<int64_t>& keys, const std::string& from,
                                           const std::string& to, size_t limit) override;
  Result<bool> SaveStory(const std::string& story_id, const corpus::StoryState& state, const std::vector<int64_t>& keys,
                         const std::string& day, const std::string& article_id) override;

  std::unique_ptr<Db> db_;
  int version_ = 0;
  int query_timeout_ms_ = 0;
  size_t search_rank_limit_ = 0;
  Stmt exists_, insert_, insert_author_, insert_dateline_, insert_band_, by_hash_, candidates_, candidate_, get_;
  Stmt feature_df_, count_feature_, story_of_, load_story_, story_candidates_, save_story_, story_seq_, insert_story_key_, set_story_;
  std::string now_;  // UtcNow() at the start of Put
};

Result<int64_t> SqliteStore::QueryInt(const std::string& sql) {
  Result<Stmt> st = db_->Prepare(sql);
  if (!st.ok()) return st.error();
  int rc = st.value().Step();
  if (rc == SQLITE_ROW) return st.value().Int(0);
  if (rc == SQLITE_DONE) return int64_t{0};
  return db_->Fail("cannot read the store");
}

Result<bool> SqliteStore::Init(const StoreOptions& options) {
  query_timeout_ms_ = options.query_timeout_ms;
  search_rank_limit_ = options.search_rank_limit;
  std::string pragmas = "PRAGMA busy_timeout=" + std::to_string(options.busy_timeout_ms) + ";";
  if (auto r = db_->Exec(pragmas); !r.ok()) return r;
  if (auto r = db_->Exec("PRAGMA journal_mode=WAL;"); !r.ok())
    return MakeError("cannot open store: " + r.error().message, db_->path());
  if (auto r = db_->Exec("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;"); !r.ok())
    return r;
  if (auto r = Migrate(); !r.ok()) return r;
  if (auto r = PrepareStoryStatements(); !r.ok()) return r;
  return PrepareStatements();
}

Result<bool> SqliteStore::PrepareStoryStatements() {
  std::string keys = "?1";
  for (int i = 2; i <= kStoryKeySlots; ++i) keys += ",?" + std::to_string(i);
  std::string from = "?" + std::to_string(kStoryKeySlots + 1), to = "?" + std::to_string(kStoryKeySlots + 2),
              limit = "?" + std::to_string(kStoryKeySlots + 3);
  const std::pair<Stmt*, std::string> statements[] = {
      {&story_of_, "SELECT story FROM articles WHERE id = ?1"},
      {&feature_df_, "SELECT articles FROM story_features WHERE key = ?1"},
      {&count_feature_, "INSERT INTO story_features(key, articles) VALUES (?1, 1)"
                        " ON CONFLICT(key) DO UPDATE SET articles = articles + 1"},
      {&load_story_, "SELECT id, profile FROM stories WHERE id = ?1"},
      {&story_candidates_, "SELECT s.id, s.profile FROM (SELECT story, count(DISTINCT key) AS shared FROM story_keys"
                           " WHERE key IN (" + keys + ") AND day >= " + from + " AND day <= " + to +
                           " GROUP BY story) k JOIN stories s ON s.seq = k.story ORDER BY k.shared DESC, s.seq DESC LIMIT " +
                           limit},
      {&save_story_, "INSERT INTO stories(id, label, first_time, last_time, actors, places, articles, profile)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET label = excluded.label,"
                     " first_time = excluded.first_time, last_time = excluded.last_time, actors = excluded.actors,"
                     " places = excluded.places, articles = excluded.articles, profile = excluded.profile"},
      {&story_seq_, "SELECT seq FROM stories WHERE id = ?1"},
      {&insert_story_key_, "INSERT OR IGNORE INTO story_keys(key, day, story) VALUES (?1, ?2, ?3)"},
      {&set_story_, "UPDATE articles SET story = ?1 WHERE id = ?2"},
  };
  return PrepareAll(*db_, statements);
}

Result<std::optional<std::string>> SqliteStore::StoryOfArticle(const std::string& article_id) {
  story_of_.Bind(1, article_id);
  int rc = story_of_.Step();
  std::optional<std::string> out = rc == SQLITE_ROW ? story_of_.OptText(0) : std::nullopt;
  story_of_.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_->Fail("story lookup failed");
  return out;
}

// Key 0 counts the articles (no feature hashes to 0 in practice).
Result<std::pair<std::vector<uint64_t>, uint64_t>> SqliteStore::CountFeatures(const std::vector<int64_t>& keys) {
  std::pair<std::vector<uint64_t>, uint64_t> out;
  std::vector<int64_t> all = keys;
  all.push_back(0);
  for (int64_t key : all) {
    feature_df_.Bind(1, key);
    int rc = feature_df_.Step();
    uint64_t n = rc == SQLITE_ROW ? uint64_t(feature_df_.Int(0)) : 0;
    feature_df_.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_->Fail("story lookup failed");
    key ? out.first.push_back(n) : void(out.second = n);
    count_feature_.Bind(1, key);
    if (auto r = db_->Run(count_feature_, "counting story features failed"); !r.ok()) return r.error();
  }
  return out;
}

Result<std::optional<StoryRow>> SqliteStore::LoadStory(const std::string& story_id) {
  load_story_.Bind(1, story_id);
  int rc = load_story_.Step();
  std::optional<StoryRow> out;
  if (rc == SQLITE_ROW) out = StoryRow{load_story_.Text(0), load_story_.Text(1)};
  load_story_.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_->Fail("story lookup failed");
  return out;
}

Result<std::vector<StoryRow>> SqliteStore::Candidates(const std::vector<int64_t>& keys, const std::string& from,
                                                      const std::string& to, size_t limit) {
  for (int i = 0; i < kStoryKeySlots; ++i) story_candidates_.Bind(i + 1, keys[size_t(i) % keys.size()]);
  story_candidates_.Bind(kStoryKeySlots + 1, from).Bind(kStoryKeySlots + 2, to).Bind(kStoryKeySlots + 3, int64_t(limit));
  std::vector<StoryRow> out;
  int rc;
  while ((rc = story_candidates_.Step()) == SQLITE_ROW)
    out.push_back(StoryRow{story_candidates_.Text(0), story_candidates_.Text(1)});
  story_candidates_.Reset();
  if (rc != SQLITE_DONE) return db_->Fail("story lookup failed");
  return out;
}

Result<bool> SqliteStore::SaveStory(const std::string& story_id, const corpus::StoryState& state,
                                    const std::vector<int64_t>& keys, const std::string& day,
                                    const std::string& article_id) {
  save_story_.Bind(1, story_id).Bind(2, state.label).Bind(3, state.first).Bind(4, state.last);
  save_story_.Bind(5, JsonArray(corpus::TopNames(state, "e:"))).Bind(6, JsonArray(corpus::TopNames(state, "l:")));
  save_story_.Bind(7, int64_t(state.articles)).Bind(8, corpus::EncodeStory(state));
  if (auto r = db_->Run(save_story_, "saving a story failed"); !r.ok()) return r;
  story_seq_.Bind(1, story_id);
  int rc = story_seq_.Step();
  int64_t seq = rc == SQLITE_ROW ? story_seq_.Int(0) : 0;
  story_seq_.Reset();
  if (rc != SQLITE_ROW) return db_->Fail("saving a story failed");
  for (int64_t key : keys) {
    insert_story_key_.Bind(1, key).Bind(2, day).Bind(3, seq);
    if (auto r = db_->Run(insert_story_key_, "saving a story failed"); !r.ok()) return r;
  }
  set_story_.Bind(1, story_id).Bind(2, article_id);
  return db_->Run(set_story_, "saving a story failed");
}

Result<bool> SqliteStore::Migrate() {
  const auto& steps = SqliteMigrations();
  if (auto r = db_->Exec("BEGIN IMMEDIATE"); !r.ok()) return MakeError("cannot open store: " + r.error().message, db_->path());
  auto fail = [&](Error e) {
    db_->Exec("ROLLBACK");
    return e;
  };
  Result<int64_t> has_meta = QueryInt("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
  if (!has_meta.ok()) return fail(has_meta.error());
  Result<int64_t> version = has_meta.value()
      ? QueryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key='schema_version'") : Result<int64_t>(int64_t{0});
  if (!version.ok()) return fail(version.error());
  if (!has_meta.value()) {
    Result<int64_t> tables = QueryInt("SELECT count(*) FROM sqlite_master");
    if (!tables.ok()) return fail(tables.error());
    if (tables.value() > 0) return fail(MakeError("an SQLite database but not a Dateline store", db_->path()));
  }
  if (version.value() > int64_t(steps.size()))
    return fail(MakeError("store schema version " + std::to_string(version.value()) + " is newer than this dateline reads (" +
                          std::to_string(steps.size()) + "); upgrade dateline", db_->path()));
  for (size_t v = size_t(version.value()); v < steps.size(); ++v)
    if (auto r = db_->Exec(steps[v]); !r.ok())
      return fail(MakeError("migration to schema version " + std::to_string(v + 1) + " failed: " + r.error().message, db_->path()));
  std::string set = "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '" + std::to_string(steps.size()) + "')";
  if (auto r = db_->Exec(set); !r.ok()) return fail(r.error());
  if (auto r = db_->Exec("COMMIT"); !r.ok()) return fail(r.error());
  version_ = int(steps.size());
  return true;
}

Result<bool> SqliteStore::PrepareStatements() {
  std::string keys = "?1";
  for (int i = 2; i <= kLshBands; ++i) keys += ",?" + std::to_string(i);
  const std::pair<Stmt*, std::string> statements[] = {
      {&exists_, "SELECT 1 FROM articles WHERE id = ?1"},
      {&insert_,
       "INSERT OR IGNORE INTO articles(id, input, url, source_name, domain, language, title, published, text, json,"
       " duplicate_of, content_hash, minhash, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
       " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"},
      {&insert_author_, "INSERT INTO authors(article, position, name, role) VALUES (?1, ?2, ?3, ?4)"},
      {&insert_dateline_, "INSERT INTO datelines(article, position, name, country, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&insert_band_, "INSERT OR IGNORE INTO article_bands(key, article) VALUES (?1, ?2)"},
      {&by_hash_, "SELECT id, duplicate_of FROM articles WHERE content_hash = ?1 ORDER BY seq LIMIT 1"},
      {&candidates_, "SELECT DISTINCT article FROM article_bands WHERE key IN (" + keys + ") ORDER BY article LIMIT " +
                         std::to_string(kMaxCandidates)},
      {&candidate_, "SELECT id, text FROM articles WHERE seq = ?1"},
      {&get_, "SELECT id, json, duplicate_of, story FROM articles WHERE id = ?1"},
  };
  return PrepareAll(*db_, statements);
}

Result<PutCounts> SqliteStore::Put(const std::vector<Article>& batch) {
  std::vector<Fingerprint> prints;
  prints.reserve(batch.size());
  for (const Article& a : batch) prints.push_back(FingerprintOf(a.text));
  if (auto r = db_->Exec("BEGIN IMMEDIATE"); !r.ok()) return r.error();
  PutCounts counts;
  now_ = UtcNow();
  Result<int64_t> next_seq = QueryInt("SELECT coalesce(max(seq), 0) + 1 FROM articles");
  if (!next_seq.ok()) {
    db_->Exec("ROLLBACK");
    return next_seq.error();
  }
  for (size_t i = 0; i < batch.size(); ++i) {
    if (auto r = PutOne(batch[i], prints[i], &counts); !r.ok()) {
      db_->Exec("ROLLBACK");
      return MakeError("cannot store article " + batch[i].id + ": " + r.error().message, db_->path());
    }
  }
  if (counts.added)
    if (auto r = db_->Exec(SqliteFillSideTables(next_seq.value())); !r.ok()) {
      db_->Exec("ROLLBACK");
      return MakeError("cannot store the analysis: " + r.error().message, db_->path());
    }
  if (auto r = db_->Exec("COMMIT"); !r.ok()) {
    db_->Exec("ROLLBACK");
    return r.error();
  }
  return counts;
}

Result<bool> SqliteStore::IsStored(const std::string& id) {
  exists_.Bind(1, id);
  int rc = exists_.Step();
  exists_.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_->Fail("lookup failed");
  return rc == SQLITE_ROW;
}

Result<bool> SqliteStore::PutOne(const Article& a, const Fingerprint& f, PutCounts* counts) {
  Result<bool> stored = IsStored(a.id);
  if (!stored.ok()) return stored;
  if (stored.value()) {
    ++counts->present;
    return true;
  }
  Result<std::optional<std::string>> copy_of = FindFirstCopy(f);
  if (!copy_of.ok()) return copy_of.error();
  std::string json = ArticleToJson(a);
  insert_.Bind(1, a.id).Bind(2, a.input).Bind(3, a.url).Bind(4, a.source.name).Bind(5, a.source.domain);
  insert_.Bind(6, a.language).Bind(7, a.title).Bind(8, a.published).Bind(9, a.text).Bind(10, json);
  insert_.Bind(11, copy_of.value()).Bind(12, f.content_hash);
  if (f.comparable) insert_.BindBlob(13, f.minhash.data(), sizeof f.minhash);
  if (auto r = db_->Run(insert_, "insert failed"); !r.ok()) return r;
  if (db_->Changes() == 0) {
    ++counts->present;
    return true;
  }
  ++counts->added;
  if (copy_of.value()) ++counts->duplicates;
  if (auto r = InsertSideRows(db_->LastRowid(), a, f, !copy_of.value()); !r.ok()) return r;
  return AssignStory(*this, a, copy_of.value(), now_);
}

Result<bool> SqliteStore::InsertSideRows(int64_t seq, const Article& a, const Fingerprint& f, bool first_copy) {
  for (size_t i = 0; i < a.authors.size(); ++i) {
    insert_author_.Bind(1, seq).Bind(2, int64_t(i)).Bind(3, a.authors[i].name).Bind(4, a.authors[i].role);
    if (auto r = db_->Run(insert_author_, "insert author failed"); !r.ok()) return r;
  }
  for (size_t i = 0; i < a.dateline.size(); ++i) {
    const DatelinePlace& p = a.dateline[i];
    insert_dateline_.Bind(1, seq).Bind(2, int64_t(i)).Bind(3, p.name).Bind(4, p.country);
    p.lat ? insert_dateline_.Bind(5, *p.lat) : insert_dateline_.BindNull(5);
    p.lon ? insert_dateline_.Bind(6, *p.lon) : insert_dateline_.BindNull(6);
    if (auto r = db_->Run(insert_dateline_, "insert dateline failed"); !r.ok()) return r;
  }
  if (!first_copy || !f.comparable) return true;
  for (int64_t key : f.keys) {
    insert_band_.Bind(1, key).Bind(2, seq);
    if (auto r = db_->Run(insert_band_, "insert signature failed"); !r.ok()) return r;
  }
  return true;
}

Result<std::optional<std::string>> SqliteStore::FindByContentHash(const Fingerprint& f) {
  by_hash_.Bind(1, f.content_hash);
  std::optional<std::string> found;
  int rc = by_hash_.Step();
  if (rc == SQLITE_ROW) found = by_hash_.IsNull(1) ? by_hash_.Text(0) : by_hash_.Text(1);
  by_hash_.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_->Fail("duplicate lookup failed");
  return found;
}

Result<std::optional<std::string>> SqliteStore::FindFirstCopy(const Fingerprint& f) {
  if (!f.comparable) return std::optional<std::string>();
  Result<std::optional<std::string>> same = FindByContentHash(f);
  if (!same.ok() || same.value()) return same;
  for (int i = 0; i < kLshBands; ++i) candidates_.Bind(i + 1, f.keys[i]);
  std::vector<int64_t> seqs;
  int rc;
  while ((rc = candidates_.Step()) == SQLITE_ROW) seqs.push_back(candidates_.Int(0));
  candidates_.Reset();
  if (rc != SQLITE_DONE) return db_->Fail("duplicate lookup failed");
  for (int64_t seq : seqs) {
    candidate_.Bind(1, seq);
    if (candidate_.Step() != SQLITE_ROW) {
      candidate_.Reset();
      return db_->Fail("duplicate lookup failed");
    }
    std::string id = candidate_.Text(0);
    bool copy = IsNearDuplicate(f.shingles, Shingles(candidate_.Text(1)));
    candidate_.Reset();
    if (copy) return std::optional<std::string>(std::move(id));
  }
  return std::optional<std::string>();
}

Result<std::optional<StoredArticle>> SqliteStore::Get(const std::string& id) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  get_.Bind(1, id);
  int rc = get_.Step();
  std::optional<StoredArticle> out;
  if (rc == SQLITE_ROW)
    out = StoredArticle{get_.Text(0), WithStoreFields(get_.Text(1), get_.OptText(2), get_.OptText(3)), get_.OptText(2),
                        get_.OptText(3)};
  get_.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_->Fail("lookup failed");
  return out;
}

Result<Stmt> SqliteStore::PrepareFiltered(const std::string& head, const Where& where, const std::string& tail) {
  Result<Stmt> st = db_->Prepare(head + where.sql + tail);
  if (!st.ok()) return st;
  for (size_t i = 0; i < where.args.size(); ++i) st.value().Bind(int(i + 1), where.args[i]);
  return st;
}

// The tables and WHERE clause of a full-text match: the FTS index, joined
// (`join`: "JOIN" or "CROSS JOIN") with the articles' covering index when
// the caller or the filter reads an article column. The side-table filters
// test the FTS rowid (unary +: as a filter, not as rowid lookups into the
// FTS index), before any join.
struct FtsFrom {
  std::string tables;
  Where where;
};
FtsFrom FtsMatch(const std::string& fts, const ArticleFilter& filter, const std::string& join, bool article_columns) {
  Where match;
  match.Add("articles_fts MATCH ?", {fts});
  FtsFrom out{"articles_fts", FilterClause(filter, std::move(match), "+articles_fts.rowid")};
  if (article_columns || FiltersArticleRows(filter))
    out.tables += " " + join + " articles a INDEXED BY articles_summary ON a.seq = articles_fts.rowid";
  return out;
}

// Counts the matches of fts and filter from the newest, up to
// search_rank_limit + 1. Returns the rowid that ranked matches lie above
// when there are more than the limit, else nullopt (rank them all).
Result<std::optional<int64_t>> SqliteStore::RankFloor(const std::string& fts, const ArticleFilter& filter,
                                                      SearchInfo* info) {
  const size_t n = search_rank_limit_;
  FtsFrom from = FtsMatch(fts, filter, "CROSS JOIN", false);  // the match list drives, newest first
  Result<Stmt> st = PrepareFiltered("SELECT count(*), min(seq) FROM (SELECT articles_fts.rowid AS seq FROM " + from.tables,
                                    from.where, " ORDER BY articles_fts.rowid DESC" + LimitSql(n ? n + 1 : 0, 0) + ")");
  if (!st.ok()) return st.error();
  if (st.value().Step() != SQLITE_ROW) return db_->Fail("search failed");
  uint64_t matches = uint64_t(st.value().Int(0));
  *info = SearchInfo{matches, n && matches > n};
  if (!info->bounded) return std::optional<int64_t>();
  info->ranked_among = n;
  return std::optional<int64_t>(st.value().Int(1));
}

Result<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, const ArticleFilter& filter,
                                                   SearchInfo* info) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  std::string fts = ToFts5Query(query);
  if (fts.empty()) return MakeError("the query has no words to search for: \"" + query + "\"");
  SearchInfo ranked;
  Result<std::optional<int64_t>> floor = RankFloor(fts, filter, &ranked);
  if (!floor.ok()) return floor.error();
  if (info) *info = ranked;
  if (ranked.ranked_among == 0) return std::vector<SearchHit>();
  FtsFrom from = FtsMatch(fts, filter, "JOIN", false);
  if (floor.value()) from.where.Add("articles_fts.rowid > " + std::to_string(*floor.value()));
  size_t limit = filter.limit ? filter.limit : kDefaultSearchLimit;
  // Rank the filtered matches (ORDER BY an expression: FTS5 would otherwise
  // rank every match before the filter), then read the page's rows and
  // snippets only.
  from.where.args.push_back(fts);
  Result<Stmt> st = PrepareFiltered(
      "WITH page AS (SELECT articles_fts.rowid AS seq, rank FROM " + from.tables,
      from.where, " ORDER BY rank + 0" + LimitSql(limit, filter.offset) + ")"
      " SELECT a.id, a.title, coalesce(a.source_name, a.domain), a.published, a.language, a.url, a.duplicate_of,"
      " -page.rank, snippet(articles_fts, -1, '[', ']', '…', 16) FROM page"  // CROSS JOIN: page rows drive
      " CROSS JOIN articles_fts ON articles_fts.rowid = page.seq AND articles_fts MATCH ?"
      " CROSS JOIN articles a ON a.seq = page.seq ORDER BY page.rank, page.seq");
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  std::vector<SearchHit> hits;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    hits.push_back(SearchHit{s.Text(0), s.OptText(1), s.OptText(2), s.OptText(3), s.OptText(4), s.OptText(5),
                             s.OptText(6), s.Double(7), s.Text(8)});
  if (rc != SQLITE_DONE) return db_->Fail("search failed");
  return hits;
}

Result<SearchFacets> SqliteStore::Facets(const std::string& query, const ArticleFilter& filter) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  std::string fts = ToFts5Query(query);
  FtsFrom from = fts.empty() ? FtsFrom{"articles a", FilterClause(filter)} : FtsMatch(fts, filter, "JOIN", true);
  // Counted here, not by GROUP BY: SQLite groups by sorting every match.
  Result<Stmt> st = PrepareFiltered("SELECT coalesce(a.source_name, a.domain, ''), coalesce(a.language, ''),"
                                    " substr(a.published, 1, 10) FROM " + from.tables, from.where, "");
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  FacetCounter counts;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) counts.Add(s.View(0), s.View(1), s.View(2));
  if (rc != SQLITE_DONE) return db_->Fail("facets failed");
  return counts.Done();
}

Result<uint64_t> SqliteStore::Export(const ArticleFilter& filter,
                                     const std::function<bool(const StoredArticle&)>& each) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  std::string tail = " ORDER BY a.seq" + LimitSql(filter.limit, filter.offset);
  Result<Stmt> st = PrepareFiltered("SELECT a.id, a.json, a.duplicate_of, a.story FROM articles a", FilterClause(filter), tail);
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  uint64_t n = 0;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    ++n;
    StoredArticle a{s.Text(0), WithStoreFields(s.Text(1), s.OptText(2), s.OptText(3)), s.OptText(2), s.OptText(3)};
    if (!each(a)) return n;
  }
  if (rc != SQLITE_DONE) return db_->Fail("export failed");
  return n;
}

// Distinct events: the grouping of EventSummary over the filtered reports.
// `r` holds one row per report; `g` one per distinct event with its counts
// and its first report (article seq and event position packed in f).
constexpr const char* kEventReports =
    "WITH r AS (SELECT e.source, e.target, e.code, a.seq AS aseq, e.position, a.tone,"
    " coalesce(a.source_name, a.domain, '') AS src,"
    " coalesce(e.date, substr(coalesce(o.published, a.published), 1, 10), '') AS day"
    " FROM events e JOIN articles a INDEXED BY articles_summary ON a.seq = e.article"
    " LEFT JOIN articles o ON o.id = a.duplicate_of";
constexpr const char* kEventGroups =
    "), g AS (SELECT day, count(*) AS n, count(DISTINCT aseq) AS na, count(DISTINCT src) AS ns, avg(tone) AS t,"
    " min(aseq * 1048576 + position) AS f FROM r GROUP BY source, target, code, day)";

Result<uint64_t> SqliteStore::ExportEvents(const ArticleFilter& filter,
                                           const std::function<bool(const EventSummary&)>& each) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  Where where = AnalysisClause(filter, true, BaseClause(filter));
  Result<Stmt> st = PrepareFiltered(kEventReports, where, std::string(kEventGroups) +
      " SELECT g.day, g.n, g.na, g.ns, coalesce(g.t, 0), a.id, a.url, a.published, e.sentence, e.source, e.target,"
      " e.code, e.root, e.quad_class, e.goldstein, e.date, e.place, e.place_country, e.lat, e.lon, e.evidence,"
      " e.source_name, e.target_name, e.position FROM g JOIN events e ON e.article = g.f / 1048576 AND e.position = g.f % 1048576"
      " JOIN articles a ON a.seq = e.article ORDER BY g.f" + LimitSql(filter.limit, filter.offset));
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  uint64_t n = 0;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    ++n;
    EventSummary out;
    out.date = s.Text(0);
    out.num_mentions = uint64_t(s.Int(1));
    out.num_articles = uint64_t(s.Int(2));
    out.num_sources = uint64_t(s.Int(3));
    out.tone = s.Double(4);
    out.first_article = s.Text(5);
    out.url = s.OptText(6);
    out.published = s.OptText(7);
    out.event = ReadEventColumns(s, 8);
    out.position = size_t(s.Int(23));
    if (!each(out)) return n;
  }
  if (rc != SQLITE_DONE) return db_->Fail("event export failed");
  return n;
}

Result<std::vector<StoredStory>> SqliteStore::Stories(size_t limit) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  Result<Stmt> st = db_->Prepare("SELECT id, label, first_time, last_time, actors, places, articles FROM stories"
                                 " ORDER BY last_time DESC, seq DESC" + LimitSql(limit, 0));
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  std::vector<StoredStory> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    out.push_back(StoredStory{s.Text(0), s.Text(1), s.Text(2), s.Text(3), JsonStrings(s.Text(4)), JsonStrings(s.Text(5)),
                              uint64_t(s.Int(6))});
  if (rc != SQLITE_DONE) return db_->Fail("cannot read stories");
  return out;
}

Result<StoreStats> SqliteStore::Stats() {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  Result<Stmt> st = db_->Prepare(
      "SELECT count(*), count(duplicate_of), count(DISTINCT coalesce(source_name, domain)), min(published),"
      " max(published) FROM articles");
  if (!st.ok()) return st.error();
  StoreStats out;
  Stmt& s = st.value();
  if (s.Step() != SQLITE_ROW) return db_->Fail("cannot read the store");
  out.articles = uint64_t(s.Int(0));
  out.duplicates = uint64_t(s.Int(1));
  out.sources = uint64_t(s.Int(2));
  out.first_published = s.OptText(3);
  out.last_published = s.OptText(4);
  out.schema_version = version_;
  Result<Stmt> langs = db_->Prepare("SELECT coalesce(language, ''), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC");
  if (!langs.ok()) return langs.error();
  int rc;
  while ((rc = langs.value().Step()) == SQLITE_ROW) out.languages[langs.value().Text(0)] = uint64_t(langs.value().Int(1));
  if (rc != SQLITE_DONE) return db_->Fail("cannot read the store");
  Result<Stmt> side = db_->Prepare(
      "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM entities), (SELECT count(*) FROM quotes),"
      " (SELECT count(*) FROM stories), (SELECT count(*) FROM (" + std::string(kEventReports) + kEventGroups +
      " SELECT 1 FROM g))");
  if (!side.ok()) return side.error();
  if (side.value().Step() != SQLITE_ROW) return db_->Fail("cannot read the store");
  out.events = uint64_t(side.value().Int(0));
  out.entities = uint64_t(side.value().Int(1));
  out.quotes = uint64_t(side.value().Int(2));
  out.stories = uint64_t(side.value().Int(3));
  out.distinct_events = uint64_t(side.value().Int(4));
  return out;
}

// ---- the web API's reads: story pages, one story, listed events

Result<std::vector<StoredStory>> SqliteStore::StoryPage(size_t limit, size_t offset) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  Result<Stmt> st = db_->Prepare("SELECT id, label, first_time, last_time, actors, places, articles FROM stories"
                                 " ORDER BY last_time DESC, seq DESC" + LimitSql(limit, offset));
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  std::vector<StoredStory> out;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW)
    out.push_back(StoredStory{s.Text(0), s.Text(1), s.Text(2), s.Text(3), JsonStrings(s.Text(4)), JsonStrings(s.Text(5)),
                              uint64_t(s.Int(6))});
  if (rc != SQLITE_DONE) return db_->Fail("cannot read stories");
  return out;
}

Result<std::optional<StoryDetail>> SqliteStore::GetStory(const std::string& id, size_t limit) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  Result<Stmt> st = db_->Prepare("SELECT id, label, first_time, last_time, actors, places, articles FROM stories WHERE id = ?1");
  if (!st.ok()) return st.error();
  Stmt& s = st.value();
  s.Bind(1, id);
  int rc = s.Step();
  if (rc == SQLITE_DONE) return std::optional<StoryDetail>();
  if (rc != SQLITE_ROW) return db_->Fail("cannot read the story");
  StoryDetail out;
  out.story = StoredStory{s.Text(0), s.Text(1), s.Text(2), s.Text(3), JsonStrings(s.Text(4)), JsonStrings(s.Text(5)),
                          uint64_t(s.Int(6))};
  Result<Stmt> at = db_->Prepare("SELECT id, title, coalesce(source_name, domain), published, duplicate_of FROM articles"
                                 " WHERE story = ?1 ORDER BY published IS NULL, published, seq" + LimitSql(limit, 0));
  if (!at.ok()) return at.error();
  Stmt& a = at.value();
  a.Bind(1, id);
  while ((rc = a.Step()) == SQLITE_ROW)
    out.articles.push_back(StoryArticle{a.Text(0), a.OptText(1), a.OptText(2), a.OptText(3), a.OptText(4)});
  if (rc != SQLITE_DONE) return db_->Fail("cannot read the story's articles");
  return std::optional<StoryDetail>(std::move(out));
}

// An event's day: its own date, else its article's publication date.
constexpr const char* kEventDay = "coalesce(substr(e.date, 1, 10), substr(a.published, 1, 10), '')";

Result<EventListing> SqliteStore::ListEvents(const EventQuery& q) {
  ReadDeadline deadline(*db_, query_timeout_ms_);
  const std::string day = kEventDay;
  Where w;
  if (q.from) w.Add(day + " <> '' AND " + day + " >= ?", {q.from->substr(0, 10)});
  if (q.to) w.Add(day + " <> '' AND " + day + " <= ?", {q.to->substr(0, 10)});
  if (q.actor) {
    auto r = PrefixRange(*q.actor);
    w.Add("((e.source >= ? AND e.source < ?) OR (e.target >= ? AND e.target < ?))", {r[0], r[1], r[0], r[1]});
  }
  if (q.code) {
    auto r = PrefixRange(*q.code);
    w.Add("e.code >= ? AND e.code < ?", {r[0], r[1]});
  }
  if (q.root) w.Add("e.root = ?", {*q.root});
  if (q.place) w.Add("e.place = ? COLLATE NOCASE", {*q.place});
  if (q.quad_class) w.Add("e.quad_class = " + std::to_string(q.quad_class));
  const std::string from = " FROM events e JOIN articles a ON a.seq = e.article";
  EventListing out;
  Result<Stmt> gt = PrepareFiltered(
      "SELECT " + day + ", e.quad_class, e.source, e.target, e.place,"
      " max(coalesce(e.lat, (SELECT d.lat FROM datelines d WHERE d.article = e.article AND d.name = e.place COLLATE NOCASE))),"
      " max(coalesce(e.lon, (SELECT d.lon FROM datelines d WHERE d.article = e.article AND d.name = e.place COLLATE NOCASE))),"
      " count(*), sum(e.goldstein)" + from, w, " GROUP BY 1, 2, 3, 4, 5");
  if (!gt.ok()) return gt.error();
  Stmt& g = gt.value();
  int rc;
  while ((rc = g.Step()) == SQLITE_ROW) {
    EventGroup x;
    x.day = g.Text(0);
    x.quad_class = int(g.Int(1));
    x.source = g.OptText(2);
    x.target = g.OptText(3);
    x.place = g.OptText(4);
    if (!g.IsNull(5) && !g.IsNull(6)) x.lat = g.Double(5), x.lon = g.Double(6);
    x.count = uint64_t(g.Int(7));
    x.goldstein_sum = g.Double(8);
    out.total += x.count;
    out.groups.push_back(std::move(x));
  }
  if (rc != SQLITE_DONE) return db_->Fail("cannot count events");
  if (q.limit == 0 || q.offset >= out.total) return out;
  Result<Stmt> pt = PrepareFiltered(
      "SELECT a.id, a.title, " + day + ", e.position, e.sentence, e.source, e.target, e.code, e.root, e.quad_class,"
      " e.goldstein, e.date, e.place, e.place_country, e.lat, e.lon, e.evidence, e.source_name, e.target_name" + from, w,
      " ORDER BY e.article, e.position" + LimitSql(q.limit, q.offset));
  if (!pt.ok()) return pt.error();
  Stmt& s = pt.value();
  while ((rc = s.Step()) == SQLITE_ROW) {
    EventRow r;
    r.article = s.Text(0);
    r.article_title = s.OptText(1);
    r.day = s.Text(2);
    r.position = size_t(s.Int(3));
    r.event = ReadEventColumns(s, 4);
    out.page.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return db_->Fail("cannot list events");
  return out;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  if (!options.create && path != ":memory:" && !std::filesystem::exists(path, ec))
    return MakeError("no store here (dateline ingest creates one)", path);
  if (std::filesystem::is_directory(path, ec)) return MakeError("cannot open store: is a directory", path);
  Result<std::unique_ptr<Db>> db = Db::Open(path, options.create);
  if (!db.ok()) return db.error();
  auto store = std::make_unique<SqliteStore>(std::move(db.value()));
  if (auto r = store->Init(options); !r.ok()) return r.error();
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dateline::store
