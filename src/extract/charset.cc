// Charset decoding, the way a browser would but a little more forgiving.
//
// Order: a byte-order mark wins; then the HTTP Content-Type charset; then a
// <meta charset> / http-equiv / <?xml encoding?> in the first 4 KiB. Labels
// are mapped as browsers map them (WHATWG Encoding): "iso-8859-1", "latin1"
// and "us-ascii" mean windows-1252, "gb2312"/"gbk" mean gb18030, "euc-kr"
// means windows-949, "shift_jis" means windows-31j.
//
// Bytes that are valid UTF-8 and contain non-ASCII text are UTF-8 whatever
// the page declares: a legacy charset almost never produces valid multi-byte
// UTF-8 by accident, while pages that declare "iso-8859-1" and serve UTF-8
// are common. That check is also the fast path: valid UTF-8 never touches
// ICU. A declaration ICU does not know, or a declared UTF-8 that is not
// valid, falls through to ICU's CharsetDetector, then to windows-1252.
//
// Conversion uses ucnv_convertEx (legacy charset -> UTF-8 through ICU's
// pivot buffer); unconvertible bytes become U+FFFD. The result always goes
// through util::RepairUtf8, which also drops NUL and other control bytes.
// The common case, clean UTF-8 (nothing to drop, no BOM), is recognised by
// AsCleanUtf8 in one pass and then read in place, with no copy.
#include "extract/charset.h"

#include <cstdint>
#include <cstring>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>

#include "util/strings.h"
#include "util/utf8.h"

