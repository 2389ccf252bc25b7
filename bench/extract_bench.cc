// Extract-stage throughput, one thread, as named workloads:
//   BM_ExtractPlainText  the bundled wire-style text examples
//   BM_ExtractHtml       the bundled HTML examples, plus every page under
//                        $DATELINE_BENCH_HTML (e.g. ../shared/eval/extraction/html)
//   BM_ExtractHtmlDir    only the pages under $DATELINE_BENCH_HTML (the peer
//                        benchmark, bench/extract_peer.sh, compares this one)
//   BM_ParseHtmlOnly     the same pages through libxml2's HTML parser alone
//                        (htmlReadMemory, the options extract uses): the bound
//                        on what extraction can reach
// Reports documents/s (items_per_second) and MB/s (bytes_per_second).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <libxml/HTMLparser.h>

#include "dateline/extract.h"

namespace {

namespace fs = std::filesystem;

std::vector<dateline::RawDocument> Load(const std::vector<fs::path>& dirs, const std::string& ext) {
  std::vector<dateline::RawDocument> docs;
  for (const fs::path& dir : dirs) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      std::string name = e.path().string();
      if (name.size() < ext.size() || name.compare(name.size() - ext.size(), ext.size(), ext) != 0) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      docs.push_back({.input = name, .bytes = ss.str()});
    }
  }
  return docs;
}

void Run(benchmark::State& state, const std::vector<dateline::RawDocument>& docs) {
  if (docs.empty()) {
    state.SkipWithError("no documents");
    return;
  }
  int64_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto r = dateline::ExtractArticle(d);
      benchmark::DoNotOptimize(r);
      bytes += d.bytes.size();
      ++items;
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(items);
  state.counters["docs"] = docs.size();
}

void BM_ExtractPlainText(benchmark::State& state) {
  static auto docs = Load({fs::path(DATELINE_SOURCE_DIR) / "examples", fs::path(DATELINE_SOURCE_DIR) / "tests"}, ".txt");
  Run(state, docs);
}

void BM_ExtractHtml(benchmark::State& state) {
  std::vector<fs::path> dirs = {fs::path(DATELINE_SOURCE_DIR) / "examples", fs::path(DATELINE_SOURCE_DIR) / "tests"};
  if (const char* extra = std::getenv("DATELINE_BENCH_HTML")) dirs.push_back(extra);
  static auto docs = Load(dirs, ".html");
  Run(state, docs);
}

const std::vector<dateline::RawDocument>& DirPages() {
  static auto docs = [] {
    const char* dir = std::getenv("DATELINE_BENCH_HTML");
    return dir ? Load({dir}, ".html") : std::vector<dateline::RawDocument>{};
  }();
  return docs;
}

void BM_ExtractHtmlDir(benchmark::State& state) { Run(state, DirPages()); }

void BM_ParseHtmlOnly(benchmark::State& state) {
  const auto& docs = DirPages();
  if (docs.empty()) {
    state.SkipWithError("DATELINE_BENCH_HTML not set");
    return;
  }
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
  int64_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      htmlDocPtr doc = htmlReadMemory(d.bytes.data(), int(d.bytes.size()), nullptr, "UTF-8", kOptions);
      benchmark::DoNotOptimize(doc);
      xmlFreeDoc(doc);
      bytes += d.bytes.size();
      ++items;
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(items);
  state.counters["docs"] = docs.size();
}

BENCHMARK(BM_ExtractPlainText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractHtmlDir)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseHtmlOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
