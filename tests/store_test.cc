// The store contract, the same cases on both backends: open and migrate,
// idempotent batches, search ranking and filters, stats, near-duplicate
// links, a newer schema refused, and an ingest killed with SIGKILL that
// completes on the second run with no duplicates and no gaps. Plus clear
// errors for bad targets.
//
// PostgreSQL cases run against a throwaway cluster the test starts itself
// (initdb + pg_ctl on a private Unix socket, no TCP; as root through
// runuser -u postgres), or against $DATELINE_TEST_POSTGRES (a server URL;
// each test makes its own database). They are skipped, with the reason,
// when neither is available or when dateline was built without libpq.
#include "dateline/store.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#ifdef DATELINE_WITH_POSTGRES
#include <libpq-fe.h>
#endif

namespace dateline {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("dateline-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

Article MakeArticle(const std::string& id, const std::string& title, const std::string& text,
                    const std::string& source = "Harbour News", const std::string& published = "2026-03-03",
                    const std::string& language = "en") {
  Article a;
  a.id = id;
  a.input = "test#" + id;
  a.title = title;
  a.text = text;
  a.source.name = source;
  a.source.domain = "harbour.example";
  a.published = published;
  a.language = language;
  a.authors.push_back({"Sanne de Vries", "Correspondent"});
  a.dateline.push_back({"Rotterdam", "NLD", 51.92, 4.48});
  return a;
}

// ---- backends

// A throwaway PostgreSQL cluster, started on first use; or the server named
// by $DATELINE_TEST_POSTGRES. ctest runs every case as its own process, so
// the processes of one parent (one ctest run) share one cluster: the first
// starts it under a lock file, the others find it running, and a watchdog
// process stops it and removes it when that parent has exited. Each case
// still gets its own database.
class Postgres {
 public:
  static Postgres& Get() {
    static Postgres instance;
    return instance;
  }
  // Empty when unavailable; see skip_reason().
  std::string NewDatabaseUrl();
  const std::string& skip_reason() const { return skip_; }
  ~Postgres();

 private:
  Postgres();
  bool Start();
  bool StartServer();
  void StopWhenParentExits(pid_t parent) const;
  std::string Run(const std::string& command) const;

  std::string skip_, dir_, bin_, base_url_;
  int databases_ = 0;
};

std::string Postgres::Run(const std::string& command) const {
  std::string as_postgres = geteuid() == 0 ? "runuser -u postgres -- " : "";
  return as_postgres + bin_ + "/" + command + " >>" + dir_ + "/log 2>&1";
}

Postgres::Postgres() {
#ifndef DATELINE_WITH_POSTGRES
  skip_ = "dateline was built without PostgreSQL support (libpq)";
#else
  if (const char* url = std::getenv("DATELINE_TEST_POSTGRES"); url && *url) {
    base_url_ = url;
    return;
  }
  for (int version = 20; version >= 12 && bin_.empty(); --version) {
    std::string dir = "/usr/lib/postgresql/" + std::to_string(version) + "/bin";
    if (fs::exists(dir + "/initdb") && fs::exists(dir + "/pg_ctl")) bin_ = dir;
  }
  if (bin_.empty()) {
    skip_ = "PostgreSQL server binaries not found (apt-get install postgresql) and DATELINE_TEST_POSTGRES unset";
    return;
  }
  if (!Start() && skip_.empty()) skip_ = "could not start a PostgreSQL cluster; see " + dir_ + "/log";
#endif
}

bool Postgres::Start() {
  pid_t parent = getppid();
  dir_ = (fs::temp_directory_path() / ("dateline-pg-shared-" + std::to_string(parent))).string();
  std::string lock_path = dir_ + ".lock";
  int lock = open(lock_path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);  // not inherited by the server
  if (lock < 0 || flock(lock, LOCK_EX) != 0) return false;
  base_url_ = "postgresql:///postgres?host=" + dir_ + "&port=5432&user=postgres";
  bool running = fs::exists(dir_ + "/data/postmaster.pid") &&
                 std::system(Run("pg_ctl -D " + dir_ + "/data status").c_str()) == 0;
  bool ok = running || StartServer();
  if (ok && !running) StopWhenParentExits(parent);
  if (!ok) base_url_.clear();
  close(lock);  // releases the lock
  return ok;
}

// A detached process that waits for the parent to exit, then stops the
// cluster and removes its files.
void Postgres::StopWhenParentExits(pid_t parent) const {
  pid_t child = fork();
  if (child != 0) {
    if (child > 0) waitpid(child, nullptr, 0);
    return;
  }
  if (fork() != 0) _exit(0);  // the grandchild is adopted by init
  setsid();
  for (int fd = 0; fd < 1024; ++fd) close(fd);
  while (kill(parent, 0) == 0) sleep(1);
  std::string stop = Run("pg_ctl -D " + dir_ + "/data -m immediate stop");
  if (std::system(stop.c_str()) == 0 || !fs::exists(dir_ + "/data/postmaster.pid")) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    fs::remove(dir_ + ".lock", ec);
  }
  _exit(0);
}

bool Postgres::StartServer() {
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  if (geteuid() == 0) {
    const passwd* pw = getpwnam("postgres");
    if (!pw) {
      skip_ = "running as root and there is no postgres user to run the cluster";
      return false;
    }
    if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) return false;
  }
  if (std::system(Run("initdb -D " + dir_ + "/data -A trust -U postgres -E UTF8 --no-sync").c_str()) != 0) return false;
  std::string options = "-k " + dir_ + " -p 5432 -c listen_addresses='' -c fsync=off";
  return std::system(Run("pg_ctl -D " + dir_ + "/data -o \"" + options + "\" -l " + dir_ + "/server.log -w start").c_str()) == 0;
}

Postgres::~Postgres() = default;  // the cluster outlives this process (see above)

