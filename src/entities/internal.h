// Pieces of the entities stage shared between its files; not a public API.
//
// The stage works on the text stage's tokens, never on raw bytes: every
// word token gets a lookup key (ASCII lower case, curly apostrophes
// straightened) and a bit set of word classes, and all dictionaries are hash
// maps keyed on space-joined token keys, matched longest-first. Mentions are
// token ranges until the very end, where they become byte offsets.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/article.h"
#include "dateline/text.h"
#include "entities/gazetteer.h"

namespace dateline::entities {

// --- Dictionaries (lexicon.cc) ----------------------------------------------

// Word classes: Lexicon::words maps a token key to a bit set of these.
enum WordClass : uint32_t {
  kStop = 1u << 0,        // capitalised, still not a name: "The", "Thursday"
  kSpeech = 1u << 1,      // "said", "told"
  kAction = 1u << 2,      // "invaded", "announced": its subject is an actor
  kPolNoun = 1u << 3,     // "allies" after a possessive
  kLocative = 1u << 4,    // "in", "near"
  kConnector = 1u << 5,   // "of", "de", "bin" inside names
  kPronoun = 1u << 6,     // "he", "she"
  kFirstName = 1u << 7,   // "Vladimir"
  kHonorific = 1u << 8,   // "Mr.", "Ms."
  kOrgHead = 1u << 9,     // "Ministry", "News"
  kOrgSuffix = 1u << 10,  // "Inc.", "Ltd."
  kPlaceHead = 1u << 11,  // "Mount", "Square": ends a place name
  kMiscHead = 1u << 12,   // "War", "Act", "Cup": makes a name an event, law, prize (MISC)
  kOrgNoun = 1u << 13,    // "group", "company" just before a name: an organisation
  kOpener = 1u << 14,     // a word that typically opens a sentence ("After", "Also")
  kPlaceNoun = 1u << 15,  // "province", "state" just after a name: a place
  kLeadNoun = 1u << 16,   // "administration" just after a name: a person ("the Biden administration")
  kGroupWord = 1u << 17,  // "European", "Muslim": a group with no one country (NORP)
  kSport = 1u << 18,      // "soccer", "innings", "standings": the story is about sport
  kClub = 1u << 19,       // "United", "Real", "Rovers": a word of a sports club's name
  kHeading = 1u << 20,    // "Division", "Bowling", "Total": heads a sports table, never a name there
  kOrgTail = 1u << 21,    // "cartel" after a name: name and noun are one organisation ("Cali cartel")
  kMarket = 1u << 22,     // "shares", "rose": before a price move ("X rose 4p") the name is a company
  kVenue = 1u << 23,      // "Park", "Court": ends the name of a sports ground ("at Celtic Park")
  kStaffNoun = 1u << 24,  // "analyst" after a name: the name is the firm ("a Smith Barney analyst")
  kPactNoun = 1u << 25,   // "treaty" after a town's name: the name names the agreement ("the Maastricht treaty")
};

// A table of phrases (one or more tokens) keyed on their space-joined token
// keys. Match() finds the longest phrase starting at a token.
template <typename T>
struct PhraseTable {
  std::unordered_map<std::string, T> entries;
  std::unordered_set<std::string> first_words;
  size_t max_words = 0;
};

struct RoleEntry {
  std::string role;  // as reported: "Senator"
  std::string code;  // CAMEO role code, "" when taken from the organisation
  bool title = true; // may stand before a name
};

struct OrgEntry {
  std::string canonical;  // "United Nations"
  std::string actor;      // "IGOUNO", "" none
  std::string country;    // ISO3, "" none
  bool misc = false;      // entity_misc.tsv: a name shaped like an org that is none ("Nikkei", "American League")
};

struct CountryEntry {
  std::string iso3;
  std::string name;  // the first listed name: "United States"
  double lat = 0, lon = 0;
};

struct OfficeHolder {
  std::string name;  // as the file writes it: "Vladimir Putin"
  std::string iso3, role, actor, start, end;  // end "" = still in office
};

struct Lexicon {
  std::unordered_map<std::string, uint32_t> words;  // token key -> WordClass bits
  std::unordered_map<std::string, std::string> cue_codes;  // org cue key -> role code
  PhraseTable<RoleEntry> roles;
  PhraseTable<OrgEntry> orgs;
  PhraseTable<OrgEntry> orgs_with_lower_case;  // the orgs with a word in lower case: "Court of Justice"
  // Fallbacks for when the gazetteer does not know a name.
  PhraseTable<CountryEntry> countries, demonyms, capitals;
  std::unordered_map<std::string, std::vector<OfficeHolder>> office_holders;  // key: lower-case name
  PhraseTable<std::vector<OfficeHolder>> holders_by_short_name;  // "Putin", "Xi": every row of each person so called
  // Capitals as actors (capital_actors.tsv): the actor of a seat that acts
  // for more than its country ("brussels" -> IGOEEC), and verbs whose object
  // is the place itself ("shelled Kyiv").
  std::unordered_map<std::string, std::string> seat_actors;  // key: TokenKey-joined name
  std::unordered_set<std::string> place_verbs;
  std::vector<std::string> errors;  // "file:line: why"
};

// The dictionaries from data/, built once per process (thread-safe).
const Lexicon& GetLexicon();

// The lookup key of a token's text: ASCII lower case, ’ and ‘ as '.
std::string TokenKey(std::string_view token);
// A phrase tokenised like article text, as space-joined token keys.
std::string PhraseKey(std::string_view phrase);

// --- The document being analysed --------------------------------------------

struct Tok {
  size_t start = 0, end = 0;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
  uint32_t cls = 0;          // WordClass bits of the key
  uint32_t sentence = 0;     // index into TextAnalysis::sentences
  bool sentence_start = false;
  std::string key;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

enum class Kind : uint8_t { kPerson, kOrg, kPlace, kNorp, kAgent, kMisc, kUnknown };

struct Mention {
  size_t b = 0, e = 0;  // token range [b, e)
  Kind kind = Kind::kPerson;
  std::string canonical;
  std::optional<std::string> role, country, actor;
  std::optional<double> lat, lon;
  bool capital = false;   // a national capital (may stand for its government)
  bool country_name = false;  // the name of a country
  bool region = false;    // a region beyond one country
  bool small_town = false;  // placed at a town of under 100,000 people, no capital
  std::string role_code;  // CAMEO role code read from the text ("" none)
  size_t name_b = 0;      // ORGs: first token after a leading country ("Foreign Ministry")
  bool evidence = false;  // PERSONs: a title, first name or initial says it is a person
  bool guessed = false;   // typed by the fallback only (no dictionary, head word or verb said so)
  bool team = false;      // ORGs: a sports club read from a score line or fixture
};

struct Doc {
  std::string_view text;
  std::vector<Tok> toks;
  const TextAnalysis* analysis = nullptr;
  const Lexicon* lex = nullptr;
  const Gazetteer* gaz = nullptr;
  std::vector<Mention> mentions;
  // Mention indexes by first and end token, so look-ups are hash probes;
  // rebuilt by IndexMentions() when a pass needs them.
  std::unordered_multimap<size_t, size_t> mentions_by_start, mentions_by_end;
  std::vector<bool> caps_sentence;  // per sentence: a headline in capitals (IsCapsSentence)
  bool sports = false;              // a sports story: score lines name clubs, not places
  bool nouns_capitalised = false;   // German or Luxembourgish: capitals say little about names

