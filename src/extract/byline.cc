// A byline is cut into pieces at '|' and ',' and then at " and "; each piece
// is classified as a date, an outlet (a known agency or an outlet named
// elsewhere in the article), a person name or a role ("Chief International
// Correspondent"). A role may end in the outlet's name, which is split off.
// A line with a piece that is none of these is not taken as a byline unless
// it names at least one person, so prose that happens to start with "By"
// ("By Thursday, officials said ...") is rejected.
#include "extract/byline.h"

#include <algorithm>
#include <array>

#include "extract/places.h"
#include "extract/textcase.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Join(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return out;
}

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (util::IEquals(w, x)) return true;
  return false;
}

bool IsOrgWord(std::string_view w) {
  return InList(w, {"news", "press", "staff", "staffs", "reporters", "desk", "team", "agency", "service",
                    "wire", "wires", "editors", "editorial", "board", "media", "times", "post", "daily",
                    "journal", "network", "radio", "television", "tv", "online", "bureau", "newsroom",
                    "reports", "report", "group", "inc", "inc.", "ltd", "ltd.", "magazine", "herald",
                    "tribune", "gazette", "institute", "university", "foundation", "council", "ministry",
                    "center", "centre", "department", "office", "association", "committee", "church",
                    "ministries", "correspondent", "admin", "administrator", "the", "our", "newswire"});
}

bool IsRoleHead(std::string_view w) {
  std::string lower = util::AsciiLower(w);
  if (lower.size() > 3 && lower.back() == 's') lower.pop_back();
  return InList(lower, {"correspondent", "writer", "reporter", "editor", "columnist", "contributor",
                        "chief", "producer", "analyst", "photographer", "journalist", "director",
                        "manager", "fellow", "professor", "author", "intern", "critic", "commentator",
                        "anchor", "host", "researcher", "strategist", "economist", "staff", "lead",
                        "head", "president", "founder", "ceo", "officer", "secretary", "specialist",
                        "scientist", "expert", "contributing", "stringer", "blogger", "publisher",
                        "photojournalist", "videographer", "coordinator", "director", "leader"});
}

bool IsConnector(std::string_view w) { return InList(w, {"of", "for", "at", "and", "on", "in", "the", "with"}); }

bool IsParticle(std::string_view w) {
  return InList(w, {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von",
                    "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "y", "st.", "mac"}) &&
         !StartsUpper(w);
}

bool IsInitials(std::string_view w) {  // "J.", "J.D.", "JD" is a word
  if (w.size() < 2 || w.back() != '.') return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!(w[i] >= 'A' && w[i] <= 'Z') || i + 1 >= w.size() || w[i + 1] != '.') return false;
  return true;
}

bool IsSuffix(std::string_view w) { return InList(w, {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}); }

bool IsFunctionWord(std::string_view w) {
  return InList(w, {"by", "and", "of", "in", "on", "at", "for", "to", "from", "with", "a", "an", "said",
                    "says", "is", "was", "will", "this", "that", "it", "he", "she", "they", "we"});
}

bool IsNameWord(std::string_view w) {
  if (!StartsUpper(w) || IsOrgWord(w) || IsFunctionWord(w)) return false;
  return std::none_of(w.begin(), w.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '@' || c == '/' || c == ':' || c == '(' || c == ')' || c == '"';
  });
}

std::string Trimmed(std::string_view s) {
  s = util::Trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':')) s = util::Trim(s.substr(0, s.size() - 1));
  return std::string(s);
}

// Splits off a known outlet at the end ("Correspondent Worthy News") or the
// start ("Associated Press Writer") of a piece.
std::optional<std::string> SplitOutlet(std::string* piece, const std::vector<std::string>& doc_outlets) {
  std::vector<std::string_view> w = Words(*piece);
  for (size_t n = std::min<size_t>(w.size(), 5); n >= 1; --n) {
    std::string tail = Join(w, w.size() - n, w.size());
    std::string head = Join(w, 0, n);
    for (const std::string* cand : {&tail, &head}) {
      std::optional<std::string> outlet = KnownOutlet(*cand);
      for (const std::string& d : doc_outlets)
        if (!outlet && util::IEquals(d, *cand)) outlet = d;
      if (!outlet) continue;
      *piece = cand == &tail ? Join(w, 0, w.size() - n) : Join(w, n, w.size());
      return outlet;
    }
  }
  return std::nullopt;
}

