// The HTTP API end to end in one process: a temp SQLite store with the
// examples and a hostile article, a Server on an ephemeral loopback port,
// and httplib::Client calling every endpoint, with good and bad input.
// Every error must be JSON with an "error" field and the right status;
// every response carries the security headers; nothing crashes.
#include "dateline/api.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "dateline/pipeline.h"
#include "dateline/store.h"

namespace dateline {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const char* kHostileTitle = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
const char* kHostileText =
    "Vladimir Putin met officials in Istanbul on Monday. <script>window.__pwned=1;alert(1)</script> "
    "Read <a href=\"javascript:window.__pwned=1\">more</a> and <img src=x onerror=\"window.__pwned=1\"> "
    "\"We <b onmouseover=alert(1)>agreed</b> nothing,\" said Maria Zakharova.";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Article Analyze(RawDocument doc) {
  Result<Article> a = AnalyzeDocument(doc, PipelineOptions{});
  EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().message);
  return a.ok() ? a.value() : Article{};
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("dateline-api-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::string db = (dir_ / "api.db").string();
    std::vector<Article> batch;
    for (const char* name : {"wire-port-strike.txt", "wire-ceasefire-talks.txt", "central-bank-rates.html"}) {
      std::string path = std::string(DATELINE_SOURCE_DIR) + "/examples/" + name;
      RawDocument doc;
      doc.input = path;
      doc.bytes = ReadFile(path);
      batch.push_back(Analyze(doc));
    }
    RawDocument hostile;
    hostile.input = "hostile";
    hostile.bytes = kHostileText;
    hostile.format = DocFormat::kBody;
    hostile.id = "hostile1";
    hostile.title = kHostileTitle;
    hostile.published = "2026-03-05";
    batch.push_back(Analyze(hostile));
    ids_.clear();
    for (const Article& a : batch) ids_.push_back(a.id);
    {
      Result<std::unique_ptr<Store>> store = Store::Open(db);
      ASSERT_TRUE(store.ok()) << store.error().message;
      ASSERT_TRUE(store.value()->Put(batch).ok());
    }
    ServeOptions options;
    options.target = db;
    options.port = 0;
    options.threads = 4;
    Result<std::unique_ptr<Server>> server = Server::Bind(options);
    ASSERT_TRUE(server.ok()) << server.error().message;
    server_ = std::move(server.value()).release();
    thread_ = new std::thread([] { server_->Run(); });
    httplib::Client probe("127.0.0.1", server_->port());
    for (int i = 0; i < 200 && !probe.Get("/api/stats"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }

  static void TearDownTestSuite() {
    if (server_) server_->Stop();
    if (thread_) thread_->join();
    delete thread_;
    delete server_;
    fs::remove_all(dir_);
  }

  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10, 0);
    return client.Get(path.c_str());
  }

  // GET path; expects status and a JSON body; returns the body.
  Json GetJson(const std::string& path, int status) {
    httplib::Result r = Get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return Json();
    EXPECT_EQ(r->status, status) << path << ": " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    CheckSecurityHeaders(*r);
    Json j = Json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << ": " << r->body.substr(0, 200);
    if (status >= 400 && !j.is_discarded()) {
      EXPECT_TRUE(j.contains("error") && j["error"].is_string()) << path;
    }
    return j;
  }

  static void CheckSecurityHeaders(const httplib::Response& r) {
    std::string csp = r.get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
    EXPECT_NE(csp.find("object-src 'none'"), std::string::npos);
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe"), std::string::npos);
    EXPECT_EQ(r.get_header_value("X-Content-Type-Options"), "nosniff");
  }

  static inline fs::path dir_;
  static inline std::vector<std::string> ids_;
  static inline Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
};

TEST_F(ApiTest, Stats) {
  Json j = GetJson("/api/stats", 200);
  EXPECT_EQ(j["articles"], 4);
  EXPECT_EQ(j["schema_version"], kStoreSchemaVersion);
}

TEST_F(ApiTest, SearchFindsRankedHitsWithFacetsAndTimeline) {
  Json j = GetJson("/api/search?q=strike", 200);
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["id"], ids_[0]);
  EXPECT_NE(j["hits"][0]["snippet"].get<std::string>().find("["), std::string::npos);
  EXPECT_EQ(j["total"], j["hits"].size());
  EXPECT_EQ(j["ranked_among"], j["total"]);  // every match ranked (fewer than the store's bound)
  EXPECT_EQ(j["facets"]["source"][0]["value"], "Harbour News Service");
  EXPECT_EQ(j["facets"]["language"][0]["value"], "en");
  EXPECT_TRUE(j["timeline"].is_array());
}

