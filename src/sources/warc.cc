// A WARC file is a sequence of records: a version line, header lines up to
// a blank line, then exactly Content-Length bytes of block, then two line
// ends. The reader walks that structure on a BufferedReader: header lines
// are read one at a time under a size cap, and the block is either read
// whole (a record we want, already checked against the document limit) or
// skipped through the buffer (any other record), so memory holds one
// document at most.
//
// Being lenient where crawlers differ (LF-only lines, header case, spaces
// around values, "WARC/0.17", angle brackets around URIs) costs nothing;
// being strict where it matters keeps records aligned: a header that does
// not parse, a missing Content-Length or bytes that are not a record start
// are reported once, and the reader scans forward for the next line that
// begins "WARC/<digit>" instead of guessing. A gzip member that fails to
// inflate is skipped the same way by the gzip layer.
#include "sources/warc.h"

#include <cctype>

#include "sources/http.h"
#include "util/strings.h"

namespace dateline::sources {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderBytes = 256 << 10;

bool IsVersionLine(std::string_view line) {
  return line.size() >= 6 && line.substr(0, 5) == "WARC/" && std::isdigit((unsigned char)line[5]);
}

std::optional<uint64_t> ParseLength(std::string_view s) {
  s = util::Trim(s);
  if (s.empty() || s.size() > 18) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (!std::isdigit((unsigned char)c)) return std::nullopt;
    v = v * 10 + uint64_t(c - '0');
  }
  return v;
}

std::string StripAngles(std::string s) {
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') return s.substr(1, s.size() - 2);
  return s;
}

// A position in a buffer view where a line starts with "WARC/<digit>".
size_t FindRecordStart(std::string_view v, bool at_line_start) {
  for (size_t pos = v.find("WARC/"); pos != std::string_view::npos; pos = v.find("WARC/", pos + 1)) {
    bool line_start = pos == 0 ? at_line_start : v[pos - 1] == '\n';
    if (line_start && pos + 5 < v.size() && std::isdigit((unsigned char)v[pos + 5])) return pos;
  }
  return std::string_view::npos;
}

std::string TooLarge(uint64_t max) { return "document exceeds " + std::to_string(max) + " bytes"; }

}  // namespace

const std::string* WarcReader::Header::Get(std::string_view name) const {
  for (const auto& [k, v] : fields)
    if (util::IEquals(k, name)) return &v;
  return nullptr;
}

WarcReader::WarcReader(std::unique_ptr<BufferedReader> in, std::string name, const SourceOptions& options)
    : in_(std::move(in)), name_(std::move(name)), options_(options) {}

bool WarcReader::Next(Result<RawDocument>* out) {
  while (!done_) {
    Step step = ReadRecord(out);
    if (step == Step::kItem) return true;
    if (step == Step::kEnd) done_ = true;
  }
  return false;
}

void WarcReader::SkipBlankLines() {
  for (;;) {
    std::string_view v = in_->Peek(2);
    if (v.empty()) return;
    if (v[0] == '\n') in_->Consume(1);
    else if (v[0] == '\r' && (v.size() < 2 || v[1] == '\n')) in_->Consume(v.size());
    else return;
  }
}

bool WarcReader::SeekRecordStart() {
  constexpr size_t kKeep = 6;  // "WARC/" + digit may straddle two views
  bool line_start = true;
  for (;;) {
    std::string_view v = in_->Peek(kReadBufferBytes);
    if (v.size() <= kKeep) {
      in_->Consume(v.size());
      return false;
    }
    size_t hit = FindRecordStart(v, line_start);
    if (hit != std::string_view::npos) {
      in_->Consume(hit);
      return true;
    }
    line_start = v[v.size() - kKeep - 1] == '\n';
    in_->Consume(v.size() - kKeep);
  }
}

uint64_t WarcReader::RecordOffset(uint64_t gap_start, uint64_t start) {
  std::optional<uint64_t> member = in_->MemberStartIn(gap_start, start);
  return member ? *member : start;
}

WarcReader::Step WarcReader::AtStreamEnd(Result<RawDocument>* out) {
  if (!in_->error()) return Step::kEnd;
  *out = *in_->error();
  if (in_->Resume()) resync_ = true;
  else done_ = true;
  return Step::kItem;
}

WarcReader::Step WarcReader::RecordError(uint64_t offset, std::string message, Result<RawDocument>* out) {
  *out = MakeError(std::move(message), RecordName(name_, offset), int64_t(offset));
  return Step::kItem;
}

// The error waits until the resync scan has run: when the scan runs into
// damage in the gzip layer, that report explains the bad record and is the
// only one given.
WarcReader::Step WarcReader::Corrupt(uint64_t offset, std::string message, Result<RawDocument>* out) {
  resync_ = true;
  pending_ = MakeError(std::move(message), RecordName(name_, offset), int64_t(offset));
  return Step::kSkip;
}

WarcReader::Step WarcReader::CutShort(uint64_t offset, std::string message, Result<RawDocument>* out) {
  if (in_->error()) return AtStreamEnd(out);
  done_ = true;
  return RecordError(offset, "WARC record cut short: " + message, out);
}

WarcReader::Step WarcReader::BlockCutShort(uint64_t offset, uint64_t want, uint64_t got, Result<RawDocument>* out) {
  return CutShort(offset, "Content-Length " + std::to_string(want) + " but only " + std::to_string(got) +
                              " bytes follow", out);
}