bool IsRole(std::string_view s) {
  std::vector<std::string_view> w = Words(s);
  if (w.empty() || w.size() > 8) return false;
  bool head = false;
  for (std::string_view x : w) {
    if (IsRoleHead(x)) head = true;
    else if (!StartsUpper(x) && !IsConnector(x)) return false;
  }
  return head;
}

// "Chief International Correspondent Worthy News" -> role + trailing outlet
// when the outlet was not known: the words after the last role word.
std::string SplitTrailingOutlet(std::string role, std::optional<std::string>* outlet) {
  std::vector<std::string_view> w = Words(role);
  size_t last = w.size();
  for (size_t i = 0; i < w.size(); ++i)
    if (IsRoleHead(w[i])) last = i;
  if (last + 1 >= w.size()) return role;
  size_t from = last + 1;
  if (IsConnector(w[from])) ++from;
  if (from < w.size() && StartsUpper(w[from]) && !*outlet) *outlet = Join(w, from, w.size());
  return Join(w, 0, last + 1);
}

std::string Singular(std::string role) {
  std::vector<std::string_view> w = Words(role);
  if (w.size() && w.back().size() > 4 && w.back().back() == 's' && IsRoleHead(w.back())) role.pop_back();
  return role;
}

std::string_view StripLead(std::string_view t, bool* had_lead) {
  static constexpr std::array<std::string_view, 8> kLeads = {
      "posted by ", "written by ", "words by ", "story by ", "text by ", "by: ", "by ", "from "};
  for (std::string_view lead : kLeads) {
    if (!util::IStartsWith(t, lead)) continue;
    if (lead == "from ") break;  // "From Reuters" is handled as an outlet line elsewhere
    *had_lead = true;
    return util::Trim(t.substr(lead.size()));
  }
  *had_lead = false;
  return t;
}

std::vector<std::string> SplitAny(std::string_view s, std::initializer_list<std::string_view> seps) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    for (std::string_view sep : seps)
      if (s.compare(i, sep.size(), sep) == 0) { len = sep.size(); break; }
    if (!len) { ++i; continue; }
    out.push_back(Trimmed(s.substr(start, i - start)));
    i += len;
    start = i;
  }
  out.push_back(Trimmed(s.substr(start)));
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  return out;
}

// Classifies one comma piece, adding to *b. Returns false when unrecognised.
bool AddPiece(std::string piece, const std::vector<std::string>& doc_outlets, size_t* group_start, Byline* b) {
  if (std::optional<std::string> outlet = SplitOutlet(&piece, doc_outlets)) {
    if (!b->outlet) b->outlet = outlet;
    if (piece.empty()) return true;
  }
  std::string normal = NormalCase(piece);
  std::vector<std::string> names = SplitAny(piece, {" and ", " And ", " AND ", " & "});
  for (std::string& n : names) n = NormalCase(n);
  if (std::all_of(names.begin(), names.end(), [](const std::string& n) { return IsPersonName(n); })) {
    *group_start = b->authors.size();
    for (std::string& n : names) b->authors.push_back(Author{std::move(n), std::nullopt});
    return true;
  }
  std::optional<std::string> trailing_outlet;
  std::string role_full = SplitTrailingOutlet(normal, &trailing_outlet);
  if (IsRole(role_full)) {
    if (!b->outlet) b->outlet = trailing_outlet;
    if (b->authors.empty()) return true;  // "By Staff Writer": no person
    std::string role = Singular(role_full);
    bool plural = role.size() != role_full.size();  // "Associated Press Writers"
    size_t from = plural ? *group_start : b->authors.size() - 1;
    for (size_t i = from; i < b->authors.size(); ++i)
      if (!b->authors[i].role) b->authors[i].role = role;
    return true;
  }
  return false;
}

}  // namespace

