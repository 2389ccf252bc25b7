// Roles and affiliations read from the words around a name.
//
// Before a PERSON, scanning leftwards inside the sentence:
//   [country | demonym | place | country 's] [organisation] role-words NAME
// "Russia's President Vladimir Putin", "U.S. Vice President JD Vance",
// "Russian Foreign Ministry spokeswoman Maria Zakharova" (role "Foreign
// Ministry spokeswoman", code GOV from the ministry), "New York Sen. Chuck
// Schumer" (Senator, USA from the state, LEG). After a PERSON, the
// apposition ", the U.S. secretary of state," reads the same way.
//
// Without a name, a country followed by role words is an AGENT: "Israeli
// police" (ISRCOP), "Palestinian officials" (PSEGOV), "Russia's prosecutor
// general" (RUSJUD).
#include <algorithm>

#include "entities/internal.h"

namespace dateline::entities {
namespace {

constexpr size_t kMaxRoleWords = 4;

// The longest role phrase that ends just before token `end`: its start.
size_t RoleStartingBefore(const Doc& doc, size_t end, size_t floor, const RoleEntry** role) {
  for (size_t n = std::min(kMaxRoleWords, end - floor); n > 0; --n) {
    auto [len, r] = MatchPhrase(doc.lex->roles, doc, end - n, end);
    if (len == n) {
      *role = r;
      return end - n;
    }
  }
  return end;
}

const Mention* MentionAt(const Doc& doc, const std::unordered_multimap<size_t, size_t>& map, size_t at,
                         std::initializer_list<Kind> kinds) {
  auto [lo, hi] = map.equal_range(at);
  for (auto it = lo; it != hi; ++it) {
    const Mention& m = doc.mentions[it->second];
    if (std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end()) return &m;
  }
  return nullptr;
}

const Mention* MentionEndingAt(const Doc& doc, size_t e, std::initializer_list<Kind> kinds) {
  return MentionAt(doc, doc.mentions_by_end, e, kinds);
}

struct RoleReading {
  std::vector<std::pair<size_t, const RoleEntry*>> phrases;  // start token, entry; nearest first
  size_t phrase_end = 0;  // token after the last role word
  std::optional<size_t> portfolio;  // first word of a portfolio before the role ("Tourism Minister")
  const Mention* org = nullptr;
  std::optional<std::string> country;
};

// The country that owns a role or organisation ending before token `j`.
std::optional<std::string> CountryBefore(const Doc& doc, size_t j, size_t floor) {
  if (j > floor && doc.IsClitic(j - 1)) --j;  // "Russia's"
  if (j <= floor) return std::nullopt;
  const Mention* m = MentionEndingAt(doc, j, {Kind::kPlace, Kind::kNorp});
  return m ? m->country : std::nullopt;
}

// "Tourism Minister", "Deputy Economy Minister": capitalised words before a
// role that no mention claims name its portfolio, part of the role.
size_t PortfolioStart(const Doc& doc, size_t j, size_t floor) {
  constexpr size_t kMaxPortfolioWords = 3;
  size_t p = j;
  while (p > floor && j - p < kMaxPortfolioWords) {
    const Tok& t = doc.toks[p - 1];
    if (t.kind != TokenKind::kWord || !t.has(kCapitalized) || (t.cls & (kStop | kHonorific))) break;
    if (doc.mentions_by_end.count(p)) break;
    --p;
  }
  return p;
}

RoleReading ReadLeft(const Doc& doc, size_t b) {
  RoleReading r;
  size_t floor = doc.analysis->sentences[doc.toks[b].sentence].token_begin;
  size_t j = b;
  while (j > floor && (doc.toks[j - 1].cls & kHonorific)) --j;
  r.phrase_end = j;
  while (j > floor && r.phrases.size() < 3) {
    const RoleEntry* role = nullptr;
    size_t start = RoleStartingBefore(doc, j, floor, &role);
    if (start == j) break;
    r.phrases.emplace_back(start, role);
    j = start;
  }
  if (r.phrases.empty()) return r;
  if (size_t p = PortfolioStart(doc, j, floor); p < j) r.portfolio = j = p;
  if ((r.org = MentionEndingAt(doc, j, {Kind::kOrg}))) {
    r.country = r.org->country;
    j = r.org->b;
  }
  if (!r.country) r.country = CountryBefore(doc, j, floor);
  return r;
}

// The role as reported: the phrase nearest the name that carries a role
// code, else the nearest; an organisation before a code-less role names it
// ("Foreign Ministry spokeswoman").
void ApplyReading(const Doc& doc, const RoleReading& r, Mention* m) {
  if (r.phrases.empty()) return;
  const auto* chosen = &r.phrases.front();
  for (const auto& p : r.phrases)
    if (!p.second->code.empty()) {
      chosen = &p;
      break;
    }
  const RoleEntry* role = chosen->second;
  m->role = role->role;
  m->role_code = role->code;
  if (r.portfolio) m->role = std::string(doc.Bytes(*r.portfolio, r.phrase_end));
  if (role->code.empty() && r.org) {
    size_t role_end = chosen == &r.phrases.front() ? r.phrase_end : (chosen - 1)->first;
    m->role = std::string(doc.Bytes(r.org->name_b, role_end));
    m->role_code = r.org->role_code;
  }
  m->country = r.country;
  if (r.org && !r.org->country && r.org->actor) {
    m->actor = r.org->actor;
  } else {
    m->actor = ActorCode(m->country, m->role_code.empty() && m->country ? "GOV" : m->role_code);
  }
}

// ", the U.S. secretary of state," after a name.
RoleReading ReadApposition(const Doc& doc, const Mention& m) {
  RoleReading r;
  size_t i = m.e;
  if (i + 2 >= doc.toks.size() || doc.text.substr(doc.toks[i].start, 1) != "," || !doc.SameSentence(m.b, i + 2))
    return r;
  ++i;
  if (doc.toks[i].key == "the" || doc.toks[i].key == "a") ++i;
  size_t country_end = i;
  if (const Mention* c = MentionAt(doc, doc.mentions_by_start, i, {Kind::kPlace, Kind::kNorp}); c && c->country) {
    r.country = c->country;
    country_end = c->e;
  }
  if (doc.IsClitic(country_end)) ++country_end;
  auto [n, role] = MatchPhrase(doc.lex->roles, doc, country_end, doc.toks.size());
  if (n && role->title) {
    r.phrases.emplace_back(country_end, role);
    r.phrase_end = country_end + n;
  }
  return r;
}

bool PersonStartsAt(const Doc& doc, size_t i) {
  return MentionAt(doc, doc.mentions_by_start, i, {Kind::kPerson}) != nullptr;
}

// "Israeli police", "Russia's prosecutor general".
void AddAgent(Doc* doc, const Mention& c, std::vector<Mention>* out) {
  size_t i = c.e;
  if (doc->IsClitic(i)) ++i;
  if (i >= doc->toks.size() || !doc->SameSentence(c.b, i)) return;
  auto [n, role] = MatchPhrase(doc->lex->roles, *doc, i, doc->toks.size());
  if (!n || !doc->SameSentence(i, i + n - 1) || PersonStartsAt(*doc, i + n) || doc->toks[i].has(kCapitalized)) return;
  Mention a;
  a.kind = Kind::kAgent;
  a.b = c.b;
  a.e = i + n;
  a.canonical = std::string(doc->Bytes(a.b, a.e));
  a.role = std::string(doc->Bytes(i, i + n));
  a.role_code = role->code.empty() ? "GOV" : role->code;
  a.country = c.country;
  a.actor = ActorCode(a.country, a.role_code);
  out->push_back(std::move(a));
}

}  // namespace

void ReadRoles(Doc* doc) {
  doc->IndexMentions();
  std::vector<Mention> agents;
  for (Mention& m : doc->mentions) {
    if (m.kind == Kind::kPerson) {
      RoleReading r = ReadLeft(*doc, m.b);
      if (r.phrases.empty()) r = ReadApposition(*doc, m);
      ApplyReading(*doc, r, &m);
    } else if ((m.kind == Kind::kPlace && m.country_name) || m.kind == Kind::kNorp) {
      if (m.country) AddAgent(doc, m, &agents);
    }
  }
  for (Mention& a : agents) doc->mentions.push_back(std::move(a));
}

}  // namespace dateline::entities