std::string Postgres::NewDatabaseUrl() {
#ifdef DATELINE_WITH_POSTGRES
  if (base_url_.empty()) return {};
  std::string name = "dateline_test_" + std::to_string(getpid()) + "_" + std::to_string(databases_++);
  PGconn* c = PQconnectdb(base_url_.c_str());
  bool ok = PQstatus(c) == CONNECTION_OK;
  if (ok) {
    PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
    PQclear(PQexec(c, ("DROP DATABASE IF EXISTS " + name).c_str()));
    PGresult* r = PQexec(c, ("CREATE DATABASE " + name).c_str());
    ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
  }
  if (!ok) skip_ = std::string("cannot create a test database: ") + PQerrorMessage(c);
  PQfinish(c);
  if (!ok) return {};
  // Replace the database name in the URL: postgresql:///postgres?... or postgresql://host/postgres?...
  std::string url = base_url_;
  size_t q = url.find('?');
  std::string params = q == std::string::npos ? "" : url.substr(q);
  std::string head = url.substr(0, q);
  size_t slash = head.find('/', head.find("://") + 3);
  return (slash == std::string::npos ? head + "/" : head.substr(0, slash + 1)) + name + params;
#else
  return {};
#endif
}

// Runs SQL on the store's database directly (not through Store) and
// returns the first column of the first row.
std::string RawSql(const std::string& target, const std::string& sql) {
#ifdef DATELINE_WITH_POSTGRES
  if (target.starts_with("postgresql://")) {
    PGconn* c = PQconnectdb(target.c_str());
    PGresult* r = PQexec(c, sql.c_str());
    std::string out = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) ? PQgetvalue(r, 0, 0) : "";
    PQclear(r);
    PQfinish(c);
    return out;
  }
#endif
  sqlite3* db = nullptr;
  sqlite3_open(target.c_str(), &db);
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* st = nullptr;
  std::string out;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK ? sqlite3_step(st) : SQLITE_ERROR;
  if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    out = std::string("error: ") + sqlite3_errmsg(db);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Each test gets a fresh, empty target on the backend named by its parameter.
class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  bool sqlite() const { return GetParam() == "sqlite"; }
  // A new empty target; skips the test when the backend is unavailable.
  std::string NewTarget() {
    if (sqlite()) return dir_ / ("store" + std::to_string(targets_++) + ".db");
    std::string url = Postgres::Get().NewDatabaseUrl();
    if (url.empty()) skipped_ = Postgres::Get().skip_reason();
    return url;
  }
  TempDir dir_;
  int targets_ = 0;
  std::string skipped_;
};

#define NEW_TARGET(var)                                 \
  std::string var = NewTarget();                        \
  if (var.empty()) GTEST_SKIP() << skipped_;

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });


std::unique_ptr<Store> OpenOk(const std::string& target) {
  Result<std::unique_ptr<Store>> s = Store::Open(target);
  EXPECT_TRUE(s.ok()) << s.error().message;
  return s.ok() ? std::move(s).value() : nullptr;
}

std::string Sql(const std::string& path, const std::string& sql) { return RawSql(path, sql); }

const std::string kStrike =
    "Dock workers at Europe's largest port began a 48-hour strike on Monday over pay and automation, halting "
    "container traffic and leaving dozens of ships waiting at anchor. The FNV union said about 3,000 workers had "
    "walked out after talks with employers collapsed late on Sunday.\n\nThe Port of Rotterdam Authority said it "
    "expected delays of up to a week. Dutch Economy Minister Dirk Beljaarts called on both sides to return to "
    "the negotiating table, and Maersk said it was diverting some vessels to Antwerp and Hamburg.";
const std::string kRates =
    "The central bank held its main interest rate at 3.25 percent on Thursday and signalled that cuts could come "
    "later in the year if inflation keeps falling. Governor Anna Breman said the U.S. tariff outlook added "
    "uncertainty. A port strike in Rotterdam was mentioned as a risk to prices.";
const std::string kFloods =
    "Authorities in Austria and Hungary issued flood warnings on Monday as heavy rain swelled the Danube. "
    "Hungarian Prime Minister Viktor Orban said emergency crews had been sent to Budapest and Gyor, and river "
    "traffic was halted between Vienna and Bratislava until the water falls.";

TEST_P(StoreTest, OpensMigratesAndReopens) {
  NEW_TARGET(db);
  {
    auto s = OpenOk(db);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->schema_version(), kStoreSchemaVersion);
  }
  EXPECT_EQ(Sql(db, "SELECT value FROM meta WHERE key='schema_version'"), std::to_string(kStoreSchemaVersion));
  if (sqlite()) {
    EXPECT_EQ(Sql(db, "PRAGMA journal_mode"), "wal");
  }
  auto again = OpenOk(sqlite() ? "sqlite:" + db : db);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->schema_version(), kStoreSchemaVersion);
}

TEST_P(StoreTest, PutIsIdempotent) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  std::vector<Article> batch = {MakeArticle("a", "Port strike", kStrike), MakeArticle("b", "Rates held", kRates),
                                MakeArticle("a", "Port strike", kStrike)};
  Result<PutCounts> first = s->Put(batch);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first.value().added, 2u);
  EXPECT_EQ(first.value().present, 1u);
  Result<PutCounts> second = s->Put(batch);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.value().added, 0u);
  EXPECT_EQ(second.value().present, 3u);
  EXPECT_EQ(s->Stats().value().articles, 2u);
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM authors"), "2");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM datelines"), "2");
  EXPECT_EQ(Sql(db, "SELECT name FROM datelines"), "Rotterdam");
}

TEST_P(StoreTest, GetReturnsTheArticleJsonWithStoreFields) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  ASSERT_TRUE(s->Put({MakeArticle("a \"quoted\"", "Port strike", kStrike)}).ok());
  auto got = s->Get("a \"quoted\"");
  ASSERT_TRUE(got.ok() && got.value());
  auto j = nlohmann::json::parse(got.value()->json);
  EXPECT_EQ(j["id"], "a \"quoted\"");
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["title"], "Port strike");
  EXPECT_EQ(j["authors"][0]["name"], "Sanne de Vries");
  EXPECT_TRUE(j["duplicate_of"].is_null());
  EXPECT_EQ(j["story"], "a \"quoted\"");  // the first article of a story names it
  EXPECT_FALSE(s->Get("missing").value().has_value());
}

std::vector<std::string> Ids(const Result<std::vector<SearchHit>>& hits) {
  std::vector<std::string> out;
  EXPECT_TRUE(hits.ok()) << hits.error().message;
  if (hits.ok())
    for (const SearchHit& h : hits.value()) out.push_back(h.id);
  return out;
}