TEST_F(ApiTest, SearchWithoutQueryListsEveryArticleAndPaginates) {
  Json all = GetJson("/api/search", 200);
  EXPECT_EQ(all["total"], 4);
  EXPECT_FALSE(all.contains("ranked_among"));
  ASSERT_EQ(all["hits"].size(), 4u);
  Json second = GetJson("/api/search?limit=1&offset=1", 200);
  ASSERT_EQ(second["hits"].size(), 1u);
  EXPECT_EQ(second["hits"][0]["id"], all["hits"][1]["id"]);
  EXPECT_EQ(second["total"], 4);
  Json beyond = GetJson("/api/search?offset=50", 200);
  EXPECT_TRUE(beyond["hits"].empty());
}

TEST_F(ApiTest, SearchFilters) {
  Json j = GetJson("/api/search?from=2026-03-05&to=2026-03-05", 200);
  ASSERT_EQ(j["hits"].size(), 1u);
  EXPECT_EQ(j["hits"][0]["id"], "hostile1");
  ASSERT_EQ(j["timeline"].size(), 1u);
  EXPECT_EQ(j["timeline"][0]["day"], "2026-03-05");
  EXPECT_EQ(GetJson("/api/search?language=xx", 200)["total"], 0);
  EXPECT_EQ(GetJson("/api/search?q=strike&source=harbour%20news%20service", 200)["hits"].size(), 1u);
  EXPECT_EQ(GetJson("/api/search?q=strike&source=nobody", 200)["hits"].size(), 0u);
}

TEST_F(ApiTest, SearchRejectsBadParameters) {
  for (const char* path : {"/api/search?limit=0", "/api/search?limit=101", "/api/search?limit=abc",
                           "/api/search?limit=-1", "/api/search?limit=1e3", "/api/search?offset=99999999",
                           "/api/search?limit=99999999999999999999999", "/api/search?from=2026-13-01",
                           "/api/search?from=yesterday", "/api/search?to=2026-02-30x", "/api/search?foo=1",
                           "/api/search?q=a&q=b", "/api/search?q=%FF%FE", "/api/search?q=***",
                           "/api/search?q=%22%22", "/api/search?q=-"})
    GetJson(path, 400);
  GetJson("/api/search?q=" + std::string(600, 'a'), 400);
}

