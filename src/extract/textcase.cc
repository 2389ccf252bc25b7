// Case mapping per code point with ICU's u_tolower/u_toupper: enough for
// names and places (no locale-specific rules such as Turkish dotless i are
// needed for capitalising words).
#include "extract/textcase.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace dateline::extract {
namespace {

// Decodes the code point at s[*i], advancing *i; invalid bytes yield U+FFFD.
UChar32 Next(std::string_view s, size_t* i) {
  int32_t pos = int32_t(*i);
  UChar32 c;
  U8_NEXT(s.data(), pos, int32_t(s.size()), c);
  *i = size_t(pos);
  return c < 0 ? 0xFFFD : c;
}

void Append(UChar32 c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (!error) out->append(buf, size_t(n));
}

bool IsParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 22> kParticles = {
      "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le",
      "van", "von", "der", "den", "y", "of", "the", "on", "upon", "and", "bin"};
  for (std::string_view p : kParticles)
    if (lower == p) return true;
  return false;
}

// Capitalises one space-free word already in lower case: first letter, the
// letter after '-', after a one-letter "o'"/"d'"/"n'" prefix, after "mc".
std::string CapitaliseWord(std::string_view lower) {
  std::string out;
  bool upper_next = true;
  size_t letters_in_part = 0;
  std::string part;
  for (size_t i = 0; i < lower.size();) {
    UChar32 c = Next(lower, &i);
    if (upper_next && u_isalpha(c)) {
      Append(u_toupper(c), &out);
      upper_next = false;
    } else {
      Append(c, &out);
    }
    if (u_isalpha(c)) {
      ++letters_in_part;
      part.push_back(c < 128 ? char(c) : '?');
      if (letters_in_part == 2 && part == "mc" && i < lower.size()) upper_next = true;
    } else {
      upper_next = c == '-' || c == '.' || ((c == '\'' || c == 0x2019) && letters_in_part == 1);
      letters_in_part = 0;
      part.clear();
    }
  }
  return out;
}

}  // namespace

std::string UnicodeLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if ((unsigned char)s[i] < 0x80) {
      char c = s[i++];
      out.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
      continue;
    }
    Append(u_tolower(Next(s, &i)), &out);
  }
  return out;
}

bool IsAllCaps(std::string_view s) {
  size_t letters = 0;
  for (size_t i = 0; i < s.size();) {
    UChar32 c = Next(s, &i);
    if (!u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  UChar32 c = Next(s, &i);
  return u_isupper(c) || u_istitle(c);
}

bool StartsAlnum(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  return u_isalnum(Next(s, &i));
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string NormalCase(std::string_view s) {
  if (!IsAllCaps(s)) return std::string(s);
  std::string lower = UnicodeLower(s);
  std::string out;
  size_t word_index = 0;
  size_t start = 0;
  while (start <= lower.size()) {
    size_t sp = lower.find(' ', start);
    std::string_view word = std::string_view(lower).substr(start, sp == std::string::npos ? sp : sp - start);
    if (start > 0) out.push_back(' ');
    if (word_index > 0 && IsParticle(word)) {
      out.append(word);
    } else {
      out.append(CapitaliseWord(word));  // "j.d." -> "J.D." (a letter after '.' is capitalised)
    }
    ++word_index;
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return out;
}

}  // namespace dateline::extract
