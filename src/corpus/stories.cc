// Story profiles and the join rule (see stories.h). Weights before IDF: a
// person or organisation 3, a place 2, an actor code 1, a salient word 1
// (1.5 in the title): words only break ties between stories with the same
// names, a topic word shared alone ("climate finance") must not join two
// happenings. Salient words are those of four
// letters or more, not in a small list of news function words, from the
// title and the first 600 bytes of text (the lead), words of entity names left out (they count as entities), where what a story is
// about is said; later paragraphs bring background that every story shares. Presence, not mention counts, for names: one article that repeats
// a name must not outweigh two that share it.
#include "corpus/stories.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <unordered_set>

#include "util/hash.h"

namespace dateline::corpus {
namespace {

constexpr size_t kLeadBytes = 300;
// IDF as if this many articles without the feature came first: in a young
// store every feature weighs about the same, instead of what two articles
// share weighing half of what they do not.
constexpr double kIdfPrior = 64;

const std::unordered_set<std::string>& StopWords() {
  static const std::unordered_set<std::string> words = {
      "about", "after", "against", "also", "among", "been", "before", "being", "between", "both", "could", "during",
      "each", "from", "further", "have", "having", "here", "into", "just", "last", "many", "more", "most", "much",
      "must", "next", "only", "other", "over", "said", "says", "same", "should", "since", "some", "such", "than",
      "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "very",
      "were", "what", "when", "where", "which", "while", "will", "with", "would", "year", "years", "your", "told",
      "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weeks",
      "percent", "people", "first", "time", "including", "added", "statement", "reported", "news", "because",
      "still", "even", "like", "make", "made", "take", "took", "well", "back", "around", "however", "already"};
  return words;
}

void AddWords(std::string_view text, int weight, std::map<std::string, int>* counts) {
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && !StopWords().count(word)) (*counts)[word] += weight;
    word.clear();
  };
  for (unsigned char c : text) {
    if (std::isalpha(c)) {
      word.push_back(char(std::tolower(c)));
    } else if (c >= 0x80) {
      word.push_back(char(c));  // keep UTF-8 letters inside words
    } else {
      flush();
    }
  }
  flush();
}

void AddTerms(const Article& a, const StoryOptions& o, Profile* p) {
  std::map<std::string, int> counts, names;
  if (a.title) AddWords(*a.title, 3, &counts);
  AddWords(std::string_view(a.text).substr(0, kLeadBytes), 1, &counts);
  for (const Entity& e : a.entities) AddWords(e.canonical.empty() ? e.text : e.canonical, 1, &names);
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [w, n] : counts)
    if (!names.count(w)) ranked.emplace_back(-n, w);  // names count once, as entities
  std::sort(ranked.begin(), ranked.end());
  for (size_t i = 0; i < ranked.size() && i < o.max_terms; ++i)
    (*p)["t:" + ranked[i].second] = -ranked[i].first >= 3 ? 1.5 : 1;  // in the title: a little more
}