class SearchTest : public StoreTest {
 protected:
  void SetUp() override {
    NEW_TARGET(db);
    store_ = OpenOk(db);
    ASSERT_TRUE(store_);
    ASSERT_TRUE(store_->Put({MakeArticle("strike", "Port strike halts Rotterdam", kStrike),
                             MakeArticle("rates", "Central bank holds rates", kRates, "Northern Ledger", "2026-02-12T09:30:00Z"),
                             MakeArticle("floods", "Danube floods", kFloods, "Daily Harbour", "2026-01-20", "de")})
                    .ok());
  }
  Result<std::vector<SearchHit>> Find(const std::string& q, ArticleFilter f = {}) { return store_->Search(q, f); }
  std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, SearchTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST_P(SearchTest, RanksTheArticleAboutItFirst) {
  EXPECT_EQ(Ids(Find("strike")), (std::vector<std::string>{"strike", "rates"}));
  EXPECT_EQ(Ids(Find("port strike rotterdam")), (std::vector<std::string>{"strike", "rates"}));
  auto hits = Find("strike");
  EXPECT_GT(hits.value()[0].score, hits.value()[1].score);
  EXPECT_NE(hits.value()[0].snippet.find("[strike]"), std::string::npos) << hits.value()[0].snippet;
  EXPECT_EQ(hits.value()[0].source, "Harbour News");
}

TEST_P(SearchTest, QuerySyntax) {
  EXPECT_EQ(Ids(Find("\"interest rate\"")), (std::vector<std::string>{"rates"}));
  EXPECT_EQ(Ids(Find("\"rate interest\"")), (std::vector<std::string>{}));
  EXPECT_EQ(Ids(Find("Danube OR Maersk")).size(), 2u);
  EXPECT_EQ(Ids(Find("strike -inflation")), (std::vector<std::string>{"strike"}));
  EXPECT_EQ(Ids(Find("autom*")), (std::vector<std::string>{"strike"}));
  EXPECT_EQ(Ids(Find("U.S. tariff")), (std::vector<std::string>{"rates"}));
  EXPECT_EQ(Ids(Find("strike (( NEAR( ^ \"")).size(), 0u);  // "near" is a word here, not FTS5 syntax
  EXPECT_EQ(Ids(Find("strike (( ^ \"")).size(), 2u);
  EXPECT_FALSE(Find("... --").ok());
}

TEST_P(SearchTest, Filters) {
  ArticleFilter f;
  f.source = "northern ledger";
  EXPECT_EQ(Ids(Find("strike", f)), (std::vector<std::string>{"rates"}));
  f = {};
  f.source = "HARBOUR.example";
  EXPECT_EQ(Ids(Find("strike", f)).size(), 2u);
  f = {};
  f.to = "2026-02-12";  // a date includes the whole day
  EXPECT_EQ(Ids(Find("strike", f)), (std::vector<std::string>{"rates"}));
  f = {};
  f.from = "2026-03-01";
  EXPECT_EQ(Ids(Find("strike", f)), (std::vector<std::string>{"strike"}));
  f = {};
  f.language = "de";
  EXPECT_EQ(Ids(Find("Monday", f)), (std::vector<std::string>{"floods"}));
  f = {};
  f.limit = 1;
  EXPECT_EQ(Ids(Find("strike", f)).size(), 1u);
}

TEST_P(SearchTest, ExportInIngestOrderWithFilters) {
  std::vector<std::string> ids;
  ArticleFilter f;
  auto n = store_->Export(f, [&](const StoredArticle& a) { ids.push_back(a.id); return true; });
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n.value(), 3u);
  EXPECT_EQ(ids, (std::vector<std::string>{"strike", "rates", "floods"}));
  f.from = "2026-02-01";
  ids.clear();
  store_->Export(f, [&](const StoredArticle& a) { ids.push_back(a.id); return true; });
  EXPECT_EQ(ids, (std::vector<std::string>{"strike", "rates"}));
}

TEST_P(SearchTest, Stats) {
  auto st = store_->Stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st.value().articles, 3u);
  EXPECT_EQ(st.value().duplicates, 0u);
  EXPECT_EQ(st.value().sources, 3u);
  EXPECT_EQ(st.value().languages.at("en"), 2u);
  EXPECT_EQ(st.value().first_published, "2026-01-20");
  EXPECT_EQ(st.value().last_published, "2026-03-03");
  EXPECT_EQ(st.value().schema_version, kStoreSchemaVersion);
}

TEST_P(SearchTest, PaginatesWithOffset) {
  ArticleFilter f;
  f.limit = 1;
  f.offset = 1;
  EXPECT_EQ(Ids(Find("strike", f)), (std::vector<std::string>{"rates"}));
  f.offset = 2;
  EXPECT_EQ(Ids(Find("strike", f)), (std::vector<std::string>{}));
  f = {};
  f.offset = 1;  // no limit: the search's default page
  EXPECT_EQ(Ids(Find("strike", f)), (std::vector<std::string>{"rates"}));
  std::vector<std::string> ids;
  auto collect = [&](const StoredArticle& a) { ids.push_back(a.id); return true; };
  ASSERT_TRUE(store_->Export(f, collect).ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"rates", "floods"}));
  f.limit = 1;
  ids.clear();
  ASSERT_TRUE(store_->Export(f, collect).ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"rates"}));
}

TEST_P(SearchTest, FacetsCountEveryMatch) {
  using Counts = std::vector<std::pair<std::string, uint64_t>>;
  auto strike = store_->Facets("strike", {});
  ASSERT_TRUE(strike.ok()) << strike.error().message;
  EXPECT_EQ(strike.value().total, 2u);
  EXPECT_EQ(strike.value().sources, (Counts{{"Harbour News", 1}, {"Northern Ledger", 1}}));
  EXPECT_EQ(strike.value().languages, (Counts{{"en", 2}}));
  EXPECT_EQ(strike.value().days, (Counts{{"2026-02-12", 1}, {"2026-03-03", 1}}));
  ArticleFilter f;
  f.limit = 1;  // limit and offset do not change the counts
  f.offset = 1;
  auto all = store_->Facets("", f);
  ASSERT_TRUE(all.ok()) << all.error().message;
  EXPECT_EQ(all.value().total, 3u);
  EXPECT_EQ(all.value().languages, (Counts{{"en", 2}, {"de", 1}}));
  EXPECT_EQ(all.value().days, (Counts{{"2026-01-20", 1}, {"2026-02-12", 1}, {"2026-03-03", 1}}));
  f = {};
  f.language = "de";
  EXPECT_EQ(store_->Facets("", f).value().total, 1u);
  EXPECT_EQ(store_->Facets("nothingmatchesthis", {}).value().total, 0u);
  auto without = store_->Facets("strike -inflation", {});
  ASSERT_TRUE(without.ok()) << without.error().message;
  EXPECT_EQ(without.value().total, 1u);
}