namespace dateline::extract {
namespace {

constexpr size_t kMetaScanBytes = 4096;
constexpr size_t kDetectBytes = 64 * 1024;  // enough for ICU to decide; bounds its cost
constexpr int32_t kMinDetectConfidence = 10;
constexpr const char* kFallback = "windows-1252";

struct Alias {
  std::string_view label;
  const char* charset;
};

// WHATWG label -> the decoder browsers use, for the labels where that is not
// what ICU would pick for the same name.
constexpr std::array<Alias, 31> kBrowserAliases{{
    {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"}, {"latin1", "windows-1252"},
    {"l1", "windows-1252"}, {"us-ascii", "windows-1252"}, {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"}, {"cp1252", "windows-1252"}, {"cp819", "windows-1252"},
    {"iso_8859-1", "windows-1252"}, {"x-cp1252", "windows-1252"},
    {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"}, {"tis-620", "windows-874"},
    {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"cp936", "GB18030"},
    {"windows-936", "GB18030"}, {"gb_2312-80", "GB18030"}, {"chinese", "GB18030"},
    {"euc-kr", "windows-949"}, {"ks_c_5601-1987", "windows-949"}, {"korean", "windows-949"},
    {"shift_jis", "windows-31j"}, {"sjis", "windows-31j"}, {"x-sjis", "windows-31j"},
    {"ms_kanji", "windows-31j"}, {"csshiftjis", "windows-31j"},
    {"utf8", "UTF-8"},
}};

// Charsets the detector may name that we never want to guess: EBCDIC code
// pages (ICU proposes them for binary junk) and UTF-32.
bool IsImplausibleGuess(std::string_view name) {
  return util::IStartsWith(name, "IBM") || util::IStartsWith(name, "UTF-32");
}

std::string NormaliseLabel(std::string_view label) {
  std::string l = util::AsciiLower(util::Trim(label));
  for (const Alias& a : kBrowserAliases)
    if (l == a.label) return a.charset;
  if (l == "utf-8") return "UTF-8";
  return l;
}

bool IsUtf8(std::string_view charset) { return util::IEquals(charset, "UTF-8"); }
bool IsUtf16(std::string_view charset) { return util::IStartsWith(charset, "utf-16"); }

// The charset token after `charset` in s (Content-Type or a meta tag's
// attributes): skips spaces, '=', quotes; reads [A-Za-z0-9._:-]+.
std::string CharsetValueAfter(std::string_view s, size_t pos) {
  auto skip = [&](auto pred) { while (pos < s.size() && pred(s[pos])) ++pos; };
  skip([](char c) { return util::IsSpace(c); });
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  skip([](char c) { return util::IsSpace(c) || c == '"' || c == '\''; });
  size_t start = pos;
  skip([](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.' || c == ':';
  });
  return std::string(s.substr(start, pos - start));
}

std::string CharsetFromContentType(std::string_view content_type) {
  size_t at = util::IFind(content_type, "charset");
  if (at == std::string_view::npos) return {};
  return CharsetValueAfter(content_type, at + 7);
}

// <meta charset=x>, <meta http-equiv=... content="...; charset=x">, or an
// XML declaration's encoding="x", in the first 4 KiB.
std::string CharsetFromMarkup(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kMetaScanBytes);
  if (util::IStartsWith(head, "<?xml")) {
    std::string_view decl = head.substr(0, head.find("?>"));
    size_t at = decl.find("encoding");
    if (at != std::string_view::npos) {
      std::string v = CharsetValueAfter(decl, at + 8);
      if (!v.empty()) return v;
    }
  }
  for (size_t at = util::IFind(head, "<meta"); at != std::string_view::npos;
       at = util::IFind(head, "<meta", at + 5)) {
    std::string_view tag = head.substr(at, head.find('>', at) - at);
    size_t c = util::IFind(tag, "charset");
    if (c == std::string_view::npos) continue;
    std::string v = CharsetValueAfter(tag, c + 7);
    if (!v.empty()) return v;
  }
  return {};
}

bool HasNonAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

// True for charsets whose ASCII bytes mean ASCII (so pure-ASCII input decodes
// identically as UTF-8). ISO-2022-* and UTF-7 use ESC / '+' shifts.
bool IsAsciiCompatible(std::string_view charset) {
  return !IsUtf16(charset) && !util::IStartsWith(charset, "iso-2022") &&
         !util::IStartsWith(charset, "utf-7") && !util::IStartsWith(charset, "hz");
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  if (name.empty()) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return conv;
}

// Bytes in `from` -> UTF-8. Unmappable or illegal input becomes U+FFFD (ICU's
// default to-Unicode callback substitutes).
std::string Convert(UConverter* from, std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr utf8(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return util::RepairUtf8(bytes);
  std::string out;
  out.resize(bytes.size() + bytes.size() / 2 + 16);
  char* target = out.data();
  const char* source = bytes.data();
  const char* source_end = source + bytes.size();
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  for (bool reset = true;; reset = false) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(utf8.get(), from, &target, out.data() + out.size(), &source, source_end,
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(),
                   reset, /*flush=*/true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    size_t used = target - out.data();
    out.resize(out.size() * 2);
    target = out.data() + used;
  }
  out.resize(target - out.data());
  if (U_FAILURE(status)) return util::RepairUtf8(bytes);
  return out;
}

// ICU's best plausible guess for the bytes, or "" when it has none.
std::string Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(det, ucsdet_close);
  std::string_view sample = bytes.substr(0, kDetectBytes);
  ucsdet_setText(det, sample.data(), int32_t(sample.size()), &status);
  ucsdet_enableInputFilter(det, true);  // ignore markup
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &n, &status);
  if (U_FAILURE(status)) return {};
  for (int32_t i = 0; i < n; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    if (ucsdet_getConfidence(matches[i], &s) < kMinDetectConfidence) break;
    const char* name = ucsdet_getName(matches[i], &s);
    if (U_FAILURE(s) || !name || IsImplausibleGuess(name)) continue;
    return NormaliseLabel(name);
  }
  return {};
}

// Valid UTF-8 -> the same without NUL and other C0 controls, as RepairUtf8
// would give, but a plain copy in the usual case that there are none.
bool IsControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

// Eight bytes at a time: a word with no byte below 0x20 and none equal to
// 0x7F (the usual SWAR "has less than" / "has zero" tests) is skipped
// whole; any other word is checked byte by byte.
bool HasControl(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    uint64_t below = (w - kOnes * 0x20) & ~w & kHigh;
    uint64_t del = w ^ (kOnes * 0x7F);
    del = (del - kOnes) & ~del & kHigh;
    if (!(below | del)) continue;
    for (size_t k = i; k < i + 8; ++k)
      if (IsControl(static_cast<unsigned char>(s[k]))) return true;
  }
  for (; i < s.size(); ++i)
    if (IsControl(static_cast<unsigned char>(s[i]))) return true;
  return false;
}

// Bytes that decode to themselves: valid UTF-8 with no control byte that
// RepairUtf8 would drop. Eight bytes at a time while they are plain ASCII
// text (the SWAR tests of HasControl plus "no high bit"); any other word is
// checked a byte or a sequence at a time.
bool IsCleanUtf8(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      uint64_t below = (w - kOnes * 0x20) & ~w & kHigh;
      uint64_t del = w ^ (kOnes * 0x7F);
      del = (del - kOnes) & ~del & kHigh;
      if (!(below | del | (w & kHigh))) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (IsControl(c)) return false;
      ++i;
      continue;
    }
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (util::ValidUtf8Prefix(s.substr(i, n)) != n) return false;
    i += n;
  }
  return true;
}

