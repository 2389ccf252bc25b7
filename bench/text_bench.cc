// Text-stage throughput, one thread, as named workloads over the same
// corpus of news prose (written for this benchmark, about 1 MB):
//   BM_AnalyzeText         tokens, sentences and dates (the stage as used)
//   BM_AnalyzeTextNoDates  tokens and sentences only
//   BM_IcuWordBreak        peer: ICU's word BreakIterator over the same text
//                          (boundaries only, no abbreviations, no sentences)
//   BM_IcuSentenceBreak    peer: ICU's sentence BreakIterator
// Reports tokens/s (items_per_second; for the ICU peers, boundaries/s) and
// MB/s (bytes_per_second).
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>
#include <vector>

#include "dateline/text.h"

namespace {

const char* const kParagraphs[] = {
    "WARSAW (Wire) – Poland’s Prime Minister Donald Tusk said Tuesday that talks with the U.S. "
    "administration on troop levels had been “frank and useful,” a day after Defense Secretary "
    "Pete Hegseth visited a base near Rzeszów.",
    "The 27-nation bloc agreed on Feb. 14 to release €1.5 billion ($1.62 billion) in frozen funds, "
    "officials said. The money, about 2.75% of the total, will be paid in three tranches.",
    "Sen. Maria Cantwell, D-Wash., told reporters at 10:30 a.m. that the bill would not pass "
    "before the August recess. “We don’t have the votes,” she said. “Not yet.”",
    "Gen. Mark Milley, the former chairman of the Joint Chiefs of Staff, testified in 2021 that the "
    "withdrawal was a “strategic failure.” He retired two years later.",
    "Lt. Col. Ana Ruiz of the U.N. peacekeeping mission said 3,000 people had fled the town since "
    "last week. Aid groups, including Médecins Sans Frontières, said shelters were full.",
    "Protesters gathered outside No. 10 Downing St. on Saturday night. Police said 14 people were "
    "arrested; a spokesman for the Metropolitan Police declined to comment further.",
    "Shares of Acme Corp. fell 8.4% on Wednesday after the company cut its outlook for the year. "
    "Analysts at J.P. Morgan said the guidance was “disappointing but not surprising.”",
    "In a statement posted on https://www.example.org/news/2025/03/statement.html, the ministry "
    "said the meeting would take place on March 3, 2025, in Geneva. Questions: press@example.org.",
    "Dr. Stefan K. Novak, a virologist at the university, said the outbreak began in early "
    "January. “We saw the first cases on Jan. 6,” he said. “By the 20th we had hundreds.”",
    "Three years ago, the city’s mayor promised a new bridge. Construction started last month and "
    "is scheduled to finish next year, according to the transport department.",
    "Президент заявил в четверг, что переговоры продолжатся. 北京表示，谈判将于下周继续。",
    "U.S.-backed forces retook the airport on Sunday, the Pentagon said. The operation – the "
    "largest since 2019 – involved about 1,200 troops and lasted 36 hours...",
    "“Is this the end?” asked one resident. “I don’t know!” replied another. Neither gave a name.",
    "The court ruled on 12 November 2024 that the law was unconstitutional. An appeal was filed "
    "two weeks later, and a hearing is expected in May.",
};

std::string Corpus() {
  std::string text;
  size_t k = 0, n = std::size(kParagraphs);
  while (text.size() < (1u << 20)) {
    // A deterministic walk through the paragraphs so no two blocks repeat in step.
    text += kParagraphs[(k * 7 + k / n) % n];
    text += "\n\n";
    ++k;
  }
  return text;
}

const std::string& TheCorpus() {
  static const std::string corpus = Corpus();
  return corpus;
}

void Analyze(benchmark::State& state, bool dates) {
  const std::string& text = TheCorpus();
  dateline::TextOptions options;
  options.dates = dates;
  const std::optional<std::string> published = "2025-02-27";
  int64_t tokens = 0;
  for (auto _ : state) {
    dateline::TextAnalysis a = dateline::AnalyzeText(text, published, options);
    tokens += int64_t(a.tokens.size());
    benchmark::DoNotOptimize(a);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
  state.SetItemsProcessed(tokens);
}

void BM_AnalyzeText(benchmark::State& state) { Analyze(state, true); }
void BM_AnalyzeTextNoDates(benchmark::State& state) { Analyze(state, false); }

void IcuBreak(benchmark::State& state, bool sentences) {
  const std::string& text = TheCorpus();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status)
                : icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return state.SkipWithError("ICU break iterator unavailable");
  int64_t boundaries = 0;
  for (auto _ : state) {
    UText* ut = utext_openUTF8(nullptr, text.data(), int64_t(text.size()), &status);
    it->setText(ut, status);
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++boundaries;
    utext_close(ut);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
  state.SetItemsProcessed(boundaries);
}

void BM_IcuWordBreak(benchmark::State& state) { IcuBreak(state, false); }
void BM_IcuSentenceBreak(benchmark::State& state) { IcuBreak(state, true); }

BENCHMARK(BM_AnalyzeText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeTextNoDates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuWordBreak)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuSentenceBreak)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
