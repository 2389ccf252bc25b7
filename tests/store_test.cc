// The store contract on the SQLite backend: open and migrate, idempotent
// batches, search ranking and filters, stats, near-duplicate links, clear
// errors for bad targets, and an ingest killed with SIGKILL that completes
// on the second run with no duplicates and no gaps.
#include "dateline/store.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

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

std::unique_ptr<Store> OpenOk(const std::string& target) {
  Result<std::unique_ptr<Store>> s = Store::Open(target);
  EXPECT_TRUE(s.ok()) << s.error().message;
  return s.ok() ? std::move(s).value() : nullptr;
}

// Runs one SQL statement on the file directly, returning the first column of
// the first row as text.
std::string Sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
      sqlite3_column_text(st, 0))
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  else if (!st)
    out = std::string("error: ") + sqlite3_errmsg(db);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

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

TEST(Store, OpensMigratesAndReopens) {
  TempDir dir;
  std::string db = dir / "a.db";
  {
    auto s = OpenOk(db);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->schema_version(), kStoreSchemaVersion);
  }
  EXPECT_EQ(Sql(db, "SELECT value FROM meta WHERE key='schema_version'"), std::to_string(kStoreSchemaVersion));
  EXPECT_EQ(Sql(db, "PRAGMA journal_mode"), "wal");
  auto again = OpenOk("sqlite:" + db);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->schema_version(), kStoreSchemaVersion);
}

TEST(Store, PutIsIdempotent) {
  TempDir dir;
  auto s = OpenOk(dir / "a.db");
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
  EXPECT_EQ(Sql(dir / "a.db", "SELECT count(*) FROM authors"), "2");
  EXPECT_EQ(Sql(dir / "a.db", "SELECT count(*) FROM datelines"), "2");
}

TEST(Store, GetReturnsTheArticleJsonWithStoreFields) {
  TempDir dir;
  auto s = OpenOk(dir / "a.db");
  ASSERT_TRUE(s->Put({MakeArticle("a \"quoted\"", "Port strike", kStrike)}).ok());
  auto got = s->Get("a \"quoted\"");
  ASSERT_TRUE(got.ok() && got.value());
  auto j = nlohmann::json::parse(got.value()->json);
  EXPECT_EQ(j["id"], "a \"quoted\"");
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["title"], "Port strike");
  EXPECT_EQ(j["authors"][0]["name"], "Sanne de Vries");
  EXPECT_TRUE(j["duplicate_of"].is_null());
  EXPECT_TRUE(j["story"].is_null());
  EXPECT_FALSE(s->Get("missing").value().has_value());
}

std::vector<std::string> Ids(const Result<std::vector<SearchHit>>& hits) {
  std::vector<std::string> out;
  EXPECT_TRUE(hits.ok()) << hits.error().message;
  if (hits.ok())
    for (const SearchHit& h : hits.value()) out.push_back(h.id);
  return out;
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenOk(dir_ / "a.db");
    ASSERT_TRUE(store_->Put({MakeArticle("strike", "Port strike halts Rotterdam", kStrike),
                             MakeArticle("rates", "Central bank holds rates", kRates, "Northern Ledger", "2026-02-12T09:30:00Z"),
                             MakeArticle("floods", "Danube floods", kFloods, "Daily Harbour", "2026-01-20", "de")})
                    .ok());
  }
  Result<std::vector<SearchHit>> Find(const std::string& q, ArticleFilter f = {}) { return store_->Search(q, f); }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(SearchTest, RanksTheArticleAboutItFirst) {
  EXPECT_EQ(Ids(Find("strike")), (std::vector<std::string>{"strike", "rates"}));
  EXPECT_EQ(Ids(Find("port strike rotterdam")), (std::vector<std::string>{"strike", "rates"}));
  auto hits = Find("strike");
  EXPECT_GT(hits.value()[0].score, hits.value()[1].score);
  EXPECT_NE(hits.value()[0].snippet.find("[strike]"), std::string::npos) << hits.value()[0].snippet;
  EXPECT_EQ(hits.value()[0].source, "Harbour News");
}

TEST_F(SearchTest, QuerySyntax) {
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

TEST_F(SearchTest, Filters) {
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

TEST_F(SearchTest, ExportInIngestOrderWithFilters) {
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

TEST_F(SearchTest, Stats) {
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

TEST(Store, LinksSyndicatedCopiesToTheFirstCopy) {
  TempDir dir;
  auto s = OpenOk(dir / "a.db");
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

TEST(Store, RefusesANewerSchema) {
  TempDir dir;
  std::string db = dir / "a.db";
  OpenOk(db);
  Sql(db, "UPDATE meta SET value='99' WHERE key='schema_version'");
  auto s = Store::Open(db);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("newer"), std::string::npos) << s.error().message;
  EXPECT_EQ(s.error().input, db);
}

TEST(Store, ClearErrorsForBadTargets) {
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

TEST(Store, BatchWriterWritesFullBatchesInTheBackgroundAndTheRestOnFlush) {
  TempDir dir;
  auto s = OpenOk(dir / "a.db");
  BatchWriter w(*s, 2, std::chrono::hours(1));
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(w.Add(MakeArticle("id" + std::to_string(i), "t", kFloods + std::to_string(i))).ok());
  EXPECT_EQ(w.counts().added, 2u);  // batch 1 done; batch 2 may still be being written
  ASSERT_TRUE(w.Flush().ok());
  EXPECT_EQ(s->Stats().value().articles, 5u);
  EXPECT_EQ(w.counts().added, 5u);
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

// Runs dateline ingest; with kill_mid_run, SIGKILLs it once some batches are
// committed (or after 200 ms). Returns the wait status.
int RunIngest(const std::string& db, const std::string& input, bool kill_mid_run) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(DATELINE_BINARY, DATELINE_BINARY, "ingest", "--db", db.c_str(), "--no-progress", "--batch", "200",
          "-j", "2", input.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  if (kill_mid_run) {
    auto start = std::chrono::steady_clock::now();
    while (StoredCount(db) < 400 && std::chrono::steady_clock::now() - start < std::chrono::milliseconds(200))
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    // A little later, so the kill also lands inside a transaction.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::random_device()() % 40));
    kill(pid, SIGKILL);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST(Store, KilledIngestResumesWithNoDuplicatesAndNoGaps) {
  TempDir dir;
  const int kArticles = 6000;
  std::string input = dir / "gen.jsonl", db = dir / "a.db";
  WriteGeneratedJsonl(input, kArticles);

  int status = RunIngest(db, input, true);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "ingest finished before it was killed; make the input bigger";
  int partial = StoredCount(db);
  EXPECT_LT(partial, kArticles);
  EXPECT_EQ(Sql(db, "PRAGMA integrity_check"), "ok");

  status = RunIngest(db, input, false);
  ASSERT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Sql(db, "SELECT count(DISTINCT id) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Sql(db, "SELECT count(*) FROM articles WHERE id NOT LIKE 'gen-%'"), "0");
  EXPECT_EQ(Sql(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Sql(db, "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check'); SELECT 'ok'"), "");
  auto s = OpenOk(db);
  EXPECT_EQ(Ids(s->Search("\"Generated 5999\"", {})), (std::vector<std::string>{"gen-5999"}));
  std::printf("killed after %d of %d articles\n", partial, kArticles);
}

}  // namespace
}  // namespace dateline