// A query matching more articles than StoreOptions::search_rank_limit (3
// here) is ranked among the most recently stored matches of query and
// filter; SearchInfo says so, and Facets still counts every match.
TEST_P(StoreTest, RanksAWordMatchingManyArticlesAmongTheMostRecent) {
  NEW_TARGET(db);
  std::vector<Article> batch = {MakeArticle("best", "Strike, strike, strike", kStrike, "Old Gazette")};
  for (int i = 1; i <= 3; ++i)
    batch.push_back(MakeArticle("r" + std::to_string(i), "Bank note " + std::to_string(i), kRates + " " + std::to_string(i)));
  batch.push_back(MakeArticle("recent", "Port strike", kRates));
  ASSERT_TRUE(OpenOk(db)->Put(batch).ok());
  auto open = [&](size_t rank_limit) {
    StoreOptions options;
    options.search_rank_limit = rank_limit;
    Result<std::unique_ptr<Store>> s = Store::Open(db, options);
    EXPECT_TRUE(s.ok()) << s.error().message;
    return std::move(s).value();
  };
  SearchInfo info;
  auto all = open(0);
  auto hits = all->Search("strike", {}, &info);
  ASSERT_TRUE(hits.ok()) << hits.error().message;
  EXPECT_EQ(hits.value().size(), 5u);
  EXPECT_EQ(hits.value()[0].id, "best");
  EXPECT_EQ(info.ranked_among, 5u);
  EXPECT_FALSE(info.bounded);

  auto bounded = open(3);
  hits = bounded->Search("strike", {}, &info);
  ASSERT_TRUE(hits.ok()) << hits.error().message;
  std::vector<std::string> ids = Ids(hits);
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], "recent");  // the best of the three most recent
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"r2", "r3", "recent"}));
  EXPECT_EQ(info.ranked_among, 3u);
  EXPECT_TRUE(info.bounded);
  EXPECT_EQ(bounded->Facets("strike", {}).value().total, 5u);
  ArticleFilter page;
  page.offset = 3;  // pages end after the ranked matches
  EXPECT_EQ(Ids(bounded->Search("strike", page)), (std::vector<std::string>{}));

  ArticleFilter old;  // the bound applies to the matches the filter admits
  old.source = "old gazette";
  EXPECT_EQ(Ids(bounded->Search("strike", old, &info)), (std::vector<std::string>{"best"}));
  EXPECT_EQ(info.ranked_among, 1u);
  EXPECT_FALSE(info.bounded);
  EXPECT_EQ(Ids(bounded->Search("Maersk OR Danube", {}, &info)), (std::vector<std::string>{"best"}));
  EXPECT_FALSE(info.bounded);
  EXPECT_EQ(Ids(bounded->Search("Danube", {}, &info)).size(), 0u);
  EXPECT_EQ(info.ranked_among, 0u);
}

TEST_P(StoreTest, ReadsStopAtTheQueryTimeout) {
  NEW_TARGET(db);
  {
    std::unique_ptr<Store> writer = OpenOk(db);
    std::vector<Article> batch;
    for (int i = 0; i < 300; ++i)
      batch.push_back(MakeArticle("a" + std::to_string(i), "Title " + std::to_string(i), kFloods + " " + std::to_string(i)));
    ASSERT_TRUE(writer->Put(batch).ok());
  }
  StoreOptions options;
  options.query_timeout_ms = 20;
  Result<std::unique_ptr<Store>> s = Store::Open(db, options);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_TRUE(s.value()->Stats().ok());  // quick reads are unaffected
  EXPECT_EQ(s.value()->Search("Danube", {}).value().size(), 20u);
  if (!sqlite()) GTEST_SKIP() << "PostgreSQL enforces it as the server's statement_timeout";
  uint64_t seen = 0;
  Result<uint64_t> n = s.value()->Export({}, [&](const StoredArticle&) {
    ++seen;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return true;
  });
  EXPECT_FALSE(n.ok());
  EXPECT_LT(seen, 300u);
  EXPECT_TRUE(s.value()->Search("Danube", {}).ok());  // the deadline is per call
}

TEST_P(StoreTest, LinksSyndicatedCopiesToTheFirstCopy) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  std::string trimmed = kStrike.substr(0, kStrike.find("\n\n"));
  std::string reboiled = "By Staff\n" + kStrike + "\n\nCopyright 2026 Gulf Daily Mail. All rights reserved.";
  Result<PutCounts> put = s->Put({MakeArticle("orig", "Port strike", kStrike), MakeArticle("rates", "Rates", kRates),
                                  MakeArticle("copy1", "Dockers walk out", reboiled)});
  ASSERT_TRUE(put.ok()) << put.error().message;
  EXPECT_EQ(put.value().duplicates, 1u);
  put = s->Put({MakeArticle("copy2", "Rotterdam strike", trimmed), MakeArticle("same", "Same text", kStrike)});
  ASSERT_TRUE(put.ok());
  EXPECT_EQ(put.value().duplicates, 2u);
  for (const char* id : {"copy1", "copy2", "same"}) EXPECT_EQ(s->Get(id).value()->duplicate_of, "orig") << id;
  EXPECT_FALSE(s->Get("orig").value()->duplicate_of);
  EXPECT_FALSE(s->Get("rates").value()->duplicate_of);
  EXPECT_EQ(s->Stats().value().duplicates, 3u);
  ArticleFilter firsts;
  firsts.include_duplicates = false;
  EXPECT_EQ(Ids(s->Search("strike", firsts)), (std::vector<std::string>{"orig", "rates"}));
}

