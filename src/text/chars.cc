// Character classes for the scanner. ASCII comes from a table; other code
// points are decoded once and classified from their Unicode general category
// (ICU's u_charType, a trie lookup), with the typographic punctuation of news
// text (curly quotes, dashes, ellipsis, exotic spaces) named explicitly so
// that variants of one character behave alike.
#include <unicode/uchar.h>

#include <array>

#include "text/internal.h"

namespace dateline::text {
namespace {

constexpr std::array<CharInfo, 128> MakeAsciiTable() {
  std::array<CharInfo, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharInfo& x = t[c];
    x.cp = char32_t(c);
    x.len = 1;
    x.cls = CharClass::kSymbol;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') x.cls = CharClass::kSpace;
    if (c == '\n') x.cls = CharClass::kNewline;
    if (c >= '0' && c <= '9') x.cls = CharClass::kDigit;
    if (c >= 'A' && c <= 'Z') { x.cls = CharClass::kLetter; x.upper = true; }
    if (c >= 'a' && c <= 'z') { x.cls = CharClass::kLetter; x.lower = true; }
    if (c == '\'') x.cls = CharClass::kApostrophe;
    if (c == '"') x.cls = CharClass::kQuote;
    if (c == '-') x.cls = CharClass::kHyphen;
    if (c == '.' || c == '?' || c == '!') x.cls = CharClass::kTerminal;
    if (c == '(' || c == '[' || c == '{') x.cls = CharClass::kOpenBracket;
    if (c == ')' || c == ']' || c == '}') x.cls = CharClass::kCloseBracket;
    if (c == ',' || c == ';' || c == ':') x.cls = CharClass::kPunct;
  }
  return t;
}

constexpr std::array<CharInfo, 128> kAscii = MakeAsciiTable();

// Decodes the sequence at s[i]; len 0 if it is not well-formed.
char32_t Decode(std::string_view s, size_t i, uint8_t* len) {
  auto b = [&](size_t k) { return (unsigned char)s[i + k]; };
  auto cont = [&](size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  unsigned char c = b(0);
  *len = 0;
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *len = 2;
    return char32_t(((c & 0x1F) << 6) | (b(1) & 0x3F));
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) >= 0xA0)) return 0;
    *len = 3;
    return char32_t(((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F));
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    if ((c == 0xF0 && b(1) < 0x90) || (c == 0xF4 && b(1) >= 0x90)) return 0;
    *len = 4;
    return char32_t(((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F));
  }
  return 0;
}

// Typographic characters named explicitly; false if cp is not one of them.
bool ClassifyNamed(char32_t cp, CharClass* cls) {
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: case 0x200B:
      *cls = CharClass::kSpace; return true;
    case 0x0085: case 0x2028: case 0x2029:
      *cls = CharClass::kNewline; return true;
    case 0x00AD: case 0x200C: case 0x200D:
      *cls = CharClass::kJoiner; return true;
    case 0x2019: case 0x02BC:
      *cls = CharClass::kApostrophe; return true;
    case 0x2018: case 0x201A: case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
      *cls = CharClass::kQuote; return true;
    case 0x2010: case 0x2011:
      *cls = CharClass::kHyphen; return true;
    case 0x2026:
      *cls = CharClass::kTerminal; return true;
    case 0x3002: case 0xFF01: case 0xFF1F: case 0x0964: case 0x0965: case 0x06D4: case 0x061F:
      *cls = CharClass::kHardTerminal; return true;
  }
  if (cp >= 0x2000 && cp <= 0x200A) { *cls = CharClass::kSpace; return true; }
  return false;
}

CharClass ClassifyByCategory(int type) {
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return CharClass::kLetter;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharClass::kJoiner;
    case U_DECIMAL_DIGIT_NUMBER: return CharClass::kDigit;
    case U_SPACE_SEPARATOR: return CharClass::kSpace;
    case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: return CharClass::kNewline;
    case U_DASH_PUNCTUATION: return CharClass::kDash;
    case U_START_PUNCTUATION: return CharClass::kOpenBracket;
    case U_END_PUNCTUATION: return CharClass::kCloseBracket;
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION: return CharClass::kQuote;
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: return CharClass::kPunct;
    default: return CharClass::kSymbol;
  }
}

}  // namespace

CharInfo ReadChar(std::string_view text, size_t i) {
  unsigned char c = (unsigned char)text[i];
  if (c < 0x80) return kAscii[c];
  CharInfo x;
  x.cp = Decode(text, i, &x.len);
  if (x.len == 0) {  // invalid byte: a symbol of its own
    x.cp = 0xFFFD;
    x.len = 1;
    x.cls = CharClass::kSymbol;
    return x;
  }
  if (ClassifyNamed(x.cp, &x.cls)) return x;
  int type = u_charType(UChar32(x.cp));
  x.cls = ClassifyByCategory(type);
  x.upper = type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
  x.lower = type == U_LOWERCASE_LETTER;
  return x;
}

}  // namespace dateline::text