std::string DropControls(std::string_view valid_utf8) {
  if (HasControl(valid_utf8)) return util::RepairUtf8(valid_utf8);
  return std::string(valid_utf8);
}

Decoded DecodeAs(const std::string& charset, std::string_view bytes) {
  if (IsUtf8(charset)) return {util::IsValidUtf8(bytes) ? DropControls(bytes) : util::RepairUtf8(bytes), "UTF-8"};
  ConverterPtr conv = OpenConverter(charset);
  if (!conv) return {util::RepairUtf8(bytes), "UTF-8"};
  return {util::RepairUtf8(Convert(conv.get(), bytes)), charset};
}

// Valid UTF-8 except for a sequence cut off at the very end (a truncated
// download or record).
bool IsUtf8CutShort(std::string_view bytes) {
  size_t valid = util::ValidUtf8Prefix(bytes);
  std::string_view tail = bytes.substr(valid);
  if (tail.empty() || tail.size() > 3 || (unsigned char)tail[0] < 0xC2 || (unsigned char)tail[0] > 0xF4)
    return false;
  for (size_t i = 1; i < tail.size(); ++i)
    if (((unsigned char)tail[i] & 0xC0) != 0x80) return false;
  return HasNonAscii(bytes.substr(0, valid));
}

std::optional<Decoded> DecodeByBom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return DecodeAs("UTF-8", bytes.substr(3));
  if (bytes.substr(0, 2) == "\xFF\xFE") return DecodeAs("UTF-16LE", bytes.substr(2));
  if (bytes.substr(0, 2) == "\xFE\xFF") return DecodeAs("UTF-16BE", bytes.substr(2));
  return std::nullopt;
}

// The declared charset, normalised; "" if none. A meta tag claiming UTF-16
// is read as UTF-8 (the page could not have been parsed to find it otherwise).
std::string DeclaredCharset(std::string_view bytes, const std::optional<std::string>& content_type) {
  if (content_type) {
    std::string c = CharsetFromContentType(*content_type);
    if (!c.empty()) return NormaliseLabel(c);
  }
  std::string m = NormaliseLabel(CharsetFromMarkup(bytes));
  if (IsUtf16(m)) return "UTF-8";
  return m;
}

}  // namespace

std::optional<std::string_view> AsCleanUtf8(std::string_view bytes, const std::optional<std::string>& content_type) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return std::nullopt;
  std::string declared = DeclaredCharset(bytes, content_type);
  if (!declared.empty() && !IsAsciiCompatible(declared)) return std::nullopt;
  if (!IsCleanUtf8(bytes)) return std::nullopt;
  return bytes;
}

Decoded DecodeToUtf8(std::string_view bytes, const std::optional<std::string>& content_type) {
  if (std::optional<Decoded> bom = DecodeByBom(bytes)) return std::move(*bom);
  std::string declared = DeclaredCharset(bytes, content_type);
  bool ascii_compatible = declared.empty() || IsAsciiCompatible(declared);
  if (ascii_compatible && IsCleanUtf8(bytes)) return {std::string(bytes), "UTF-8"};
  if (ascii_compatible && util::IsValidUtf8(bytes)) return {DropControls(bytes), "UTF-8"};
  if (!declared.empty() && !IsUtf8(declared)) {
    if (ConverterPtr conv = OpenConverter(declared))
      return {util::RepairUtf8(Convert(conv.get(), bytes)), declared};
  }
  if ((declared.empty() || IsUtf8(declared)) && IsUtf8CutShort(bytes)) return DecodeAs("UTF-8", bytes);
  std::string detected = Detect(bytes);
  return DecodeAs(detected.empty() ? kFallback : detected, bytes);
}

}  // namespace dateline::extract