TEST_F(ApiTest, HugeRequestsAreRefusedWithJson) {
  httplib::Result r = Get("/api/search?q=" + std::string(100000, 'a'));
  ASSERT_TRUE(r);
  EXPECT_GE(r->status, 400);
  EXPECT_LT(r->status, 500);
  httplib::Client client("127.0.0.1", server_->port());
  httplib::Result post = client.Post("/api/search", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(post);
  EXPECT_TRUE(post->status == 413 || post->status == 405) << post->status;
}

TEST_F(ApiTest, QueryOperatorsAreData) {
  for (const char* q : {"%22unbalanced", "strike%20OR", "NEAR(a%20b)", "a%3A*", "%27%3B%20DROP%20TABLE%20articles%3B--",
                        "strike*", "-strike%20port", "%E2%80%9Cport%E2%80%9D"}) {
    httplib::Result r = Get(std::string("/api/search?q=") + q);
    ASSERT_TRUE(r) << q;
    EXPECT_TRUE(r->status == 200 || r->status == 400) << q << ": " << r->status << " " << r->body;
  }
  EXPECT_EQ(GetJson("/api/stats", 200)["articles"], 4);
}

TEST_F(ApiTest, ArticleHasItsAnalysis) {
  Json j = GetJson("/api/articles/" + ids_[0], 200);
  EXPECT_EQ(j["id"], ids_[0]);
  EXPECT_FALSE(j["entities"].empty());
  EXPECT_FALSE(j["quotes"].empty());
  EXPECT_TRUE(j.contains("duplicate_of"));
  EXPECT_TRUE(j.contains("story"));
}

TEST_F(ApiTest, HostileArticleComesBackAsEscapedData) {
  httplib::Result r = Get("/api/articles/hostile1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  CheckSecurityHeaders(*r);
  Json j = Json::parse(r->body);
  EXPECT_EQ(j["title"], kHostileTitle);
  EXPECT_NE(j["text"].get<std::string>().find("<script>window.__pwned=1;alert(1)</script>"), std::string::npos);
  // The markup is inside JSON strings, its quotes escaped.
  EXPECT_NE(r->body.find("onerror=\\\"window.__pwned=1\\\""), std::string::npos);
  Json hits = GetJson("/api/search?q=Istanbul", 200)["hits"];
  bool found = false;
  for (const Json& h : hits) found |= h["id"] == "hostile1" && h["title"] == kHostileTitle;
  EXPECT_TRUE(found);
}

TEST_F(ApiTest, UnknownArticleIs404) {
  GetJson("/api/articles/nope", 404);
  GetJson("/api/articles/" + std::string(200, 'a'), 400);
  GetJson("/api/articles/%FF", 400);
  GetJson("/api/articles/", 404);
}

TEST_F(ApiTest, EventsAnswerWithNoteOrEvents) {
  Json j = GetJson("/api/events", 200);
  EXPECT_TRUE(j["events"].is_array());
  EXPECT_TRUE(j["timeline"].is_array());
  EXPECT_TRUE(j["edges"].is_array());
  EXPECT_TRUE(j["places"].is_array());
  EXPECT_EQ(j["truncated"], false);
  EXPECT_TRUE(j["totals"].is_object());
  if (j["total"] == 0) {
    EXPECT_TRUE(j.contains("note"));
  }
  GetJson("/api/events?actor=RUS&root=05&quad_class=1&from=2026-01-01&to=2026-12-31", 200);
  GetJson("/api/events?code=04&place=Istanbul&limit=5&offset=1", 200);
  for (const char* path : {"/api/events?quad_class=5", "/api/events?quad_class=x", "/api/events?limit=1000",
                           "/api/events?from=2026-1-1", "/api/events?q=x", "/api/events?code=x'--",
                           "/api/events?actor=%25", "/api/events?offset=-1", "/api/events?limit=0"})
    GetJson(path, 400);
}

TEST_F(ApiTest, EventsComeFromTheEventsTableWithCountsThatAddUp) {
  Json j = GetJson("/api/events?limit=100", 200);
  uint64_t total = j["total"];
  EXPECT_EQ(j["events"].size(), std::min<uint64_t>(total, 100));
  uint64_t by_day = 0;
  for (const Json& d : j["timeline"]) by_day += d["count"].get<uint64_t>();
  EXPECT_LE(by_day, total);
  EXPECT_EQ(j["totals"]["count"], total);
  for (const Json& e : j["events"]) {
    EXPECT_TRUE(e["article"].is_string());
    EXPECT_TRUE(e["code"].is_string());
    EXPECT_TRUE(e["quad_class"].is_number_integer());
  }
  if (total > 1) {
    Json page = GetJson("/api/events?limit=1&offset=1", 200);
    ASSERT_EQ(page["events"].size(), 1u);
    EXPECT_EQ(page["events"][0], j["events"][1]);
    EXPECT_EQ(page["total"], total);
    std::string actor = j["events"][0]["source"].is_string() ? j["events"][0]["source"].get<std::string>() : "";
    if (!actor.empty()) {
      Json mine = GetJson("/api/events?actor=" + actor, 200);
      EXPECT_GE(mine["total"].get<uint64_t>(), 1u);
      auto starts = [&](const Json& v) { return v.is_string() && v.get<std::string>().rfind(actor, 0) == 0; };
      for (const Json& e : mine["events"]) EXPECT_TRUE(starts(e["source"]) || starts(e["target"])) << e.dump();  // a prefix
    }
  }
}

TEST_F(ApiTest, StoriesListNewestFirstAndPaginate) {
  Json j = GetJson("/api/stories", 200);
  ASSERT_TRUE(j["stories"].is_array());
  ASSERT_FALSE(j["stories"].empty());
  uint64_t articles = 0;
  std::string last = "~";
  for (const Json& st : j["stories"]) {
    EXPECT_TRUE(st["id"].is_string());
    EXPECT_TRUE(st["label"].is_string());
    EXPECT_TRUE(st["first"].is_string());
    EXPECT_TRUE(st["actors"].is_array());
    EXPECT_TRUE(st["places"].is_array());
    EXPECT_LE(st["last"].get<std::string>(), last);  // newest first
    last = st["last"];
    articles += st["article_count"].get<uint64_t>();
  }
  EXPECT_EQ(articles, ids_.size());  // every article is in one story
  EXPECT_EQ(j["more"], false);
  Json one = GetJson("/api/stories?limit=1", 200);
  ASSERT_EQ(one["stories"].size(), 1u);
  EXPECT_EQ(one["stories"][0], j["stories"][0]);
  EXPECT_EQ(one["more"], j["stories"].size() > 1);
  if (j["stories"].size() > 1) {
    Json next = GetJson("/api/stories?limit=1&offset=1", 200);
    EXPECT_EQ(next["stories"][0], j["stories"][1]);
  }
  EXPECT_TRUE(GetJson("/api/stories?offset=1000", 200)["stories"].empty());
  for (const char* path : {"/api/stories?limit=0", "/api/stories?limit=101", "/api/stories?limit=x", "/api/stories?offset=-1",
                           "/api/stories?offset=100000", "/api/stories?q=x", "/api/stories?limit=1&limit=2"})
    GetJson(path, 400);
}

TEST_F(ApiTest, StoryHasItsArticles) {
  Json list = GetJson("/api/stories?limit=100", 200);
  ASSERT_FALSE(list["stories"].empty());
  for (const Json& st : list["stories"]) {
    std::string id = st["id"];
    Json j = GetJson("/api/stories/" + id, 200);
    EXPECT_EQ(j["id"], id);
    EXPECT_EQ(j["label"], st["label"]);
    ASSERT_TRUE(j["articles"].is_array());
    EXPECT_EQ(j["articles"].size(), st["article_count"].get<size_t>());
    for (const Json& a : j["articles"]) {
      EXPECT_NE(std::find(ids_.begin(), ids_.end(), a["id"].get<std::string>()), ids_.end());
      EXPECT_TRUE(a.contains("title") && a.contains("source") && a.contains("published") && a.contains("duplicate_of"));
      // each article names this story
      EXPECT_EQ(GetJson("/api/articles/" + a["id"].get<std::string>(), 200)["story"], id);
    }
  }
  GetJson("/api/stories/nope", 404);
  GetJson("/api/stories/" + std::string(200, 'a'), 400);
  GetJson("/api/stories/%FF", 400);
  GetJson("/api/stories/x?limit=1", 404);  // unknown story: parameters are ignored here
}

TEST_F(ApiTest, OpenApiDescribesEveryEndpoint) {
  Json j = GetJson("/api/openapi.json", 200);
  EXPECT_EQ(j["openapi"].get<std::string>().substr(0, 2), "3.");
  ASSERT_TRUE(j["paths"].is_object());
  for (const auto& [path, item] : j["paths"].items()) {
    std::string concrete = path;
    std::string id = ids_[1];
    if (path.find("/stories/") != std::string::npos) id = GetJson("/api/stories?limit=1", 200)["stories"][0]["id"];
    if (size_t p = concrete.find("{id}"); p != std::string::npos) concrete.replace(p, 4, id);
    GetJson(concrete, 200);
  }
  for (const char* path : {"/api/search", "/api/articles/{id}", "/api/events", "/api/stats", "/api/stories", "/api/stories/{id}"})
    EXPECT_TRUE(j["paths"].contains(path)) << path;
}

TEST_F(ApiTest, PageAndClientRoutesServeTheEmbeddedFiles) {
  for (const std::string& path : std::vector<std::string>{"/", "/article/" + ids_[0], "/?q=strike", "/actor/RUSGOV", "/story/1", "/graph", "/map"}) {
    httplib::Result r = Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
    EXPECT_NE(r->body.find("<script src=\"/app.js\""), std::string::npos) << path;
    CheckSecurityHeaders(*r);
  }
  httplib::Result js = Get("/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_GT(js->body.size(), 1000u);
  httplib::Result world = Get("/world.txt");
  ASSERT_TRUE(world);
  EXPECT_EQ(world->status, 200);
  EXPECT_EQ(world->body.substr(0, 1), "M");
  httplib::Result css = Get("/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(ApiTest, NothingElseIsServed) {
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/app.js", "/app.js/../../etc/passwd",
                           "/index.html/..", "/CMakeLists.txt", "/api", "/api/", "/api/nope", "/api/articles/a/b",
                           "/article/", "/static/../../../etc/shadow"})
    GetJson(path, 404);
  httplib::Client client("127.0.0.1", server_->port());
  for (const char* path : {"/api/search", "/api/articles/hostile1", "/"}) {
    httplib::Result del = client.Delete(path);
    ASSERT_TRUE(del);
    EXPECT_EQ(del->status, 405);
    EXPECT_TRUE(Json::parse(del->body, nullptr, false).contains("error"));
  }
}

TEST_F(ApiTest, ParallelRequestsAllAnswer) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int i = 0; i < 25; ++i) {
        httplib::Result r = client.Get(i % 2 ? "/api/search?q=port" : ("/api/articles/" + ids_[i % 4]).c_str());
        if (r && r->status == 200) ++ok;
      }
    });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(ok.load(), 200);
}

TEST(ApiBind, MissingStoreAndBusyPortFail) {
  ServeOptions options;
  options.target = (fs::temp_directory_path() / "dateline-api-missing.db").string();
  options.port = 0;
  EXPECT_FALSE(Server::Bind(options).ok());
  EXPECT_FALSE(fs::exists(options.target));
}

}  // namespace
}  // namespace dateline
