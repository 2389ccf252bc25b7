// Events-stage throughput, one thread, over news articles written for this
// benchmark (wire-style paragraphs; 200 articles of 14 sentences):
//   BM_EventsStage     CodeEvents (coder + tone) on precomputed text and entities
//   BM_EventsCoderOnly CodeEvents with tone off
//   BM_WholeAnalysis   AnalyzeText + AnalyzeEntities + CodeEvents, the figure beside it
// Reports sentences/s (items_per_second). The peer: TABARI with its full
// CAMEO dictionaries codes about 15,000 sentences/s (issue 5); the target
// is >= 20,000 sentences/s for the events stage.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "dateline/entities.h"
#include "dateline/events.h"
#include "dateline/text.h"

namespace {

const char* const kArticle =
    "China’s President Xi Jinping said Tuesday that his contacts with U.S. President Donald J. Trump had "
    "“inspired hope” as both sides began talks on how to end the trade war.\n\n"
    "Xi’s remarks came ahead of Japanese Prime Minister Shigeru Ishiba’s visit to the White House.\n\n"
    "As Ishiba prepared to meet Trump, U.S. teams held eight hours of talks in Switzerland on Tuesday, officials "
    "said.\n\n"
    "The office of China’s prosecutor general announced that Zhang Wei was being deported from the "
    "United States on Tuesday. Washington described Tuesday’s talks as “constructive.”\n\n"
    "Israeli police said they arrested two men near the Temple Mount compound in Jerusalem, as Palestinian "
    "officials accused Israel of imposing new restrictions during Ramadan.\n\n"
    "NATO deployed troops to Estonia. The European Union criticized Hungary over the law.\n\n"
    "North Korea threatened to attack South Korea. Iran refused to meet with American officials.\n\n"
    "Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters in Doha that Hamas and "
    "Israeli negotiators had made “real progress” but that several issues remained open.\n\n"
    "Shares of Acme Corp. fell 8.4% on Wednesday after the company cut its outlook, Reuters reported.\n\n"
    "Delegations from Kyiv and Moscow gathered in Geneva for talks. China said it will send humanitarian aid "
    "to Pakistan.";

struct Prepared {
  dateline::Article article;
  dateline::TextAnalysis text;
};

std::vector<Prepared> Corpus(size_t* sentences) {
  std::vector<Prepared> out(200);
  *sentences = 0;
  for (Prepared& p : out) {
    p.article.text = kArticle;
    p.article.published = "2025-02-27";
    p.article.dateline = {{"Moscow", "RUS", 55.75, 37.62}};
    p.text = dateline::AnalyzeText(p.article.text, p.article.published);
    dateline::AnalyzeEntities(p.text, &p.article);
    *sentences += p.text.sentences.size();
  }
  return out;
}

void RunEvents(benchmark::State& state, bool tone) {
  size_t sentences = 0;
  std::vector<Prepared> corpus = Corpus(&sentences);
  dateline::EventOptions options;
  options.tone = tone;
  size_t events = 0;
  for (auto _ : state) {
    for (Prepared& p : corpus) {
      dateline::CodeEvents(p.text, &p.article, options);
      events += p.article.events.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
  state.counters["events_per_sentence"] =
      static_cast<double>(events) / static_cast<double>(state.iterations() * sentences);
}

void BM_EventsStage(benchmark::State& state) { RunEvents(state, true); }
void BM_EventsCoderOnly(benchmark::State& state) { RunEvents(state, false); }

void BM_WholeAnalysis(benchmark::State& state) {
  size_t sentences = 0;
  for (auto _ : state) {
    dateline::Article a;
    a.text = kArticle;
    a.published = "2025-02-27";
    dateline::TextAnalysis t = dateline::AnalyzeText(a.text, a.published);
    dateline::AnalyzeEntities(t, &a);
    dateline::CodeEvents(t, &a);
    sentences += t.sentences.size();
    benchmark::DoNotOptimize(a.events.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
}

}  // namespace

BENCHMARK(BM_EventsStage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EventsCoderOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WholeAnalysis)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
