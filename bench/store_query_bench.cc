// Query latency on a built store, measured in-process (no process start-up):
// 20 typical searches with and without filters, their facets, and event
// exports with filters, each run --repeat times after one warm-up run;
// prints p50, p95 and max per workload and over all of them, as JSON Lines;
// a search also prints how many matches it ranked ("ranked_among", with
// "bounded": true when more matched than StoreOptions::search_rank_limit).
//
//   store_query_bench --db bench.db [--repeat 20]
//
// bench/store_bench.sh builds the 100,000-article store and runs this.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dateline/store.h"

namespace {

using dateline::ArticleFilter;

struct Workload {
  std::string name;
  std::function<bool(dateline::Store&)> run;  // false: the query failed
  std::shared_ptr<dateline::SearchInfo> info = nullptr;  // searches: what the last run ranked
};

ArticleFilter Filter(std::function<void(ArticleFilter&)> set) {
  ArticleFilter f;
  set(f);
  return f;
}

Workload Search(std::string name, std::string query, ArticleFilter f = {}) {
  auto info = std::make_shared<dateline::SearchInfo>();
  return {"search " + name, [query, f, info](dateline::Store& s) { return s.Search(query, f, info.get()).ok(); }, info};
}

Workload Facets(std::string name, std::string query, ArticleFilter f = {}) {
  return {"facets " + name, [query, f](dateline::Store& s) { return s.Facets(query, f).ok(); }};
}

Workload Events(std::string name, ArticleFilter f) {
  return {"export events " + name, [f](dateline::Store& s) {
            return s.ExportEvents(f, [](const dateline::EventSummary&) { return true; }).ok();
          }};
}

std::vector<Workload> Workloads() {
  return {
      Search("word", "ceasefire"),
      Search("phrase", "\"prisoner exchange\""),
      Search("name", "Lavrov"),
      Search("two words", "sanctions relief"),
      Search("OR", "Zelensky OR Putin"),
      Search("NOT", "energy -gas"),
      Search("prefix", "pipel*"),
      Search("rare word", "Okafor"),
      Search("dates", "climate finance", Filter([](auto& f) { f.from = "2025-02-01"; f.to = "2025-02-07"; })),
      Search("source", "grain exports", Filter([](auto& f) { f.source = "globalwire.example"; })),
      Search("person", "talks", Filter([](auto& f) { f.person = "Sergei Lavrov"; })),
      Search("actor prefix", "aid", Filter([](auto& f) { f.actor = "RUS"; })),
      Search("place", "agreement", Filter([](auto& f) { f.place = "Istanbul"; })),
      Search("event root", "talks", Filter([](auto& f) { f.event = "04"; })),
      Search("no duplicates", "nuclear inspections", Filter([](auto& f) { f.include_duplicates = false; })),
      Search("event code + person", "Erdogan", Filter([](auto& f) { f.event = "111"; f.person = "Recep Tayyip Erdogan"; })),
      Search("actor + dates", "military aid", Filter([](auto& f) { f.actor = "USA"; f.from = "2025-03-01"; })),
      Search("place + person", "Xi", Filter([](auto& f) { f.place = "Beijing"; f.person = "Xi Jinping"; })),
      Search("page 3", "minister", Filter([](auto& f) { f.offset = 40; })),
      Search("common word", "officials"),
      Facets("word", "ceasefire"),
      Facets("dates", "climate finance", Filter([](auto& f) { f.from = "2025-02-01"; f.to = "2025-02-07"; })),
      Events("actor + week", Filter([](auto& f) { f.actor = "RUS"; f.from = "2025-02-01"; f.to = "2025-02-07"; })),
      Events("root + month + limit 100", Filter([](auto& f) { f.event = "04"; f.from = "2025-03-01"; f.to = "2025-03-31"; f.limit = 100; })),
      Events("place + day", Filter([](auto& f) { f.place = "Istanbul"; f.from = "2025-02-03"; f.to = "2025-02-03"; })),
      Events("person + month", Filter([](auto& f) { f.person = "Sergei Lavrov"; f.from = "2025-02-01"; f.to = "2025-02-28"; })),
  };
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  int repeat = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[i + 1]));
  }
  dateline::StoreOptions options;
  options.create = false;
  auto store = dateline::Store::Open(db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "store_query_bench: %s: %s\n", db.c_str(), store.error().message.c_str());
    return 2;
  }
  std::vector<double> all, searches;
  std::vector<Workload> workloads = Workloads();
  // Not a typical query: every "04" event of the whole store; reported, not in "all".
  Workload year = Events("root, whole store, limit 100 (not in all)", Filter([](auto& f) { f.event = "04"; f.limit = 100; }));
  for (const Workload& w : workloads) {
    if (!w.run(*store.value())) {
      std::fprintf(stderr, "store_query_bench: %s failed\n", w.name.c_str());
      return 1;
    }
    std::vector<double> ms;
    for (int r = 0; r < repeat; ++r) {
      auto start = std::chrono::steady_clock::now();
      w.run(*store.value());
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    all.insert(all.end(), ms.begin(), ms.end());
    if (w.name.starts_with("search")) searches.insert(searches.end(), ms.begin(), ms.end());
    std::string ranked = w.info ? ",\"ranked_among\":" + std::to_string(w.info->ranked_among) +
                                      (w.info->bounded ? ",\"bounded\":true" : "")
                                : "";
    std::printf("{\"workload\":\"%s\",\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f%s}\n", w.name.c_str(),
                Percentile(ms, 0.5), Percentile(ms, 0.95), Percentile(ms, 1.0), ranked.c_str());
  }
  std::vector<double> ms;
  for (int r = 0; r < std::min(repeat, 5); ++r) {
    auto start = std::chrono::steady_clock::now();
    year.run(*store.value());
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("{\"workload\":\"%s\",\"p50_ms\":%.2f,\"p95_ms\":%.2f}\n", year.name.c_str(), Percentile(ms, 0.5),
              Percentile(ms, 0.95));
  std::printf("{\"workload\":\"all searches\",\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f}\n",
              Percentile(searches, 0.5), Percentile(searches, 0.95), Percentile(searches, 1.0));
  std::printf("{\"workload\":\"all\",\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f}\n", Percentile(all, 0.5),
              Percentile(all, 0.95), Percentile(all, 1.0));
  return 0;
}
