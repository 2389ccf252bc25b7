// InputReader: the documents of one opened input, whatever its container.
// OpenReader undoes gzip, looks at the first bytes and picks the reader: a
// WARC reader, a JSON Lines reader, or one document for the whole input.
// Errors about the input (empty, binary, corrupt) come out of the reader as
// items, so opening never fails.
//
// Used from one thread at a time.
#pragma once

#include <memory>
#include <string>

#include "dateline/document.h"
#include "dateline/result.h"
#include "dateline/sources.h"
#include "sources/byte_reader.h"

namespace dateline::sources {

class InputReader {
 public:
  virtual ~InputReader() = default;
  // The next document or error of this input and true; false when done.
  virtual bool Next(Result<RawDocument>* out) = 0;
};

// name: how documents and errors name this input ("path", "-").
std::unique_ptr<InputReader> OpenReader(std::unique_ptr<Stream> raw, const std::string& name,
                                        const SourceOptions& options);

// Yields the one error it was given, then ends.
class ErrorReader : public InputReader {
 public:
  explicit ErrorReader(Error error) : error_(std::move(error)) {}
  bool Next(Result<RawDocument>* out) override;

 private:
  Error error_;
  bool done_ = false;
};

// The whole input as one document (DocFormat from the forced format, else
// kAuto), or an error when it exceeds max_document_bytes or is damaged.
class WholeInputReader : public InputReader {
 public:
  WholeInputReader(std::unique_ptr<BufferedReader> in, std::string name, const SourceOptions& options);
  bool Next(Result<RawDocument>* out) override;

 private:
  std::unique_ptr<BufferedReader> in_;
  std::string name_;
  SourceOptions options_;
  bool done_ = false;
};

// "name#offset", how a record inside an input is named.
std::string RecordName(const std::string& name, uint64_t offset);

}  // namespace dateline::sources
