// Events: who did what to whom. Codes each sentence into CAMEO events
// (source and target actors from the entities stage, event code, quad class,
// Goldstein score, date, place, evidence) and scores the article's tone.
//
// The coder is driven by readable dictionaries compiled into the binary
// (data/cameo_verbs.txt, data/cameo_codes.tsv, data/event_discard.txt,
// data/event_stance.txt; overridable through DATELINE_DATA_DIR, see
// util/embedded.h), loaded once per process on first use.
//
// Thread-safety: CodeEvents and LoadEventData are pure functions of their
// arguments and the data files; any number of threads may call them.
#pragma once

#include <cstddef>
#include <string>

#include "dateline/article.h"
#include "dateline/result.h"
#include "dateline/text.h"

namespace dateline {

struct EventOptions {
  // Code events into Article::events. Default true.
  bool events = true;
  // Score Article::tone. Default true.
  bool tone = true;
  // Sentences with more tokens than this are not coded (no sane news
  // sentence is that long; bounds the work per sentence). Default 200.
  size_t max_sentence_tokens = 200;
};

// `text` is AnalyzeText(article->text, article->published), run after
// AnalyzeEntities. Fills article->events and article->tone.
void CodeEvents(const TextAnalysis& text, Article* article, const EventOptions& options = {});

// Reads and checks the events stage's data files now (they are otherwise
// read on first use). Returns the number of entries loaded, or the first bad
// line as an Error whose message names "file:line". Bad lines are skipped
// either way. Thread-safe.
Result<size_t> LoadEventData();

// The CAMEO code table (data/cameo_codes.tsv): Goldstein score and quad
// class of `code`, false when the code is unknown.
bool LookupCameoCode(const std::string& code, double* goldstein, int* quad_class);

}  // namespace dateline
