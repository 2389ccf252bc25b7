// JSON Lines are read one line at a time through the buffered reader, which
// drops an over-long line as it reads it instead of holding it. Each line is
// checked for nesting depth with a one-pass bracket count (outside strings)
// before nlohmann parses it, since the parser recurses per level and a line
// of a million "[" would otherwise exhaust the stack. Parse failures become
// error items whose message keeps nlohmann's column and reason.
#include "sources/jsonl.h"

#include <nlohmann/json.hpp>

#include "util/strings.h"
#include "util/utf8.h"

namespace dateline::sources {
namespace {

using Json = nlohmann::json;

bool TooDeep(std::string_view s, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

bool IsBlank(std::string_view s) { return util::Trim(s).empty(); }

// nlohmann's "[json.exception.parse_error.101] parse error at line 1,
// column 5: syntax error ..." as "invalid JSON at column 5: syntax error ...".
std::string ParseErrorText(const char* what) {
  std::string_view w(what);
  size_t col = w.find("column ");
  if (col == std::string_view::npos) return "invalid JSON: " + util::RepairUtf8(w.substr(0, 200));
  return "invalid JSON at " + util::RepairUtf8(w.substr(col, 200));
}

std::optional<std::string> OptionalString(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<std::string> IdOf(const Json& obj) {
  auto it = obj.find("id");
  if (it == obj.end()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return std::nullopt;
}

}  // namespace

JsonlReader::JsonlReader(std::unique_ptr<BufferedReader> in, std::string name, const SourceOptions& options)
    : in_(std::move(in)), name_(std::move(name)), options_(options) {}

Error JsonlReader::LineError(uint64_t offset, const std::string& what) const {
  return MakeError("line " + std::to_string(line_number_) + ": " + what, RecordName(name_, offset),
                   int64_t(offset));
}

bool JsonlReader::Next(Result<RawDocument>* out) {
  while (!done_) {
    uint64_t offset = in_->position();
    BufferedReader::Line got = in_->ReadLine(options_.max_document_bytes, &line_);
    bool damaged = got == BufferedReader::Line::kLast && in_->error();  // a line cut by damage
    if (got == BufferedReader::Line::kEnd || damaged) {
      if (!in_->error()) break;
      *out = *in_->error();
      done_ = !in_->Resume();
      return true;
    }
    ++line_number_;
    if (got == BufferedReader::Line::kTooLong) {
      *out = LineError(offset, "line exceeds " + std::to_string(options_.max_document_bytes) + " bytes");
      return true;
    }
    if (IsBlank(line_)) continue;
    *out = FromLine(offset);
    return true;
  }
  done_ = true;
  return false;
}

Result<RawDocument> JsonlReader::FromLine(uint64_t offset) {
  if (TooDeep(line_, kMaxJsonDepth))
    return LineError(offset, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  Json obj;
  try {
    obj = Json::parse(line_);
  } catch (const Json::exception& e) {
    return LineError(offset, ParseErrorText(e.what()));
  }
  if (!obj.is_object()) return LineError(offset, "not a JSON object");
  RawDocument doc;
  static constexpr std::pair<const char*, DocFormat> kFields[] = {
      {"html", DocFormat::kHtml}, {"text", DocFormat::kText}, {"body", DocFormat::kBody}};
  bool found = false;
  for (const auto& [key, format] : kFields) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) continue;
    if (!it->is_string()) return LineError(offset, std::string("\"") + key + "\" is not a string");
    doc.bytes = it->get<std::string>();
    doc.format = format;
    found = true;
    break;
  }
  if (!found) return LineError(offset, "no \"html\", \"text\" or \"body\" field");
  doc.input = RecordName(name_, offset);
  doc.id = IdOf(obj);
  doc.url = OptionalString(obj, "url");
  doc.title = OptionalString(obj, "title");
  doc.published = OptionalString(obj, "published");
  return doc;
}

}  // namespace dateline::sources
