// Content beats file names: inputs arrive as "part-00042", from stdin, or
// with the wrong extension, so the container is read from the first bytes.
// "WARC/" opens every WARC record; a JSON Lines file opens with "{" on its
// first non-blank line, which no HTML page or article does. Everything else
// is one document, and extract decides HTML versus text. The one refusal is
// for bytes that are plainly not text: many NULs in the first 4 KiB, unless
// they follow the every-other-byte pattern of UTF-16, which extract can
// convert.
#include "sources/sniff.h"

#include <cstddef>

namespace dateline::sources {
namespace {

std::string_view SkipBom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool LooksLikeWarc(std::string_view s) {
  while (!s.empty() && (s[0] == '\r' || s[0] == '\n')) s.remove_prefix(1);
  return s.substr(0, 5) == "WARC/";
}

bool LooksLikeJsonl(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsBlank(s[i])) ++i;
  return i < s.size() && s[i] == '{';
}

bool HasUtf16Bom(std::string_view s) {
  return s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

// Many NULs, and not in the alternating pattern of UTF-16 ASCII text.
bool LooksBinary(std::string_view s) {
  if (HasUtf16Bom(s)) return false;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\0') ++(i % 2 ? odd : even);
  size_t nuls = even + odd;
  if (nuls * 16 < s.size() || nuls < 4) return false;  // under ~6%: stray NULs in text
  bool utf16_pattern = (even == 0 || odd == 0) && nuls * 3 >= s.size();
  return !utf16_pattern;
}

}  // namespace

Container SniffContainer(std::string_view head, InputFormat forced) {
  if (head.empty()) return Container::kEmpty;
  switch (forced) {
    case InputFormat::kWarc: return Container::kWarc;
    case InputFormat::kJsonl: return Container::kJsonl;
    case InputFormat::kHtml:
    case InputFormat::kText: return Container::kDocument;
    case InputFormat::kAuto: break;
  }
  std::string_view s = SkipBom(head);
  if (LooksLikeWarc(s)) return Container::kWarc;
  if (LooksLikeJsonl(s)) return Container::kJsonl;
  if (LooksBinary(s)) return Container::kBinary;
  return Container::kDocument;
}

}  // namespace dateline::sources
