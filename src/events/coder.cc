// The CAMEO event coder: sparse, dictionary-driven parsing in the spirit of
// TABARI and PETRARCH, over the text stage's tokens and the entities
// stage's actors, with no syntactic parse.
//
// Per sentence: (1) actor mentions: the sentence's entities, with same-
// country modifiers merged into their head ("Russia's President Vladimir
// Putin" is one RUSGOV mention), group nouns adding a role ("delegations
// from Kyiv" -> UKRGOV, "Syrian government forces" -> SYRMIL), group nouns
// standing alone as actors ("police" -> COP; "officials" only with the
// dateline's country) and compounds ("Kyiv and Moscow") grouped; (2) every
// verb pattern whose head form occurs is tried, longest first, and a match
// claims its words; (3) each match finds its source (the subject: the
// nearest actor before the verb in the same clause, outside prepositional
// phrases, which also reaches the speaker or the actor inside reported
// speech; or the "by" actor of a passive; or an explicit "$" slot) and its
// target (the "+" slot; patterns without one code the source alone); (4)
// modality in front of the verb rewrites or cancels the code (negation and
// conditionals cancel, "refused to" -> 12x, "threatened to" -> 13x,
// "will"/"is expected to" -> 03x intent); (5) verbs of saying with an
// evaluative word code a statement (051/111, 013); (6) a sentence with no
// other event in which a political actor "said" something codes 010.
// Real news adds: violence with no one named ("a car bomb exploded
// outside a police station", "gunmen killed ...") codes with an empty
// source towards the next actor or the place; crowds ("thousands of
// people", "nurses in Kenya") are actors of the country where they act; a
// conflict act under "would"/"could" followed by "if"/"unless" is a threat;
// what an appeal asks for ("urged X to release") and a verb after "if" are
// no acts; a verb between a determiner and "of" ("the arrest of") is a
// noun, so the main verb's event comes first.
// Events are listed in the order of their evidence: the first is the main
// one. Reciprocal consultations without a named partner ("held talks") take
// the partner of the article's most recent consultation involving the same
// country, else none. Sentences without an actor code nothing: precision
// over volume. Actors no list codes still act, uncoded and named: WordNet's
// nouns for people and groups ("the ruling party") and names no list knows,
// with rules that keep crowds, teams and trade out.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/events.h"
#include "events/dictionary.h"