bool IsPersonName(std::string_view s) {
  s = util::Trim(s);
  std::vector<std::string_view> w = Words(s);
  if (w.size() < 2 || w.size() > 6 || s.size() > 60 || IsParticle(w[0])) return false;
  size_t words = 0, initials = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (IsInitials(w[i])) ++initials;
    else if (i > 0 && (IsParticle(w[i]) || IsSuffix(w[i]))) continue;
    else if (IsNameWord(w[i])) ++words;
    else return false;
  }
  return words >= 2 || (words == 1 && initials >= 1 && !IsInitials(w.back()));
}

std::optional<Byline> ParseByline(std::string_view line, const std::vector<std::string>& doc_outlets) {
  std::string_view t = util::Trim(line);
  if (t.size() > 200 || t.size() < 4) return std::nullopt;
  bool had_lead = false;
  t = StripLead(t, &had_lead);
  Byline b;
  bool unknown = false;
  for (const std::string& segment : SplitAny(t, {" | ", "|", " \xC2\xB7 ", " \xE2\x80\xA2 ", " - ", " \xE2\x80\x94 "})) {
    if (std::optional<DateMatch> d = ParseDateAt(segment); d && d->end + 8 >= segment.size()) {
      b.date = d->date;
      continue;
    }
    size_t group_start = 0;
    for (const std::string& piece : SplitAny(segment, {", ", ",", "; "}))
      unknown |= !AddPiece(piece, doc_outlets, &group_start, &b);
  }
  if (b.authors.empty() && !b.outlet) return std::nullopt;
  if (unknown && b.authors.empty()) return std::nullopt;
  if (!had_lead && (unknown || !b.outlet || b.authors.empty() || b.authors.size() > 3)) return std::nullopt;
  return b;
}

std::vector<Credit> ParseCredits(std::string_view line) {
  // English, then the same wire credits in Spanish, Portuguese, French and
  // German ("Información de Ana Ruiz y Luis Gil; edición de Eva Sanz").
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kCredits = {{
      {"additional reporting by", "Reporting"}, {"contributing reporting by", "Reporting"},
      {"reporting by", "Reporting"}, {"writing by", "Writing"}, {"written by", "Writing"},
      {"editing by", "Editing"}, {"edited by", "Editing"}, {"compiled by", "Writing"},
      {"associated press writers", "Reporting"}, {"associated press writer", "Reporting"},
      {"contributing:", "Reporting"},
      {"informaci\xC3\xB3n de", "Reporting"}, {"reportaje de", "Reporting"}, {"redacci\xC3\xB3n de", "Writing"},
      {"edici\xC3\xB3n de", "Editing"}, {"editado por", "Editing"}, {"reportagem de", "Reporting"},
      {"edi\xC3\xA7\xC3\xA3o de", "Editing"}, {"r\xC3\xA9" "dig\xC3\xA9 par", "Writing"},
      {"\xC3\xA9" "dit\xC3\xA9 par", "Editing"}, {"bearbeitet von", "Editing"}, {"redigiert von", "Editing"}}};
  std::string_view t = util::Trim(line);
  if (t.size() > 400) return {};
  while (!t.empty() && (t.front() == '(' || t.front() == '[')) t = util::Trim(t.substr(1));
  while (!t.empty() && (t.back() == ')' || t.back() == ']' || t.back() == '.')) t = util::Trim(t.substr(0, t.size() - 1));
  std::vector<Credit> out;
  for (const std::string& part : SplitAny(t, {"; ", ";", ". "})) {
    std::string_view p = part;
    std::string_view role;
    for (auto& [prefix, r] : kCredits)
      if (util::IStartsWith(p, prefix)) { role = r; p = util::Trim(p.substr(prefix.size())); break; }
    if (role.empty()) continue;
    if (size_t c = util::IFind(p, " contributed"); c != std::string_view::npos) p = p.substr(0, c);
    Credit credit{std::string(role), {}};
    for (std::string name : SplitAny(p, {", ", " and ", " & ", " y ", " e ", " et ", " und "})) {
      for (std::string_view cut : {" in ", " from ", " at "})
        if (size_t c = name.find(cut); c != std::string::npos) name.resize(c);
      name = NormalCase(name);
      if (IsPersonName(name)) credit.names.push_back(name);
    }
    if (!credit.names.empty()) out.push_back(std::move(credit));
  }
  return out;
}

}  // namespace dateline::extract