std::vector<std::pair<std::string, double>> ByWeight(const Profile& p) {
  std::vector<std::pair<std::string, double>> out(p.begin(), p.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  return out;
}

std::string TimeOrDate(std::string_view a, std::string_view b, bool min) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(min ? std::min(a, b) : std::max(a, b));
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + int64_t(doe) - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = unsigned(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = int64_t(yoe) + era * 400 + (m <= 2);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

}  // namespace

Profile ArticleProfile(const Article& a, const StoryOptions& o) {
  Profile p;
  for (const Entity& e : a.entities) {
    const std::string& name = e.canonical.empty() ? e.text : e.canonical;
    if (name.empty()) continue;
    if (e.type == "PERSON" || e.type == "ORG") p["e:" + name] = 3;
    if (e.type == "PLACE") p["l:" + name] = 2;
    if (e.actor) p["a:" + *e.actor] = 1;
  }
  for (const DatelinePlace& d : a.dateline) p["l:" + d.name] = 2;
  for (const Event& e : a.events) {
    if (e.source) p["a:" + *e.source] = 1;
    if (e.target) p["a:" + *e.target] = 1;
  }
  AddTerms(a, o, &p);
  return p;
}

double Cosine(const Profile& a, const Profile& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [f, w] : a) {
    na += w * w;
    auto it = b.find(f);
    if (it != b.end()) dot += w * it->second;
  }
  for (const auto& [f, w] : b) nb += w * w;
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

std::vector<int64_t> LookupKeys(const Profile& p, const StoryOptions& o) {
  std::vector<int64_t> keys;
  for (const auto& [f, w] : ByWeight(p)) {
    if (keys.size() >= o.lookup_keys) break;
    if (f.starts_with("a:")) continue;  // too common to find candidates by
    keys.push_back(int64_t(util::Fnv1a64(f)));
  }
  return keys;
}

std::vector<int64_t> FeatureKeys(const Profile& p) {
  std::vector<int64_t> keys;
  keys.reserve(p.size());
  for (const auto& [f, w] : p) keys.push_back(int64_t(util::Fnv1a64(f)));
  return keys;
}

void ApplyIdf(Profile* p, const std::vector<uint64_t>& df, uint64_t articles) {
  size_t i = 0;
  for (auto& [f, w] : *p) {
    uint64_t n = i < df.size() ? df[i] : 0;
    w *= std::log(double(articles + kIdfPrior) / double(n + 1));
    ++i;
  }
}

Profile CoreProfile(const StoryState& s) {
  Profile core;
  for (const auto& [f, w] : s.profile) {
    auto it = s.df.find(f);
    if (it != s.df.end() && 2 * uint64_t(it->second) >= s.members) core[f] = w;
  }
  return core;
}

void JoinStory(StoryState* s, const Article& a, const Profile& p, const std::string& time, bool duplicate,
               const StoryOptions& o) {
  ++s->articles;
  s->first = TimeOrDate(s->first, time, true);
  s->last = TimeOrDate(s->last, time, false);
  if (duplicate) return;
  ++s->members;
  for (const auto& [f, w] : p) s->profile[f] += w, ++s->df[f];
  if (s->profile.size() > o.max_features) {
    auto ranked = ByWeight(s->profile);
    ranked.resize(o.max_features);
    s->profile = Profile(ranked.begin(), ranked.end());
    std::map<std::string, uint32_t> df;
    for (const auto& [f, w] : s->profile) df[f] = s->df[f];
    s->df = std::move(df);
  }
  double score = Cosine(p, CoreProfile(*s));
  if (a.title && !a.title->empty() && score > s->label_score) {
    s->label = *a.title;
    s->label_score = score;
  }
  if (s->label.empty()) {
    auto names = TopNames(*s, "e:", 3);
    for (const std::string& n : names) s->label += (s->label.empty() ? "" : ", ") + n;
  }
}

std::vector<std::string> TopNames(const StoryState& s, std::string_view kind, size_t n) {
  std::vector<std::string> out;
  for (const auto& [f, w] : ByWeight(s.profile)) {
    if (out.size() >= n) break;
    if (f.starts_with(kind)) out.push_back(f.substr(kind.size()));
  }
  return out;
}

std::string EncodeStory(const StoryState& s) {
  std::string label = s.label;
  for (char& c : label)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  std::string out = std::to_string(s.articles) + "\t" + std::to_string(s.label_score) + "\t" + s.first + "\t" + s.last +
                    "\t" + std::to_string(s.members) + "\t" + label + "\n";
  char buf[48];
  for (const auto& [f, w] : s.profile) {
    if (f.find('\n') != std::string::npos) continue;
    auto it = s.df.find(f);
    std::snprintf(buf, sizeof buf, "%.4g\t%u\t", w, it == s.df.end() ? 0u : it->second);
    out += buf + f + "\n";
  }
  return out;
}

StoryState DecodeStory(std::string_view text) {
  StoryState s;
  std::istringstream in{std::string(text)};
  std::string line;
  if (!std::getline(in, line)) return s;
  std::vector<std::string> head;
  std::istringstream h(line);
  for (std::string field; std::getline(h, field, '\t');) head.push_back(field);
  if (head.size() < 5) return s;
  s.articles = std::strtoull(head[0].c_str(), nullptr, 10);
  s.label_score = std::strtod(head[1].c_str(), nullptr);
  s.first = head[2];
  s.last = head[3];
  s.members = std::strtoull(head[4].c_str(), nullptr, 10);
  s.label = head.size() > 5 ? head[5] : "";
  while (std::getline(in, line)) {
    size_t tab = line.find('\t'), tab2 = tab == std::string::npos ? tab : line.find('\t', tab + 1);
    if (tab2 == std::string::npos) continue;
    std::string f = line.substr(tab2 + 1);
    s.profile[f] = std::strtod(line.c_str(), nullptr);
    s.df[f] = uint32_t(std::strtoul(line.c_str() + tab + 1, nullptr, 10));
  }
  return s;
}

std::string StoryTime(const Article& a, const std::string& now) {
  return a.published && a.published->size() >= 10 ? *a.published : now;
}

std::string ShiftDate(std::string_view iso, int days) {
  if (iso.size() < 10) return std::string(iso);
  int y = std::atoi(std::string(iso.substr(0, 4)).c_str()), m = std::atoi(std::string(iso.substr(5, 2)).c_str()),
      d = std::atoi(std::string(iso.substr(8, 2)).c_str());
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::string(iso.substr(0, 10));
  return CivilFromDays(DaysFromCivil(y, unsigned(m), unsigned(d)) - days);
}

}  // namespace dateline::corpus
