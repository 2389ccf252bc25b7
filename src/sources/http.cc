// HTTP as archived by crawlers is looser than the RFCs: LF-only lines,
// headers in any case, payloads already decoded but still labelled
// "chunked" or "gzip". So every decoder first checks the payload really is
// what the header says (a hex chunk-size line, a gzip/zlib header) and
// passes it through unchanged when it is not; only a payload that starts as
// declared and then breaks is an error. Inflating is bounded by the
// document limit, so a small "zip bomb" payload cannot grow without end.
#include "sources/http.h"

#include <zlib.h>

#include <cctype>
#include <vector>

#include "util/strings.h"

namespace dateline::sources {
namespace {

// Splits off the next line (without "\r\n" / "\n"); false if s has no '\n'.
bool NextLine(std::string_view s, size_t* pos, std::string_view* line) {
  size_t nl = s.find('\n', *pos);
  if (nl == std::string_view::npos) return false;
  *line = s.substr(*pos, nl - *pos);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  *pos = nl + 1;
  return true;
}

std::optional<int> ParseStatus(std::string_view line) {
  if (!util::IStartsWith(line, "HTTP/")) return std::nullopt;
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  std::string_view rest = util::Trim(line.substr(sp + 1));
  if (rest.size() < 3) return std::nullopt;
  int status = 0;
  for (int i = 0; i < 3; ++i) {
    if (!std::isdigit((unsigned char)rest[i])) return std::nullopt;
    status = status * 10 + (rest[i] - '0');
  }
  if (rest.size() > 3 && rest[3] != ' ' && rest[3] != '\t') return std::nullopt;
  return status;
}

void KeepHeader(std::string_view name, std::string_view value, HttpResponse* r) {
  name = util::Trim(name);
  std::string v(util::Trim(value));
  if (util::IEquals(name, "Content-Type")) r->content_type = v;
  else if (util::IEquals(name, "Transfer-Encoding")) r->transfer_encoding = v;
  else if (util::IEquals(name, "Content-Encoding")) r->content_encoding = v;
}

std::optional<uint64_t> ParseHex(std::string_view s) {
  s = util::Trim(s.substr(0, s.find(';')));
  if (s.empty() || s.size() > 15) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    int d = std::isdigit((unsigned char)c) ? c - '0' : (std::tolower((unsigned char)c) - 'a' + 10);
    if (d < 0 || d > 15) return std::nullopt;
    v = v * 16 + uint64_t(d);
  }
  return v;
}

bool LooksZlib(std::string_view b) {
  return b.size() >= 2 && ((unsigned char)b[0] & 0x0f) == 8 &&
         (((unsigned char)b[0] << 8) | (unsigned char)b[1]) % 31 == 0;
}

// Inflates body with the given windowBits, at most max_bytes of output.
// A body cut short keeps what was decoded (archives truncate long payloads).
Result<std::string> Inflate(std::string_view body, int window_bits, uint64_t max_bytes) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return MakeError("cannot initialise zlib");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  zs.avail_in = unsigned(body.size());
  std::string out;
  std::vector<char> chunk(64 << 10);
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
    zs.avail_out = unsigned(chunk.size());
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(chunk.data(), chunk.size() - zs.avail_out);
    if (out.size() > max_bytes) rc = Z_MEM_ERROR;
    if (rc == Z_STREAM_END && zs.avail_in >= 2 && window_bits > 15 && body[body.size() - zs.avail_in] == '\x1f')
      rc = inflateReset(&zs);  // another gzip member
  }
  std::string why = zs.msg ? zs.msg : "";
  inflateEnd(&zs);
  if (out.size() > max_bytes) return MakeError("document exceeds " + std::to_string(max_bytes) + " bytes");
  bool cut_short = rc == Z_BUF_ERROR && zs.avail_in == 0;
  if (rc != Z_STREAM_END && !cut_short) return MakeError("corrupt compressed payload: " + why);
  return out;
}

Result<std::string> DecodeOne(std::string body, std::string_view coding, uint64_t max_bytes) {
  std::string c = util::AsciiLower(util::Trim(coding));
  if (c.empty() || c == "identity") return body;
  if (c == "gzip" || c == "x-gzip") {
    if (body.size() < 2 || (unsigned char)body[0] != 0x1f || (unsigned char)body[1] != 0x8b) return body;
    return Inflate(body, 15 + 32, max_bytes);
  }
  if (c == "deflate") return Inflate(body, LooksZlib(body) ? 15 : -15, max_bytes);
  return MakeError("unsupported Content-Encoding: " + std::string(coding.substr(0, 40)));
}

}  // namespace

Result<HttpResponse> ParseHttpResponse(std::string_view block) {
  size_t pos = 0;
  std::string_view line;
  if (!NextLine(block, &pos, &line)) return MakeError("HTTP header has no end");
  std::optional<int> status = ParseStatus(line);
  if (!status) return MakeError("bad HTTP status line");
  HttpResponse r;
  r.status = *status;
  while (NextLine(block, &pos, &line)) {
    if (line.empty()) {
      r.body_offset = pos;
      return r;
    }
    size_t colon = line.find(':');
    if (colon != std::string_view::npos) KeepHeader(line.substr(0, colon), line.substr(colon + 1), &r);
  }
  if (util::Trim(block.substr(pos)).empty()) {  // headers and no body at all
    r.body_offset = block.size();
    return r;
  }
  return MakeError("HTTP header has no end");
}

Result<std::string> Dechunk(std::string_view body) {
  size_t pos = 0;
  std::string_view line;
  std::string out;
  bool first = true;
  while (NextLine(body, &pos, &line)) {
    std::optional<uint64_t> size = ParseHex(line);
    if (!size) {
      if (first) return std::string(body);
      return MakeError("bad chunk size in chunked payload at byte " + std::to_string(pos - line.size()));
    }
    first = false;
    if (*size == 0) return out;
    uint64_t take = std::min<uint64_t>(*size, body.size() - pos);
    out.append(body.substr(pos, size_t(take)));
    pos += size_t(take);
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  if (first) return std::string(body);
  return out;  // cut short: keep what was there
}

Result<std::string> DecodeContent(std::string_view body, std::string_view coding, uint64_t max_bytes) {
  std::vector<std::string_view> codings;
  size_t start = 0;
  for (size_t comma; (comma = coding.find(',', start)) != std::string_view::npos; start = comma + 1)
    codings.push_back(coding.substr(start, comma - start));
  codings.push_back(coding.substr(start));
  Result<std::string> out = std::string(body);
  for (auto it = codings.rbegin(); it != codings.rend() && out.ok(); ++it)
    out = DecodeOne(std::move(out.value()), *it, max_bytes);
  return out;
}

bool IsArticleContentType(const std::optional<std::string>& content_type) {
  if (!content_type) return true;
  std::string media = util::AsciiLower(util::Trim(std::string_view(*content_type).substr(0, content_type->find(';'))));
  if (media.empty()) return true;
  return media.find("html") != std::string::npos || media == "text/plain";
}

}  // namespace dateline::sources