TEST_P(StoreTest, RefusesANewerSchema) {
  NEW_TARGET(db);
  OpenOk(db);
  Sql(db, "UPDATE meta SET value='99' WHERE key='schema_version'");
  auto s = Store::Open(db);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("newer"), std::string::npos) << s.error().message;
  if (sqlite()) {
    EXPECT_EQ(s.error().input, db);
  }
}

TEST(SqliteStore, ClearErrorsForBadTargets) {
  TempDir dir;
  std::ofstream(dir / "garbage.db") << "this is not a database, just some text that is long enough\n";
  auto garbage = Store::Open(dir / "garbage.db");
  ASSERT_FALSE(garbage.ok());
  EXPECT_NE(garbage.error().message.find("not a database"), std::string::npos) << garbage.error().message;

  Sql(dir / "other.db", "CREATE TABLE t(x)");
  auto other = Store::Open(dir / "other.db");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("not a Dateline store"), std::string::npos) << other.error().message;

  auto missing_dir = Store::Open(dir / "no/such/dir/a.db");
  ASSERT_FALSE(missing_dir.ok());
  EXPECT_NE(missing_dir.error().message.find("cannot open"), std::string::npos);

  auto directory = Store::Open(dir / "");
  ASSERT_FALSE(directory.ok());

  StoreOptions no_create;
  no_create.create = false;
  auto absent = Store::Open(dir / "absent.db", no_create);
  ASSERT_FALSE(absent.ok());
  EXPECT_FALSE(fs::exists(dir / "absent.db"));
}

TEST(PostgresStore, ClearErrorForAnUnreachableServer) {
  auto s = Store::Open("postgresql://dateline:secret@/nodb?host=/nonexistent-socket-dir&port=1");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("cannot open store"), std::string::npos) << s.error().message;
  EXPECT_EQ(s.error().input.find("secret"), std::string::npos) << "password in a message: " << s.error().input;
}

TEST_P(StoreTest, BatchWriterWritesFullBatchesInTheBackgroundAndTheRestOnFlush) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  BatchWriter w(*s, 2, std::chrono::hours(1));
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(w.Add(MakeArticle("id" + std::to_string(i), "t", kFloods + std::to_string(i))).ok());
  EXPECT_EQ(w.counts().added, 2u);  // batch 1 done; batch 2 may still be being written
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(s->Stats().value().articles, 5u);
  EXPECT_EQ(w.counts().added, 5u);
}

// ---- the analysis: entities, events, quotes, tone; filters; events counted once

Entity MakeEntity(const std::string& type, const std::string& canonical, std::optional<std::string> actor = {},
                  std::optional<double> lat = {}, std::optional<double> lon = {}) {
  Entity e;
  e.text = canonical;
  e.type = type;
  e.canonical = canonical;
  e.actor = std::move(actor);
  e.lat = lat;
  e.lon = lon;
  return e;
}

Event MakeEvent(const std::string& source, const std::string& target, const std::string& code,
                std::optional<std::string> date, std::optional<std::string> place = {}) {
  Event e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad_class = code < "06" ? 1 : 3;
  e.goldstein = code < "06" ? 3.5 : -4;
  e.date = std::move(date);
  e.place = std::move(place);
  e.evidence = "met";
  return e;
}

// Talks in Istanbul between Russia and Ukraine, with entities, quotes and tone.
Article TalksArticle(const std::string& id, const std::string& text, const std::string& source,
                     const std::string& published, std::optional<std::string> event_date = "2026-03-02") {
  Article a = MakeArticle(id, "Talks in Istanbul", text, source, published);
  a.entities = {MakeEntity("PERSON", "Sergei Lavrov", "RUSGOV"), MakeEntity("PERSON", "Sergei Lavrov", "RUSGOV"),
                MakeEntity("PERSON", "Andrii Sybiha", "UKRGOV"), MakeEntity("PLACE", "Istanbul", {}, 41.01, 28.97),
                MakeEntity("ORG", "Kremlin", "RUSGOV")};
  a.events = {MakeEvent("RUSGOV", "UKRGOV", "042", event_date, "Istanbul"),
              MakeEvent("UKRGOV", "RUSGOV", "111", event_date)};
  a.quotes = {{"We are ready to talk", 0, 5, "Sergei Lavrov"}, {"Nothing has changed", 6, 9, std::nullopt}};
  a.tone.polarity = -0.25;
  return a;
}

const std::string kTalks =
    "Russian Foreign Minister Sergei Lavrov met his Ukrainian counterpart Andrii Sybiha in Istanbul on Monday for "
    "the first direct talks in more than a year, Turkish officials said. The two sides discussed a prisoner exchange "
    "and the safety of shipping in the Black Sea, and Ukraine accused Moscow of stalling on a ceasefire.";
const std::string kTalksRewritten =
    "Ukraine's top diplomat Andrii Sybiha sat down with Sergei Lavrov in Istanbul, the highest-level contact between "
    "Kyiv and Moscow in many months. Officials in Ankara said a swap of prisoners and Black Sea navigation were on the "
    "table; Kyiv said the Kremlin was dragging its feet over a truce.";

TEST_P(StoreTest, StoresTheAnalysisInSideTablesOnce) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  std::vector<Article> batch = {TalksArticle("talks", kTalks, "Harbour News", "2026-03-02")};
  ASSERT_TRUE(s->Put(batch).ok());
  ASSERT_TRUE(s->Put(batch).ok());  // again: nothing added
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM entities"), "4");
  EXPECT_EQ(Sql(db, "SELECT mentions FROM entities WHERE canonical = 'Sergei Lavrov'"), "2");
  EXPECT_EQ(Sql(db, "SELECT actor FROM entities WHERE canonical = 'Andrii Sybiha'"), "UKRGOV");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM events"), "2");
  EXPECT_EQ(Sql(db, "SELECT code || ' ' || source || ' ' || target FROM events WHERE position = 0"), "042 RUSGOV UKRGOV");
  EXPECT_NE(Sql(db, "SELECT lat FROM events WHERE position = 0").find("41.01"), std::string::npos);
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM quotes"), "2");
  EXPECT_EQ(Sql(db, "SELECT speaker FROM quotes WHERE position = 0"), "Sergei Lavrov");
  EXPECT_EQ(Sql(db, "SELECT tone FROM articles"), "-0.25");
  StoreStats st = s->Stats().value();
  EXPECT_EQ(st.events, 2u);
  EXPECT_EQ(st.distinct_events, 2u);
  EXPECT_EQ(st.entities, 4u);
  EXPECT_EQ(st.quotes, 2u);
}