namespace dateline {
namespace events {
void ScoreTone(const TextAnalysis& text, Article* article);
}  // namespace events

namespace {

using events::Dictionary;
using events::Pattern;

constexpr size_t kMaxSubjectDistance = 30;  // tokens between subject and verb
constexpr size_t kMaxTargetDistance = 6;    // tokens between pattern and target
constexpr size_t kMaxGap = 4;               // other words between pattern words

struct Mention {
  size_t tb = 0, te = 0;  // token range in the sentence (absolute token indexes)
  std::optional<std::string> code;
  std::string name, country;
  const Entity* entity = nullptr;
  std::string prep;  // governing preposition, "" if none
  std::string role;  // role of a group noun after it ("Kenyan police" -> COP)
  int group = -1;    // compound group: mentions joined by "and" / ","
  bool organisation = false;  // a WordNet group noun with no code ("the ruling party")
};

struct Actor {
  std::optional<std::string> code, name;
  std::string country;
  bool uncoded = false;       // an actor with no code: a WordNet noun ("the ruling party") or an unresolved "he"
  bool organisation = false;  // an uncoded group noun: "the ruling party", not "tourists"
  bool noun = false;          // a WordNet noun, not a name
};

struct Sent {
  const Dictionary& d;
  const Article& a;
  const TextAnalysis& t;
  size_t index, tb, te;
  std::vector<std::string> words;  // lower-cased, indexed by token - tb
  std::vector<Mention> mentions;
  std::vector<bool> used;  // tokens claimed by a match
  bool hazard = false;     // a disaster or accident killed here: no statement about it is political
  const std::string& w(size_t tok) const { return words[tok - tb]; }
  bool is_punct(size_t tok) const {
    TokenKind k = t.tokens[tok].kind;
    return k == TokenKind::kPunct || k == TokenKind::kQuote || k == TokenKind::kSymbol;
  }
};

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
      out.push_back('\'');  // ’ ‘ -> '
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

bool IsBoundary(const std::string& w) {
  static const char* const kWords[] = {"that", "which", "because", "while", "as", "after", "before", "when",
                                       "although", "though", "since", "but", "whereas", "where", "until",
                                       ";", ":", "who", "whom", "amid"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

bool IsPreposition(const std::string& w) {
  static const char* const kWords[] = {"in", "at", "from", "to", "with", "for", "on", "by", "into", "against",
                                       "near", "across", "throughout", "between", "among", "toward", "towards",
                                       "over", "about", "of", "around", "inside", "outside", "through", "via",
                                       "along", "behind", "beyond", "within", "despite", "during"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

std::string CountryOf(const Entity& e) {
  if (e.country) return *e.country;
  if (e.actor && e.actor->size() >= 3) return e.actor->substr(0, 3);
  return {};
}

// ---- actor mentions --------------------------------------------------------

size_t TokenAt(const TextAnalysis& t, size_t tb, size_t te, size_t offset) {
  auto it = std::lower_bound(t.tokens.begin() + tb, t.tokens.begin() + te, offset,
                             [](const Token& k, size_t off) { return k.end <= off; });
  return static_cast<size_t>(it - t.tokens.begin());
}

bool IsPatternWord(const Sent& s, size_t tok) {
  if (s.t.tokens[tok].has(kCapitalized)) return false;  // "Secretary of State" is a title
  return s.d.by_head.count(s.w(tok)) || s.d.speech.count(s.w(tok));
}

// Two mentions of the same country with only a few non-verb words between
// them are one actor phrase; the second (the head) keeps the more specific code.
bool Mergeable(const Sent& s, const Mention& a, const Mention& b) {
  if (a.country.empty() || a.country != b.country || b.tb < a.te || b.tb - a.te > 3) return false;
  for (size_t k = a.te; k < b.tb; ++k)
    if ((s.is_punct(k) && s.t.tokens[k].kind != TokenKind::kClitic) || IsPatternWord(s, k) || s.w(k) == "and" ||
        IsBoundary(s.w(k)) || (IsPreposition(s.w(k)) && s.w(k) != "of") || s.w(k) == "if" || s.w(k) == "unless" ||
        s.w(k) == "or")
      return false;  // "strikes on Gaza unless Hamas ...": two actors
  return true;
}

bool IsLocalRole(const std::string& word, const std::string& role);

// The head word of a name: the word before its first "of" ("Ministry of
// Defence", "Electoral Commission of Zambia"), else its last word before a
// name in brackets it took in ("the Interior Ministry (MoI)").
size_t HeadWord(const Sent& s, const Mention& m) {
  for (size_t k = m.tb + 1; k + 1 < m.te; ++k)
    if (s.w(k) == "of") return k - 1;
  size_t k = m.te - 1;
  if (s.w(k) != ")") return k;
  while (k > m.tb && s.w(k) != "(") --k;
  return k > m.tb ? k - 1 : m.te - 1;
}

// The role an institution's name gives it by its head word: "Ministry of
// Defence", "the Interior Ministry" (GOV); "" if none.
std::string InstitutionRole(const Sent& s, const Mention& m) {
  const std::string& w = s.w(HeadWord(s, m));
  if (s.d.bare_agents.count(w) && IsLocalRole(w, s.d.agents.at(w))) return s.d.agents.at(w);
  return {};
}

// "Kenya's Senate", "Pakistan's Supreme Court": an institution's generic
// name that the lists give to another country is the owner's institution.
bool ForeignInstitution(const Mention& a, const Mention& b) {
  static const char* const kRoles[] = {"GOV", "LEG", "JUD", "MIL", "COP"};
  if (!b.code || b.code->size() != 6 || b.country.empty() || b.country == a.country ||
      b.code->compare(0, 3, b.country) != 0)
    return false;
  for (const char* r : kRoles)
    if (b.code->compare(3, 3, r) == 0) return true;
  return false;
}

// "Armenia's Ministry of Defence", "Qatar's Fund for Development": a name
// no list codes, owned by a country, is that country's (with the role its
// head word gives it).
bool OwnedByCountry(const Sent& s, const Mention& a, const Mention& b) {
  if (!b.entity || b.entity->type == "PLACE" || b.entity->type == "NORP") return false;
  if (!a.code || a.code->size() != 3 || !a.entity || a.entity->type != "PLACE" || *a.code != a.country ||
      b.tb != a.te + 1 || s.w(a.te) != "'s")
    return false;
  return (!b.code && b.country.empty()) || ForeignInstitution(a, b);
}

// "the Independent National Electoral Commission (INEC)": a name in
// brackets right after a name is that name again, one mention.
void JoinBracketedNames(Sent& s) {
  std::vector<Mention> out;
  for (Mention& m : s.mentions) {
    if (!out.empty() && m.tb == out.back().te + 1 && s.w(out.back().te) == "(" && m.te < s.te &&
        s.w(m.te) == ")" && (!out.back().code || !m.code || *out.back().code == *m.code)) {
      Mention& name = out.back();
      if (!name.code && m.code) name.code = m.code, name.country = m.country;
      name.te = m.te + 1;
      continue;
    }
    out.push_back(std::move(m));
  }
  s.mentions = std::move(out);
}

// "Indian Navy ship INS Satpura", "a Chinese coast guard vessel, the
// Haijing 2301": a vessel named after the force it belongs to is that force.
bool VesselOfForce(const Sent& s, const Mention& a, const Mention& b) {
  static const char* const kVessels[] = {"ship", "vessel", "warship", "frigate", "destroyer", "corvette",
                                         "cutter", "submarine", "carrier", "patrol", "boat"};
  if (!a.code || b.code || !b.entity || b.entity->type == "PLACE" || b.tb != a.te + 1) return false;
  for (const char* v : kVessels)
    if (s.w(a.te) == v) return true;
  return false;
}

// A name no list codes and a country's name right after it, with nothing
// between: one name ("MTN Nigeria", "Nestle India").
bool CompanyOfCountry(const Sent& s, const Mention& a, const Mention& b) {
  (void)s;
  return !a.code && a.entity && a.entity->type == "ORG" && b.tb == a.te && b.entity && b.entity->type == "PLACE" &&
         b.code && *b.code == b.country;
}

void MergeModifiers(Sent& s) {
  std::vector<Mention> out;
  for (Mention& m : s.mentions) {
    if (!out.empty() && VesselOfForce(s, out.back(), m)) {
      out.back().te = m.te;
      continue;
    }
    if (!out.empty() && CompanyOfCountry(s, out.back(), m)) {
      out.back().te = m.te;  // "PT Vale Indonesia", "MTN Nigeria": a firm's name, not the country
      continue;
    }
    if (!out.empty() && OwnedByCountry(s, out.back(), m)) {
      Mention& head = out.back();
      std::string country = head.country;
      size_t tb = head.tb;
      head = m;
      head.tb = tb;
      head.country = country;
      head.code = country + (m.code ? m.code->substr(3) : InstitutionRole(s, m));
      continue;
    }
    if (!out.empty() && Mergeable(s, out.back(), m)) {
      Mention& head = out.back();
      size_t tb = head.tb;
      bool keep_code = head.code && (!m.code || head.code->size() > m.code->size());
      std::optional<std::string> code = keep_code ? head.code : m.code;
      head = m;
      head.tb = tb;
      head.code = code;
      continue;
    }
    out.push_back(m);
  }
  s.mentions = std::move(out);
}

// "officials", "Police" opening a sentence; capitalised inside one only a
// group that is an actor alone ("the Interior Ministry", "Metropolitan Police").
bool IsAgentWord(const Sent& s, size_t tok) {
  if (!s.d.agents.count(s.w(tok))) return false;
  return tok == s.tb || !s.t.tokens[tok].has(kCapitalized) || s.d.bare_agents.count(s.w(tok));
}

// Roles of people outside politics: business, civilians, education, labour,
// media, health, farming, refugees, elites, criminals.
bool IsPrivateRole(std::string_view code) {
  static const char* const kPrivate[] = {"BUS", "CVL", "EDU", "LAB", "MED", "HLH", "AGR", "REF", "ELI", "CRM"};
  if (code.size() < 3) return false;
  for (const char* r : kPrivate)
    if (code.substr(code.size() - 3) == r) return true;
  return false;
}

// A modifier that may stand between a country and its group noun:
// "Sudanese paramilitary forces", "Kenyan riot police".
bool IsModifier(const Sent& s, size_t tok) {
  const std::string& w = s.w(tok);
  return !s.is_punct(tok) && !s.t.tokens[tok].has(kCapitalized) && !IsPreposition(w) && !IsBoundary(w) &&
         w != "and" && w != "or" && !IsPatternWord(s, tok) && !s.d.be_forms.count(w);
}

// The group nouns right after a mention ("Russia's army", "Syrian
// government forces") give it a role and join it; the last one is the head.
void AttachAgentRuns(Sent& s) {
  for (size_t i = 0; i < s.mentions.size(); ++i) {
    Mention& m = s.mentions[i];
    size_t limit = i + 1 < s.mentions.size() ? s.mentions[i + 1].tb : s.te;
    size_t k = m.te;
    if (k < limit && s.w(k) == "'s") ++k;
    size_t end = m.te;
    for (size_t skipped = 0; k < limit && skipped <= 1; ++k) {
      if (IsAgentWord(s, k)) {
        m.role = s.d.agents.at(s.w(k)), end = k + 1, skipped = 0;
      } else if (IsModifier(s, k) && k + 1 < limit && IsAgentWord(s, k + 1) &&
                 !IsPrivateRole(s.d.agents.at(s.w(k + 1)))) {  // "French aid workers" stay FRA
        ++skipped;
      } else {
        break;
      }
    }
    if (m.role.empty()) continue;
    m.te = end;
    if (!m.code) m.code = m.role, m.role.clear();  // "the ELN rebels": REB
  }
}

// "Pope Francis", "Judge Aileen Cannon": a person with no actor code after
// a title that names an actor on its own takes the title's role; not an
// office title ("Governor Tiff Macklem" may run a central bank).
void AddTitleRoles(Sent& s) {
  for (Mention& m : s.mentions) {
    if (m.code || !m.entity || m.entity->type != "PERSON" || m.tb <= s.tb) continue;
    const std::string& title = s.w(m.tb - 1);
    if (!IsAgentWord(s, m.tb - 1) || !s.d.bare_agents.count(title) || title.ends_with("s")) continue;
    if (s.d.agents.at(title) == "GOV") continue;
    m.code = s.d.agents.at(title);
    --m.tb;
  }
}

// "in central Bangkok", "across northern Syria": a place's adjective.
bool IsRegionWord(const std::string& w) {
  static const char* const kWords[] = {"central", "northern", "southern", "eastern", "western", "north", "south",
                                       "east", "west", "northeastern", "northwestern", "southeastern",
                                       "southwestern", "neighbouring", "neighboring", "occupied", "rural"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

bool IsLocative(const std::string& w) {
  static const char* const kWords[] = {"in", "at", "across", "through", "throughout", "outside", "inside", "near",
                                       "around", "into", "of"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// The country a sentence happens in: its first place named after a
// locative ("in Nairobi", "the streets of Tbilisi"), else the dateline's.
std::string LocalCountry(const Sent& s) {
  for (const Mention& m : s.mentions) {
    if (!m.entity || m.entity->type != "PLACE" || m.country.empty()) continue;
    size_t k = m.tb;
    while (k > s.tb && (s.w(k - 1) == "the" || IsRegionWord(s.w(k - 1)))) --k;
    if (k > s.tb && IsLocative(s.w(k - 1))) return m.country;
  }
  if (!s.a.dateline.empty() && s.a.dateline.front().country) return *s.a.dateline.front().country;
  return {};
}

// Bare groups that belong to the place where they act: crowds, trades,
// police, "the army" ("students gathered in Nairobi": KENEDU); not armed
// groups, refugees or firms, which are often foreign.
bool IsLocalRole(const std::string& word, const std::string& role) {
  static const char* const kRoles[] = {"CVL", "LAB", "EDU", "HLH", "MED", "AGR", "OPP", "COP", "GOV", "LEG", "JUD"};
  if (role == "MIL") return word == "army" || word == "military" || word == "navy";
  for (const char* r : kRoles)
    if (role == r) return true;
  return false;
}

// "thousands of Georgians": a crowd of a nationality is its civilians.
bool AfterCrowdWord(const Sent& s, size_t tok) {
  if (tok < s.tb + 2 || s.w(tok - 1) != "of") return false;
  const std::string& q = s.w(tok - 2);
  return q == "thousands" || q == "hundreds" || q == "dozens" || q == "millions" || q == "scores";
}

bool IsNumber(const Sent& s, size_t tok) {
  const std::string& w = s.w(tok);
  return s.t.tokens[tok].kind == TokenKind::kNumber || (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) ||
         w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "seven" || w == "eight" ||
         w == "nine" || w == "ten" || w == "dozens" || w == "many" || w == "several";
}

// "people" is an actor as a counted crowd ("thousands of people", "nine
// people"); "thousands" alone only as the subject of a verb right after it
// ("tens of thousands rallied"), not in "saved thousands of lives".
// "hundreds of fishermen protested": a counted crowd of any plural noun
// right before a verb is civilians.
bool CrowdOfAnything(const Sent& s, size_t k) {
  const std::string& w = s.w(k);
  if (!AfterCrowdWord(s, k) || s.t.tokens[k].has(kCapitalized) || s.d.agents.count(w)) return false;
  if (!(w.ends_with("s") || w.ends_with("men"))) return false;
  if (k + 1 >= s.te || !IsPatternWord(s, k + 1)) return false;
  const std::string& verb = s.w(k + 1);  // tourists who gather are no rally; supporters who gather are
  return !verb.starts_with("gather") && !verb.starts_with("assembl");
}

bool IsCrowd(const Sent& s, size_t k) {
  const std::string& w = s.w(k);
  if (w == "people") return k > s.tb && (IsNumber(s, k - 1) || AfterCrowdWord(s, k));
  if (w == "thousands" || w == "hundreds") return k + 1 < s.te && IsPatternWord(s, k + 1);
  return true;
}

// Group nouns that name an actor on their own: "police" (COP), "rebels"
// (REB); other plural agents ("officials") only with the article's country,
// from its dateline. "officials from Kyiv" is left to the mention after it.
// "opposition leaders", "union leader": the leaders of a group act for it.
bool LeaderOfGroup(const Sent& s, size_t tok) {
  const std::string& w = s.w(tok);
  return (w == "leaders" || w == "leader") && tok > s.tb && IsAgentWord(s, tok - 1) &&
         s.d.bare_agents.count(s.w(tok - 1)) && !s.d.agents.at(s.w(tok - 1)).ends_with("GOV");
}

void AddAgentMentions(Sent& s) {
  std::string country;
  if (!s.a.dateline.empty() && s.a.dateline.front().country) country = *s.a.dateline.front().country;
  std::string local = LocalCountry(s);
  std::vector<Mention> added;
  size_t next = 0;
  for (size_t k = s.tb; k < s.te; ++k) {
    while (next < s.mentions.size() && s.mentions[next].te <= k) ++next;
    if (next < s.mentions.size() && s.mentions[next].tb <= k) continue;
    if (LeaderOfGroup(s, k)) continue;  // joined to the group before it
    bool agent = IsAgentWord(s, k) && IsCrowd(s, k);
    if (!agent && !CrowdOfAnything(s, k)) continue;
    bool led = k + 1 < s.te && LeaderOfGroup(s, k + 1);
    if (k + 1 < s.te && IsAgentWord(s, k + 1) && !led) continue;  // "government forces": the head is last
    if (next < s.mentions.size() && s.mentions[next].tb == k + 1) continue;  // a title: "spokesman Niek Stam"
    bool bare = !agent || s.d.bare_agents.count(s.w(k)) > 0;
    // The dateline's country only for groups ("officials"), not for one
    // person ("the president" of a Moscow story may be any country's);
    // without a dateline, a group's role alone ("blamed local officials": GOV).
    if (!bare && !s.w(k).ends_with("s")) continue;
    bool role_only = !bare && country.empty();
    const std::string role = agent ? s.d.agents.at(s.w(k)) : "CVL";
    bool is_local = bare && IsLocalRole(s.w(k), role);
    std::string here = local;
    if (k + 2 < s.te && (s.w(k + 1) == "from" || s.w(k + 1) == "of" || s.w(k + 1) == "in") &&
        next < s.mentions.size() && s.mentions[next].tb <= k + 3) {
      const Mention& place = s.mentions[next];
      // "residents of Kibera": of a place no list codes, as "in" one
      bool uncoded_place = place.entity && !place.code && (place.entity->type == "PLACE" || place.entity->type == "MISC");
      bool at_place = (s.w(k + 1) == "in" && place.entity && place.entity->type == "PLACE") ||
                      (s.w(k + 1) == "of" && uncoded_place);
      // "protesters in Lagos": NGAOPP, "guards in Cairo": EGYMIL, and the
      // town stays a place; "assailants in Birbhum" (no country): UAF
      if (!at_place) continue;
      here = place.country;
      is_local |= !here.empty();
    }
    Mention m;
    m.tb = k, m.te = led ? k + 2 : k + 1;
    m.country = role_only ? "" : !bare ? country : is_local ? here : "";
    m.code = m.country + role;
    m.name = s.w(k);
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  s.mentions.insert(s.mentions.end(), added.begin(), added.end());
  std::stable_sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.tb < b.tb; });
}

bool IsDeterminer(const std::string& w);

// A capitalised word that is not the sentence's first.
bool IsName(const Sent& s, size_t tok) {
  return tok > s.tb && tok < s.te && s.t.tokens[tok].has(kCapitalized);  // tok may be "head - 1" of the first token
}

// Words WordNet also lists as nouns ("in" an inch, "a" a vitamin) that
// end a noun phrase rather than continue it.
bool FunctionWord(const std::string& w) {
  static const char* const kWords[] = {"and", "or", "but", "nor", "if", "than", "then", "so", "yet", "who", "whose",
                                       "what", "it", "he", "she", "we", "they", "i", "us", "will", "would", "can",
                                       "could", "may", "might", "must", "shall", "should", "also", "not", "no",
                                       "up", "down", "out", "off", "as", "after", "before", "since", "all", "more"};
  for (const char* k : kWords)
    if (w == k) return true;
  return IsPreposition(w) || IsDeterminer(w) || IsBoundary(w) || w.size() < 2;
}

// Actors no list names: a common noun whose WordNet sense is people or a
// group of people ("the ruling party", "aid agencies", "investigators"),
// heading its noun phrase, is an actor without a code, named by its phrase.
// Not a word the sentence uses as a verb ("the country hosts"), nor one
// that a name or another noun follows ("party leaders", "spokesman Niek
// Stam", "fighter jets"), nor the modifier of a mention ("Ukrainian
// negotiators").
bool NounHead(const Sent& s, size_t k) {
  const std::string& w = s.w(k);
  if (!s.d.actor_nouns.count(w) || s.d.agents.count(w)) return false;
  if (k > s.tb && s.t.tokens[k].has(kCapitalized)) return false;
  if (s.d.by_head.count(w) || s.d.speech.count(w)) {  // "allies": a noun after "the", "with", "Western", "its"
    if (k == s.tb) return false;
    const std::string& p = s.w(k - 1);
    bool noun = IsDeterminer(p) || IsPreposition(p) || IsNumber(s, k - 1) || s.t.tokens[k - 1].has(kCapitalized);
    if (!noun) return false;
  }
  if (k + 1 < s.te) {
    const std::string& n = s.w(k + 1);
    if (n == "'s" || s.t.tokens[k + 1].has(kCapitalized)) return false;
    // A verb next ("the party accused", though "the accused" is a person) ends the phrase.
    bool verb = s.d.by_head.count(n) || s.d.speech.count(n) || s.d.be_forms.count(n) || n.ends_with("ed");
    if (!verb && (s.d.actor_nouns.count(n) || s.d.agents.count(n))) return false;  // "party leaders"
    if (!verb && !FunctionWord(n) && s.d.IsNoun(n)) return false;  // "F-16 fighter jets", "student loans": a modifier
  }
  return true;
}

// The length of a @pair phrase ("the two sides") that ends right before `end`, or 0.
size_t PairPhraseEndingAt(const Sent& s, size_t end) {
  for (const auto& ph : s.d.pair) {
    if (ph.empty() || ph.size() > end - s.tb) continue;
    size_t b = end - ph.size();
    bool ok = true;
    for (size_t i = 0; ok && i < ph.size(); ++i) ok = s.w(b + i) == ph[i];
    if (ok) return ph.size();
  }
  return 0;
}

void AddNounMentions(Sent& s) {
  std::vector<Mention> added;
  std::vector<size_t> absorbed;  // names a noun mention took in
  size_t next = 0;
  for (size_t k = s.tb; k < s.te; ++k) {
    while (next < s.mentions.size() && s.mentions[next].te <= k) ++next;
    if (next < s.mentions.size() && s.mentions[next].tb <= k) continue;
    // "the Minority caucus", "Fulani herders": a name no list codes before a
    // body or people is part of their name; not "Perseverance rover"
    bool misc_before = next > 0 && s.mentions[next - 1].te == k && !s.mentions[next - 1].code &&
                       s.mentions[next - 1].entity && s.mentions[next - 1].entity->type == "MISC" &&
                       (s.d.group_nouns.count(s.w(k)) || s.w(k).ends_with("s"));
    if (next > 0 && s.mentions[next - 1].te == k && !misc_before) continue;  // "Russian negotiators": the mention's role
    if (size_t n = PairPhraseEndingAt(s, k + 1); n > 0 && k + 1 >= s.tb + n) {  // "the two sides": both, unnamed
      size_t b = k + 1 - n;
      if (next > 0 && s.mentions[next - 1].te > b) continue;
      Mention m;
      m.tb = b, m.te = k + 1;
      m.name = s.a.text.substr(s.t.tokens[b].start, s.t.tokens[k].end - s.t.tokens[b].start);
      m.organisation = true;
      added.push_back(std::move(m));
      continue;
    }
    if (!NounHead(s, k)) continue;
    Mention m;
    m.tb = k, m.te = k + 1;
    for (int mods = 0; mods < 2 && m.tb > s.tb; ++mods) {  // "the ruling party", "aid agencies"
      size_t b = m.tb - 1;
      const std::string& w = s.w(b);
      bool verb = (s.d.by_head.count(w) || s.d.speech.count(w)) && b > s.tb && !IsDeterminer(s.w(b - 1));
      if (s.is_punct(b) || s.t.tokens[b].has(kCapitalized) || IsDeterminer(w) || IsPreposition(w) || IsBoundary(w) ||
          verb || s.d.be_forms.count(w) || IsNumber(s, b) || w == "and" || w == "or" ||
          (next > 0 && s.mentions[next - 1].te > b))
        break;  // "the ruling party": a verb's form after a determiner is a modifier
      m.tb = b;
    }
    // "the EU's foreign policy chief", "the White House press secretary": the role of a named actor
    size_t b = k;
    while (b > s.tb && k - b < 3 && !s.is_punct(b - 1) && !s.t.tokens[b - 1].has(kCapitalized) &&
           !IsDeterminer(s.w(b - 1)) && !IsPreposition(s.w(b - 1)) && !IsBoundary(s.w(b - 1)))
      --b;
    // not after a name that is no actor: "the Minority caucus" is a body itself
    const Mention* before = next > 0 ? &s.mentions[next - 1] : nullptr;
    bool actor_before = before && (before->code || !before->entity || before->entity->type != "MISC");
    bool named_before = b > s.tb && actor_before &&
                        (before->te == b || (s.w(b - 1) == "'s" && before->te + 1 == b));
    if (named_before) continue;  // not "the country's anti-corruption agency"
    if (misc_before) m.tb = s.mentions[next - 1].tb, absorbed.push_back(next - 1);
    m.name = s.a.text.substr(s.t.tokens[m.tb].start, s.t.tokens[k].end - s.t.tokens[m.tb].start);
    // "the ruling party's secretary-general": a body's officer speaks for it
    bool officer = b >= s.tb + 2 && s.w(b - 1) == "'s" && s.d.group_nouns.count(s.w(b - 2));
    m.organisation = s.d.group_nouns.count(s.w(k)) > 0 || officer;
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  for (size_t i = absorbed.size(); i-- > 0;) s.mentions.erase(s.mentions.begin() + absorbed[i]);
  s.mentions.insert(s.mentions.end(), added.begin(), added.end());
  std::stable_sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.tb < b.tb; });
}

void AddAgentRoles(Sent& s) {
  std::vector<std::string> group_role(s.mentions.size());
  for (Mention& m : s.mentions) {
    if (!m.code && (m.prep == "from" || m.prep == "of")) {  // "negotiators from the two sides held talks": the sides act
      size_t p = m.tb;
      if (p > s.tb && s.w(p - 1) == "the") --p;
      bool agent_mention = false;  // "residents of Kibera": the residents act
      bool place = m.entity && (m.entity->type == "PLACE" || m.entity->type == "MISC");
      for (const Mention& o : s.mentions) agent_mention |= place && o.te == p - 1 && o.code;
      if (p >= s.tb + 2 && s.w(p - 1) == m.prep && s.d.agents.count(s.w(p - 2)) && !agent_mention) m.prep.clear();
    }
    if (!m.code || m.code->size() < 3 || !m.entity) continue;  // agent mentions carry their role
    std::string role;
    if (m.group >= 0 && !group_role[m.group].empty()) role = group_role[m.group];
    bool office = m.entity->type == "AGENT" && m.code->compare(0, 3, m.country) == 0;  // not "Hamas" (PSEREB)
    if (!m.role.empty() && (m.code->size() == 3 || office)) {
      *m.code = m.code->substr(0, 3);  // "Syrian government forces": SYRMIL
      role = m.role;
    }
    if (m.code->size() != 3) continue;
    size_t p = m.tb;
    if (p > s.tb && IsRegionWord(s.w(p - 1))) --p;  // "villagers in northwestern Nigeria"
    if (p > s.tb && s.w(p - 1) == "the") --p;
    bool agent_before = false;  // "protesters in Lagos": the protesters are a mention of their own
    for (const Mention& o : s.mentions) agent_before |= !o.entity && p >= s.tb + 2 && o.te == p - 1;
    if (role.empty() && !agent_before && p >= s.tb + 2 &&
        (s.w(p - 1) == "from" || s.w(p - 1) == "of" || s.w(p - 1) == "in")) {
      auto it = s.d.agents.find(s.w(p - 2));
      if (it != s.d.agents.end()) role = group_role[m.group] = it->second;
    }
    if ((m.prep == "from" || m.prep == "of" || m.prep == "in") && !group_role[m.group].empty())
      m.prep.clear();  // "delegations from X": a subject
    if (!role.empty()) *m.code += role;
  }
}

void FindPrepositions(Sent& s) {
  for (Mention& m : s.mentions) {
    size_t k = m.tb;
    if (k > s.tb && IsRegionWord(s.w(k - 1))) --k;
    // "of the Catholic priest", "of the elderly priest": an adjective no mention holds
    bool held = false;
    for (const Mention& o : s.mentions) held |= o.te == k;
    if (!held && k > s.tb + 1 && (s.t.tokens[k - 1].has(kCapitalized) || IsModifier(s, k - 1)) &&
        (s.w(k - 2) == "the" || s.w(k - 2) == "a"))
      --k;
    while (k > s.tb && (s.w(k - 1) == "the" || s.w(k - 1) == "a")) --k;
    if (k > s.tb && IsPreposition(s.w(k - 1))) m.prep = s.w(k - 1);
  }
}

// Separator words between two mentions of a list: "and", ",", ", and".
// Returns 0 not joined, 1 joined by commas only, 2 joined with "and".
int Joint(const Sent& s, const Mention& m, const Mention& n) {
  if (n.tb <= m.te || n.tb - m.te > 4) return 0;
  int kind = 1;
  size_t modifiers = 0;
  for (size_t k = m.te; k < n.tb; ++k) {
    const std::string& w = s.w(k);
    if (w == "and") kind = 2;
    else if (kind == 2 && k + 1 == n.tb && IsModifier(s, k)) ++modifiers;  // "and the paramilitary RSF"
    else if (w != "," && w != "the") return 0;
  }
  if (n.tb - m.te - modifiers > 3) return 0;
  return kind;
}

// A list "A, B and C" is one compound; a bare "A, B" is not (appositions,
// clause breaks), so comma links only count when the list ends in "and".
void GroupCompounds(Sent& s) {
  for (size_t i = 0; i < s.mentions.size(); ++i) s.mentions[i].group = static_cast<int>(i);
  size_t i = 0;
  while (i < s.mentions.size()) {
    size_t j = i, last_and = i;
    while (j + 1 < s.mentions.size()) {
      int kind = Joint(s, s.mentions[j], s.mentions[j + 1]);
      if (!kind) break;
      ++j;
      if (kind == 2) {
        last_and = j;
        break;
      }
    }
    for (size_t k = i + 1; k <= last_and; ++k) {
      s.mentions[k].group = s.mentions[i].group;
      s.mentions[k].prep = s.mentions[i].prep;
    }
    i = last_and + 1;
  }
}

// A name with no code that ends in an institution's word ("the Supreme
// Court", "the Interior Ministry") is that institution of the local country.
void CodeInstitutions(Sent& s) {
  std::string local;
  bool looked = false;
  for (Mention& m : s.mentions) {
    if (!m.code && m.entity && m.entity->type == "NORP") {  // "hundreds of Kurds": civilians where they are
      if (!looked) local = LocalCountry(s), looked = true;
      m.country = local;
      m.code = local + "CVL";
      continue;
    }
    const std::string& last = s.w(HeadWord(s, m));
    if (m.code || !s.d.bare_agents.count(last)) continue;
    const std::string& role = s.d.agents.at(last);
    if (!IsLocalRole(last, role)) continue;
    if (!looked) local = LocalCountry(s), looked = true;
    m.country = local;
    m.code = local + role;
  }
}

void AddCrowdRoles(Sent& s) {
  for (Mention& m : s.mentions)
    if (m.entity && m.entity->type == "NORP" && m.code && m.code->size() == 3 && AfterCrowdWord(s, m.tb))
      *m.code += "CVL";
}

void CollectMentions(Sent& s, const std::vector<const Entity*>& ents) {
  size_t start = s.t.tokens[s.tb].start, end = s.t.tokens[s.te - 1].end;
  auto first = std::lower_bound(ents.begin(), ents.end(), start, [](const Entity* e, size_t off) { return e->start < off; });
  for (auto it = first; it != ents.end() && (*it)->start < end; ++it) {
    const Entity& e = **it;
    if (e.type == "NORP" && !e.actor && !e.country && e.start > 0 &&
        !AfterCrowdWord(s, TokenAt(s.t, s.tb, s.te, e.start)))
      continue;  // "hundreds of Kurds" are a crowd; "Kurdish" alone is no actor
    Mention m;
    m.tb = TokenAt(s.t, s.tb, s.te, e.start);
    m.te = std::max(m.tb + 1, TokenAt(s.t, s.tb, s.te, e.end > 0 ? e.end - 1 : 0) + 1);
    if (m.te > s.te) continue;
    m.entity = &e;
    m.code = e.actor ? e.actor : (CountryOf(e).empty() ? std::nullopt : std::optional<std::string>(CountryOf(e)));
    if (!m.code && e.type == "PERSON" && e.role) {  // "Finance Minister Fernando Haddad", country unknown: GOV
      std::string role = Lower(*e.role);          // "Opposition candidate": OPP
      for (size_t end = role.size(); !m.code && end > 0;) {
        size_t b = role.rfind(' ', end - 1);
        b = b == std::string::npos ? 0 : b + 1;
        std::string word = role.substr(b, end - b);
        auto it = s.d.agents.find(word);
        bool anyone = word.starts_with("spokes") || word == "official" || word.starts_with("leader");  // of any body
        if (it != s.d.agents.end() && !anyone) m.code = it->second;
        end = b > 0 ? b - 1 : 0;
      }
    }
    m.name = e.canonical;
    m.country = CountryOf(e);
    if (!s.mentions.empty() && m.tb < s.mentions.back().te) {  // overlap: keep the longer
      if (m.te - m.tb > s.mentions.back().te - s.mentions.back().tb) s.mentions.back() = m;
      continue;
    }
    s.mentions.push_back(std::move(m));
  }
  JoinBracketedNames(s);
  MergeModifiers(s);
  AttachAgentRuns(s);
  AddTitleRoles(s);
  CodeInstitutions(s);
  AddCrowdRoles(s);
  AddAgentMentions(s);
  AddNounMentions(s);
  FindPrepositions(s);
  GroupCompounds(s);
  AddAgentRoles(s);
}

// A group noun, or a personal pronoun that may stand for an actor ("He
// refused to step down").
bool HasAgentWord(const Sent& s) {
  for (size_t k = s.tb; k < s.te; ++k) {
    const std::string& w = s.w(k);
    if (s.d.agents.count(w) || w == "he" || w == "she" || w == "they" || w == "we") return true;
  }
  return false;
}

// ---- matching --------------------------------------------------------------

struct Match {
  const Pattern* p = nullptr;
  size_t head = 0, last = 0;          // first and last matched token
  std::vector<size_t> tokens;         // matched literal tokens
  std::vector<size_t> slot_tokens;    // token after which each slot was found
  std::optional<size_t> target_mention, source_mention;
  bool passive = false;
};

const Mention* MentionStartingNear(const Sent& s, size_t from, size_t max_distance) {
  for (const Mention& m : s.mentions) {
    if (m.tb < from) continue;
    if (m.tb - from > max_distance) return nullptr;
    for (size_t k = from; k < m.tb; ++k) {  // "doses donated by China": an agent, not the target
      if (s.is_punct(k) || IsBoundary(s.w(k)) || s.w(k) == "by") return nullptr;
      if (s.w(k) == "to" && k + 1 < m.tb && s.d.by_head.count(s.w(k + 1)))
        return nullptr;  // "urged both sides to release hostages": the object of another verb
    }
    return &m;
  }
  return nullptr;
}

size_t IndexOf(const Sent& s, const Mention* m) { return static_cast<size_t>(m - s.mentions.data()); }

bool IsCurrency(const std::string& w) {
  return w.starts_with("$") || w.starts_with("\u20ac") || w.starts_with("\u00a3");
}

bool IsQuote(const std::string& w) {
  return w == "\"" || w == "\u201c" || w == "\u201d" || w == "'" || w == "\u2018" || w == "\u2019" || w == "``" ||
         w == "''";
}

// A word of a noun phrase that does not count toward the gap between
// pattern words: an amount or a hyphenated modifier.
bool IsFreeInGap(const Sent& s, size_t tok) {
  const std::string& w = s.w(tok);
  if (IsQuote(w)) return true;  // 'threatened to take "strong countermeasures"'
  // "a new batch of", "a fresh round of", "a large shipment of": a quantity and its "of"
  static const char* const kQuantities[] = {"batch", "batches", "shipment", "shipments", "consignment",
                                            "consignments", "round", "wave", "package", "tranche", "series",
                                            "set", "group", "number", "handful", "cargo", "convoy"};
  auto quantity = [&](size_t k) {
    for (const char* q : kQuantities)
      if (s.w(k) == q) return true;
    return false;
  };
  if (w == "of" && tok > s.tb && quantity(tok - 1)) return true;
  if (tok + 1 < s.te && s.w(tok + 1) == "of" && quantity(tok)) return true;
  if (IsCurrency(w) || w == "%" || w == "million" || w == "billion" || w == "trillion") return true;
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  size_t h = w.find('-');
  return h != std::string::npos && h > 0 && h + 1 < w.size() && !s.t.tokens[tok].has(kCapitalized);
}

// A determiner, number or name opening a noun phrase.
bool StartsObject(const Sent& s, size_t tok) {
  static const char* const kWords[] = {"the", "a", "an", "its", "their", "his", "her", "some", "more", "two",
                                       "three", "dozens", "hundreds", "thousands", "several", "another"};
  const std::string& w = s.w(tok);
  if (s.t.tokens[tok].kind == TokenKind::kNumber || (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))))
    return true;
  if (s.t.tokens[tok].has(kCapitalized) || IsCurrency(w)) return true;
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// "was stabbed to death in Tbilisi": a passive participle, whose subject is
// the target, so a pattern's closing "+" may stay empty.
bool PassiveHead(const Sent& s, size_t head) {
  if (!s.d.participles.count(s.w(head))) return false;
  for (size_t back = 1; back <= 2 && head >= s.tb + back; ++back)
    if (s.d.be_forms.count(s.w(head - back))) return true;
  return false;
}

// A later pattern word matches itself, its plural in -s or its singular
// ("carry out airstrike" matches "carried out airstrikes", "fire missiles"
// "fired a missile").
bool WordMatches(const std::string& w, const std::string& pw) {
  if (w.size() == pw.size()) return w == pw;
  if (w.size() == pw.size() + 1) return w.back() == 's' && w.compare(0, pw.size(), pw) == 0;
  return pw.size() > 4 && w.size() + 1 == pw.size() && pw.back() == 's' && pw.compare(0, w.size(), w) == 0;
}

bool TryMatch(const Sent& s, const Pattern& p, size_t head, Match* out) {
  Match m;
  m.p = &p;
  m.head = head;
  m.tokens.push_back(head);
  size_t pos = head + 1;
  for (size_t i = 1; i < p.words.size(); ++i) {
    const std::string& pw = p.words[i];
    if (pw == "+" || pw == "$") {
      size_t limit = i + 1 == p.words.size() ? kMaxTargetDistance : 2;
      const Mention* a = MentionStartingNear(s, pos, limit);
      bool place = a && (a->prep == "in" || a->prep == "at" || a->prep == "near");
      if (!a || (pw == "+" && place && !(i > 0 && p.words[i - 1] == a->prep))) {
        if (pw == "+" && i + 1 == p.words.size() && PassiveHead(s, head)) break;
        return false;
      }
      (pw == "+" ? m.target_mention : m.source_mention) = IndexOf(s, a);
      pos = a->te;
      continue;
    }
    // Before a preposition only a prepositional phrase, an adverb or the
    // verb's object may intervene: "gathered in Geneva for talks", "charged
    // the former mayor with", not "trade tensions with".
    // A past tense right before its object is a verb: "imported diesel from".
    bool past_verb = i == 1 && !p.literal_head && s.w(head).ends_with("ed") && head > s.tb &&
                     !IsDeterminer(s.w(head - 1)) && !IsPreposition(s.w(head - 1)) && !s.d.be_forms.count(s.w(head - 1));
    bool loose = !IsPreposition(pw) || (pos < s.te && (IsPreposition(s.w(pos)) || s.w(pos).ends_with("ly") ||
                                                      StartsObject(s, pos) || past_verb));
    // In a long noun phrase, amounts ("$400 million", "6 billion") and
    // hyphenated modifiers ("anti-tank", "search-and-rescue") are free:
    // "froze about 6 billion euros in cohesion funds" matches "freeze funds".
    size_t gap = 0, free_words = 0, max_gap = loose ? kMaxGap : 0;
    while (pos < s.te && !WordMatches(s.w(pos), pw) && gap < max_gap &&
           (!s.is_punct(pos) || IsCurrency(s.w(pos)) || s.w(pos) == "%" || IsQuote(s.w(pos)))) {
      if (free_words < kMaxGap && IsFreeInGap(s, pos)) ++free_words;
      else ++gap;
      ++pos;
    }
    if (pos >= s.te || !WordMatches(s.w(pos), pw)) return false;
    m.tokens.push_back(pos++);
  }
  m.last = pos - 1;
  *out = std::move(m);
  return true;
}

std::vector<Match> FindMatches(const Sent& s) {
  std::vector<Match> all;
  for (size_t k = s.tb; k < s.te; ++k) {
    auto it = s.d.by_head.find(s.w(k));
    if (it == s.d.by_head.end()) continue;
    for (uint32_t id : it->second) {
      Match m;
      if (TryMatch(s, s.d.patterns[id], k, &m)) all.push_back(std::move(m));
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
    if (a.tokens.size() != b.tokens.size()) return a.tokens.size() > b.tokens.size();
    if (a.head != b.head) return a.head < b.head;
    return a.target_mention.has_value() > b.target_mention.has_value();  // "arrest X" before "arrest"
  });
  return all;
}

// ---- modality ----------------------------------------------------------------

bool PhraseEndsAt(const Sent& s, const events::PhraseList& list, size_t end) {  // phrase occupies [.., end)
  for (const auto& ph : list) {
    if (ph.size() > end - s.tb) continue;
    size_t b = end - ph.size();
    bool ok = true;
    for (size_t i = 0; ok && i < ph.size(); ++i) ok = s.w(b + i) == ph[i];
    if (ok) return true;
  }
  return false;
}

bool PhraseBefore(const Sent& s, const events::PhraseList& list, size_t head) {
  for (size_t back = 0; back <= 2 && head >= s.tb + back; ++back) {
    size_t end = head - back;
    if (PhraseEndsAt(s, list, end)) return true;
    if (end > s.tb && s.is_punct(end - 1)) break;
  }
  return false;
}

enum class Mode { kAssert, kCancel, kRefuse, kThreat, kIntend };

// "denied that its forces had used chemical weapons": the act of a clause
// after "denied that" did not happen as far as the speaker says; the denial
// itself codes (016 "deny that", deny responsibility).
bool InDeniedClause(const Sent& s, size_t head) {
  for (size_t k = head; k > s.tb + 1 && head - k < 10; --k) {
    const std::string& w = s.w(k - 1);
    if (s.is_punct(k - 1) || (IsBoundary(w) && w != "that")) return false;
    if (w == "that") {
      const std::string& v = s.w(k - 2);
      return v == "deny" || v == "denied" || v == "denies" || v == "denying";
    }
  }
  return false;
}

bool PhraseStartsAt(const Sent& s, const events::PhraseList& list, size_t b) {
  for (const auto& ph : list) {
    if (ph.size() > s.te - b) continue;
    bool ok = true;
    for (size_t i = 0; ok && i < ph.size(); ++i) ok = s.w(b + i) == ph[i];
    if (ok) return true;
  }
  return false;
}

size_t BeforeAuxiliaries(const Sent& s, size_t k, bool be);

// "would retaliate if attacked", "if Kyiv attacked", "each time Israeli
// forces bombed": a verb in a clause that a condition opens, right before
// it or before its subject, is no act.
bool InCondition(const Sent& s, size_t head) {
  for (size_t end = head; end > s.tb && head - end < 2; --end)
    if (PhraseEndsAt(s, s.d.threat_conditions, end)) return true;
  size_t k = BeforeAuxiliaries(s, head, true);
  for (const Mention& m : s.mentions)
    if (m.te == k) k = m.tb;
  while (k > s.tb && (s.w(k - 1) == "the" || IsRegionWord(s.w(k - 1)))) --k;
  return k > s.tb && k < head && PhraseEndsAt(s, s.d.threat_conditions, k);
}

Mode ModeOf(const Sent& s, size_t head) {
  if (InCondition(s, head)) return Mode::kCancel;
  if (PhraseBefore(s, s.d.negation, head)) return Mode::kCancel;
  if (InDeniedClause(s, head)) return Mode::kCancel;
  if (PhraseBefore(s, s.d.refusal, head)) return Mode::kRefuse;
  if (PhraseBefore(s, s.d.threat, head)) return Mode::kThreat;
  if (PhraseBefore(s, s.d.intention, head)) return Mode::kIntend;
  if (PhraseBefore(s, s.d.condition, head)) return Mode::kCancel;
  return Mode::kAssert;
}

// "would put the army on alert if ...", "could close the strait unless
// ...": a conflict act under "would"/"could" with a condition after it is
// a threat. The verb of the condition itself ("if Kyiv attacked") is not.
bool ConditionalThreat(const Sent& s, size_t verb_start, size_t last) {
  for (size_t end = verb_start; end > s.tb && verb_start - end < 3; --end)
    if (PhraseEndsAt(s, s.d.threat_conditions, end)) return false;
  if (!PhraseBefore(s, s.d.intention, verb_start) && !PhraseBefore(s, s.d.condition, verb_start)) return false;
  if (PhraseBefore(s, s.d.negation, verb_start)) return false;
  for (size_t k = last + 1; k < s.te && s.w(k) != ";"; ++k)
    if (PhraseStartsAt(s, s.d.threat_conditions, k)) return true;
  return false;
}

// The code a modality turns `code` into; empty: no event.
std::string ApplyMode(Mode mode, const std::string& code) {
  int root = std::stoi(code.substr(0, 2));
  switch (mode) {
    case Mode::kAssert: return code;
    case Mode::kCancel: return {};
    case Mode::kRefuse:
      return root == 4 ? "125" : (root == 6 || root == 7) ? "121" : root == 8 ? "124" : root <= 5 ? "120" : "";
    case Mode::kThreat:
      return root >= 18 || root == 15 ? "138" : root == 17 ? "137" : root == 16 ? "131"
             : root >= 10 || root == 8 ? "130" : "";  // "threatened to pull out of": a threat
    case Mode::kIntend:  // an intent to appeal or to protest is still one
      return root == 4 ? "036" : root == 5 ? "032" : root == 6 ? "031" : root == 7 ? "033" : root == 8 ? "035"
             : root >= 18 ? "138" : root == 17 ? "137" : root == 16 ? "131" : code;
  }
  return {};
}

// ---- actors ------------------------------------------------------------------

// A mention with no code is still an actor when it is a WordNet noun or a
// named person or organisation the lists do not know ("Kenya's Law
// Society", "Doctors Without Borders").
Actor ActorOf(const Mention& m) {
  bool named = m.entity && (m.entity->type == "PERSON" || m.entity->type == "ORG");
  bool organisation = m.organisation || (m.entity && m.entity->type == "ORG");
  return {m.code, m.name, m.country, !m.code && (!m.entity || named), organisation, !m.code && !m.entity};
}

std::vector<Actor> GroupOf(const Sent& s, size_t mi) {
  std::vector<Actor> out;
  for (const Mention& m : s.mentions)
    if (m.group == s.mentions[mi].group) out.push_back(ActorOf(m));
  return out;
}

bool SubjectPreposition(const Mention& m) { return m.prep.empty() || m.prep == "of"; }

// The nearest mention before `verb` in the same clause, outside
// prepositional phrases; "X, who ..." reaches back over "who".
std::optional<size_t> Subject(const Sent& s, size_t verb, int depth = 0);

// "X met Y and praised Z": the second verb shares the first one's subject.
std::optional<size_t> CoordinatedSubject(const Sent& s, size_t verb, int depth, bool* coordinated) {
  *coordinated = false;
  if (depth > 1 || verb < s.tb + 2 || s.w(verb - 1) != "and") return std::nullopt;
  for (size_t k = verb - 1; k > s.tb && verb - k < kMaxSubjectDistance; --k) {
    if (s.is_punct(k - 1) && s.w(k - 1) != ",") return std::nullopt;
    if (IsBoundary(s.w(k - 1))) return std::nullopt;
    if (!s.t.tokens[k - 1].has(kCapitalized) && (s.d.by_head.count(s.w(k - 1)) || s.d.speech.count(s.w(k - 1)))) {
      *coordinated = true;
      return Subject(s, k - 1, depth + 1);
    }
  }
  return std::nullopt;
}

std::optional<size_t> Subject(const Sent& s, size_t verb, int depth) {
  bool coordinated = false;
  std::optional<size_t> shared = CoordinatedSubject(s, verb, depth, &coordinated);
  if (coordinated) return shared;
  size_t boundary = s.tb;
  for (size_t k = verb; k > s.tb && verb - k < kMaxSubjectDistance; --k) {
    const std::string& w = s.w(k - 1);
    if (IsBoundary(w)) {
      boundary = k;
      if (w == "who" && k >= s.tb + 2) boundary = k - 2;
      if (w == "who" || w == "which") {  // "the European Union, which has imposed": the union did
        size_t p = k - 1;
        if (p > s.tb && s.w(p - 1) == ",") --p;
        bool main_verb = false;  // "gunmen who kidnapped 25 schoolgirls have freed them": the gunmen freed
        for (size_t j = k; j < verb && !main_verb; ++j)
          main_verb = !s.t.tokens[j].has(kCapitalized) && (s.d.by_head.count(s.w(j)) || s.d.speech.count(s.w(j)));
        for (size_t i = 0; i < s.mentions.size(); ++i)
          if (s.mentions[i].te == p) {
            if (main_verb) return i;
            boundary = s.mentions[i].tb;
          }
      }
      break;
    }
  }
  for (size_t i = s.mentions.size(); i-- > 0;) {
    const Mention& m = s.mentions[i];
    if (m.te > verb) continue;
    if (m.tb < boundary || verb - m.te > kMaxSubjectDistance) break;
    if (!SubjectPreposition(m)) continue;
    if (m.prep == "of" && i > 0 && s.mentions[i - 1].te < m.tb && s.w(s.mentions[i - 1].te) == "of" &&
        !s.mentions[i - 1].entity && s.mentions[i - 1].code)
      continue;  // "opponents of the government": the opponents are the subject
    // "Nepal's prime minister, KP Sharma Oli, resigned": an apposition's name
    // without a code stands for the coded phrase before it.
    if (!m.code && i > 0 && m.tb >= s.tb + 1 && s.w(m.tb - 1) == "," && s.mentions[i - 1].te + 1 == m.tb &&
        s.mentions[i - 1].code && m.te < s.te && s.w(m.te) == ",")
      return i - 1;
    // The leftmost member of a compound is where its group starts.
    size_t j = i;
    while (j > 0 && s.mentions[j - 1].group == m.group) --j;
    if (!s.mentions[j].code && j > 0 && s.mentions[j - 1].code && s.mentions[j - 1].te == s.mentions[j].tb)
      --j;  // "the UN Human Rights Council": the UN's
    return j;
  }
  return std::nullopt;
}

// "both sides": the two most recent actors of different countries before `verb`.
std::vector<Actor> PairSubject(const Sent& s, size_t verb) {
  if (!PhraseBefore(s, s.d.pair, verb)) return {};
  std::vector<Actor> out;
  for (size_t i = s.mentions.size(); i-- > 0 && out.size() < 2;) {
    const Mention& m = s.mentions[i];
    if (m.te > verb || m.country.empty() || !m.code) continue;
    if (!out.empty() && out[0].country == m.country) continue;
    out.push_back(ActorOf(m));
  }
  return out.size() == 2 ? out : std::vector<Actor>{};
}

// Back from `k` over adverbs in -ly and "has"/"have"/"had" (and forms of
// "be" when `be`): "has repeatedly said", "were later".
size_t BeforeAuxiliaries(const Sent& s, size_t k, bool be) {
  while (k > s.tb + 1) {
    const std::string& w = s.w(k - 1);
    bool adverb = w.ends_with("ly") && !s.t.tokens[k - 1].has(kCapitalized);  // not "Italy"
    if (!adverb && w != "has" && w != "have" && w != "had" && !(be && s.d.be_forms.count(w))) break;
    --k;
  }
  return k;
}

// "Expressing his condolences to the families, Tsipras declared ...": a
// sentence that opens with a participle's clause has its subject after the
// comma that closes it.
std::optional<size_t> OpeningParticipleSubject(const Sent& s, const Match& m) {
  if (m.head != s.tb || !s.w(m.head).ends_with("ing")) return std::nullopt;
  size_t k = m.last + 1;
  while (k < s.te && k < m.last + 16 && s.w(k) != "," && !IsBoundary(s.w(k))) ++k;
  if (k >= s.te || s.w(k) != ",") return std::nullopt;
  size_t subject = k + 1 < s.te && s.w(k + 1) == "the" ? k + 2 : k + 1;
  for (size_t i = 0; i < s.mentions.size(); ++i)
    if (s.mentions[i].tb == subject) return i;
  return std::nullopt;
}

// "The rebels abducted ...": a group noun right before the verb is an
// actor with only a role code (REB, MIL, COP ...), as in GDELT.
std::optional<Actor> AgentSubject(const Sent& s, size_t verb) {
  verb = BeforeAuxiliaries(s, verb, false);  // "the prime minister formally apologised", "the army has shelled"
  if (verb == s.tb) return std::nullopt;
  auto it = s.d.agents.find(s.w(verb - 1));
  if (it == s.d.agents.end()) return std::nullopt;
  if (verb >= s.tb + 2 && IsPreposition(s.w(verb - 2))) return std::nullopt;
  return Actor{it->second, s.w(verb - 1), ""};
}

// The person "he"/"she" at `pronoun` refers to: the latest person with an
// actor code named before it, in its sentence or the two before.
std::optional<Actor> Antecedent(const Sent& s, size_t pronoun) {
  const Sentence& prev = s.t.sentences[s.index >= 2 ? s.index - 2 : 0];
  size_t from = s.t.tokens[prev.token_begin].start, to = s.t.tokens[pronoun].start;
  const Entity* best = nullptr;
  for (const Entity& e : s.a.entities)
    if (e.type == "PERSON" && e.actor && e.start >= from && e.start < to && (!best || e.start > best->start)) best = &e;
  if (!best) return std::nullopt;
  return Actor{best->actor, best->canonical, CountryOf(*best)};
}

bool StartsPhrase(const events::PhraseList& list, const std::string& w) {
  for (const auto& ph : list)
    if (!ph.empty() && ph[0] == w) return true;
  return false;
}

// A personal pronoun right before the verb: auxiliaries, adverbs and the
// words of modality may stand between ("he refused to step down").
bool PronounSubject(const Sent& s, size_t verb) {
  for (size_t k = verb; k > s.tb && verb - k < 5; --k) {
    const std::string& w = s.w(k - 1);
    if (w == "he" || w == "she" || w == "they" || w == "we") return true;
    bool aux = s.d.be_forms.count(w) || w == "had" || w == "has" || w == "have" || w.ends_with("ly") || w == "to" ||
               StartsPhrase(s.d.refusal, w) || StartsPhrase(s.d.threat, w) || StartsPhrase(s.d.intention, w);
    if (!aux) return false;
  }
  return false;
}

// "were kidnapped from a boarding school in Dapchi by suspected Boko Haram
// militants": the "by" of a passive, over a few prepositional phrases.
std::optional<Actor> PassiveAgent(const Sent& s, size_t after) {
  for (size_t k = after; k < s.te && k < after + 9; ++k) {
    if (s.w(k) == "by") {
      if (const Mention* m = MentionStartingNear(s, k + 1, 2)) return ActorOf(*m);
      return std::nullopt;
    }
    if (s.is_punct(k) || IsBoundary(s.w(k)) || s.w(k) == "and" || s.d.by_head.count(s.w(k))) return std::nullopt;
  }
  return std::nullopt;
}

bool IsPassive(const Sent& s, const Match& m) {
  if (m.p->literal_head || !s.d.participles.count(s.w(m.head))) return false;
  if (m.last == m.head && m.last + 1 < s.te && s.w(m.last + 1) == "by") return true;  // "doses donated by China"
  for (size_t back = 1; back <= 2 && m.head >= s.tb + back; ++back) {
    const std::string& w = s.w(m.head - back);
    if (back == 2 && (w == "'s" || w == "'re")) continue;  // "Argentina's president condemned"
    if (s.d.be_forms.count(w)) return true;
  }
  return false;
}

// The partner of the article's latest consultation involving `country`.
std::optional<Actor> ConsultPartner(const Article& a, const std::string& country) {
  size_t looked = 0;  // bounded: the antecedent is recent or absent
  for (auto it = a.events.rbegin(); it != a.events.rend() && looked++ < 64; ++it) {
    bool talks = it->code == "040" || it->code == "041" || it->code == "044" || it->code == "046";
    if (!talks || !it->source || !it->target) continue;
    if (it->source->compare(0, 3, country) == 0 && it->target->compare(0, 3, country) != 0)
      return Actor{it->target, std::nullopt, it->target->substr(0, 3)};  // named elsewhere, not here
  }
  return std::nullopt;
}

// ---- events ----------------------------------------------------------------

struct Coded {
  Actor source, target;
  std::string code;
  size_t start, end;  // evidence bytes
  const Entity* act_place = nullptr;  // "deported from the United States": where the act happened
};

void Emit(const Sent& s, std::vector<Coded>* out, const Actor& src, const Actor& tgt, const std::string& code,
          size_t tok_b, size_t tok_e) {
  if (code.empty() || (!src.code && !tgt.code && !src.uncoded)) return;
  if (src.code && tgt.code && *src.code == *tgt.code) return;
  out->push_back({src, tgt, code, s.t.tokens[tok_b].start, s.t.tokens[tok_e].end});
}

void EmitPairwise(const Sent& s, std::vector<Coded>* out, const std::vector<Actor>& group, const Match& m,
                  const std::string& code) {
  for (size_t i = 0; i < group.size(); ++i)
    for (size_t j = 0; j < group.size(); ++j)
      if (i != j && (group[i].country != group[j].country || group[i].country.empty() || group[i].code != group[j].code))
        Emit(s, out, group[i], group[j], code, m.head, m.last);  // "the government and the rebels", "police and protesters"
}

bool IsParticle(const std::string& w) {
  return w == "down" || w == "up" || w == "off" || w == "out" || w == "on" || w == "in" || w == "at" ||
         w == "near" || w == "into" || w == "onto";
}

bool IsDeterminer(const std::string& w) {
  static const char* const kWords[] = {"the", "a", "an", "its", "their", "his", "her", "our", "any", "this",
                                       "that", "these", "those", "new", "'s", "no", "every", "each"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// "on demand", "on strong demand": a preposition (not "to"), perhaps with
// one plain word between, before an uninflected verb makes it a noun.
bool AfterPreposition(const Sent& s, size_t head) {
  auto prep = [&](size_t k) { return s.w(k) != "to" && IsPreposition(s.w(k)); };
  if (head > s.tb && prep(head - 1)) return true;
  if (head < s.tb + 2 || s.is_punct(head - 1) || s.t.tokens[head - 1].has(kCapitalized)) return false;
  return !IsPatternWord(s, head - 1) && !s.d.agents.count(s.w(head - 1)) && prep(head - 2);
}

// A one-word pattern ("sanction", "attack") used as a noun: after a
// determiner ("the attack"), or a plural after a name ("U.S. sanctions").
// A verb's base form after a plain noun that no actor names and that
// follows a determiner or a name is the head of a compound noun ("the
// Sousse beach attack", "a suicide attack"), not a verb ("rebels attack").
bool CompoundNoun(const Sent& s, size_t head) {
  const std::string& p = s.w(head - 1);
  if (s.t.tokens[head - 1].has(kCapitalized) || s.is_punct(head - 1) || !s.d.IsNoun(p) || FunctionWord(p) ||
      s.d.by_head.count(p) || s.d.speech.count(p) || s.d.be_forms.count(p) || s.d.agents.count(p) ||
      s.d.actor_nouns.count(p) || p.ends_with("s") || p.ends_with("ly"))
    return false;
  for (const Mention& m : s.mentions)
    if (m.tb <= head - 1 && head - 1 < m.te) return false;
  const std::string& b = s.w(head - 2);
  return IsDeterminer(b) || IsName(s, head - 2);  // "Masked men beat": a sentence's first word is no name
}

bool NounUse(const Sent& s, const Match& m) {
  if (m.p->literal_head) return false;
  const std::string& head = s.w(m.head);
  bool after_determiner = m.head > s.tb && IsDeterminer(s.w(m.head - 1));
  if (after_determiner && head.ends_with("ed")) return true;  // "the armed forces": an adjective
  if (head.ends_with("ed") && m.head > s.tb && IsNumber(s, m.head - 1) && m.head + 1 < s.te &&
      !s.is_punct(m.head + 1) && !IsPreposition(s.w(m.head + 1)) && !FunctionWord(s.w(m.head + 1)))
    return true;  // "rescued 20 kidnapped passengers": an adjective; not "20 killed in
  if (head.ends_with("ed") && m.p->words.size() == 1 && m.head > s.tb && IsPreposition(s.w(m.head - 1)) &&
      m.head + 1 < s.te && !s.is_punct(m.head + 1) && !IsPreposition(s.w(m.head + 1)) &&
      !IsDeterminer(s.w(m.head + 1)))
    return true;  // "sold equipment to sanctioned entities"
  if (after_determiner && head.ends_with("ing")) return true;  // "the killing of": a noun
  if (head.ends_with("ing") && m.head + 1 < s.te && (s.w(m.head + 1) == "vehicle" || s.w(m.head + 1) == "vehicles"))
    return true;  // "infantry fighting vehicles": a kind of vehicle
  if (head.ends_with("s") && head != m.p->words[0] && m.head > s.tb + 1 && s.w(m.head - 1).ends_with("ing") &&
      (IsPreposition(s.w(m.head - 2)) || IsDeterminer(s.w(m.head - 2))))
    return true;  // "to polling stations", "the training camps": a noun
  if (head.ends_with("ing") && m.head > s.tb && IsName(s, m.head - 1)) {  // "next week's World Economic Forum meeting": a noun
    size_t b = m.head - 1;
    while (b > s.tb + 1 && IsName(s, b - 1)) --b;
    if (b > s.tb && IsDeterminer(s.w(b - 1))) return true;
  }
  if (after_determiner && m.head + 1 < s.te && s.w(m.head + 1) == "of") return true;  // "the arrest of"
  if (head == m.p->words[0] && m.head + 1 < s.te && s.d.participles.count(s.w(m.head + 1)) &&
      !s.d.be_forms.count(s.w(m.head + 1)))
    return true;  // "an IED blast killed": the verb is the next word
  if (head == m.p->words[0] && m.head + 2 < s.te && s.w(m.head + 1).ends_with("ed") &&
      !s.d.be_forms.count(s.w(m.head + 1)) && IsParticle(s.w(m.head + 2)))
    return true;  // "the lunar probe touched down": a past verb and its particle come next
  if (head == m.p->words[0] && m.head + 2 < s.te && s.d.agents.count(s.w(m.head + 1)) &&
      (s.d.speech.count(s.w(m.head + 2)) || IsPatternWord(s, m.head + 2)))
    return true;  // "rescue officials said", "protest leaders asked": a group's trade
  if (head == m.p->words[0] && m.head > s.tb && (s.w(m.head - 1) == "a" || s.w(m.head - 1) == "an"))
    return true;  // "told supporters at a rally in Kumasi": a noun, whatever follows
  if (head == m.p->words[0] && m.head > s.tb + 1 && CompoundNoun(s, m.head)) return true;  // "the beach attack"
  if (m.p->words.size() != 1) return false;
  if (m.head > s.tb && IsDeterminer(s.w(m.head - 1))) return true;
  if (head == m.p->words[0] && AfterPreposition(s, m.head)) return true;  // "on strong demand for"
  const std::string& w = s.w(m.head);
  return w.size() > m.p->words[0].size() && w.back() == 's' && m.p->words[0].back() != 's';
}

bool SameActors(const std::vector<Actor>& a, const std::vector<Actor>& b) {
  for (const Actor& x : a)
    for (const Actor& y : b)
      if (!x.code || !y.code || *x.code != *y.code) return false;
  return true;
}

// "threatened to bomb": the verb of a modality phrase is no event itself
// when the verb after it codes one (with the modality's code); a pattern
// ending in "that" ("warn that", 012) gives way to a shorter one ("warn",
// 130) when a threat follows ("warned that it would retaliate").
bool InnerVerbCodes(const Sent& s, size_t verb) {
  if (verb >= s.te) return false;
  auto it = s.d.by_head.find(s.w(verb));
  if (it == s.d.by_head.end()) return false;
  for (uint32_t id : it->second) {  // "promised to restore funding": no pattern of "restore" matches, the promise codes
    Match inner;
    if (TryMatch(s, s.d.patterns[id], verb, &inner)) return true;
  }
  return false;
}

bool ModalityVerb(const Sent& s, const Match& m) {
  auto modal_at = [&](size_t verb) {
    return InnerVerbCodes(s, verb) && (PhraseEndsAt(s, s.d.threat, verb) || PhraseEndsAt(s, s.d.refusal, verb) ||
                                       PhraseEndsAt(s, s.d.intention, verb));
  };
  const std::string& last = m.p->words.back();
  if (last == "to") return modal_at(m.last + 1);  // "vow to"
  bool bare = m.p->literal_count() == 1 && m.head + 1 < s.te;
  if (bare && s.w(m.head + 1) == "to") return modal_at(m.head + 2);  // "threaten + to"
  if (last == "that")  // "warned that it would retaliate": not "warn that" (012) but the threat
    for (size_t k = m.last + 1; k < s.te && k < m.last + 4; ++k)
      if (modal_at(k)) return true;
  return false;
}

// Assault, fighting, mass violence, and violent riots ("set fire to").
bool IsViolence(const std::string& code) {
  return code.size() >= 2 && (code.compare(0, 2, "18") >= 0 || code.starts_with("145"));
}

enum class Perpetrator { kNone, kBlast, kUnnamed };

// The subject names an attacker without naming who ("gunmen", "armed men")
// or a weapon ("a car bomb"): a perpetrator word in the clause before the
// verb, with no actor there. An explosion alone is kBlast: it may be an
// accident.
Perpetrator UnknownPerpetrator(const Sent& s, size_t verb) {
  bool blast = false;
  for (size_t k = verb; k > s.tb && verb - k < 16; --k) {
    const std::string& w = s.w(k - 1);
    if (IsBoundary(w) || (s.is_punct(k - 1) && w != ",")) break;
    const std::string& next = s.w(k);  // "a bomb disposal unit", "a bomb scare": no weapon used
    bool compound = next == "disposal" || next == "squad" || next == "scare" || next == "threat" || next == "shelter";
    if (s.d.perpetrators.count(w) && !compound) return Perpetrator::kUnnamed;
    blast |= s.d.blasts.count(w) > 0;
  }
  return blast ? Perpetrator::kBlast : Perpetrator::kNone;
}

// Police, soldiers, officials, courts, lawmakers: an explosion that hits
// them is an attack, not an accident.
bool IsStateActor(const Actor& a) {
  static const char* const kRoles[] = {"COP", "MIL", "GOV", "JUD", "LEG", "SPY"};
  if (!a.code || a.code->size() < 3) return false;
  for (const char* r : kRoles)
    if (a.code->ends_with(r)) return true;
  return false;
}

// The first actor after `from` in its clause, or the place named there.
const Mention* MentionAfter(const Sent& s, size_t from) {
  for (const Mention& m : s.mentions) {
    if (m.tb < from || !m.code) continue;
    for (size_t k = from; k < m.tb; ++k)
      if (IsBoundary(s.w(k)) || s.w(k) == "by") return nullptr;
    return &m;
  }
  return nullptr;
}

// "urged both sides to release hostages": what an appeal asks for has not
// happened; the appeal is the event. Nor has what a law or a deal would
// permit ("would allow the government to shut down outlets").
bool AppealContent(const Sent& s, size_t verb) {
  if (verb < s.tb + 2 || s.w(verb - 1) != "to") return false;
  for (size_t k = verb - 1; k > s.tb && verb - k < 8; --k) {
    const std::string& w = s.w(k - 1);
    if (IsBoundary(w) || (s.is_punct(k - 1) && w != ",")) return false;
    if (s.d.appeals.count(w) || s.d.permissions.count(w)) return true;
  }
  return false;
}

// "attacked the Federal Reserve on Twitter", "attacked the plan in a
// speech": force used through a medium of speech is criticism (111).
bool VerbalMedium(const Sent& s, size_t after) {
  for (size_t k = after; k + 1 < s.te && k < after + 8; ++k) {
    const std::string& w = s.w(k);
    if ((s.is_punct(k) && w != ",") || IsBoundary(w)) return false;
    if (w != "on" && w != "in") continue;
    for (size_t j = k + 1; j < s.te && j < k + 4 && !s.is_punct(j); ++j)
      if (s.d.verbal_media.count(s.w(j))) return true;
  }
  return false;
}

// "A fire at a factory in Karachi killed 19 workers", "an earthquake
// struck Italy, killing 12": a hazard named before a violent verb, with
// nothing but places between them, is what killed; no actor did.
// "Israeli fire", "sniper fire", "heavy fire": a word before "fire" that is
// no article, number or size makes it a weapon; before other hazards only
// a name, a weapon or a group noun does ("Russian storm troops").
bool HazardWord(const Sent& s, size_t h) {
  static const char* const kSizes[] = {"massive", "huge", "deadly", "powerful", "major", "large", "big",
                                       "devastating", "severe", "strong", "torrential", "raging", "fierce"};
  if (!s.d.hazards.count(s.w(h))) return false;
  if (h == s.tb) return true;
  const std::string& w = s.w(h - 1);
  if (IsDeterminer(w) || IsNumber(s, h - 1) || s.d.hazards.count(w)) return true;
  for (const char* k : kSizes)
    if (w == k) return true;
  if (s.w(h) == "fire" || s.w(h) == "fires") return false;
  return !s.t.tokens[h - 1].has(kCapitalized) && !s.d.perpetrators.count(w) && !IsPatternWord(s, h - 1) &&
         !s.d.agents.count(w);
}

bool HazardCause(const Sent& s, size_t verb) {
  for (size_t k = verb; k > s.tb; --k) {
    if (!HazardWord(s, k - 1)) continue;
    for (const Mention& m : s.mentions)
      if (m.tb >= k && m.te <= verb && !(m.entity && m.entity->type == "PLACE")) return false;
    return true;
  }
  return false;
}

// "killed in a helicopter crash", "died in the fire": what killed is
// named right after the verb, and it is a hazard, not an actor.
bool HazardAfter(const Sent& s, size_t after) {
  if (after >= s.te || (s.w(after) != "in" && s.w(after) != "by")) return false;
  for (size_t k = after + 1; k < s.te && k < after + 5; ++k) {
    if (HazardWord(s, k)) return true;
    if (s.is_punct(k) || IsBoundary(s.w(k))) return false;
  }
  return false;
}

// "hit by slumping demand", "struck by lightning": a passive of force
// whose "by" names no actor, no weapon and no attacker is no attack.
bool ThingAgent(const Sent& s, size_t after) {
  if (after >= s.te || s.w(after) != "by" || MentionStartingNear(s, after + 1, 2)) return false;
  for (size_t k = after + 1; k < s.te && k < after + 5; ++k) {
    const std::string& w = s.w(k);
    if (s.is_punct(k) || IsBoundary(w)) break;
    if (s.d.perpetrators.count(w) || s.d.blasts.count(w) || s.d.agents.count(w) || IsName(s, k)) return false;
  }
  return true;
}

// "battle wildfires", "fight the blaze": a hazard as what is fought.
bool HazardObject(const Sent& s, size_t after) {
  for (size_t k = after; k < s.te && k < after + 3; ++k) {
    if (s.d.hazards.count(s.w(k))) return true;
    if (!IsDeterminer(s.w(k)) && s.w(k) != "raging" && s.w(k) != "forest") return false;
  }
  return false;
}

bool OnlyCivilians(const std::vector<Actor>& actors) {
  for (const Actor& a : actors)
    if (!a.code || !a.code->ends_with("CVL")) return false;
  return !actors.empty();
}

bool OnlyBusiness(const std::vector<Actor>& actors) {
  if (actors.empty()) return false;
  for (const Actor& a : actors)
    if (!a.code || !a.code->ends_with("BUS")) return false;
  return true;
}

Actor UnnamedActor() {  // "he", with no one named before
  Actor a;
  a.uncoded = true;
  return a;
}

bool UncodedOnly(const std::vector<Actor>& actors) {
  if (actors.empty()) return false;
  for (const Actor& a : actors)
    if (a.code || !a.uncoded) return false;
  return true;
}

// A speaker no list codes whose statement is still news: a named person, a
// body named by a noun or its officer ("the ruling party's
// secretary-general"), or a "he" with no one named before; not a common
// noun for a person ("the coach"), nor a crowd, nor a name no list knows of
// an organisation (a statistics office, a weather service).
bool UnknownSpeaker(const Actor& a) {
  if (!a.uncoded) return false;
  if (!a.name) return true;
  return a.noun ? a.organisation : !a.organisation;
}

// People named only by a common noun ("the bride and groom"): private
// persons, whose meetings are no political event.
bool PrivatePersons(const std::vector<Actor>& actors) {
  for (const Actor& a : actors)
    if (!a.noun || a.organisation) return false;
  return !actors.empty();
}

// A mention ends right before the verb, auxiliaries and adverbs aside.
bool AdjacentSubject(const Sent& s, size_t verb) {
  size_t k = BeforeAuxiliaries(s, verb, true);
  bool head_between = k > s.tb + 1 && !s.is_punct(k - 1) && !FunctionWord(s.w(k - 1));  // "an IED blast killed"
  for (const Mention& m : s.mentions)
    if (m.te == k || (head_between && m.te == k - 1)) return true;
  return false;
}

// "warned that Israel would pay a heavy price", "warned that any attack
// would be met with rocket strikes": a warning of force or its cost is a
// threat (130); "warned that inflation could stay high" a pessimistic comment.
bool ThreatContent(const Sent& s, size_t from) {
  for (size_t k = from; k < s.te && k < from + 20; ++k) {
    const std::string& w = s.w(k);
    if (w == ";" || (k > from && IsBoundary(w) && w != "that")) break;
    if (s.d.threat_content.count(w)) return true;
    const std::string& prev = k > s.tb ? s.w(k - 1) : w;  // "above target", "the strike": nouns
    bool noun = k > s.tb && (IsDeterminer(prev) || IsPreposition(prev) || prev == "above" || prev == "below");
    if (s.d.conflict_heads.count(w) && !noun) return true;
  }
  return false;
}

// "Ethiopia and Eritrea, which have fought a border war, ...": violence in
// the perfect in a clause set off by ", which" or ", who" is the actors'
// history, not news (a policy in force, "which has imposed sanctions",
// still codes).
bool BackgroundRelative(const Sent& s, size_t verb) {
  bool perfect = false;
  size_t k = verb;
  for (; k > s.tb + 2; --k) {
    const std::string& w = s.w(k - 1);
    bool have = w == "has" || w == "have" || w == "had";
    if (!have && !s.d.be_forms.count(w) && !(w.ends_with("ly") && !s.t.tokens[k - 1].has(kCapitalized))) break;
    perfect |= have;
  }
  return perfect && (s.w(k - 1) == "which" || s.w(k - 1) == "who") && s.w(k - 2) == ",";
}

// "no soldier will be deployed", "no civilians were hurt": a subject
// that "no" opens, before the verb's auxiliaries, denies the act.
bool NoSubject(const Sent& s, size_t verb) {
  static const char* const kAux[] = {"will", "would", "can", "could", "shall", "should", "may", "might",
                                     "has", "have", "had", "be", "been", "being"};
  size_t k = verb;
  while (k > s.tb) {
    const std::string& w = s.w(k - 1);
    bool aux = s.d.be_forms.count(w) > 0;
    for (const char* a : kAux) aux |= w == a;
    if (!aux) break;
    --k;
  }
  for (size_t words = 0; k > s.tb && words < 3; --k, ++words) {
    const std::string& w = s.w(k - 1);
    if (w == "no") return words > 0;
    if (s.is_punct(k - 1) || IsPreposition(w) || IsDeterminer(w) || IsPatternWord(s, k - 1)) return false;
  }
  return false;
}

// "kidnappers of the priest abducted in Ikot Ekpene demanded ...": a past
// participle right after the object of a preposition, before another
// preposition, describes that object (what was done to it, by someone
// unnamed); the sentence's news is its main verb.
bool ReducedRelative(const Sent& s, const Match& m) {
  const std::string& w = s.w(m.head);
  if (m.p->literal_head || !w.ends_with("ed") || m.head + 1 >= s.te || !IsPreposition(s.w(m.head + 1)) ||
      s.w(m.head + 1) == "by")
    return false;
  bool object = false;  // not "thousands of students marched": a crowd acts
  for (const Mention& o : s.mentions) object |= o.te == m.head && !o.prep.empty() && !AfterCrowdWord(s, o.tb);
  if (!object) return false;
  for (size_t k = m.last + 1; k < s.te; ++k) {  // the main verb comes later: "... have demanded"
    const std::string& v = s.w(k);
    if (s.is_punct(k) || IsBoundary(v)) return false;
    if (v == "has" || v == "have" || v == "had" || v == "will" || v == "would" || (s.d.be_forms.count(v) && v != "'s"))
      return true;
  }
  return false;
}

bool CodeMatch(Sent& s, const Match& m, std::vector<Coded>* out) {
  const Pattern& p = *m.p;
  if (NounUse(s, m) || ModalityVerb(s, m)) return false;
  if (AppealContent(s, m.head)) return true;
  // "accused Colombia of harbouring rebels": an allegation, not an event.
  if (m.head > s.tb && s.w(m.head - 1) == "of" && s.w(m.head).ends_with("ing")) return false;
  bool passive = IsPassive(s, m);
  size_t verb_start = passive ? m.head - 1 : m.head;
  while (passive && verb_start > s.tb && s.d.be_forms.count(s.w(verb_start - 1))) --verb_start;
  if ((IsViolence(p.code) && BackgroundRelative(s, verb_start)) || NoSubject(s, verb_start))
    return true;  // claimed, no act
  if (!passive && ReducedRelative(s, m)) return true;
  Mode mode = ModeOf(s, verb_start);
  if (std::stoi(p.code.substr(0, 2)) >= 14 && ConditionalThreat(s, verb_start, m.last)) mode = Mode::kThreat;
  std::string code = ApplyMode(mode, p.code);
  if (code == "012" && p.words.back() == "that" && ThreatContent(s, m.last + 1)) code = "130";
  std::string code2 = p.code2.empty() ? "" : ApplyMode(mode, p.code2);
  if (code.empty()) return true;  // cancelled: the words are still claimed
  if (IsViolence(code) && HazardAfter(s, m.last + 1)) return s.hazard = true, false;
  if (IsViolence(code) && VerbalMedium(s, m.last + 1)) code = "111", code2.clear();
  bool reciprocal = p.reciprocal && code == p.code;  // "prepared to meet X": only the subject intends
  if (code != p.code) code2.clear();

  std::vector<Actor> sources, targets;
  if (m.target_mention) targets = GroupOf(s, *m.target_mention);
  if (m.source_mention) {
    sources = GroupOf(s, *m.source_mention);
    if (auto subj = Subject(s, verb_start)) targets = GroupOf(s, *subj);
  } else if (p.literal_head) {
    for (const Mention& mn : s.mentions)  // "Israeli airstrikes"
      if (mn.te == m.head && mn.code) sources = {ActorOf(mn)};
    size_t k = m.head;
    if (k > s.tb && s.w(k - 1) != "'s") --k;  // one adjective: "Zelenskyy's first visit"
    if (sources.empty() && k > s.tb + 1 && s.w(k - 1) == "'s")
      for (size_t i = 0; i < s.mentions.size(); ++i)
        if (s.mentions[i].te == k - 1) sources = {ActorOf(s.mentions[i])};
    if (sources.empty())  // "a visit to Cairo by Marco Rubio", "a protest by farmers"
      if (auto agent = PassiveAgent(s, p.words.back() == "by" ? m.last : m.last + 1)) sources = {*agent};
    // "forces were placed on high alert", "a delegation is in Addis Ababa for consultations with"
    if (sources.empty() && m.head > s.tb && (s.w(m.head - 1) == "on" || (s.w(m.head - 1) == "for" && p.reciprocal)))
      if (auto subj = Subject(s, m.head)) sources = GroupOf(s, *subj);
    if (sources.empty() && targets.empty() && code.starts_with("17"))  // "a curfew was imposed in Manipur"
      if (const Mention* place = MentionAfter(s, m.last + 1); place && place->code && place->tb < m.last + 7) {
        bool in = false;  // "in Kano", "in several districts of Manipur"
        for (size_t k = m.last + 1; k < place->tb; ++k) in |= s.w(k) == "in";
        if (in) sources = {Actor{}}, targets = {ActorOf(*place)};
      }
    if (sources.empty() && !(p.reciprocal && targets.size() >= 2)) return false;
  } else if (passive) {
    if (IsViolence(code) && ThingAgent(s, m.last + 1)) return false;
    if (auto agent = PassiveAgent(s, m.head + 1)) {
      sources = {*agent};
      if (!targets.empty() && targets[0].name == agent->name) targets.clear();
    }
    // The subject of a passive is its target ("the ambassador was summoned
    // to the ministry"); a slot after the verb is then a place or the agent.
    if (auto subj = Subject(s, verb_start)) targets = GroupOf(s, *subj);
    if (targets.empty())
      if (auto victim = AgentSubject(s, verb_start)) targets = {*victim};  // "an election official was stabbed"
    if (sources.empty() && IsViolence(code) && !targets.empty() && targets[0].code &&
        targets[0].code->ends_with("CVL") && UnknownPerpetrator(s, verb_start) != Perpetrator::kUnnamed)
      return false;  // "dozens of people were injured when a bus overturned"
  } else {
    sources = PairSubject(s, verb_start);
    if (sources.empty())
      if (auto subj = Subject(s, verb_start)) sources = GroupOf(s, *subj);
    if (sources.empty())
      if (auto agent = AgentSubject(s, verb_start)) sources = {*agent};
    if (sources.empty() && (targets.empty() || targets[0].code))  // not "Speaking to reporters, X said"
      if (auto subj = OpeningParticipleSubject(s, m)) sources = GroupOf(s, *subj);
    if (sources.empty() && PronounSubject(s, verb_start)) {
      if (auto person = Antecedent(s, verb_start)) sources = {*person};  // "He" after "Vladimir Putin ..."
      else sources = {UnnamedActor()};  // someone named before
    }
    if (IsViolence(code) && HazardCause(s, verb_start)) return s.hazard = true, false;
    if (IsViolence(code) && HazardObject(s, m.last + 1)) return false;  // "help Bolivia battle wildfires"
    // "gunmen threatened to execute a hostage": a threat of violence is the unnamed attackers' too
    bool violent = IsViolence(code) || (mode == Mode::kThreat && IsViolence(p.code));
    Perpetrator who = sources.empty() && violent ? UnknownPerpetrator(s, verb_start) : Perpetrator::kNone;
    if (who != Perpetrator::kNone) {
      std::vector<Actor> hit = targets;  // "a car bomb exploded outside a police station": no one named
      if (hit.empty() || UncodedOnly(hit))
        if (const Mention* after = MentionAfter(s, m.last + 1)) hit = {ActorOf(*after)};
      if (who == Perpetrator::kUnnamed || (!hit.empty() && IsStateActor(hit[0]))) sources = {Actor{}}, targets = hit;
    }
    if (sources.empty() && !(p.reciprocal && targets.size() >= 2)) return false;  // who did it is unknown
  }
  if (p.has_target_slot() && targets.empty() && !passive) return false;
  if (!passive && p.has_target_slot() && !sources.empty() && SameActors(sources, targets))
    return false;  // "lawmakers accused ... parliament": not a target; "accuse" alone may code

  if (reciprocal && targets.empty()) {
    if (sources.size() >= 2 && PrivatePersons(sources)) return false;  // "the bride and groom met"
    if (sources.size() >= 2) return EmitPairwise(s, out, sources, m, code), true;
    if (sources.size() == 1) {
      if (auto partner = ConsultPartner(s.a, sources[0].country)) targets = {*partner};
    }
  }
  if (reciprocal && sources.empty() && targets.size() >= 2) return EmitPairwise(s, out, targets, m, code), true;
  if (reciprocal && sources.empty()) return false;  // "negotiations with X": one side only
  if (sources.empty() && targets.empty()) return false;
  if (targets.empty() && OnlyCivilians(sources) && std::stoi(code.substr(0, 2)) < 14)
    return false;  // "thousands gathered to welcome the new year": not a political act
  if (std::stoi(code.substr(0, 2)) >= 6 && std::stoi(code.substr(0, 2)) <= 8 && OnlyBusiness(sources) &&
      (targets.empty() || !targets[0].code || IsPrivateRole(*targets[0].code)))
    return false;  // "Airbus delivered 60 aircraft to customers": trade, not cooperation between actors
  if (UncodedOnly(sources) && !passive) {
    // An actor no list knows: its words of cooperation need a partner
    // unless it is an organisation ("tourists gathered to welcome" codes
    // nothing, "the governing party endorsed" does); its violence must be its
    // own, the subject right before the verb ("herders killed"), not the
    // nearest noun before a participle ("a bus carrying pilgrims plunged
    // ..., killing").
    // "the governing party endorsed ...", "the archbishop appealed for calm": an
    // organisation or one person speaks for itself; a crowd does not.
    bool speaks = true;
    for (const Actor& a : sources)
      speaks = speaks && (a.organisation || (a.name && (UnknownSpeaker(a) || !a.name->ends_with("s"))));
    if (std::stoi(code.substr(0, 2)) <= 5 && targets.empty() && !speaks) return false;
    if (IsViolence(code) && !AdjacentSubject(s, verb_start)) return false;
  }
  if (sources.empty()) sources.push_back({});
  if (targets.empty()) targets.push_back({});
  size_t emitted = out->size();
  for (const Actor& a : sources)
    for (const Actor& b : targets) {
      Emit(s, out, a, b, code, m.head, m.last);
      if (reciprocal && b.code && a.code) Emit(s, out, b, a, code, m.head, m.last);
      if (!code2.empty() && b.code && a.code) Emit(s, out, b, a, code2, m.head, m.last);
    }
  if (m.source_mention) {  // "was deported from $": the act happened in that place
    const Entity* from = s.mentions[*m.source_mention].entity;
    if (from && from->type == "PLACE")
      for (size_t i = emitted; i < out->size(); ++i) (*out)[i].act_place = from;
  }
  return true;
}

// "X said/described ... constructive": an evaluative statement.
void CodeStatements(Sent& s, std::vector<Coded>* out) {
  for (size_t k = s.tb; k < s.te; ++k) {
    if (s.used[k - s.tb] || !s.d.speech.count(s.w(k)) || IsName(s, k)) continue;
    auto subj = Subject(s, k);
    if (!subj || ModeOf(s, k) == Mode::kCancel) continue;
    Actor src = ActorOf(s.mentions[*subj]);
    int stance = 0;
    size_t stance_tok = k;
    std::optional<Actor> tgt;
    bool interaction = false;
    for (size_t j = k + 1; j < s.te && !(j > k + 1 && s.d.speech.count(s.w(j)) && !IsName(s, j)); ++j) {
      for (const auto& ph : s.d.threat_statements) {  // "said U.S. warships were legitimate targets"
        if (stance || ph.empty() || j + ph.size() > s.te || s.w(j) != ph[0]) continue;
        bool ok = true;
        for (size_t i = 1; ok && i < ph.size(); ++i) ok = s.w(j + i) == ph[i];
        if (ok && !PhraseBefore(s, s.d.negation, j)) stance = 2, stance_tok = j + ph.size() - 1;  // a threat of force
      }
      auto it = s.d.stance.find(s.w(j));
      if (it != s.d.stance.end() && !stance) {
        stance = it->second * (j > s.tb + 1 && (s.w(j - 1) == "not" || s.w(j - 1) == "n't") ? -1 : 1);
        stance_tok = j;
      }
      interaction |= s.d.interaction.count(s.w(j)) > 0;
    }
    size_t quote_end = s.tb;  // '"This is unacceptable interference," the ministry said of ...'
    if (IsQuote(s.w(s.tb)))
      for (size_t j = s.tb + 1; j < k && quote_end == s.tb; ++j)
        if (IsQuote(s.w(j))) quote_end = j;
    if (!stance && quote_end > s.tb) {  // the quote before the verb holds the evaluation
      for (size_t j = s.tb + 1; j < quote_end && !stance; ++j) {
        auto it = s.d.stance.find(s.w(j));
        if (it != s.d.stance.end())
          stance = it->second * (j > s.tb + 1 && (s.w(j - 1) == "not" || s.w(j - 1) == "n't") ? -1 : 1);
      }
    }
    if (!stance) continue;
    for (const Mention& m : s.mentions)
      if (m.tb > k && m.tb < std::max(stance_tok, k) + 8 && m.country != src.country && m.code) {
        tgt = ActorOf(m);
        break;
      }
    if (!tgt && interaction) tgt = ConsultPartner(s.a, src.country);
    // Without a target a negative word still disapproves of something
    // ("said the sanctions were illegal"): 111; a positive one is optimism.
    std::string code = stance == 2 ? "138" : stance < 0 ? "111" : tgt ? "051" : "013";
    Emit(s, out, src, tgt.value_or(Actor{}), code, k, stance_tok);
  }
}

bool Discarded(const Sent& s) {
  for (const auto& ph : s.d.discard)
    for (size_t k = s.tb; k + ph.size() <= s.te; ++k) {
      bool ok = true;
      for (size_t i = 0; ok && i < ph.size(); ++i) ok = s.w(k + i) == ph[i];
      if (ok) return true;
    }
  return false;
}

// ---- date and place --------------------------------------------------------------

// The date mention nearest the evidence; when that one is unresolved, none
// (a farther date in the sentence usually dates something else).
std::optional<std::string> DateFor(const Article& a, const TextAnalysis& t, size_t start, size_t end,
                                   size_t ev_start, size_t ev_end) {
  const DateMention* best = nullptr;
  size_t best_dist = SIZE_MAX;
  for (const DateMention& d : t.dates) {
    if (d.start < start || d.end > end) continue;
    if (d.end <= ev_start && a.text.find(',', d.end) < ev_start) continue;  // another clause
    size_t dist = d.start >= ev_end ? d.start - ev_end : d.end <= ev_start ? ev_start - d.end : 0;
    if (dist < best_dist) best = &d, best_dist = dist;
  }
  if (best) return best->value;
  if (a.published && a.published->size() >= 10) return a.published->substr(0, 10);
  return std::nullopt;
}

// A place named with "in"/"at" before the evidence or shortly after it,
// else the place an explicit source slot names ("deported from the United
// States"), else the dateline's first place.
void SetPlace(const Sent& s, const Coded& c, Event* e) {
  for (const Mention& m : s.mentions) {
    if (m.prep != "in" && m.prep != "at") continue;
    size_t ms = s.t.tokens[m.tb].start;
    if (ms > c.end) {
      size_t k = TokenAt(s.t, s.tb, s.te, c.end);
      if (m.tb > k + 8) continue;
    }
    const Entity* ent = m.entity;
    if (!ent || ent->type != "PLACE") continue;
    bool country = ent->actor && ent->actor->size() == 3 && ent->country && *ent->actor == *ent->country;
    if (country)  // a dateline city in that country is more precise
      for (const DatelinePlace& p : s.a.dateline)
        if (p.country && ent->country && *p.country == *ent->country) {
          e->place = p.name, e->place_country = p.country, e->place_lat = p.lat, e->place_lon = p.lon;
          return;
        }
    e->place = ent->canonical, e->place_country = ent->country, e->place_lat = ent->lat, e->place_lon = ent->lon;
    e->place_is_country = country;
    return;
  }
  if (const Entity* ent = c.act_place) {
    e->place = ent->canonical, e->place_country = ent->country, e->place_lat = ent->lat, e->place_lon = ent->lon;
    e->place_is_country = ent->actor && ent->country && *ent->actor == *ent->country;
    return;
  }
  if (!s.a.dateline.empty()) {
    const DatelinePlace& p = s.a.dateline.front();
    e->place = p.name, e->place_country = p.country, e->place_lat = p.lat, e->place_lon = p.lon;
  }
}

Event ToEvent(const Sent& s, const Coded& c) {
  Event e;
  e.sentence = s.index;
  e.source = c.source.code;
  e.target = c.target.code;
  e.source_name = c.source.name;
  e.target_name = c.target.name;
  e.code = c.code;
  e.root = c.code.substr(0, 2);
  auto it = s.d.codes.find(c.code);
  if (it != s.d.codes.end()) e.goldstein = it->second.goldstein, e.quad_class = it->second.quad;
  e.evidence = s.a.text.substr(c.start, c.end - c.start);
  e.start = c.start;
  e.end = c.end;
  e.date = DateFor(s.a, s.t, s.t.tokens[s.tb].start, s.t.tokens[s.te - 1].end, c.start, c.end);
  SetPlace(s, c, &e);
  return e;
}

// Role codes of actors whose statements are not political events.
bool IsPoliticalActor(const Actor& a) {
  return a.code && a.code->compare(0, 3, "MNC") != 0 && !IsPrivateRole(*a.code);
}

// "X said ..." with nothing codable in it: 010, a statement by X. The
// speaker is the subject before the verb, or the actor right after it in
// an inverted attribution (", said the ministry"); a bare attribution after
// a quotation with no actor in it codes nothing.
// "that" right after, or after a short phrase of time or place ("announced
// on state television that").
bool ThatFollows(const Sent& s, size_t from) {
  for (size_t k = from; k < s.te && k < from + 5; ++k) {
    if (s.w(k) == "that") return true;
    if (s.is_punct(k)) return false;
  }
  return false;
}

// A word of weather or disaster before `end` (the verb of saying, or the
// sentence's end for a speaker no list codes): "monsoon rains were 12
// percent below average, the meteorological department said" is no
// political statement.
bool HazardTopic(const Sent& s, size_t end) {
  for (size_t k = s.tb; k < end; ++k)
    if (s.d.hazards.count(s.w(k))) return true;
  return false;
}

// Nothing but a short phrase of time or place follows the verb of saying
// from `from` to the sentence's end: it attributes what came before it.
bool ReportEnds(const Sent& s, size_t from) {
  size_t rest = 0;
  for (size_t k = from; k < s.te; ++k) rest += !s.is_punct(k);
  return rest == 0 || (rest <= 3 && IsPreposition(s.w(from)));
}

// "The Inspector General of Police, Punjab, said the department ...": a
// comma before the verb that closes an apposition to the subject, not a
// quotation; the subject is the coded phrase the apposition names.
// A place in the apposition ("Police, Punjab,") gives a role without a
// country its country.
std::optional<Actor> AppositionSubject(const Sent& s, size_t verb) {
  for (size_t i = 1; i < s.mentions.size(); ++i) {
    const Mention& a = s.mentions[i - 1];
    const Mention& m = s.mentions[i];
    bool place = m.entity && m.entity->type == "PLACE";
    if (m.te + 1 != verb || (m.code && !place) || a.te + 1 != m.tb || s.w(a.te) != "," || !a.code) continue;
    if (!a.prep.empty() && a.prep != "of") continue;
    Actor actor = ActorOf(a);
    if (place && !m.country.empty() && a.country.empty() && actor.code->size() == 3)
      actor.code = m.country + *actor.code, actor.country = m.country;
    return actor;
  }
  return std::nullopt;
}

void CodeBareStatement(Sent& s, std::vector<Coded>* out) {
  if (s.hazard) return;  // "a fire killed 19 workers, officials said"
  for (size_t k = s.tb; k < s.te; ++k) {
    bool said = s.d.statement.count(s.w(k)) || (s.d.statement_that.count(s.w(k)) && ThatFollows(s, k + 1));
    if (!said || IsName(s, k) || ModeOf(s, k) == Mode::kCancel) continue;
    if (HazardTopic(s, k)) return;  // "monsoon rains were below average, the department said"
    std::optional<Actor> src;
    bool inverted = k > s.tb && s.is_punct(k - 1) && s.w(k - 1) != ")";  // not "the Commission (INEC) said"
    if (auto subj = inverted ? AppositionSubject(s, k) : std::nullopt) {
      src = subj, inverted = false;
    } else if (inverted) {
      if (const Mention* m = MentionStartingNear(s, k + 1, 2)) src = ActorOf(*m);
    } else if (auto subj = Subject(s, k)) {
      src = ActorOf(s.mentions[*subj]);
    } else if (auto agent = AgentSubject(s, k)) {
      src = agent;
    } else if (PronounSubject(s, k)) {
      src = Antecedent(s, k).value_or(UnnamedActor());
    }
    // A speaker no list codes as the source of a report ("..., Eurostat said") is no news itself.
    if (!src) continue;
    bool attribution = inverted || ReportEnds(s, k + 1);  // "..., Eurostat said on Friday."
    bool unknown = !attribution && UnknownSpeaker(*src) && !HazardTopic(s, s.te);
    if (!IsPoliticalActor(*src) && !unknown) continue;
    Emit(s, out, *src, Actor{}, "010", k, k);
    return;
  }
}

void CodeSentence(Sent& s, Article* article) {
  if (Discarded(s)) return;
  std::vector<Coded> coded;
  for (const Match& m : FindMatches(s)) {
    bool free = true;
    for (size_t k : m.tokens) free = free && !s.used[k - s.tb];
    if (!free) continue;
    if (!CodeMatch(s, m, &coded)) continue;
    for (size_t k : m.tokens) s.used[k - s.tb] = true;
  }
  // The main event first: in the order of the sentence, not of the match,
  // after any in a relative clause ("gunmen who kidnapped 25 schoolgirls
  // have freed them": the release).
  auto relative = [&](const Coded& c) {
    size_t k = BeforeAuxiliaries(s, TokenAt(s.t, s.tb, s.te, c.start), true);
    return k > s.tb + 1 && (s.w(k - 1) == "who" || s.w(k - 1) == "which");
  };
  std::stable_sort(coded.begin(), coded.end(), [&](const Coded& a, const Coded& b) {
    bool ra = relative(a), rb = relative(b);
    return ra != rb ? rb : a.start < b.start;
  });
  size_t first = article->events.size();
  for (const Coded& c : coded) {
    bool dup = false;
    for (size_t e = first; !dup && e < article->events.size(); ++e) {
      const Event& ev = article->events[e];
      dup = ev.code == c.code && ev.source == c.source.code && ev.target == c.target.code;
    }
    if (!dup) article->events.push_back(ToEvent(s, c));
  }
  coded.clear();
  CodeStatements(s, &coded);
  if (coded.empty() && article->events.size() == first) CodeBareStatement(s, &coded);
  for (const Coded& c : coded) article->events.push_back(ToEvent(s, c));
}

}  // namespace

void CodeEvents(const TextAnalysis& text, Article* article, const EventOptions& options) {
  article->events.clear();
  if (options.tone) events::ScoreTone(text, article);
  if (!options.events) return;
  const Dictionary& d = events::GetDictionary();
  std::vector<const Entity*> ents;
  for (const Entity& e : article->entities) ents.push_back(&e);
  std::stable_sort(ents.begin(), ents.end(), [](const Entity* a, const Entity* b) { return a->start < b->start; });
  for (size_t i = 0; i < text.sentences.size(); ++i) {
    const Sentence& sen = text.sentences[i];
    size_t n = sen.token_end - sen.token_begin;
    if (n == 0 || n > options.max_sentence_tokens) continue;
    Sent s{d, *article, text, i, sen.token_begin, sen.token_end, {}, {}, {}};
    s.words.reserve(n);
    for (size_t k = sen.token_begin; k < sen.token_end; ++k) s.words.push_back(Lower(text.tokens[k].in(article->text)));
    s.used.assign(n, false);
    CollectMentions(s, ents);
    if (s.mentions.empty() && !HasAgentWord(s)) continue;
    CodeSentence(s, article);
  }
}

Result<size_t> LoadEventData() {
  const Dictionary& d = events::GetDictionary();
  if (!d.errors.empty()) return d.errors.front();
  return d.entries;
}

bool LookupCameoCode(const std::string& code, double* goldstein, int* quad_class) {
  const Dictionary& d = events::GetDictionary();
  auto it = d.codes.find(code);
  if (it == d.codes.end()) return false;
  *goldstein = it->second.goldstein;
  *quad_class = it->second.quad;
  return true;
}

}  // namespace dateline
