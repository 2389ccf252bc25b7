// Entities-stage throughput, one thread, over news prose written for this
// benchmark (about 1 MB: the paragraphs below repeated):
//   BM_TextAndEntities  AnalyzeText + AnalyzeEntities (the whole analysis)
//   BM_EntitiesOnly     AnalyzeEntities on a precomputed TextAnalysis
//   BM_TextOnly         AnalyzeText, for the share of each stage
//   BM_TextAndEntitiesFile  the whole analysis of the file named by
//                       DATELINE_BENCH_TEXT (skipped when unset), as one
//                       document: what bench/entities_peer.sh compares with
//                       wink-nlp's entity pass on the same file
// Reports tokens/s (items_per_second) and bytes/s.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "dateline/entities.h"
#include "dateline/text.h"

namespace {

const char* const kParagraphs[] = {
    "Russia’s President Vladimir Putin said Friday that his talks with U.S. President Donald J. Trump had "
    "“opened a door” to a settlement of the war in Ukraine, the Kremlin said.",
    "Putin’s comments came before Ukrainian President Volodymyr Zelenskyy travelled to the White House. "
    "Zelenskyy has said Moscow invaded his country three years ago and must withdraw.",
    "In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova said the talks in Istanbul would "
    "remove “obstacles” between the embassies. “We are ready,” she added.",
    "The office of Russia’s prosecutor general said Dmitry Koshelev, wanted by Moscow for fraud, was "
    "deported from the United States on Thursday. Washington described the meeting as “useful.”",
    "New York Sen. Chuck Schumer criticised the plan, while U.S. Vice President JD Vance defended it at a "
    "rally in Ohio. U.S. Southern Command said it had tracked three vessels in the Caribbean.",
    "Israeli police said they arrested two men near the Temple Mount compound in Jerusalem, as Palestinian "
    "officials accused Israel of imposing new restrictions during Ramadan.",
    "NATO Secretary-General Mark Rutte told reporters in Brussels that the alliance would meet in The Hague "
    "in June. The European Union and the International Monetary Fund backed the plan.",
    "Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters in Doha that Hamas and "
    "Israeli negotiators had made “real progress” but that several issues remained open.",
    "Shares of Acme Corp. fell 8.4% on Wednesday after the company cut its outlook. Analysts at Goldman Sachs "
    "said the guidance was “disappointing but not surprising,” Reuters reported.",
    "Egyptian Foreign Minister Badr Abdelatty said Cairo was “ready to host the next round” and warned that a "
    "collapse of the truce would destabilise the region, according to the state news agency.",
};

std::string Corpus() {
  std::string text;
  while (text.size() < (1 << 20))
    for (const char* p : kParagraphs) (text += p) += "\n\n";
  return text;
}

const std::optional<std::string> kPublished = "2025-03-06";

// The timed loop shared by the text + entities workloads: tokens and bytes
// per second; returns the tokens processed.
size_t RunTextAndEntities(benchmark::State& state, dateline::Article* article) {
  size_t tokens = 0;
  for (auto _ : state) {
    dateline::TextAnalysis text = dateline::AnalyzeText(article->text, article->published);
    dateline::AnalyzeEntities(text, article);
    tokens += text.tokens.size();
    benchmark::DoNotOptimize(article->entities.data());
  }
  state.SetItemsProcessed(tokens);
  state.SetBytesProcessed(state.iterations() * article->text.size());
  return tokens;
}

void BM_TextAndEntities(benchmark::State& state) {
  dateline::Article article;
  article.text = Corpus();
  article.published = kPublished;
  RunTextAndEntities(state, &article);
}

void BM_EntitiesOnly(benchmark::State& state) {
  dateline::Article article;
  article.text = Corpus();
  article.published = kPublished;
  dateline::TextAnalysis text = dateline::AnalyzeText(article.text, article.published);
  for (auto _ : state) {
    dateline::AnalyzeEntities(text, &article);
    benchmark::DoNotOptimize(article.entities.data());
  }
  state.SetItemsProcessed(state.iterations() * text.tokens.size());
  state.SetBytesProcessed(state.iterations() * article.text.size());
}

void BM_TextOnly(benchmark::State& state) {
  std::string corpus = Corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    dateline::TextAnalysis text = dateline::AnalyzeText(corpus, kPublished);
    tokens += text.tokens.size();
  }
  state.SetItemsProcessed(tokens);
  state.SetBytesProcessed(state.iterations() * corpus.size());
}

void BM_TextAndEntitiesFile(benchmark::State& state) {
  const char* path = std::getenv("DATELINE_BENCH_TEXT");
  std::ifstream in(path ? path : "", std::ios::binary);
  if (!in) {
    state.SkipWithError("set DATELINE_BENCH_TEXT to a text file");
    return;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  dateline::Article article;
  article.text = bytes.str();
  article.published = kPublished;
  size_t tokens = RunTextAndEntities(state, &article);
  state.counters["tokens"] = static_cast<double>(tokens / state.iterations());
  state.counters["entities"] = static_cast<double>(article.entities.size());
}

}  // namespace

BENCHMARK(BM_TextAndEntitiesFile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextAndEntities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntitiesOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextOnly)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