TEST_P(StoreTest, AnalysisFilters) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  ASSERT_TRUE(s->Put({TalksArticle("talks", kTalks, "Harbour News", "2026-03-02"), MakeArticle("floods", "Floods", kFloods),
                      MakeArticle("strike", "Strike", kStrike)})
                  .ok());
  auto find = [&](auto set) {
    ArticleFilter f;
    set(f);
    return Ids(s->Search("Monday", f));
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(find([](ArticleFilter& f) { f.person = "sergei lavrov"; }), V{"talks"});
  EXPECT_EQ(find([](ArticleFilter& f) { f.person = "Istanbul"; }), V{});  // a place, not a person
  EXPECT_EQ(find([](ArticleFilter& f) { f.actor = "RUS"; }), V{"talks"});
  EXPECT_EQ(find([](ArticleFilter& f) { f.actor = "ukrgov"; }), V{"talks"});
  EXPECT_EQ(find([](ArticleFilter& f) { f.actor = "USA"; }), V{});
  EXPECT_EQ(find([](ArticleFilter& f) { f.place = "istanbul"; }), V{"talks"});
  EXPECT_EQ(find([](ArticleFilter& f) { f.place = "Rotterdam"; }).size(), 3u);  // every dateline
  EXPECT_EQ(find([](ArticleFilter& f) { f.event = "04"; }), V{"talks"});
  EXPECT_EQ(find([](ArticleFilter& f) { f.event = "042"; }), V{"talks"});
  EXPECT_EQ(find([](ArticleFilter& f) { f.event = "043"; }), V{});
  EXPECT_EQ(find([](ArticleFilter& f) { f.event = "11"; f.actor = "UKR"; }), V{"talks"});
  ArticleFilter f;
  f.actor = "RUSGOV";
  std::vector<std::string> ids;
  ASSERT_TRUE(s->Export(f, [&](const StoredArticle& a) { ids.push_back(a.id); return true; }).ok());
  EXPECT_EQ(ids, V{"talks"});
}

std::vector<EventSummary> Events(Store& s, ArticleFilter f = {}) {
  std::vector<EventSummary> out;
  Result<uint64_t> n = s.ExportEvents(f, [&](const EventSummary& e) { out.push_back(e); return true; });
  EXPECT_TRUE(n.ok()) << n.error().message;
  return out;
}

TEST_P(StoreTest, ExportEventsCountsEachEventOnceWithItsReports) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  // The wire story, a syndicated copy published a day later with the event
  // undated (it takes its first copy's date), and another source's own report.
  Article copy = TalksArticle("copy", "By Staff\n" + kTalks + "\n\nCopyright 2026 Gulf Daily Mail.", "Gulf Daily Mail",
                              "2026-03-03", std::nullopt);
  Article undated_orig = TalksArticle("orig", kTalks, "Harbour News", "2026-03-02", std::nullopt);
  ASSERT_TRUE(s->Put({undated_orig, copy, TalksArticle("other", kTalksRewritten, "Harbour News", "2026-03-02T18:00:00Z",
                                                        "2026-03-02")}).ok());
  EXPECT_EQ(s->Get("copy").value()->duplicate_of, "orig");
  std::vector<EventSummary> events = Events(*s);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event.code, "042");
  EXPECT_EQ(events[0].date, "2026-03-02");
  EXPECT_EQ(events[0].first_article, "orig");
  EXPECT_EQ(events[0].num_mentions, 3u);
  EXPECT_EQ(events[0].num_articles, 3u);
  EXPECT_EQ(events[0].num_sources, 2u);
  EXPECT_EQ(events[0].event.place, "Istanbul");
  EXPECT_DOUBLE_EQ(events[0].tone, -0.25);
  EXPECT_EQ(events[1].event.code, "111");
  EXPECT_EQ(s->Stats().value().events, 6u);
  EXPECT_EQ(s->Stats().value().distinct_events, 2u);
  ArticleFilter f;
  f.event = "11";
  ASSERT_EQ(Events(*s, f).size(), 1u);
  f = {};
  f.actor = "ukr";
  EXPECT_EQ(Events(*s, f).size(), 2u);  // source or target
  f.place = "Istanbul";
  ASSERT_EQ(Events(*s, f).size(), 1u);
  f = {};
  f.source = "Gulf Daily Mail";  // only the copy's reports
  ASSERT_EQ(Events(*s, f).size(), 2u);
  EXPECT_EQ(Events(*s, f)[0].num_articles, 1u);
  f = {};
  f.limit = 1;
  f.offset = 1;
  ASSERT_EQ(Events(*s, f).size(), 1u);
  EXPECT_EQ(Events(*s, f)[0].event.code, "111");
}

TEST_P(StoreTest, MigratesAVersion1StoreFillingTheAnalysisFromTheJson) {
  NEW_TARGET(db);
  {
    auto s = OpenOk(db);
    ASSERT_TRUE(s->Put({TalksArticle("talks", kTalks, "Harbour News", "2026-03-02"), MakeArticle("floods", "F", kFloods)}).ok());
  }
  // Back to what version 1 had.
  for (const char* sql : {"DROP TABLE story_features", "DROP TABLE story_keys", "DROP TABLE stories", "DROP TABLE quotes", "DROP TABLE events",
                          "DROP TABLE entities", "DROP INDEX articles_story", "DROP INDEX IF EXISTS articles_summary", "ALTER TABLE articles DROP COLUMN tone",
                          "UPDATE meta SET value = '1' WHERE key = 'schema_version'"})
    EXPECT_EQ(Sql(db, sql).rfind("error", 0), std::string::npos) << sql << ": " << Sql(db, sql);
  EXPECT_EQ(Sql(db, "SELECT value FROM meta WHERE key = 'schema_version'"), "1");
  auto s = OpenOk(db);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->schema_version(), kStoreSchemaVersion);
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM entities"), "4");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM events"), "2");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM quotes"), "2");
  EXPECT_EQ(Sql(db, "SELECT tone FROM articles WHERE id = 'talks'"), "-0.25");
  ArticleFilter f;
  f.person = "Sergei Lavrov";
  EXPECT_EQ(Ids(s->Search("Istanbul", f)), (std::vector<std::string>{"talks"}));
  EXPECT_EQ(Events(*s).size(), 2u);
}

