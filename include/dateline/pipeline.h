// Pipeline: sources -> extract -> (later stages) -> the caller, with N worker
// threads. Results reach the caller in input order, on the calling thread,
// whatever the number of threads; at most a bounded number of documents are
// in flight, so memory stays flat in the size of the input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dateline/article.h"
#include "dateline/entities.h"
#include "dateline/extract.h"
#include "dateline/result.h"
#include "dateline/sources.h"

namespace dateline {

struct PipelineOptions {
  int threads = 0;        // worker threads; 0 = all cores
  bool progress = false;  // a progress line on stderr, redrawn about 4 times a second
  SourceOptions source;
  ExtractOptions extract;
  EntityOptions entities;
};

// The per-document analysis every result goes through, in stage order:
// extract -> text (sentences, dates). A pure function of the document and
// the options: thread-safe, and the same input gives the same output.
Result<Article> AnalyzeDocument(const RawDocument& doc, const PipelineOptions& options);

struct PipelineStats {
  uint64_t documents = 0;  // articles produced
  uint64_t errors = 0;     // documents or records that failed
  uint64_t bytes = 0;      // input bytes consumed
  double seconds = 0;
};

// Receives each result in input order. Called on the thread that ran
// RunPipeline.
struct PipelineSink {
  std::function<void(Article&&)> on_article;
  std::function<void(const Error&)> on_error;
};

PipelineStats RunPipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                          const PipelineSink& sink);

}  // namespace dateline