  void IndexMentions() {
    mentions_by_start.clear();
    mentions_by_end.clear();
    for (size_t k = 0; k < mentions.size(); ++k) {
      mentions_by_start.emplace(mentions[k].b, k);
      mentions_by_end.emplace(mentions[k].e, k);
    }
  }
  std::string_view Bytes(size_t b, size_t e) const {  // tokens [b, e) as written
    return text.substr(toks[b].start, toks[e - 1].end - toks[b].start);
  }
  bool IsClitic(size_t i) const { return i < toks.size() && toks[i].kind == TokenKind::kClitic; }
  bool SameSentence(size_t i, size_t j) const {
    return i < toks.size() && j < toks.size() && toks[i].sentence == toks[j].sentence;
  }
};

Doc MakeDoc(const TextAnalysis& text, std::string_view bytes);

// Longest phrase of `table` at tokens [i, limit): its length in tokens (0 if
// none) and entry.
template <typename T>
std::pair<size_t, const T*> MatchPhrase(const PhraseTable<T>& table, const Doc& doc, size_t i, size_t limit) {
  if (i >= limit || !table.first_words.count(doc.toks[i].key)) return {0, nullptr};
  size_t n_max = std::min(table.max_words, limit - i);
  std::string key;
  std::vector<size_t> ends;
  for (size_t n = 0; n < n_max; ++n) {
    if (n) key += ' ';
    key += doc.toks[i + n].key;
    ends.push_back(key.size());
  }
  for (size_t n = n_max; n > 0; --n) {
    auto it = table.entries.find(key.substr(0, ends[n - 1]));
    if (it != table.entries.end()) return {n, &it->second};
  }
  return {0, nullptr};
}

// --- Countries and places (places.cc) ---------------------------------------

struct CountryHit {
  size_t len = 0;    // tokens
  std::string iso3;  // empty when no hit
  std::string name;  // common English name
};
// A country name ("Russia", "U.S.") or, with demonym, a demonym ("Russian")
// at tokens [i, limit), longest first.
CountryHit CountryAt(const Doc& doc, size_t i, size_t limit, bool demonym);

struct PlaceHit {
  std::string name, iso3;
  double lat = 0, lon = 0;
  bool capital = false, country = false, region = false, found = false;
  bool small_town = false;  // a town of under 100,000 people, no capital (HitOf)
};
// The hit a gazetteer place makes (small_town: under 100,000 people and no
// capital, the kind of place a namesake abroad may stand in for).
PlaceHit HitOf(const PlaceInfo& p);
// The place `name` most likely is, in this context: gazetteer first, then
// the fallback country and capital lists.
PlaceHit ResolvePlace(const Doc& doc, size_t b, size_t e, const GeoContext& context);
// The same for a name outside the article text (the dateline's places).
PlaceHit ResolvePlaceName(const Doc& doc, std::string_view name, const GeoContext& context);
// Whether tokens [b, e) name a known place at all (any place, no context).
bool IsPlaceName(const Doc& doc, size_t b, size_t e);

// --- Stages -----------------------------------------------------------------

void RecognizeMentions(Doc* doc);   // recognize.cc: names, orgs, places, NORP
void ClassifyUnknown(Doc* doc);     // recognize.cc: leftover names by coreference and gazetteer
// recognize.cc: tokens [b, e) of a capitals headline as one run of names;
// `caps` (the run is in capitals): only a dictionary's organisation or
// country is typed at once, anything else waits untyped for the body's word.
void ReadCapsName(Doc* doc, size_t b, size_t e, bool caps);

// Document-level reading (context.cc).
// Fills doc->caps_sentence: sentences of two or more words nearly all in
// capitals ("SOCCER - JAPAN GET LUCKY WIN"), whose capitals say nothing.
void MarkCapsSentences(Doc* doc);
// Whether the story is about sport: sport words in the text or a dateline
// that is a sport ("SOCCER - ..." read as a dateline by the extract stage).
bool IsSportsStory(const Doc& doc, const Article& article);
// Candidate names in the capitals sentences, cut where the rest of the
// document, the dictionaries or the gazetteer know a name; run after the
// other sentences' mentions exist.
void ReadCapsSentences(Doc* doc);
// Sports stories: a name before a score ("Everton 2", "Essex 412-7
// declared") or after "v" is a club (ORG) unless it is a country (national
// teams are places); "Name ( Country )" in a result list is a PERSON.
// Sports grounds ("at Celtic Park", "Firestone Country Club") are places.
void TypeTeamsAndEntrants(Doc* doc);
// "AL-AIN , United Arab Emirates 1996-12-06": the name in capitals opening
// a dateline is a place, known to the gazetteer or not.
void TypeDatelinePlaces(Doc* doc);
// "the province of La Union": a name typed an organisation by its head word
// alone (no actor code: no dictionary names it) right after a place noun
// and "of" is a place.
void TypeUnitsOfPlaceNouns(Doc* doc);
// One type per name within a document: a name left untyped (or guessed), or
// written in a capitals headline, takes the type the document gives the
// same name elsewhere; a surname takes its person's.
void SpreadTypes(Doc* doc);
void GeocodePlaces(Doc* doc, Article* article);  // actors.cc: PLACEs and dateline coordinates
void ReadRoles(Doc* doc);           // roles.cc: role phrases, agents
void ResolveCoreference(Doc* doc, const std::optional<std::string>& published);  // coref.cc
void AssignPlaceActors(Doc* doc);   // actors.cc: countries and capitals as actors
std::vector<Quote> FindQuotes(const Doc& doc);      // quotes.cc

// The actor code for a country and a role code: ("RUS", "GOV") -> "RUSGOV".
std::optional<std::string> ActorCode(const std::optional<std::string>& country, std::string_view role_code);

}  // namespace dateline::entities
