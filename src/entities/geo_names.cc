// Folding is hand-written rather than an ICU transliterator (tens of
// microseconds a name, too slow for 110k names at load): ASCII is handled
// inline, and a code point of the Latin blocks (U+00C0-U+024F, U+1E00-U+1EFF)
// maps through a table built once with ICU's NFD decomposition plus a few
// letters that do not decompose (ß, æ, ø, ł, đ, ı ...). Other code points are
// lower-cased with ICU's simple case mapping; combining marks are dropped.
#include "entities/geo_names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace dateline::entities::geo {
namespace {

constexpr char32_t kLatinFirst = 0xC0, kLatinLast = 0x24F;
constexpr char32_t kExtFirst = 0x1E00, kExtLast = 0x1EFF;

// Letters that NFD leaves whole.
const char* SpecialFold(char32_t c) {
  switch (c) {
    case U'ß': return "ss";
    case U'æ': case U'Æ': return "ae";
    case U'œ': case U'Œ': return "oe";
    case U'ø': case U'Ø': return "o";
    case U'đ': case U'Đ': case U'ð': case U'Ð': return "d";
    case U'ł': case U'Ł': return "l";
    case U'ħ': case U'Ħ': return "h";
    case U'ı': return "i";
    case U'þ': case U'Þ': return "th";
    case U'ŋ': case U'Ŋ': return "ng";
    case U'×': case U'÷': return " ";
    default: return nullptr;
  }
}

// The folded form of a Latin letter: its NFD base, lower-cased, if ASCII.
std::string FoldLatin(char32_t c) {
  if (const char* s = SpecialFold(c)) return s;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(c), decomposed)) {
    UChar32 base = decomposed.char32At(0);
    if (base < 0x80) return std::string(1, static_cast<char>(u_tolower(base)));
  }
  return {};  // no ASCII base: keep the letter, lower-cased, below
}

struct FoldTable {
  std::array<std::string, kLatinLast - kLatinFirst + 1> latin;
  std::array<std::string, kExtLast - kExtFirst + 1> ext;
  FoldTable() {
    for (char32_t c = kLatinFirst; c <= kLatinLast; ++c) latin[c - kLatinFirst] = FoldLatin(c);
    for (char32_t c = kExtFirst; c <= kExtLast; ++c) ext[c - kExtFirst] = FoldLatin(c);
  }
};

const FoldTable& Table() {
  static const FoldTable table;
  return table;
}

// Decodes one UTF-8 sequence at s[*i] (input is valid UTF-8 after extract;
// a stray byte is taken as Latin-1 rather than rejected).
char32_t Decode(std::string_view s, size_t* i) {
  unsigned char b = s[*i];
  int len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (b < 0xC0 || *i + len > s.size()) { ++*i; return b; }
  char32_t c = b & (0x7F >> len);
  for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) { out->push_back(static_cast<char>(c)); return; }
  if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
  }
  out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
}

bool IsDropped(char32_t c) {
  return c == '.' || c == ',' || c == '\'' || c == '`' || c == 0xB4 || c == 0x2018 ||
         c == 0x2019 || c == 0x02BB || c == 0x02BC || c == 0x02BE || c == 0x02BF ||
         (c >= 0x0300 && c <= 0x036F);
}

bool IsSeparator(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '/' || c == '_' ||
         c == 0xA0 || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014;
}

void AppendFolded(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  const std::string* mapped = nullptr;
  if (c >= kLatinFirst && c <= kLatinLast) mapped = &Table().latin[c - kLatinFirst];
  if (c >= kExtFirst && c <= kExtLast) mapped = &Table().ext[c - kExtFirst];
  if (mapped && !mapped->empty()) {
    out->append(*mapped);
    return;
  }
  AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), out);
}

// "st" -> "saint" and the like, for whole words.
std::string_view Expansion(std::string_view word) {
  if (word == "st") return "saint";
  if (word == "ste") return "sainte";
  if (word == "mt") return "mount";
  if (word == "ft") return "fort";
  return word;
}

std::string FoldWords(std::string_view name) {
  std::string folded;
  folded.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    char32_t c = static_cast<unsigned char>(name[i]) < 0x80 ? name[i++] : Decode(name, &i);
    if (IsDropped(c)) continue;
    if (IsSeparator(c)) {
      if (!folded.empty() && folded.back() != ' ') folded.push_back(' ');
      continue;
    }
    AppendFolded(c, &folded);
  }
  if (!folded.empty() && folded.back() == ' ') folded.pop_back();
  if (folded.find("st") == std::string::npos && folded.find("mt") == std::string::npos &&
      folded.find("ft") == std::string::npos)
    return folded;
  std::string out;
  out.reserve(folded.size() + 8);
  for (size_t b = 0; b <= folded.size();) {
    size_t e = folded.find(' ', b);
    if (e == std::string::npos) e = folded.size();
    if (!out.empty()) out.push_back(' ');
    out.append(Expansion(std::string_view(folded).substr(b, e - b)));
    b = e + 1;
  }
  return out;
}

// Two to four capital letters, dots aside: "US", "U.S.", "UAE". A query in
// capitals that is no acronym key ("IRAN") falls back to PlainKey.
bool IsAcronym(std::string_view name) {
  size_t letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2 && letters <= 4;
}

}  // namespace

std::string PlainKey(std::string_view name) { return FoldWords(name); }

std::string NameKey(std::string_view name) {
  if (!IsAcronym(name)) return FoldWords(name);
  std::string key(1, kAcronymMark);
  for (char c : name)
    if (c != '.') key.push_back(c);
  return key;
}

size_t KeyWords(std::string_view key) {
  size_t words = key.empty() ? 0 : 1;
  for (char c : key) words += c == ' ';
  return words;
}

bool IsArabicArticle(std::string_view word) {
  static constexpr std::string_view kForms[] = {"al", "el", "ad", "ed", "an", "en", "ar", "er", "as", "es",
                                                "at", "et", "az", "ez", "ash", "esh", "adh", "ath"};
  return std::find(std::begin(kForms), std::end(kForms), word) != std::end(kForms);
}

std::string ArabicArticlesAsAl(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (size_t b = 0; b < key.size();) {
    size_t e = key.find(' ', b);
    if (e == std::string_view::npos) e = key.size();
    std::string_view word = key.substr(b, e - b);
    bool article = e < key.size() && b > 0 && IsArabicArticle(word);
    out.append(article ? std::string_view("al") : word);
    if (e < key.size()) out.push_back(' ');
    b = e + 1;
  }
  return out;
}

}  // namespace dateline::entities::geo