// ---- stories

TEST_P(StoreTest, StoriesGatherArticlesAboutTheSameHappening) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  Article rewritten = TalksArticle("other", kTalksRewritten, "Northern Ledger", "2026-03-03T18:00:00Z");
  rewritten.title = "Lavrov and Sybiha meet in Istanbul";
  Article copy = TalksArticle("copy", "By Staff\n" + kTalks + "\n\nCopyright 2026 Gulf Daily Mail.", "Gulf Daily Mail",
                              "2026-03-04");
  Article later = TalksArticle("later",
                               "Sergei Lavrov and Andrii Sybiha resumed their talks in Istanbul, Turkish diplomats said, "
                               "after a first round that produced an agreement on prisoners but none on a ceasefire.",
                               "Harbour News", "2026-03-12");
  ASSERT_TRUE(s->Put({TalksArticle("talks", kTalks, "Harbour News", "2026-03-02"), MakeArticle("floods", "Floods", kFloods),
                      rewritten}).ok());
  ASSERT_TRUE(s->Put({copy, MakeArticle("strike", "Strike", kStrike), later}).ok());
  auto story = [&](const std::string& id) { return s->Get(id).value()->story.value_or("(none)"); };
  EXPECT_EQ(story("talks"), "talks");  // a story is named after its first article
  EXPECT_EQ(story("other"), "talks");  // other words, same happening
  EXPECT_EQ(story("copy"), "talks");   // a syndicated copy joins its first copy's story
  EXPECT_EQ(story("floods"), "floods");
  EXPECT_EQ(story("strike"), "strike");
  EXPECT_EQ(story("later"), "later");  // ten days on: outside the window, a new story
  auto j = nlohmann::json::parse(s->Get("other").value()->json);
  EXPECT_EQ(j["story"], "talks");
  Result<std::vector<StoredStory>> stories = s->Stories(0);
  ASSERT_TRUE(stories.ok()) << stories.error().message;
  ASSERT_EQ(stories.value().size(), 4u);
  EXPECT_EQ(stories.value()[0].id, "later");  // most recently active first
  const StoredStory* talks = nullptr;
  for (const StoredStory& st : stories.value())
    if (st.id == "talks") talks = &st;
  ASSERT_TRUE(talks);
  EXPECT_EQ(talks->articles, 3u);
  EXPECT_EQ(talks->first, "2026-03-02");
  EXPECT_EQ(talks->last, "2026-03-04");
  EXPECT_FALSE(talks->label.empty());
  EXPECT_NE(std::find(talks->actors.begin(), talks->actors.end(), "Sergei Lavrov"), talks->actors.end());
  EXPECT_EQ(talks->places.front(), "Istanbul");
  EXPECT_EQ(s->Stats().value().stories, 4u);
  EXPECT_EQ(s->Stories(1).value().size(), 1u);
  ASSERT_TRUE(s->Put({copy, later}).ok());  // idempotent: nothing counted twice
  EXPECT_EQ(s->Stories(0).value().size(), 4u);
}

TEST_P(StoreTest, ListEventsFiltersPagesAndGroups) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  ASSERT_TRUE(s->Put({TalksArticle("talks", kTalks, "Harbour News", "2026-03-02"),
                      TalksArticle("other", kTalksRewritten, "Northern Ledger", "2026-03-05T10:00:00Z", std::nullopt),
                      MakeArticle("floods", "Floods", kFloods)}).ok());
  auto list = [&](auto set) {
    EventQuery q;
    set(q);
    Result<EventListing> r = s->ListEvents(q);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? r.value() : EventListing{};
  };
  EventListing all = list([](EventQuery&) {});
  EXPECT_EQ(all.total, 4u);
  ASSERT_EQ(all.page.size(), 4u);  // ingest order: article, then position
  EXPECT_EQ(all.page[0].article, "talks");
  EXPECT_EQ(all.page[0].event.code, "042");
  EXPECT_EQ(all.page[0].event.source, "RUSGOV");
  EXPECT_EQ(all.page[0].day, "2026-03-02");
  EXPECT_EQ(all.page[0].event.place, "Istanbul");
  EXPECT_EQ(all.page[1].event.code, "111");
  EXPECT_EQ(all.page[2].article, "other");
  EXPECT_EQ(all.page[2].day, "2026-03-05");  // undated event: its article's day
  uint64_t counted = 0;
  double goldstein = 0;
  bool istanbul_placed = false;
  for (const EventGroup& g : all.groups) {
    counted += g.count;
    goldstein += g.goldstein_sum;
    if (g.place == "Istanbul" && g.lat && g.lon) istanbul_placed = std::abs(*g.lat - 41.01) < 0.1;
  }
  EXPECT_EQ(counted, 4u);
  EXPECT_DOUBLE_EQ(goldstein, 2 * 3.5 - 2 * 4);
  EXPECT_TRUE(istanbul_placed);
  EXPECT_EQ(list([](EventQuery& q) { q.actor = "ukr"; }).total, 4u);  // source or target, any case
  EXPECT_EQ(list([](EventQuery& q) { q.actor = "USA"; }).total, 0u);
  EXPECT_EQ(list([](EventQuery& q) { q.code = "04"; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.code = "111"; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.root = "11"; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.quad_class = 3; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.place = "istanbul"; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.from = "2026-03-03"; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.to = "2026-03-02"; }).total, 2u);
  EXPECT_EQ(list([](EventQuery& q) { q.to = "2026-03-02T23:00:00Z"; q.code = "042"; }).total, 1u);
  EventListing page = list([](EventQuery& q) { q.limit = 1; q.offset = 3; });
  EXPECT_EQ(page.total, 4u);
  ASSERT_EQ(page.page.size(), 1u);
  EXPECT_EQ(page.page[0].article, "other");
  EXPECT_EQ(page.page[0].event.code, "111");
  EXPECT_TRUE(list([](EventQuery& q) { q.offset = 9; }).page.empty());
}

