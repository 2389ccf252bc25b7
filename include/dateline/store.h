// Store: where analysed articles are kept, searched and exported. One
// interface, opened from a target string:
//   - a file path (or "sqlite:PATH"): SQLite, created when missing, WAL mode;
//   - "postgresql://..." or "postgres://...": a PostgreSQL server.
//
// Guarantees:
//   - Idempotent: an article is keyed by Article::id (the input record's id or
//     a stable hash of the input), so putting it again adds nothing.
//   - Atomic batches: Put writes a whole batch in one transaction or nothing,
//     so a process killed at any moment (kill -9) leaves a consistent store,
//     and running the same ingest again fills in exactly what is missing.
//   - Versioned schema: Open applies pending migrations in one transaction and
//     refuses a store written by a newer Dateline.
//   - Near-duplicates: each new article is compared with the stored ones
//     (corpus.h); a copy gets duplicate_of = the id of the first copy stored.
//
// Threading: a Store is NOT thread-safe: one thread at a time may call it
// (handing it from thread to thread is fine; concurrent calls are not). For
// parallel readers, open the same target once per thread. Several Stores, in one process or many, may share a
// target: writers are serialised by the database (SQLite waits up to
// StoreOptions::busy_timeout_ms for the write lock).
//
// Errors (cannot open, not a database, newer schema, disk full) come back as
// Error values naming the target; nothing throws.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dateline/article.h"
#include "dateline/result.h"

