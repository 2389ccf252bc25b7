// Author strings from markup -> people. Bylines arrive as "By Jane Doe and
// John Roe", "Jane Doe, Chief Correspondent", "Reuters", a profile URL or a
// whole sentence. We strip "By", split on "and", "&", commas and semicolons,
// attach a piece that reads as a job title to the name before it, and keep
// only pieces that look like a person's name: one to five words, a capital
// (or non-Latin) first letter, no URL, no organisation word.
#include <array>

#include "extract/html_meta.h"
#include "util/strings.h"

namespace dateline::extract::html {
namespace {

constexpr size_t kMaxNameBytes = 60;
constexpr int kMaxNameWords = 5;

constexpr std::array<std::string_view, 16> kRoleWords{
    "correspondent", "editor", "reporter", "writer", "columnist", "contributor", "journalist", "analyst",
    "producer", "photographer", "chief", "bureau", "intern", "fellow", "critic", "contributing"};

constexpr std::array<std::string_view, 28> kOrgWords{
    "news", "press", "reuters", "afp", "ap", "associated", "agency", "agence", "staff", "media", "newsroom",
    "team", "desk", "inc", "ltd", "llc", "times", "daily", "tribune", "herald", "journal", "magazine",
    "online", "network", "group", "service", "services", "editorial"};

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (util::IsSpace(s[i]) || s[i] == '.' || s[i] == '(' || s[i] == ')')) ++i;
    size_t start = i;
    while (i < s.size() && !util::IsSpace(s[i]) && s[i] != '.' && s[i] != '(' && s[i] != ')') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

bool HasWordFrom(std::string_view s, const auto& list) {
  for (std::string_view w : Words(s))
    for (std::string_view k : list)
      if (util::IEquals(w, k)) return true;
  return false;
}

// A word of the piece is a job-title word ("Correspondent", "editors").
bool LooksLikeRole(std::string_view s) {
  for (std::string_view w : Words(s))
    for (std::string_view k : kRoleWords)
      if (util::IEquals(w, k) || (w.size() == k.size() + 1 && util::IStartsWith(w, k) && (w.back() | 0x20) == 's'))
        return true;
  return false;
}

bool LooksLikeUrlOrEmail(std::string_view s) {
  return s.find("://") != std::string_view::npos || util::IStartsWith(s, "www.") ||
         s.find('@') != std::string_view::npos || s.find('/') != std::string_view::npos;
}

bool LooksLikeName(std::string_view s) {
  if (s.empty() || s.size() > kMaxNameBytes || LooksLikeUrlOrEmail(s) || HasWordFrom(s, kOrgWords)) return false;
  size_t words = Words(s).size();
  if (words == 0 || words > size_t(kMaxNameWords)) return false;
  unsigned char first = (unsigned char)s[0];
  if (first >= 0x80) return true;  // a name in a non-Latin script, or starting with an accent
  if (!(first >= 'A' && first <= 'Z')) return false;
  for (char c : s)
    if ((c >= '0' && c <= '9') || c == '|' || c == ':' || c == '"') return false;
  return true;
}

std::string_view StripBy(std::string_view s) {
  s = util::Trim(s);
  for (std::string_view prefix : {"written by", "words by", "posted by", "by:", "by", "von", "par", "por"}) {
    if (util::IStartsWith(s, prefix) && (s.size() == prefix.size() || prefix.back() == ':' ||
                                         util::IsSpace(s[prefix.size()]) || s[prefix.size()] == ':')) {
      s.remove_prefix(prefix.size());
      if (!s.empty() && s[0] == ':') s.remove_prefix(1);
      return util::Trim(s);
    }
  }
  return s;
}

// Splits on " and ", " & ", ",", ";", "|", " und ", " et ".
std::vector<std::string_view> SplitNames(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t sep = 0;
    if (s[i] == ',' || s[i] == ';' || s[i] == '|') sep = 1;
    else if (s[i] == ' ') {
      for (std::string_view word : {" and ", " & ", " und ", " et "})
        if (util::IStartsWith(s.substr(i), word)) sep = word.size();
    }
    if (!sep) continue;
    parts.push_back(util::Trim(s.substr(start, i - start)));
    start = i + sep;
    i = start - 1;
  }
  parts.push_back(util::Trim(s.substr(start)));
  return parts;
}

}  // namespace

std::vector<Author> ParseAuthorNames(std::string_view text) {
  std::string collapsed = util::CollapseSpace(text.substr(0, 1000));
  std::vector<Author> authors;
  for (std::string_view part : SplitNames(StripBy(collapsed))) {
    part = StripBy(part);
    if (part.empty()) continue;
    if (LooksLikeRole(part)) {
      if (!authors.empty() && !authors.back().role) authors.back().role = std::string(part);
      continue;
    }
    if (!LooksLikeName(part)) continue;
    bool seen = false;
    for (const Author& a : authors) seen |= util::IEquals(a.name, part);
    if (!seen) authors.push_back({std::string(part), std::nullopt});
  }
  return authors;
}

}  // namespace dateline::extract::html
