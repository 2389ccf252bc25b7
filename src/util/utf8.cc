// UTF-8 decoding per RFC 3629: a sequence is accepted only in its shortest
// form, never a surrogate, never above U+10FFFF. One decoder serves both the
// validator and the repairer.
#include "util/utf8.h"

namespace dateline::util {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 if it is not one.
size_t SequenceLength(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return (unsigned char)s[i + k]; };
  auto cont = [&](size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;  // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

bool IsDroppedControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }

}  // namespace

size_t ValidUtf8Prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if ((unsigned char)s[i] < 0x80) { ++i; continue; }
    size_t n = SequenceLength(s, i);
    if (!n) break;
    i += n;
  }
  return i;
}

bool IsValidUtf8(std::string_view s) { return ValidUtf8Prefix(s) == s.size(); }

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      if (!(n == 1 && IsDroppedControl((unsigned char)s[i]))) out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace dateline::util