namespace dateline {

// The store schema version this build writes (independent of the article
// JSON's kSchemaVersion).
inline constexpr int kStoreSchemaVersion = 3;

struct StoreOptions {
  bool create = true;            // create the database/tables when missing
  int busy_timeout_ms = 10000;   // SQLite: how long to wait for another writer
  int query_timeout_ms = 0;      // > 0: a read (Get, Search, Facets, Export, Stats) taking longer fails
                                 // with an Error (PostgreSQL: statement_timeout, on every statement)
  size_t search_rank_limit = 5000;  // Search ranks at most this many matches of its query and filter: the
                                    // most recently stored ones (SearchInfo says when it did); 0 = all.
                                    // Ranking costs about 1 us a match in SQLite, 15 us in PostgreSQL
};

// Counts from one Put (or a whole ingest, summed).
struct PutCounts {
  uint64_t added = 0;       // new articles written
  uint64_t present = 0;     // already stored under the same id: skipped
  uint64_t duplicates = 0;  // of `added`, how many are copies of a stored article
  PutCounts& operator+=(const PutCounts& o) {
    added += o.added;
    present += o.present;
    duplicates += o.duplicates;
    return *this;
  }
};

// Which articles a search or export considers. Unset fields do not filter.
struct ArticleFilter {
  std::optional<std::string> from;      // published on or after (ISO date or date-time)
  std::optional<std::string> to;        // published on or before (a date includes that whole day)
  std::optional<std::string> source;    // source name or domain, case-insensitive
  std::optional<std::string> language;  // ISO 639-1
  bool include_duplicates = true;       // false: first copies only
  size_t limit = 0;                     // 0 = no limit (search applies its own default)
  size_t offset = 0;                    // search and export: skip this many first (pagination)
  // Analysis filters (indexed side tables). Articles: any match in the
  // article; ExportEvents: person filters articles, the others the events.
  std::optional<std::string> person;    // a PERSON entity's canonical name, case-insensitive
  std::optional<std::string> actor;     // CAMEO actor code prefix: "RUS" matches RUS, RUSGOV (entity or event actor)
  std::optional<std::string> place;     // a PLACE entity, event place or dateline city, case-insensitive
  std::optional<std::string> event;     // CAMEO event code prefix: "04" (a root) or "042"
};

struct SearchHit {
  std::string id;
  std::optional<std::string> title;
  std::optional<std::string> source;  // name, else domain
  std::optional<std::string> published;
  std::optional<std::string> language;
  std::optional<std::string> url;
  std::optional<std::string> duplicate_of;
  double score = 0;     // higher is better (negated BM25 for SQLite, ts_rank for PostgreSQL)
  std::string snippet;  // matched words in [brackets]
};

// What one Search ranked. A query matching more articles (after the filter)
// than StoreOptions::search_rank_limit is ranked among the most recently
// stored of them only, so a word found in half the store costs what a
// narrower query costs; pages end after the ranked ones.
struct SearchInfo {
  uint64_t ranked_among = 0;  // matches ranked: every match, or search_rank_limit of them
  bool bounded = false;       // true: more articles match than were ranked (Facets counts them all)
};

// One stored article: the article JSON (OUTPUT.md) with two fields the
// store adds at the end: "duplicate_of" and "story" (id or null).
struct StoredArticle {
  std::string id;
  std::string json;
  std::optional<std::string> duplicate_of;
  std::optional<std::string> story;
};

// Counts over every article a query and filter match (limit and offset
// ignored): the facets and the timeline of a search.
struct SearchFacets {
  uint64_t total = 0;
  std::vector<std::pair<std::string, uint64_t>> sources;    // most articles first; "" = unknown
  std::vector<std::pair<std::string, uint64_t>> languages;  // most articles first; "" = unknown
  std::vector<std::pair<std::string, uint64_t>> days;       // "YYYY-MM-DD" ascending; undated not counted
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t duplicates = 0;  // articles with duplicate_of set
  uint64_t sources = 0;     // distinct source names (or domains when unnamed)
  std::map<std::string, uint64_t> languages;  // language -> articles ("" = unknown)
  std::optional<std::string> first_published, last_published;
  int schema_version = 0;
  uint64_t events = 0;           // coded events, every report
  uint64_t distinct_events = 0;  // counted once (see EventSummary)
  uint64_t entities = 0;         // distinct entities per article, summed
  uint64_t quotes = 0;
  uint64_t stories = 0;
};

// One distinct event for ExportEvents. Reports of the same happening count
// once: events with the same source, target, code and date, where the date
// is the event's own, else its article's publication date, and a syndicated
// copy takes its first copy's date, so a wire story republished fifty times
// is one event with num_articles 50.
struct EventSummary {
  Event event;                           // as first reported (ingest order)
  std::string date;                      // the grouping date ("" when unknown)
  std::string first_article;             // id of the article that reported it first
  size_t position = 0;                   // the event's index in that article's events
  std::optional<std::string> url;        // that article's URL
  std::optional<std::string> published;  // and publication date
  double tone = 0;                       // mean tone polarity of the reporting articles
  uint64_t num_mentions = 0;             // coded reports (an article may report it twice)
  uint64_t num_articles = 0;             // distinct articles, copies included
  uint64_t num_sources = 0;              // distinct sources (name, else domain)
};

// A story: articles about the same happening (corpus/stories.h).
struct StoredStory {
  std::string id;
  std::string label;                // the most central article's title, else top entities
  std::string first, last;          // publication (else ingest) times of its first and last articles
  std::vector<std::string> actors;  // main actors (canonical names), most weight first, at most 3
  std::vector<std::string> places;  // main places, at most 3
  uint64_t articles = 0;
};

// A story's article, for the story view (first published first).
struct StoryArticle {
  std::string id;
  std::optional<std::string> title;
  std::optional<std::string> source;  // name, else domain
  std::optional<std::string> published;
  std::optional<std::string> duplicate_of;
};

// A story with its articles (Store::GetStory).
struct StoryDetail {
  StoredStory story;
  std::vector<StoryArticle> articles;  // at most the limit asked for
};

// Which coded events Store::ListEvents reads (every report counts; unset
// fields do not filter). The day of an event is its own date, else its
// article's publication date ("" when neither is known; a from/to filter
// then excludes it).
struct EventQuery {
  std::optional<std::string> from, to;  // event day on or after / on or before (ISO date; the first 10 characters count)
  std::optional<std::string> actor;     // source or target actor code starts with this (case-insensitive)
  std::optional<std::string> code;      // CAMEO event code starts with this ("04", "042")
  std::optional<std::string> root;      // CAMEO root, exactly
  std::optional<std::string> place;     // event place, case-insensitive
  int quad_class = 0;                   // 1..4; 0 = any
  size_t limit = 20;                    // the page of event rows
  size_t offset = 0;
};

// One reported event with the article that reported it.
struct EventRow {
  std::string article;                       // article id
  std::optional<std::string> article_title;
  std::string day;                           // "YYYY-MM-DD" or ""
  size_t position = 0;                       // index in the article's events
  Event event;                               // offsets (start, end) not filled
};

// The counts of the matching events with the same day, quad class, source,
// target and place; lat/lon: the place's coordinates (the article's
// geocoded PLACE entity, else its dateline of that name) when known.
struct EventGroup {
  std::string day;
  int quad_class = 0;
  std::optional<std::string> source, target, place;
  std::optional<double> lat, lon;
  uint64_t count = 0;
  double goldstein_sum = 0;
};

struct EventListing {
  uint64_t total = 0;            // matching event reports
  std::vector<EventRow> page;    // limit/offset of them, in ingest order
  std::vector<EventGroup> groups;
};

class Store {
 public:
  // Opens (and creates or migrates) the store named by target. Fails with a
  // clear Error for a path that cannot be opened or created, a file that is
  // not a database, a schema newer than kStoreSchemaVersion, or an
  // unreachable server.
  static Result<std::unique_ptr<Store>> Open(const std::string& target, const StoreOptions& options = {});