TEST_P(StoreTest, StoryPageAndOneStoryWithItsArticles) {
  NEW_TARGET(db);
  auto s = OpenOk(db);
  // A syndicated copy always joins its first copy's story.
  Article copy = TalksArticle("copy", "By Staff\n" + kTalks + "\n\nCopyright 2026 Gulf Daily Mail.", "Gulf Daily Mail",
                              "2026-03-04");
  copy.title = "Lavrov and Sybiha meet in Istanbul";
  ASSERT_TRUE(s->Put({copy}).ok());  // stored first, published later
  ASSERT_TRUE(s->Put({MakeArticle("floods", "Floods", kFloods)}).ok());
  Result<std::vector<StoredStory>> all = s->StoryPage(0, 0);
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all.value().size(), 2u);
  Result<std::vector<StoredStory>> second = s->StoryPage(1, 1);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second.value().size(), 1u);
  EXPECT_EQ(second.value()[0].id, all.value()[1].id);
  EXPECT_EQ(s->StoryPage(1, 0).value()[0].id, all.value()[0].id);
  EXPECT_TRUE(s->StoryPage(5, 2).value().empty());
  ASSERT_TRUE(s->Put({TalksArticle("talks", "Reporting by Staff. " + kTalks, "Harbour News", "2026-03-02")}).ok());
  std::string story = s->Get("copy").value()->story.value_or("");
  ASSERT_FALSE(story.empty());
  Result<std::optional<StoryDetail>> got = s->GetStory(story, 0);
  ASSERT_TRUE(got.ok()) << got.error().message;
  ASSERT_TRUE(got.value());
  const StoryDetail& d = *got.value();
  EXPECT_EQ(d.story.id, story);
  EXPECT_EQ(d.articles.size(), d.story.articles);
  ASSERT_GE(d.articles.size(), 1u);
  for (size_t i = 1; i < d.articles.size(); ++i)  // first published first
    EXPECT_LE(d.articles[i - 1].published.value_or("~"), d.articles[i].published.value_or("~"));
  const StoryArticle* c = nullptr;
  for (const StoryArticle& a : d.articles)
    if (a.id == "copy") c = &a;
  ASSERT_TRUE(c);
  EXPECT_EQ(c->title, "Lavrov and Sybiha meet in Istanbul");
  EXPECT_EQ(c->source, "Gulf Daily Mail");
  EXPECT_EQ(c->published, "2026-03-04");
  if (s->Get("talks").value()->duplicate_of) {
    EXPECT_EQ(d.articles.size(), 2u);  // the copy came first; "talks" joins it
  }
  EXPECT_EQ(s->GetStory(story, 1).value()->articles.size(), 1u);
  Result<std::optional<StoryDetail>> none = s->GetStory("nope", 0);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value());
}

// ---- kill -9 in the middle of an ingest, then resume

std::string GeneratedText(std::mt19937_64& rng) {
  static const char* kWords[] = {"minister", "said", "port", "talks", "government", "strike", "union", "rates",
                                 "police", "election", "court", "army", "river", "city", "workers", "bank",
                                 "prices", "border", "meeting", "Monday", "officials", "region", "protest", "deal"};
  std::string text;
  for (int p = 0; p < 4; ++p) {
    for (int w = 0; w < 40; ++w) text += std::string(kWords[rng() % std::size(kWords)]) + (w % 12 == 11 ? ". " : " ");
    text += "\\n\\n";
  }
  return text;
}

void WriteGeneratedJsonl(const std::string& path, int n) {
  std::mt19937_64 rng(42);
  std::ofstream out(path);
  for (int i = 0; i < n; ++i)
    out << "{\"id\": \"gen-" << i << "\", \"url\": \"https://gen.example/" << i << "\", \"published\": \"2026-01-"
        << (10 + i % 20) << "\", \"title\": \"Generated " << i << "\", \"body\": \"" << GeneratedText(rng) << "\"}\n";
}

int StoredCount(const std::string& db) {
  std::string n = Sql(db, "SELECT count(*) FROM articles");
  return !n.empty() && std::isdigit(static_cast<unsigned char>(n[0])) ? std::stoi(n) : 0;
}

// Runs dateline ingest; with kill_mid_run, SIGKILLs it once two batches are
// committed (or after 5 s). Returns the wait status.
int RunIngest(const std::string& db, const std::string& input, bool kill_mid_run) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(DATELINE_BINARY, DATELINE_BINARY, "ingest", "--db", db.c_str(), "--no-progress", "--batch", "100",
          "-j", "2", input.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  if (kill_mid_run) {
    auto start = std::chrono::steady_clock::now();
    while (StoredCount(db) < 200 && std::chrono::steady_clock::now() - start < std::chrono::seconds(5))
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    // A little later, so the kill also lands inside a transaction.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::random_device()() % 40));
    kill(pid, SIGKILL);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST_P(StoreTest, KilledIngestResumesWithNoDuplicatesAndNoGaps) {
  NEW_TARGET(db);
  const int kArticles = 1000;
  std::string input = dir_ / "gen.jsonl";
  WriteGeneratedJsonl(input, kArticles);

  int status = RunIngest(db, input, true);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "ingest finished before it was killed; make the input bigger";
  int partial = StoredCount(db);
  EXPECT_LT(partial, kArticles);
  if (sqlite()) {
    EXPECT_EQ(Sql(db, "PRAGMA integrity_check"), "ok");
  }

  status = RunIngest(db, input, false);
  ASSERT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Sql(db, "SELECT count(DISTINCT id) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles WHERE id NOT LIKE 'gen-%'"), "0");
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM article_bands WHERE article NOT IN (SELECT seq FROM articles)"), "0");
  if (sqlite()) {
    EXPECT_EQ(Sql(db, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(Sql(db, "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"), "");
  }
  auto s = OpenOk(db);
  EXPECT_EQ(Ids(s->Search("\"Generated 999\"", {})), (std::vector<std::string>{"gen-999"}));
  std::printf("killed after %d of %d articles\n", partial, kArticles);
}

}  // namespace
}  // namespace dateline
