// JsonlReader: one document per line of a JSON Lines input. Each line is an
// object with the document in "html" (DocFormat kHtml), "text" (a raw
// article, kText) or "body" (clean text, kBody), tried in that order, and
// optionally "id" (string or number), "url", "title", "published".
//
// Documents and errors are named "path#OFFSET" with the byte offset of the
// line's start (in the decompressed stream). A bad line (not JSON, not an
// object, no document field, nested deeper than kMaxJsonDepth, longer than
// max_document_bytes) is an error that says which line and why; reading
// goes on with the next line. Blank lines are skipped.
#pragma once

#include <memory>
#include <string>

#include "sources/input.h"

namespace dateline::sources {

// Lines nested deeper than this are refused before parsing (the parser
// recurses once per level).
inline constexpr int kMaxJsonDepth = 256;

class JsonlReader : public InputReader {
 public:
  JsonlReader(std::unique_ptr<BufferedReader> in, std::string name, const SourceOptions& options);
  bool Next(Result<RawDocument>* out) override;

 private:
  Result<RawDocument> FromLine(uint64_t offset);
  Error LineError(uint64_t offset, const std::string& what) const;

  std::unique_ptr<BufferedReader> in_;
  std::string name_;
  SourceOptions options_;
  std::string line_;
  uint64_t line_number_ = 0;
  bool done_ = false;
};

}  // namespace dateline::sources
