// Choosing a reader for an input, and the simplest one: the whole input as
// one document. The whole-input reader asks for one byte more than the
// document limit, so an oversized input is recognised after reading only
// that much and the rest is never read; that is the one place where an
// input is held in memory, and only up to the limit.
#include "sources/input.h"

#include "sources/jsonl.h"
#include "sources/sniff.h"
#include "sources/warc.h"

namespace dateline::sources {

std::string RecordName(const std::string& name, uint64_t offset) {
  return name + "#" + std::to_string(offset);
}

bool ErrorReader::Next(Result<RawDocument>* out) {
  if (done_) return false;
  done_ = true;
  *out = error_;
  return true;
}

WholeInputReader::WholeInputReader(std::unique_ptr<BufferedReader> in, std::string name,
                                   const SourceOptions& options)
    : in_(std::move(in)), name_(std::move(name)), options_(options) {}

namespace {

DocFormat FormatFor(InputFormat forced) {
  if (forced == InputFormat::kHtml) return DocFormat::kHtml;
  if (forced == InputFormat::kText) return DocFormat::kText;
  return DocFormat::kAuto;
}

std::string TooLarge(uint64_t max) { return "document exceeds " + std::to_string(max) + " bytes"; }

// Looks at a short head first, so a pipe that delivers one small JSON line
// or WARC record at a time is not waited on for a full 4 KiB; the longer
// head is needed only to tell a document from binary garbage.
Container Sniff(BufferedReader* in, InputFormat forced) {
  constexpr size_t kShortHead = 64;
  Container c = SniffContainer(in->Peek(kShortHead), forced);
  if (c == Container::kWarc || c == Container::kJsonl || c == Container::kEmpty || forced != InputFormat::kAuto)
    return c;
  return SniffContainer(in->Peek(kSniffBytes), forced);
}

}  // namespace

bool WholeInputReader::Next(Result<RawDocument>* out) {
  if (done_) return false;
  done_ = true;
  RawDocument doc;
  uint64_t got = in_->ReadBytes(options_.max_document_bytes + 1, &doc.bytes);
  if (got > options_.max_document_bytes) {
    *out = MakeError(TooLarge(options_.max_document_bytes), name_);
  } else if (in_->error()) {
    *out = *in_->error();
  } else {
    doc.input = name_;
    doc.format = FormatFor(options_.format);
    *out = std::move(doc);
  }
  return true;
}

std::unique_ptr<InputReader> OpenReader(std::unique_ptr<Stream> raw, const std::string& name,
                                        const SourceOptions& options) {
  auto in = std::make_unique<BufferedReader>(MaybeGunzip(std::move(raw), name));
  switch (Sniff(in.get(), options.format)) {
    case Container::kEmpty:
      return std::make_unique<ErrorReader>(in->error() ? *in->error() : MakeError("empty input", name));
    case Container::kBinary:
      return std::make_unique<ErrorReader>(
          MakeError("binary input (not text, HTML, JSON Lines or WARC)", name));
    case Container::kWarc: return std::make_unique<WarcReader>(std::move(in), name, options);
    case Container::kJsonl: return std::make_unique<JsonlReader>(std::move(in), name, options);
    case Container::kDocument: break;
  }
  return std::make_unique<WholeInputReader>(std::move(in), name, options);
}

}  // namespace dateline::sources