  virtual ~Store() = default;  // closes; an unfinished transaction is rolled back

  // Writes the batch in one transaction: all or nothing.
  virtual Result<PutCounts> Put(const std::vector<Article>& batch) = 0;

  // The stored article, or nullopt when no article has this id.
  virtual Result<std::optional<StoredArticle>> Get(const std::string& id) = 0;

  // Full-text search over title and text, best first. query: words (all
  // must match), "quoted phrases", OR between alternatives, -word to exclude,
  // word* for a prefix. filter.limit 0 means 20. Ranks at most
  // StoreOptions::search_rank_limit matches, the most recently stored ones;
  // info (may be null) says how many it ranked and whether more matched.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, const ArticleFilter& filter,
                                                SearchInfo* info) = 0;
  Result<std::vector<SearchHit>> Search(const std::string& query, const ArticleFilter& filter) {
    return Search(query, filter, nullptr);
  }

  // Counts of what Search(query, filter) would return without a limit. An
  // empty query (no words) counts every article the filter admits.
  virtual Result<SearchFacets> Facets(const std::string& query, const ArticleFilter& filter) = 0;

  // Calls each for every article matching filter, in ingest order, until it
  // returns false. Returns the number of articles visited.
  virtual Result<uint64_t> Export(const ArticleFilter& filter,
                                  const std::function<bool(const StoredArticle&)>& each) = 0;

  // Calls each for every distinct event (EventSummary) among the events of
  // the articles filter admits, in order of first report, until it returns
  // false. limit and offset count distinct events. Returns the number visited.
  virtual Result<uint64_t> ExportEvents(const ArticleFilter& filter,
                                        const std::function<bool(const EventSummary&)>& each) = 0;

  // Stories, most recently active first; limit 0 = all.
  virtual Result<std::vector<StoredStory>> Stories(size_t limit) = 0;

  // A page of stories, most recently active first (limit 0 = all).
  virtual Result<std::vector<StoredStory>> StoryPage(size_t limit, size_t offset) = 0;

  // The story with this id and up to `limit` of its articles (0 = all),
  // first published first; nullopt when there is no such story.
  virtual Result<std::optional<StoryDetail>> GetStory(const std::string& id, size_t limit) = 0;

  // Coded events from the events table: a page of rows and the grouped
  // counts of every match (for timelines, actor graphs and maps).
  virtual Result<EventListing> ListEvents(const EventQuery& query) = 0;

  virtual Result<StoreStats> Stats() = 0;
  virtual int schema_version() const = 0;
  virtual const std::string& target() const = 0;
};

// Gathers articles into batches for Store::Put: a batch is written when it
// holds max_articles or when max_delay has passed since its first article
// (checked on Add), and on Flush. A full batch is written on a background
// thread while the next one fills, so at most two batches are held in
// memory. The store must outlive the writer and must not be used by anyone
// else until Flush returns. BatchWriter itself is not thread-safe.
class BatchWriter {
 public:
  explicit BatchWriter(Store& store, size_t max_articles = 500,
                       std::chrono::milliseconds max_delay = std::chrono::milliseconds(1000));
  ~BatchWriter();  // waits for a batch being written; does not write the rest (call Flush)
  // Queues the article; may start writing a batch. An Error reports a
  // failed earlier batch, which was rolled back (nothing of it stored).
  Result<bool> Add(Article&& article);
  // Writes everything queued and waits for it.
  Result<bool> Flush();
  // Counts of the batches written so far (all of them after Flush).
  const PutCounts& counts() const { return counts_; }

 private:
  Result<bool> WaitForWrite();
  Store& store_;
  size_t max_articles_;
  std::chrono::milliseconds max_delay_;
  std::chrono::steady_clock::time_point first_;
  std::vector<Article> batch_, writing_;
  std::optional<std::future<Result<PutCounts>>> write_;
  PutCounts counts_;
};

}  // namespace dateline
