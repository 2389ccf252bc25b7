// Sources: turn what the user names on the command line (files, directories,
// "-" for stdin; gzip-compressed or not; HTML, plain text, JSON Lines, WARC)
// into a stream of RawDocuments, one at a time, in a stable order.
//
// Streaming: memory stays bounded by the largest single document, never by
// the size of an input; a multi-GB WARC is read record by record.
// Corrupt records become Errors naming the input and offset, and the stream
// goes on with the next record where it can find one.
//
// A DocumentSource is used from one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dateline/document.h"
#include "dateline/result.h"

namespace dateline {

// The container format of an input. kAuto: recognised from the content
// (after gzip is undone): "WARC/" -> warc; a first line that is a JSON
// object -> jsonl; markup -> html; otherwise text.
enum class InputFormat { kAuto, kHtml, kText, kJsonl, kWarc };

// Parses "auto", "html", "text", "jsonl", "warc"; nullopt if unknown.
std::optional<InputFormat> ParseInputFormat(const std::string& name);

struct SourceOptions {
  InputFormat format = InputFormat::kAuto;  // --input-format; applies to every input
  // A document larger than this is reported as an error and skipped
  // (without buffering it). Default 64 MiB.
  uint64_t max_document_bytes = 64ull << 20;
  // A JSON Lines line longer than this is an error. Default: max_document_bytes.
};

class DocumentSource {
 public:
  virtual ~DocumentSource() = default;

  // Fills *out with the next document or an error about one document or
  // record, and returns true; returns false at the end of all inputs.
  virtual bool Next(Result<RawDocument>* out) = 0;

  // Bytes consumed so far from the underlying files (compressed size), for
  // progress reporting; and the total when known (sum of regular file sizes),
  // else 0.
  virtual uint64_t bytes_read() const = 0;
  virtual uint64_t bytes_total() const = 0;
};

// Opens the named inputs in order. Directories are walked recursively in
// sorted order (hidden files skipped). Never fails: an input that cannot be
// opened becomes an Error item in the stream.
std::unique_ptr<DocumentSource> OpenSources(const std::vector<std::string>& inputs,
                                            const SourceOptions& options = {});

}  // namespace dateline
