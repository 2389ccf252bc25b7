// One hash map from every form (lower-cased with ICU, so "MÄRZ" and "märz"
// agree) to its month. Dates are recognised by a small cursor over the
// bytes: digits, an ordinal mark, an optional connective word, a word that
// must be a month form, an optional connective, four digits.
#include "extract/month_names.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "extract/datafile.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

const std::unordered_map<std::string, int>& Forms() {
  static const auto* forms = [] {
    auto* m = new std::unordered_map<std::string, int>;
    for (const auto& row : LoadDataTable("month_names.tsv", 3).rows) {
      int month = std::atoi(row[1].c_str());
      if (month < 1 || month > 12) continue;
      std::string_view forms_text = row[2];
      for (size_t at = 0; at <= forms_text.size();) {
        size_t comma = std::min(forms_text.find(',', at), forms_text.size());
        std::string key = LookupKey(util::Trim(forms_text.substr(at, comma - at)));
        at = comma + 1;
        if (key.empty()) continue;
        auto [it, added] = m->emplace(key, month);
        if (!added && it->second != month)
          std::fprintf(stderr, "dateline: month_names.tsv: '%s' names two months\n", key.c_str());
      }
    }
    return m;
  }();
  return *forms;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpaceAt(std::string_view s, size_t i) {
  return i < s.size() && (util::IsSpace(s[i]) || (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0'));
}

// A word: ASCII letters and any non-ASCII bytes (UTF-8 letters such as "é").
size_t WordEnd(std::string_view s, size_t i) {
  while (i < s.size() && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (unsigned char)s[i] >= 0x80)) {
    if (s[i] == '\xC2' && i + 1 < s.size() && (s[i + 1] == '\xA0' || s[i + 1] == '\xBA')) break;  // nbsp, º
    ++i;
  }
  return i;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (IsSpaceAt(s, i)) i += s[i] == '\xC2' ? 2 : 1;
  return i;
}

// Skips a connective word ("de", "of", "del") and the spaces after it.
size_t SkipConnective(std::string_view s, size_t i) {
  size_t end = WordEnd(s, i);
  std::string w = util::AsciiLower(s.substr(i, end - i));
  if ((w == "de" || w == "of" || w == "del") && IsSpaceAt(s, end)) return SkipSpaces(s, end);
  return i;
}

}  // namespace

int MonthFromAnyLanguage(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 40) return 0;
  const auto& forms = Forms();
  auto it = forms.find(LookupKey(word));
  return it == forms.end() ? 0 : it->second;
}

std::optional<DateMatch> ParseLocalDateAt(std::string_view s) {
  size_t i = 0;
  int day = 0;
  while (i < s.size() && i < 2 && IsDigit(s[i])) day = day * 10 + (s[i++] - '0');
  if (i == 0 || (i < s.size() && IsDigit(s[i])) || day < 1 || day > 31) return std::nullopt;
  if (i < s.size() && s[i] == '.') ++i;
  else if (s.substr(i, 2) == "\xC2\xBA" || s.substr(i, 2) == "\xC2\xAA") i += 2;  // 1º
  else {
    size_t end = WordEnd(s, i);
    std::string suffix = util::AsciiLower(s.substr(i, end - i));
    if (suffix == "er" || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" || suffix == "e")
      i = end;
  }
  i = SkipConnective(s, SkipSpaces(s, i));
  size_t month_end = WordEnd(s, i);
  int month = MonthFromAnyLanguage(s.substr(i, month_end - i));
  if (!month) return std::nullopt;
  i = month_end;
  if (i < s.size() && s[i] == '.') ++i;
  i = SkipSpaces(s, i);
  if (i < s.size() && s[i] == ',') i = SkipSpaces(s, i + 1);
  i = SkipConnective(s, i);
  int year = 0;
  size_t y = 0;
  while (y < 4 && i + y < s.size() && IsDigit(s[i + y])) year = year * 10 + (s[i + y++] - '0');
  if (y != 4 || (i + 4 < s.size() && IsDigit(s[i + 4])) || year < 1900 || year > 2199) return std::nullopt;
  DateMatch m;
  m.date.year = year;
  m.date.month = month;
  m.date.day = day;
  m.end = i + 4;
  if (!ToIso8601(m.date)) return std::nullopt;
  return m;
}

}  // namespace dateline::extract