WarcReader::Step WarcReader::ReadRecord(Result<RawDocument>* out) {
  if (resync_) {
    resync_ = false;
    bool found = SeekRecordStart();
    if (!found && in_->error()) pending_.reset();  // the stream's own damage report covers it
    if (pending_) {
      *out = std::move(*pending_);
      pending_.reset();
      return Step::kItem;
    }
    if (!found) return AtStreamEnd(out);
  }
  uint64_t gap_start = in_->position();
  SkipBlankLines();
  if (in_->AtEnd()) return AtStreamEnd(out);
  uint64_t offset = RecordOffset(gap_start, in_->position());
  std::string line;
  BufferedReader::Line got = in_->ReadLine(kMaxHeaderLine, &line);
  if (got == BufferedReader::Line::kTooLong || !IsVersionLine(line))
    return Corrupt(offset, "expected a WARC record header (\"WARC/1.x\")", out);
  Header header;
  if (std::optional<Step> stop = ReadHeader(offset, &header, out)) return *stop;
  return ReadBlock(offset, header, out);
}

// nullopt: the header is read, go on with the block.
std::optional<WarcReader::Step> WarcReader::ReadHeader(uint64_t offset, Header* header, Result<RawDocument>* out) {
  size_t total = 0;
  std::string line;
  for (;;) {
    BufferedReader::Line got = in_->ReadLine(kMaxHeaderLine, &line);
    if (got == BufferedReader::Line::kEnd || got == BufferedReader::Line::kLast)
      return CutShort(offset, "the file ends in its header", out);
    total += line.size();
    if (got == BufferedReader::Line::kTooLong || total > kMaxHeaderBytes)
      return Corrupt(offset, "WARC header too long", out);
    if (line.empty()) return std::nullopt;
    if ((line[0] == ' ' || line[0] == '\t') && !header->fields.empty()) {
      header->fields.back().second += " " + std::string(util::Trim(line));
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos || colon == 0) return Corrupt(offset, "bad WARC header line", out);
    header->fields.emplace_back(std::string(util::Trim(std::string_view(line).substr(0, colon))),
                                std::string(util::Trim(std::string_view(line).substr(colon + 1))));
  }
}

WarcReader::Step WarcReader::ReadBlock(uint64_t offset, const Header& header, Result<RawDocument>* out) {
  const std::string* length_field = header.Get("Content-Length");
  std::optional<uint64_t> length = length_field ? ParseLength(*length_field) : std::nullopt;
  if (!length) return Corrupt(offset, "missing or invalid Content-Length in WARC header", out);
  const std::string* type_field = header.Get("WARC-Type");
  std::string type = type_field ? util::AsciiLower(*type_field) : "";
  bool wanted = type == "response" || type == "resource" || type == "conversion";
  if (!wanted || *length > options_.max_document_bytes) {
    uint64_t skipped = in_->Skip(*length);
    if (skipped < *length) return BlockCutShort(offset, *length, skipped, out);
    if (!type_field) return RecordError(offset, "WARC record without WARC-Type", out);
    if (wanted) return RecordError(offset, TooLarge(options_.max_document_bytes), out);
    return Step::kSkip;
  }
  std::string block;
  block.reserve(size_t(*length));
  uint64_t got = in_->ReadBytes(*length, &block);
  if (got < *length) return BlockCutShort(offset, *length, got, out);
  return MakeDocument(offset, type, header, std::move(block), out);
}

WarcReader::Step WarcReader::MakeDocument(uint64_t offset, const std::string& type, const Header& header,
                                          std::string block, Result<RawDocument>* out) {
  RawDocument doc;
  doc.input = RecordName(name_, offset);
  if (const std::string* uri = header.Get("WARC-Target-URI")) doc.url = StripAngles(*uri);
  if (const std::string* date = header.Get("WARC-Date")) doc.fetch_time = *date;
  const std::string* warc_type = header.Get("Content-Type");
  if (type == "response") {
    if (warc_type && util::IFind(*warc_type, "application/http") == std::string::npos) return Step::kSkip;
    return FromResponse(offset, std::move(block), &doc, out);
  }
  if (warc_type) doc.content_type = *warc_type;
  if (!IsArticleContentType(doc.content_type) || block.empty()) return Step::kSkip;
  doc.bytes = std::move(block);
  *out = std::move(doc);
  return Step::kItem;
}

WarcReader::Step WarcReader::FromResponse(uint64_t offset, std::string block, RawDocument* doc,
                                          Result<RawDocument>* out) {
  Result<HttpResponse> http = ParseHttpResponse(block);
  if (!http.ok()) return RecordError(offset, http.error().message, out);
  const HttpResponse& h = http.value();
  if (h.status < 200 || h.status > 299 || !IsArticleContentType(h.content_type)) return Step::kSkip;
  doc->content_type = h.content_type;
  std::string_view body = std::string_view(block).substr(h.body_offset);
  Result<std::string> payload = std::string(body);
  if (h.transfer_encoding && util::IFind(*h.transfer_encoding, "chunked") != std::string::npos)
    payload = Dechunk(body);
  if (payload.ok() && h.content_encoding)
    payload = DecodeContent(payload.value(), *h.content_encoding, options_.max_document_bytes);
  if (!payload.ok()) return RecordError(offset, payload.error().message, out);
  if (payload.value().empty()) return Step::kSkip;
  doc->bytes = std::move(payload.value());
  *out = std::move(*doc);
  return Step::kItem;
}

}  // namespace dateline::sources
