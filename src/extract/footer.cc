// Footers are recognised line by line with phrase lists from
// data/plaintext_boilerplate.tsv (readable, extendable without a rebuild via
// DATELINE_DATA_DIR). Phrases match case-insensitively on word boundaries,
// so "(c)" does not fire inside "501(c)(3)". Where each kind of line may
// appear (anywhere, or only after the last body paragraph) is decided by the
// caller, plaintext.cc.
#include "extract/footer.h"

#include <algorithm>
#include <unordered_set>

#include "extract/byline.h"
#include "extract/datafile.h"
#include "extract/textcase.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

struct Phrases {
  std::unordered_set<std::string> related_heading, junk_line;
  std::vector<std::string> related_prefix, junk_prefix, copyright, syndication;
};

const Phrases& LoadPhrases() {
  static const Phrases* phrases = [] {
    auto* p = new Phrases;
    for (auto& row : LoadDataTable("plaintext_boilerplate.tsv", 2).rows) {
      std::string key = LookupKey(row[1]);
      const std::string& kind = row[0];
      if (kind == "related_heading") p->related_heading.insert(key);
      else if (kind == "junk_line") p->junk_line.insert(key);
      else if (kind == "related_prefix") p->related_prefix.push_back(key);
      else if (kind == "junk_prefix") p->junk_prefix.push_back(key);
      else if (kind == "copyright") p->copyright.push_back(key);
      else if (kind == "syndication") p->syndication.push_back(key);
      else if (kind != "credit") std::fprintf(stderr, "dateline: plaintext_boilerplate.tsv: unknown kind '%s'\n", kind.c_str());
    }
    return p;
  }();
  return *phrases;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// `phrase` (lower case) occurs in `lower` on word boundaries.
bool HasPhrase(std::string_view lower, std::string_view phrase) {
  for (size_t at = lower.find(phrase); at != std::string_view::npos; at = lower.find(phrase, at + 1)) {
    bool front_ok = at == 0 || !IsAsciiAlnum(lower[at - 1]);
    size_t end = at + phrase.size();
    bool back_ok = end >= lower.size() || lower[end] != '(' ;
    back_ok &= end >= lower.size() || !IsAsciiAlnum(phrase.back()) || !IsAsciiAlnum(lower[end]);
    if (front_ok && back_ok) return true;
  }
  return false;
}

bool StartsWithWord(std::string_view lower, std::string_view prefix) {
  if (lower.substr(0, prefix.size()) != prefix) return false;
  return lower.size() == prefix.size() || !IsAsciiAlnum(prefix.back()) || !IsAsciiAlnum(lower[prefix.size()]);
}

std::string_view StripBullet(std::string_view t) {
  for (std::string_view b : {"- ", "* ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "> ", "\xC2\xBB ", "# "})
    if (t.substr(0, b.size()) == b) return util::Trim(t.substr(b.size()));
  return t;
}

// "Related Stories:" -> "related stories"
std::string HeadingKey(std::string_view line) {
  std::string_view t = StripBullet(util::Trim(line));
  while (!t.empty() && (t.back() == ':' || t.back() == '>' || t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
  if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xBB") t.remove_suffix(2);
  return LookupKey(t);
}

// "More Worthy News", "More from Reuters", "MORE ON THIS STORY"
bool IsMoreHeading(std::string_view t) {
  if (!util::IStartsWith(t, "more ") || t.size() > 60) return false;
  size_t words = 1;
  size_t i = 5;
  while (i < t.size()) {
    size_t sp = t.find(' ', i);
    std::string_view w = t.substr(i, sp == std::string_view::npos ? sp : sp - i);
    bool small = util::IEquals(w, "from") || util::IEquals(w, "on") || util::IEquals(w, "in") ||
                 util::IEquals(w, "of") || util::IEquals(w, "the") || util::IEquals(w, "about") ||
                 util::IEquals(w, "for") || util::IEquals(w, "this") || util::IEquals(w, "and") ||
                 util::IEquals(w, "at") || util::IEquals(w, "by");
    if (!w.empty() && !small && !StartsUpper(w)) return false;
    ++words;
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  char last = t.back();
  return words >= 2 && words <= 7 && last != '.' && last != '?' && last != '!' && last != '"';
}

}  // namespace

bool IsJunkLine(std::string_view line) {
  std::string_view t = util::Trim(line);
  if (t.empty() || CodePoints(t) > 120) return false;
  std::string key = LookupKey(t);
  const Phrases& p = LoadPhrases();
  if (p.junk_line.count(key)) return true;
  return std::any_of(p.junk_prefix.begin(), p.junk_prefix.end(),
                     [&](const std::string& prefix) { return StartsWithWord(key, prefix); });
}

bool IsRelatedHeading(std::string_view line) {
  std::string_view t = util::Trim(line);
  if (t.empty() || t.size() > 80) return false;
  if (LoadPhrases().related_heading.count(HeadingKey(t))) return true;
  std::string_view stripped = t;
  while (!stripped.empty() && (stripped.back() == ':' || stripped.back() == ' ')) stripped.remove_suffix(1);
  return IsMoreHeading(stripped);
}

std::optional<RelatedItem> InlineRelated(std::string_view line) {
  std::string_view t = StripBullet(util::Trim(line));
  if (CodePoints(t) > 300) return std::nullopt;
  std::string key = LookupKey(t);
  for (const std::string& prefix : LoadPhrases().related_prefix) {
    if (!StartsWithWord(key, prefix)) continue;
    size_t at = prefix.size();
    while (at < key.size() && key[at] == ' ') ++at;
    if (at >= key.size() || (key[at] != ':' && key[at] != '|')) continue;
    // LookupKey keeps ASCII bytes in place up to here only when the prefix is
    // ASCII and spaces were single; find the colon in the original instead.
    size_t colon = t.find_first_of(":|");
    if (colon == std::string_view::npos) continue;
    std::string_view rest = util::Trim(t.substr(colon + 1));
    if (rest.empty()) continue;
    return MakeTeaser(rest);
  }
  return std::nullopt;
}

RelatedItem MakeTeaser(std::string_view line) {
  std::string_view t = StripBullet(util::Trim(line));
  RelatedItem item;
  size_t at = t.find("http://");
  if (at == std::string_view::npos) at = t.find("https://");
  if (at == std::string_view::npos) at = t.find("www.");
  std::string text(t);
  if (at != std::string_view::npos) {
    size_t end = at;
    while (end < t.size() && !util::IsSpace(t[end]) && t[end] != '<' && t[end] != '>') ++end;
    std::string_view url = t.substr(at, end - at);
    while (!url.empty() && (url.back() == ')' || url.back() == ']' || url.back() == '.' || url.back() == ','))
      url.remove_suffix(1);
    item.url = std::string(url);
    std::string before(util::Trim(t.substr(0, at)));
    std::string after(util::Trim(t.substr(at + url.size())));
    text = before + (before.empty() || after.empty() ? "" : " ") + after;
    while (!text.empty() && std::string_view("-|:([<>)]\xC2\xBB ").find(text.back()) != std::string_view::npos) text.pop_back();
    while (!text.empty() && std::string_view("-|:)]>< ").find(text.front()) != std::string_view::npos) text.erase(0, 1);
    if (text.empty()) text = *item.url;
  }
  item.text = util::CollapseSpace(text);
  return item;
}

bool IsCreditLine(std::string_view line) {
  std::string_view t = util::Trim(line);
  if (t.empty() || CodePoints(t) > 400) return false;
  if (!ParseCredits(t).empty()) return true;
  std::string lower = util::AsciiLower(t);
  return CodePoints(t) <= 300 && (HasPhrase(lower, "contributed to this report") ||
                                  HasPhrase(lower, "contributed reporting") ||
                                  HasPhrase(lower, "contributed to this story"));
}

std::vector<std::string> SplitSentences(std::string_view text) {
  static const std::unordered_set<std::string> kAbbrev = {
      "inc", "ltd", "co", "corp", "jr", "sr", "st", "dr", "mr", "mrs", "ms", "no", "gov", "sen",
      "rep", "gen", "lt", "col", "capt", "prof", "ave", "vs", "etc", "mt", "ft", "sgt", "u.s", "u.k"};
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    char c = text[i];
    if ((c != '.' && c != '!' && c != '?') || text[i + 1] != ' ') continue;
    size_t j = i + 1;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || !(StartsUpper(text.substr(j)) || (text[j] >= '0' && text[j] <= '9') ||
                              (unsigned char)text[j] >= 0xC2 || text[j] == '('))
      continue;
    size_t w = i;
    while (w > start && text[w - 1] != ' ') --w;
    std::string word = util::AsciiLower(text.substr(w, i - w));
    if (c == '.' && (word.size() == 1 || kAbbrev.count(word) || word.find('.') != std::string::npos)) continue;
    out.emplace_back(util::Trim(text.substr(start, i + 1 - start)));
    start = j;
  }
  std::string_view last = util::Trim(text.substr(start));
  if (!last.empty()) out.emplace_back(last);
  return out;
}

namespace {

bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    bool four = true;
    for (size_t k = 0; k < 4; ++k) four &= s[i + k] >= '0' && s[i + k] <= '9';
    bool alone = (i == 0 || !IsAsciiAlnum(s[i - 1])) && (i + 4 == s.size() || !IsAsciiAlnum(s[i + 4]));
    if (four && alone) return true;
  }
  return false;
}

// "Copyright 2025 Reuters", "© Worthy News", "(c) Thomson Reuters 2025",
// "Copyright Example Media" (short); not "Copyright law was not discussed."
bool IsCopyrightLead(std::string_view original, std::string_view lower) {
  if (StartsWithWord(lower, "\xC2\xA9") || StartsWithWord(lower, "(c)")) return true;
  if (!StartsWithWord(lower, "copyright")) return false;
  if (HasYear(lower) || lower.find("\xC2\xA9") != std::string_view::npos) return true;
  std::string_view holder = util::Trim(original.substr(std::min<size_t>(original.size(), 9)));
  return std::count(lower.begin(), lower.end(), ' ') <= 4 && StartsUpper(holder);
}

}  // namespace

Notices SplitNotices(std::string_view line) {
  Notices n;
  const Phrases& p = LoadPhrases();
  for (std::string& s : SplitSentences(line)) {
    std::string lower = UnicodeLower(s);
    auto has = [&](const std::vector<std::string>& list) {
      return std::any_of(list.begin(), list.end(), [&](const std::string& ph) { return HasPhrase(lower, ph); });
    };
    bool lead = IsCopyrightLead(s, lower);
    n.strong |= lead || HasPhrase(lower, "all rights reserved") || HasPhrase(lower, "originally published") ||
                HasPhrase(lower, "originally appeared") || HasPhrase(lower, "with permission");
    if (lead) n.copyright.push_back(std::move(s));
    else if (has(p.syndication)) n.syndication.push_back(std::move(s));
    else if (has(p.copyright)) n.copyright.push_back(std::move(s));
    else n.rest += (n.rest.empty() ? "" : " ") + s;
  }
  return n;
}

std::optional<std::string> CopyrightHolder(std::string_view sentence, int* year) {
  std::string s(sentence);
  for (std::string_view cut : {"All rights reserved", "all rights reserved", "ALL RIGHTS RESERVED"})
    if (size_t at = s.find(cut); at != std::string::npos) s.resize(at);
  std::vector<std::string> kept;
  int years = 0, single = 0;
  size_t i = 0;
  std::string_view v = s;
  while (i < v.size()) {
    while (i < v.size() && v[i] == ' ') ++i;
    size_t j = v.find(' ', i);
    if (j == std::string_view::npos) j = v.size();
    std::string_view w = v.substr(i, j - i);
    i = j;
    std::string_view bare = w;
    while (!bare.empty() && (bare.back() == '.' || bare.back() == ',')) bare.remove_suffix(1);
    if (util::IEquals(bare, "copyright") || bare == "\xC2\xA9" || util::IEquals(bare, "(c)") || bare.empty()) continue;
    bool digits = !bare.empty() && std::all_of(bare.begin(), bare.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '-' || c == '/' || (unsigned char)c >= 0x80;
    }) && bare.size() >= 4 && bare[0] >= '0' && bare[0] <= '9';
    if (digits) {
      ++years;
      if (bare.size() == 4) single = std::stoi(std::string(bare));
      continue;
    }
    kept.emplace_back(w);
  }
  if (year && years == 1 && single) *year = single;
  std::string holder;
  for (const std::string& w : kept) holder += (holder.empty() ? "" : " ") + w;
  while (!holder.empty() && (holder.back() == '.' || holder.back() == ',' || holder.back() == ' ')) holder.pop_back();
  if (size_t cut = holder.find_first_of(";,"); cut != std::string::npos) holder.resize(cut);
  if (holder.empty() || holder.size() > 60 || !StartsAlnum(holder)) return std::nullopt;
  if (std::count(holder.begin(), holder.end(), ' ') > 5) return std::nullopt;
  return holder;
}

}  // namespace dateline::extract
