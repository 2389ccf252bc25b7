// Names without a statistical model. A candidate is a run of capitalised
// word tokens inside one sentence (connectors such as "of", "bin" may join
// two of them; stop words such as "The", "Thursday" never belong). Each run
// is cut left to right into parts, longest dictionary match first:
//   known organisation or company ("White House", "Maersk") > country
//   ("U.S.") > demonym ("Russian") > title ("President", "Sen.") >
//   organisation ending in a cue word ("Foreign Ministry", "Southern
//   Command", "Worthy News") > name.
// Then the parts are read together: a country or demonym directly before an
// organisation is part of it ("Russian Foreign Ministry"); a name after a
// title, or opening with a known first name, or with an initial, is a
// PERSON. Names with no such evidence wait for ClassifyUnknown, which runs
// when every evidenced person is known: a surname of one of them is that
// person ("Putin" after "Vladimir Putin"), a gazetteer name is a PLACE, a
// name after an organisation noun is an ORG ("shipping group Maersk"), a
// group word with no one country is a NORP ("European", "Muslim"), a
// name whose words include a place or event word is a PLACE ("Temple
// Mount") or MISC ("World War II"), a name that says something is a
// PERSON, an acronym an ORG, a name after "village of" or "in" a PLACE. What
// is left is still a name — news capitalises little else mid-sentence — so
// two or three title-case words with no head word or role become a PERSON
// ("Dore Gold") and other names MISC ("Ramadan"), except where capitals say
// nothing: a single word opening a sentence, a run opening with a common
// sentence opener ("After", "Also"), text in capitals and title-case lines.
// No person is guessed inside an organisation word and "of", "on" or "for"
// (and "the") before a name ("Commission on Elections"), from a group noun
// before a name ("Dutchman Jeroen Blijlevens": NORP + PERSON), past "of"
// after a given name ("Erik Zabel of Telekom": PERSON + ORG), nor from a
// name with a paper's or trade's word ("Daily Inquirer", "Kalgoorlie
// Nickel", "Goldfields West": ORG; data/entity_cues.tsv).
// A guessed MISC of several words whose last word is used alone as a name
// elsewhere is a person ("Keir Starmer" ... "Starmer"). Capitals headlines,
// sports score lines and one-type-per-name are read in context.cc.
// Runs: a capitalised stop word may open a known place ("New York"); "&"
// joins names, "and" only inside a company ("Nippon Telegraph and Telephone
// Corp"); a dictionary organisation may run over short function words
// ("Organization for Security and Co-operation in Europe").
#include "entities/geo_names.h"
#include "entities/internal.h"

namespace dateline::entities {
namespace {

bool CapsAround(const Doc& doc, size_t i) {
  auto caps = [&](size_t k) { return k < doc.toks.size() && doc.toks[k].kind == TokenKind::kWord && doc.toks[k].has(kAllCaps); };
  return (i > 0 && caps(i - 1)) || caps(i + 1);
}

// "new york", "the hague": the first two words of every gazetteer name of
// several words that opens with a stop word, so that "The European" costs
// one hash probe, not a gazetteer look-up. Built once (thread-safe).
const std::unordered_set<std::string>& StopWordPlaceOpenings(const Doc& doc) {
  static const std::unordered_set<std::string> openings = [&] {
    std::unordered_set<std::string> out;
    doc.gaz->ForEachName([&](std::string_view key, const PlaceInfo&) {
      size_t space = key.find(' ');
      if (space == std::string_view::npos) return;
      auto it = doc.lex->words.find(std::string(key.substr(0, space)));
      if (it == doc.lex->words.end() || !(it->second & kStop)) return;
      size_t second = key.find(' ', space + 1);
      out.emplace(key.substr(0, second == std::string_view::npos ? key.size() : second));
    });
    return out;
  }();
  return openings;
}

// "New York", "New Zealand": a capitalised stop word opening a name of two
// or three words that a dictionary or the gazetteer knows.
bool OpensKnownName(const Doc& doc, size_t i) {
  size_t end = doc.toks.size();
  auto capitalised = [&](size_t k) {
    return k < end && doc.SameSentence(i, k) && doc.toks[k].kind == TokenKind::kWord &&
           (doc.toks[k].has(kCapitalized) || doc.toks[k].has(kAllCaps)) && !(doc.toks[k].cls & kStop);
  };
  if (!capitalised(i + 1)) return false;
  size_t limit = std::min(end, i + 3);
  // Countries are gazetteer places too ("New Zealand", "The Gambia"): one
  // probe of the openings rules out most pairs ("The European").
  if (!StopWordPlaceOpenings(doc).count(doc.toks[i].key + ' ' + doc.toks[i + 1].key)) return false;
  if (CountryAt(doc, i, limit, false).len >= 2) return true;
  return doc.gaz->IsKnownName(doc.Bytes(i, i + 2)) || (capitalised(i + 2) && doc.gaz->IsKnownName(doc.Bytes(i, i + 3)));
}

// "at The Oval": "The" capitalised inside a sentence before one capitalised
// place word ("Oval", "Stadium", "Arena") opens the name of a venue.
bool OpensVenue(const Doc& doc, size_t i) {
  const Tok& t = doc.toks[i];
  if (t.key != "the" || !t.has(kCapitalized) || t.has(kAllCaps) || t.sentence_start || i + 1 >= doc.toks.size()) return false;
  const Tok& next = doc.toks[i + 1];
  if (!doc.SameSentence(i, i + 1) || !next.has(kCapitalized) || next.has(kAllCaps) || !(next.cls & kPlaceHead)) return false;
  return i + 2 >= doc.toks.size() || !doc.SameSentence(i, i + 2) || !doc.toks[i + 2].has(kCapitalized);
}

// "Lee Teng-hui", "Kim Jong-il": a syllable in lower case after the dash, in
// a word after a name word, is a given name ("Saudi-led", "Kremlin-backed"
// have longer or known endings).
bool SyllableAfterName(const Doc& doc, size_t i, size_t dash) {
  constexpr size_t kMaxSyllable = 4;
  const Tok& t = doc.toks[i];
  std::string_view tail = std::string_view(t.key).substr(dash + 1);
  if (tail.size() > kMaxSyllable || tail == "led" || tail == "run" || tail == "born" || tail == "made" || tail == "held")
    return false;
  if (t.key.find('-') != dash || i == 0 || !doc.SameSentence(i - 1, i)) return false;
  const Tok& prev = doc.toks[i - 1];
  return prev.kind == TokenKind::kWord && prev.has(kCapitalized) && !prev.has(kAllCaps) && !(prev.cls & kStop);
}

// The length of an Arabic article written before a hyphen ("al-", "el-",
// and its forms before sun letters: "ez-Zor", "ash-Sham", "ad-Dawla"), 0
// when `key` opens with none.
size_t ArabicArticle(std::string_view key) {
  size_t dash = key.find('-');
  return dash != std::string_view::npos && dash + 1 < key.size() && geo::IsArabicArticle(key.substr(0, dash)) ? dash : 0;
}

// "al-Nahayan", "el-Baz", "ez-Zor": an Arabic article in lower case before
// a capitalised name, written on after a name word ("Zayed bin Sultan
// al-Nahayan", "Deir ez-Zor").
bool ArticleBeforeName(const Doc& doc, size_t i) {
  const Tok& t = doc.toks[i];
  size_t article = ArabicArticle(t.key);
  if (!article || t.key.size() < article + 2) return false;
  std::string_view w = doc.Bytes(i, i + 1);
  if (w.size() < article + 2 || w[article + 1] < 'A' || w[article + 1] > 'Z') return false;
  if (i == 0 || !doc.SameSentence(i - 1, i)) return false;
  const Tok& prev = doc.toks[i - 1];
  return t.kind == TokenKind::kWord && prev.kind == TokenKind::kWord && (prev.has(kCapitalized) || (prev.cls & kConnector));
}

// "Papua New Guinea", "Port of Spain": a capitalised stop word inside a
// place name the gazetteer knows, after one or two words of it.
bool InsideKnownName(const Doc& doc, size_t i) {
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    size_t b = i - back;
    if (!doc.SameSentence(b, i) || doc.toks[b].kind != TokenKind::kWord || !doc.toks[b].has(kCapitalized)) break;
    for (size_t n = back + 2; n <= back + 3 && b + n <= doc.toks.size() && doc.SameSentence(b, b + n - 1); ++n)
      if (doc.gaz->IsKnownName(doc.Bytes(b, b + n))) return true;
  }
  return false;
}

bool IsNameWord(const Doc& doc, size_t i) {
  const Tok& t = doc.toks[i];
  if (t.kind == TokenKind::kWord && !t.has(kCapitalized) && !t.has(kAllCaps) && ArticleBeforeName(doc, i)) return true;
  if (t.kind != TokenKind::kWord || !(t.has(kCapitalized) || t.has(kAllCaps))) return false;
  // "US" is a country, "us" a pronoun: a stop word in capitals counts only
  // when the country list spells a country so, and the words around it are
  // not capitals too (a headline in capitals).
  // "Sheffield Wednesday": in a sports story a club word goes on a name.
  if ((t.cls & kHeading) && doc.sports) return false;  // "Division one :", "Bowling :"
  if (t.key == "'s" || (t.key == "s" && i > 0 && (doc.Bytes(i - 1, i) == "'" || doc.Bytes(i - 1, i) == "\u2019")))
    return false;  // "TUESDAY 'S RESULTS": a possessive in capitals
  auto letter = [&](size_t k) {
    return k < doc.toks.size() && doc.toks[k].kind == TokenKind::kWord && doc.toks[k].key.size() == 1 && doc.SameSentence(i, k);
  };
  if (doc.sports && letter(i) && (letter(i + 1) || (i > 0 && letter(i - 1)))) return false;  // "W L PCT": a table's columns
  if ((t.cls & kStop) && (t.cls & kClub) && doc.sports && i > 0 && doc.SameSentence(i - 1, i) &&
      doc.toks[i - 1].kind == TokenKind::kWord && doc.toks[i - 1].has(kCapitalized) && !(doc.toks[i - 1].cls & kStop))
    return true;
  if (t.cls & kStop)
    return (t.has(kAllCaps) && doc.lex->countries.first_words.count(t.key) && !CapsAround(doc, i)) ||
           OpensKnownName(doc, i) || OpensVenue(doc, i) || InsideKnownName(doc, i);
  if (t.has(kHyphenated)) {  // "U.S.-backed" is an adjective, "Al-Thani" a name
    size_t dash = t.key.rfind('-');
    unsigned char next = dash + 1 < t.key.size() ? doc.text[t.start + dash + 1] : 'a';
    if (next >= 'a' && next <= 'z' && !SyllableAfterName(doc, i, dash)) return false;
  }
  return true;
}

// "for" joins a name only after an organisation word ("Centers for Disease
// Control", "Fund for Development"): "Mecca for Umrah" is a place and a rite.
bool IsConnectorAt(const Doc& doc, size_t i, size_t end) {
  if (doc.toks[i].key == "for" && (i == 0 || !(doc.toks[i - 1].cls & (kOrgHead | kOrgSuffix | kPlaceHead)))) return false;
  return (doc.toks[i].cls & kConnector) && doc.toks[i].kind == TokenKind::kWord && i + 1 < end &&
         IsNameWord(doc, i + 1) && !doc.toks[i].sentence_start;
}

enum class PartType : uint8_t { kName, kOrg, kCueOrg, kCountry, kDemonym, kRole, kHonorific };

struct Part {
  size_t b = 0, e = 0;
  PartType type = PartType::kName;
  const OrgEntry* org = nullptr;
  const RoleEntry* role = nullptr;
  std::string iso3, name, cue_code;
  bool place = false;  // a place name holding a country's ("New South Wales")
};

// An organisation that ends in a cue word, starting at i: [i, head] plus an
// "of ..." tail to the end of the run ("Ministry of Foreign Affairs").
size_t CueOrgEnd(const Doc& doc, size_t i, size_t e, std::string* code) {
  for (size_t k = i; k < e; ++k) {
    const Tok& t = doc.toks[k];
    if (!(t.cls & (kOrgHead | kOrgSuffix))) {
      if (t.cls & (kFirstName | kHonorific)) return 0;
      size_t role = MatchPhrase(doc.lex->roles, doc, k, e).first;  // "Premier League" is no title + name
      if (role && !(k + role < e && (doc.toks[k + role].cls & kOrgHead))) return 0;
      continue;
    }
    // A suffix ("Inc.") needs a name before it; a head may stand alone only
    // when nothing but the head is capitalised ("Parliament" alone is not an org).
    if (k == i && (t.cls & kOrgSuffix)) return 0;
    auto code_it = doc.lex->cue_codes.find(t.key);
    *code = code_it == doc.lex->cue_codes.end() ? "" : code_it->second;
    size_t end = k + 1;
    while (end < e && (doc.toks[end].cls & (kOrgHead | kOrgSuffix))) ++end;  // "Deutsche Bank AG"
    // "Bank of England" runs on; "Ashdown Paper Ltd of Manchester" ends at the suffix.
    bool suffix_only = (doc.toks[end - 1].cls & kOrgSuffix) && !(doc.toks[end - 1].cls & kOrgHead);
    bool joins = end < e && ((doc.toks[end].cls & kConnector) || doc.toks[end].key == "on");  // "Commission on Elections"
    if (joins && !suffix_only) end = e;
    if (end == i + 1 && !(doc.toks[i].has(kAllCaps))) return 0;
    return end;
  }
  return 0;
}

Part MakePart(size_t b, size_t e, PartType type) {
  Part p;
  p.b = b;
  p.e = e;
  p.type = type;
  return p;
}

Part CountryPart(size_t i, const CountryHit& c, PartType type) {
  Part p = MakePart(i, i + c.len, type);
  p.iso3 = c.iso3;
  p.name = c.name;
  return p;
}

// The end of a company's name from k: past a suffix at most two plain words
// on ("Motor Corp"), else k.
size_t SuffixEnd(const Doc& doc, size_t k, size_t e) {
  constexpr size_t kMaxWords = 2;
  for (size_t j = k; j < e && j <= k + kMaxWords; ++j) {
    uint32_t cls = doc.toks[j].cls;
    if (cls & kOrgSuffix) return j + 1;
    if (cls & (kOrgHead | kConnector | kFirstName | kStop)) break;
  }
  return k;
}

// "Mitsubishi Estate", "Toyota Motor", "Mitsubishi Heavy Industries": one
// or two plain capitalised words ending the run after a known company's name
// are the name of one of its companies; not a title, a given name, a country
// or another known name ("Sony Chairman", "Boeing Airbus").
bool CompanyUnitTail(const Doc& doc, size_t k, size_t e) {
  constexpr size_t kMaxWords = 2;
  if (k >= e || e - k > kMaxWords) return false;
  for (size_t j = k; j < e; ++j) {
    const Tok& t = doc.toks[j];
    if (t.kind != TokenKind::kWord || t.has(kAllCaps) || (t.cls & (kFirstName | kHonorific | kStop | kConnector)))
      return false;
    if (MatchPhrase(doc.lex->roles, doc, j, e).first || MatchPhrase(doc.lex->orgs, doc, j, e).first ||
        CountryAt(doc, j, e, true).len)
      return false;
  }
  return true;
}

// "New Mexico", "Port Sudan", "British Columbia", "Lebanon County": the length
// of a place name of two or more words the gazetteer knows (or a US
// county's), starting at i, that holds a country's name or a demonym
// shorter than itself; 0
// otherwise. Read as a country, such a name would fall apart into the
// country and loose words.
size_t PlaceAroundCountry(const Doc& doc, size_t i, size_t e) {
  size_t n_max = std::min(doc.gaz->MaxNameWords(), e - i);
  for (size_t n = n_max; n >= 2; --n) {
    const std::string& last = doc.toks[i + n - 1].key;
    bool county = (last == "county" || last == "parish" || last == "borough") && doc.gaz->IsCountyName(doc.Bytes(i, i + n));
    if (!county && !doc.gaz->IsKnownName(doc.Bytes(i, i + n))) continue;
    if (CountryAt(doc, i, i + n, false).len >= n || CountryAt(doc, i, i + n, true).len >= n) return 0;
    for (size_t j = i; j < i + n; ++j)
      if (CountryAt(doc, j, i + n, false).len || CountryAt(doc, j, i + n, true).len) return n;
    return 0;
  }
  return 0;
}

// "Norte de Santander", "Isle of Wight": the length of a place name of three
// or more words the gazetteer knows, starting at i, with a connector in
// lower case inside; 0 otherwise. Read part by part, "Santander" would be
// the bank.
size_t PlaceOverConnector(const Doc& doc, size_t i, size_t e) {
  constexpr size_t kMinWords = 3;
  size_t n_max = std::min(doc.gaz->MaxNameWords(), e - i);
  for (size_t n = n_max; n >= kMinWords; --n) {
    bool connector = false;
    for (size_t k = i + 1; k + 1 < i + n; ++k)
      connector |= (doc.toks[k].cls & kConnector) && !doc.toks[k].has(kCapitalized);
    if (connector && doc.gaz->IsKnownName(doc.Bytes(i, i + n)) && !CountryAt(doc, i, i + n, false).len) return n;
  }
  return 0;
}

// "Prince Edward Island", "King County": a title that opens a place name of
// three or more words the gazetteer knows, or whose next word is a place
// noun; the length of the name, 0 when there is none. Two words stay a
// title and a name ("Prince George" is a prince before a town).
size_t TitledPlaceName(const Doc& doc, size_t i, size_t e) {
  constexpr size_t kMaxWords = 4, kMinWords = 3;
  for (size_t n = std::min(kMaxWords, e - i); n >= kMinWords; --n)
    if (doc.gaz->IsKnownName(doc.Bytes(i, i + n)) && !CountryAt(doc, i + 1, i + n, false).len) return n;
  if (i + 1 < e && (doc.toks[i + 1].cls & kPlaceNoun) && doc.toks[i + 1].has(kCapitalized)) return 2;
  return 0;
}

Part NextPart(const Doc& doc, size_t i, size_t e) {
  if (auto [n, org] = MatchPhrase(doc.lex->orgs, doc, i, e); n) {
    n = SuffixEnd(doc, i + n, e) - i;  // "Sony Corp", "Toyota Motor Corp"
    if (org->actor.size() >= 3 && org->actor.compare(org->actor.size() - 3, 3, "BUS") == 0) {
      while (i + n < e && (doc.toks[i + n].cls & kOrgHead)) {  // "HSBC Holdings", "Sony Group"
        auto it = doc.lex->cue_codes.find(doc.toks[i + n].key);
        if (it == doc.lex->cue_codes.end() || it->second != "BUS") break;
        ++n;
      }
      if (CompanyUnitTail(doc, i + n, e)) n = e - i;  // "Toyota Motor"
    }
    Part p = MakePart(i, i + n, PartType::kOrg);
    p.org = org;
    return p;
  }
  if (size_t n = PlaceAroundCountry(doc, i, e); n) {
    Part p = MakePart(i, i + n, PartType::kName);
    p.place = true;
    return p;
  }
  if (size_t n = PlaceOverConnector(doc, i, e); n) {
    Part p = MakePart(i, i + n, PartType::kName);
    p.place = true;
    return p;
  }
  if (CountryHit c = CountryAt(doc, i, e, false); c.len) return CountryPart(i, c, PartType::kCountry);
  if (CountryHit c = CountryAt(doc, i, e, true); c.len) return CountryPart(i, c, PartType::kDemonym);
  auto [role_n, role] = MatchPhrase(doc.lex->roles, doc, i, e);
  if ((doc.toks[i].cls & kHonorific) || role_n) {
    if (size_t n = TitledPlaceName(doc, i, e); n) {
      Part p = MakePart(i, i + n, PartType::kName);
      p.place = doc.gaz->IsKnownName(doc.Bytes(i, i + n));
      return p;
    }
  }
  if (doc.toks[i].cls & kHonorific) return MakePart(i, i + 1, PartType::kHonorific);
  bool after_particle = i > 0 && (doc.toks[i - 1].cls & kConnector) && !doc.toks[i - 1].has(kCapitalized) &&
                        doc.toks[i - 1].key != "of";  // "Zayed bin Sultan al-Nahayan": a name, no title
  if (size_t n = role_n;
      n && role->title && !after_particle && i + n < e && !(doc.toks[i + n].cls & kOrgHead)) {  // "Premier League" is an org
    Part p = MakePart(i, i + n, PartType::kRole);
    p.role = role;
    return p;
  }
  std::string code;
  if (size_t end = CueOrgEnd(doc, i, e, &code); end) {
    Part p = MakePart(i, end, PartType::kCueOrg);
    p.cue_code = code;
    return p;
  }
  return MakePart(i, i + 1, PartType::kName);
}

// "Russian Army", "U.S. Agency", "New South Wales Police": one
// organisation word after a country (or a place holding one) is an
// organisation of that place.
bool CountryHead(const Doc& doc, const std::vector<Part>& parts, const Part& p, std::string* code) {
  if (p.type != PartType::kName || p.e != p.b + 1 || parts.empty() || parts.back().e != p.b) return false;
  if (parts.back().type != PartType::kCountry && parts.back().type != PartType::kDemonym && !parts.back().place)
    return false;
  if (!(doc.toks[p.b].cls & kOrgHead)) return false;
  auto it = doc.lex->cue_codes.find(doc.toks[p.b].key);
  *code = it == doc.lex->cue_codes.end() ? "" : it->second;
  return true;
}

// The end of a country or demonym and one event word after it ("U.S.
// Open", "Australian Open", "European Cup"), or 0.
size_t CountryEvent(const Doc& doc, size_t i, size_t e) {
  constexpr size_t kMaxCountryWords = 4;
  bool event_word = false;
  for (size_t k = i + 1; k < e && k <= i + kMaxCountryWords; ++k) event_word |= (doc.toks[k].cls & kMiscHead) != 0;
  if (!event_word) return 0;
  CountryHit c = CountryAt(doc, i, e, true);
  size_t end = i + c.len;
  if (!c.len || end >= e || !(doc.toks[end].cls & kMiscHead)) return 0;
  return end + 1;
}

// "Mark Holland", "Jack London": a one-word country or place written
// straight after a lone given name is that person's surname.
bool SurnameLikeCountry(const Doc& doc, const std::vector<Part>& parts, const Part& p) {
  if (p.type != PartType::kCountry || p.e != p.b + 1 || parts.empty()) return false;
  const Part& prev = parts.back();
  return prev.type == PartType::kName && prev.e == p.b && prev.e == prev.b + 1 && (doc.toks[prev.b].cls & kFirstName) &&
         !doc.toks[p.b].has(kAllCaps);
}

// "Residents of Kharkiv", "Shares of Tata Motors" opening a sentence: a
// common noun and a connector before the name, which starts after them.
size_t SkipOpeningNounOf(const Doc& doc, size_t b, size_t e) {
  const Tok& t = doc.toks[b];
  if (!t.sentence_start || b + 2 >= e || !(doc.toks[b + 1].cls & kConnector) || doc.toks[b + 1].has(kCapitalized))
    return b;
  if (t.cls & (kFirstName | kHonorific | kOrgHead | kPlaceHead | kMiscHead)) return b;
  if (MatchPhrase(doc.lex->orgs, doc, b, e).first || MatchPhrase(doc.lex->roles, doc, b, e).first ||
      CountryAt(doc, b, e, false).len || doc.gaz->IsKnownName(doc.Bytes(b, b + 1)))
    return b;
  return b + 2;
}

// "Insurer Commercial Union", "Carmaker Fiat" opening a sentence: a noun
// for what a company does (one ending in -er or -or, not "Group", "Bank")
// before a name is no part of it; the name starts after it.
size_t SkipOpeningTradeNoun(const Doc& doc, size_t b, size_t e) {
  const Tok& t = doc.toks[b];
  if (!t.sentence_start || b + 1 >= e || !(t.cls & kOrgNoun) || (t.cls & (kOrgHead | kOrgSuffix | kClub))) return b;
  std::string_view key = t.key;
  if (key.size() < 4 || (key.substr(key.size() - 2) != "er" && key.substr(key.size() - 2) != "or")) return b;
  if (MatchPhrase(doc.lex->orgs, doc, b, e).first || !doc.toks[b + 1].has(kCapitalized)) return b;
  return b + 1;
}

// "Dutchman Jeroen Blijlevens": a group noun opening a run before a name of
// two or three plain words (or one opening with a given name) is no part
// of the name.
bool DemonymNounBeforeName(const Doc& doc, size_t b, size_t e) {
  constexpr uint32_t kHeads = kOrgHead | kOrgSuffix | kPlaceHead | kMiscHead | kClub | kGroupWord | kConnector;
  const Tok& t = doc.toks[b];
  if (!(t.cls & kGroupWord) || (t.cls & (kOrgHead | kPlaceHead | kMiscHead)) || t.has(kAllCaps) || e - b < 2 || e - b > 4)
    return false;
  for (size_t k = b + 1; k < e; ++k)
    if ((doc.toks[k].cls & kHeads) || doc.toks[k].has(kAllCaps)) return false;
  return e - b >= 3 || (doc.toks[b + 1].cls & kFirstName);
}

std::vector<Part> Segment(const Doc& doc, size_t b, size_t e) {
  std::vector<Part> parts;
  for (size_t i = b; i < e;) {
    if ((doc.toks[i].cls & kMiscHead) && i + 2 < e && (doc.toks[i + 1].cls & kConnector)) {
      parts.push_back(MakePart(i, e, PartType::kName));  // "Tour of Spain", "Cup of Nations": one event
      break;
    }
    if (size_t end = CountryEvent(doc, i, e); end) {  // "U.S. Open", "German Open": an event
      parts.push_back(MakePart(i, end, PartType::kName));
      i = end;
      continue;
    }
    bool after_org = !parts.empty() && (parts.back().type == PartType::kOrg || parts.back().type == PartType::kCueOrg);
    if (after_org && (doc.toks[i].cls & kConnector) && !doc.toks[i].has(kCapitalized)) {  // "Ashdown Paper Ltd of"
      ++i;
      continue;
    }
    if (i == b && DemonymNounBeforeName(doc, b, e)) {  // "Dutchman Jeroen Blijlevens"
      parts.push_back(MakePart(i, i + 1, PartType::kDemonym));
      ++i;
      continue;
    }
    Part p = NextPart(doc, i, e);
    if (SurnameLikeCountry(doc, parts, p)) p.type = PartType::kName;  // "Mark Holland"
    if (std::string code; CountryHead(doc, parts, p, &code)) {
      p.type = PartType::kCueOrg;
      p.cue_code = code;
    }
    if (p.type == PartType::kName && !parts.empty() && parts.back().type == PartType::kName &&
        parts.back().e == p.b) {
      parts.back().e = p.e;
    } else {
      parts.push_back(p);
    }
    i = p.e;
  }
  return parts;
}

bool HasInitial(const Doc& doc, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i)
    if (doc.toks[i].has(kInitial)) return true;
  return false;
}

bool PersonEvidence(const Doc& doc, const std::vector<Part>& parts, size_t k) {
  const Part& p = parts[k];
  if (p.e - p.b == 1 && (doc.toks[p.b].cls & (kOrgHead | kPlaceHead | kMiscHead))) return false;
  if (k > 0 && (parts[k - 1].type == PartType::kRole || parts[k - 1].type == PartType::kHonorific)) return true;
  if (k == 1 && parts.size() == 2 && parts[0].type == PartType::kDemonym && DemonymNounBeforeName(doc, parts[0].b, p.e))
    return true;  // "Dane Bo Hamburger"
  if (p.b > 0 && doc.SameSentence(p.b - 1, p.b) && k == 0) {  // "spokeswoman Maria Zakharova"
    if (doc.toks[p.b - 1].cls & kHonorific) return true;       // "Mrs Thatcher" ("Mrs" is no name word)
    auto [n, role] = MatchPhrase(doc.lex->roles, doc, p.b - 1, p.b);
    if (n && role->title) return true;
  }
  if (p.e - p.b < 2) return false;
  if (doc.toks[p.e - 1].cls & (kPlaceHead | kMiscHead)) return false;  // "Victoria Street", "Washington Bridge"
  // "in Alice Springs": a place the gazetteer knows, where a place is expected.
  if (p.b > 0 && (doc.toks[p.b - 1].cls & kLocative) && doc.gaz->IsKnownName(doc.Bytes(p.b, p.e))) return false;
  return (doc.toks[p.b].cls & kFirstName) || HasInitial(doc, p.b, p.e);
}

// "South African Press Association": a demonym directly before a known
// organisation whose name ends in an organisation word is part of its name
// (a country is not: "U.S. Congress" stays two names, as in CoNLL).
bool DemonymOpensKnownOrg(const Doc& doc, const std::vector<Part>& parts, size_t k) {
  if (k == 0 || parts[k].type != PartType::kOrg || !parts[k].org || parts[k].org->misc) return false;
  const Part& prev = parts[k - 1];
  return prev.type == PartType::kDemonym && prev.e == parts[k].b && parts[k].e - parts[k].b >= 2 &&
         (doc.toks[parts[k].e - 1].cls & kOrgHead);
}

void AddOrg(Doc* doc, const std::vector<Part>& parts, size_t k) {
  const Part& p = parts[k];
  Mention m;
  m.kind = Kind::kOrg;
  m.b = m.name_b = p.b;
  m.e = p.e;
  if (p.org && p.org->misc) {  // "Nikkei", "American League"
    m.kind = Kind::kMisc;
    m.canonical = p.org->canonical;
  } else if (p.org && DemonymOpensKnownOrg(*doc, parts, k)) {  // "South African Press Association"
    m.b = parts[k - 1].b;
    m.canonical = std::string(doc->Bytes(m.b, m.e));
    m.country = parts[k - 1].iso3;
    if (p.org->actor.size() == 3) m.actor = parts[k - 1].iso3 + p.org->actor;  // a role only: "MED" -> "ZAFMED"
    else if (!p.org->actor.empty()) m.actor = p.org->actor;
  } else if (p.org) {
    m.canonical = p.org->canonical;
    if (!p.org->country.empty()) m.country = p.org->country;
    if (!p.org->actor.empty()) m.actor = p.org->actor;
    if (m.country && m.actor && m.actor->compare(0, 3, *m.country) == 0) m.role_code = m.actor->substr(3);
  } else {
    m.role_code = p.cue_code;
    const Part* prev = k > 0 ? &parts[k - 1] : nullptr;
    if (prev && (prev->type == PartType::kCountry || prev->type == PartType::kDemonym || prev->place)) {
      m.b = prev->b;
      if (!prev->place) m.country = prev->iso3;
    }
    m.actor = ActorCode(m.country, m.role_code);
    m.canonical = std::string(doc->Bytes(m.b, m.e));
  }
  doc->mentions.push_back(std::move(m));
}

bool MergedIntoOrg(const Doc& doc, const std::vector<Part>& parts, size_t k) {
  if (k + 1 < parts.size() && DemonymOpensKnownOrg(doc, parts, k + 1)) return true;
  return k + 1 < parts.size() && parts[k + 1].type == PartType::kCueOrg && parts[k + 1].b == parts[k].e;
}

void AddCountryPart(Doc* doc, const Part& p) {
  Mention m;
  m.kind = p.type == PartType::kCountry ? Kind::kPlace : Kind::kNorp;
  m.b = p.b;
  m.e = p.e;
  m.country = p.iso3;
  m.country_name = p.type == PartType::kCountry;
  m.canonical = p.type == PartType::kCountry ? p.name : std::string(doc->Bytes(p.b, p.e));
  doc->mentions.push_back(std::move(m));
}

// "Erik Zabel of Telekom": a name opening with a given name, of two or three
// words, then "of" and a name: a person and the team or company (or place).
size_t PersonOfEnd(const Doc& doc, const Part& p) {
  if (!(doc.toks[p.b].cls & kFirstName)) return 0;
  for (size_t c = p.b + 2; c + 1 < p.e && c <= p.b + 3; ++c) {
    const Tok& t = doc.toks[c];
    if (t.key != "of" || t.has(kCapitalized)) continue;
    for (size_t i = p.b; i < c; ++i)
      if (doc.toks[i].cls & (kConnector | kOrgHead | kPlaceHead | kMiscHead | kClub)) return 0;
    return c;
  }
  return 0;
}

void AddName(Doc* doc, const std::vector<Part>& parts, size_t k) {
  const Tok& first = doc->toks[parts[k].b];
  bool portfolio_word = first.key == "of" || first.key == "for" || first.key == "on";  // not "bin Salman"
  if (portfolio_word && !first.has(kCapitalized) && !first.has(kAllCaps)) {
    // "High Representative for Bosnia", "Minister of Defence": a title's
    // connector and its portfolio are no name; a name may follow them
    // ("Minister of Foreign Affairs Yevgeny Primakov").
    if (parts[k].e == parts[k].b + 1 || (k > 0 && parts[k - 1].type == PartType::kRole)) {
      size_t j = parts[k].b + 1;
      while (j < parts[k].e && !(doc->toks[j].cls & kFirstName) && !doc->toks[j].has(kInitial)) ++j;
      if (j >= parts[k].e) return;
      std::vector<Part> rest = parts;
      rest[k].b = j;
      AddName(doc, rest, k);
      return;
    }
  }
  if (size_t c = PersonOfEnd(*doc, parts[k]); c) {
    Mention person;
    person.b = parts[k].b;
    person.e = c;
    person.evidence = true;
    person.kind = Kind::kPerson;
    doc->mentions.push_back(std::move(person));
    Mention of;  // a place stays a place ("of Paris"); else a team or company
    of.b = c + 1;
    of.e = parts[k].e;
    of.kind = IsPlaceName(*doc, of.b, of.e) ? Kind::kUnknown : Kind::kOrg;
    if (of.kind == Kind::kOrg) of.canonical = std::string(doc->Bytes(of.b, of.e));
    doc->mentions.push_back(std::move(of));
    return;
  }
  Mention m;
  m.b = parts[k].b;
  m.e = parts[k].e;
  while (m.e - m.b > 1 && (doc->toks[m.e - 1].cls & kConnector) && !doc->toks[m.e - 1].has(kCapitalized)) --m.e;
  m.evidence = PersonEvidence(*doc, parts, k);
  m.kind = m.evidence ? Kind::kPerson : Kind::kUnknown;
  doc->mentions.push_back(std::move(m));
}

bool IsJoiner(const Doc& doc, size_t i) {
  std::string_view w = doc.Bytes(i, i + 1);
  return w == "&" || w == "and";
}

void ReadRun(Doc* doc, size_t b, size_t e);

// A run that JoinsCompany joined: "Toyota Motor Corp and Sony Corp" is two
// companies (a suffix before the joiner), "Nippon Telegraph and Telephone
// Corp" one. False when the run has no joiner or is left to Segment.
bool ReadJoinedCompanies(Doc* doc, size_t b, size_t e) {
  size_t joiner = e;
  for (size_t i = b + 1; i + 1 < e; ++i)
    if (IsJoiner(*doc, i)) joiner = i;
  if (joiner == e) return false;
  if (doc->toks[joiner - 1].cls & kOrgSuffix) {
    ReadRun(doc, b, joiner);
    ReadRun(doc, joiner + 1, e);
    return true;
  }
  if (!(doc->toks[e - 1].cls & kOrgSuffix) || MatchPhrase(doc->lex->orgs, *doc, b, e).first) return false;
  for (size_t i = joiner; i-- > b + 1;) {  // "Alan Ackerman of Fahnestock and Co": the company follows "of"
    if ((doc->toks[i].cls & kConnector) && !doc->toks[i].has(kCapitalized)) {
      ReadRun(doc, b, i);
      b = i + 1;
      break;
    }
  }
  Part p = MakePart(b, e, PartType::kCueOrg);
  p.cue_code = "BUS";
  AddOrg(doc, {p}, 0);
  return true;
}

// "Group C", "Pool 2": a stage of a competition, named by a letter or a
// number, is no organisation nor place.
bool IsCompetitionGroup(const Doc& doc, size_t b, size_t e) {
  if (e != b + 2 || doc.toks[b + 1].end - doc.toks[b + 1].start > 2) return false;
  const std::string& word = doc.toks[b].key;
  std::string_view label = doc.Bytes(b + 1, b + 2);
  bool letter = label.size() == 1 && label[0] >= 'A' && label[0] <= 'Z';
  bool number = !label.empty() && label.size() <= 2 && std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
  return (word == "group" || word == "pool" || word == "section") && (letter || number);
}

void ReadRun(Doc* doc, size_t b, size_t e) {
  if (IsCompetitionGroup(*doc, b, e)) return;
  if (ReadJoinedCompanies(doc, b, e)) return;
  b = SkipOpeningNounOf(*doc, b, e);
  b = SkipOpeningTradeNoun(*doc, b, e);
  std::vector<Part> parts = Segment(*doc, b, e);
  for (size_t k = 0; k < parts.size(); ++k) {
    switch (parts[k].type) {
      case PartType::kOrg:
      case PartType::kCueOrg: AddOrg(doc, parts, k); break;
      case PartType::kCountry:
      case PartType::kDemonym:
        if (!MergedIntoOrg(*doc, parts, k)) AddCountryPart(doc, parts[k]);
        break;
      case PartType::kName:
        if (!parts[k].place || !MergedIntoOrg(*doc, parts, k)) AddName(doc, parts, k);
        break;
      default: break;
    }
  }
}

// "Truth" in "Truth and Reconciliation Commission", "Food" in "Food and Drug
// Administration": one or two plain words before "and", no organisation,
// country, given name or known name among them.
bool PlainWordsBeforeAnd(const Doc& doc, size_t b, size_t j) {
  constexpr size_t kMaxWords = 2;
  if (j - b > kMaxWords || CountryAt(doc, b, j, true).len || MatchPhrase(doc.lex->orgs, doc, b, j).first) return false;
  for (size_t i = b; i < j; ++i)
    if ((doc.toks[i].cls & (kOrgHead | kOrgSuffix | kFirstName | kHonorific | kGroupWord)) || doc.toks[i].has(kAllCaps) ||
        IsPlaceName(doc, i, i + 1))
      return false;
  return true;
}

// "Procter & Gamble", "Nippon Telegraph and Telephone Corp", "Marks and
// Spencer", "Truth and Reconciliation Commission": "&" joins two names;
// "and" only inside a company's name (one ending in a suffix, or a known
// one) or before a name ending in an organisation word after plain words.
bool JoinsCompany(const Doc& doc, size_t run_begin, size_t j, size_t end) {
  if (j + 1 >= end || !IsNameWord(doc, j + 1)) return false;
  std::string_view word = doc.Bytes(j, j + 1);
  if (word == "&") return true;
  if (word != "and" || doc.toks[j + 1].has(kAllCaps) != doc.toks[j - 1].has(kAllCaps)) return false;
  size_t k = j + 1;
  while (k < end && IsNameWord(doc, k)) ++k;
  if (doc.toks[k - 1].cls & kOrgSuffix) return true;
  if ((doc.toks[k - 1].cls & kOrgHead) && PlainWordsBeforeAnd(doc, run_begin, j)) return true;  // "Truth and Reconciliation Commission"
  for (size_t b = run_begin; b < j; ++b)
    if (MatchPhrase(doc.lex->orgs, doc, b, end).first > j - b + 1) return true;
  return false;
}

// "Commission on Elections", "Organisation of the Islamic Conference": after
// an organisation word, "of", "on" or "for" (and "the") before a name join
// it to the organisation; so does "of the" after an event word ("Tour of
// the Netherlands"); the words skipped, or 0.
size_t OrgHeadTail(const Doc& doc, size_t j, size_t end) {
  const Tok& head = doc.toks[j - 1];
  const Tok& t = doc.toks[j];
  if (!(head.cls & (kOrgHead | kMiscHead)) || !head.has(kCapitalized) || t.kind != TokenKind::kWord ||
      t.has(kCapitalized) || t.has(kAllCaps) || (t.key != "of" && t.key != "on" && t.key != "for"))
    return 0;
  if (!(head.cls & kOrgHead) && (t.key != "of" || j + 1 >= end || doc.toks[j + 1].key != "the")) return 0;
  size_t k = j + 1;
  if (k < end && doc.toks[k].key == "the" && !doc.toks[k].has(kCapitalized)) ++k;
  if (k >= end || !IsNameWord(doc, k) || (doc.toks[k].cls & (kFirstName | kHonorific))) return 0;
  return k - j;
}

// "Ministry of Trade and Industry", "Department of Posts and
// Telecommunications": after an organisation word and "of" or "for", "and"
// joins one or two plain words that end the run (not a given name, a
// country or a known organisation: "the Bank of England and Barclays").
bool JoinsOrgOfTail(const Doc& doc, size_t run_begin, size_t j, size_t end) {
  constexpr size_t kMaxWords = 2;
  const Tok& t = doc.toks[j];
  if (t.key.size() != 3 || t.key != "and" || t.has(kCapitalized) || t.has(kAllCaps)) return false;
  bool of_tail = false;
  for (size_t k = run_begin + 1; k < j && !of_tail; ++k)
    of_tail = (doc.toks[k].key == "of" || doc.toks[k].key == "for") && !doc.toks[k].has(kCapitalized) &&
              (doc.toks[k - 1].cls & kOrgHead);
  if (!of_tail) return false;
  size_t k = j + 1;
  while (k < end && k <= j + kMaxWords && IsNameWord(doc, k) && !doc.toks[k].has(kAllCaps) &&
         !(doc.toks[k].cls & (kFirstName | kStop | kHonorific)))
    ++k;
  if (k == j + 1 || (k < end && IsNameWord(doc, k))) return false;
  return !MatchPhrase(doc.lex->orgs, doc, j + 1, k).first && !CountryAt(doc, j + 1, k, true).len;
}

// Trailing connectors never end a run ("Bank of" + lower-case word).
// "Cox's Bazar", "Martha's Vineyard": a place name the gazetteer knows
// whose possessive is inside it, with one or two words before the clitic at j.
bool PossessiveInPlaceName(const Doc& doc, size_t i, size_t j, size_t end) {
  if (!doc.IsClitic(j) || j + 1 >= end || !IsNameWord(doc, j + 1)) return false;
  for (size_t k = j; k-- > i && k + 2 >= j;)
    if (doc.gaz->IsKnownName(doc.Bytes(k, j + 2))) return true;
  return false;
}

// A hyphen or dash that may join the words of a name.
bool IsJoiningDash(std::string_view s) { return s == "-" || s == "\u2013" || s == "\u2010" || s == "\u2011"; }

// "Trinidad and Tobago", "Saint Vincent and the Grenadines", "Republic of
// the Congo", "Mato Grosso do Sul", "Dar es Salaam", "Newcastle upon Tyne",
// "Frankfurt am Main": at a small lower-case word after a word
// of the run, the end of a place name the gazetteer knows that runs on over
// it; 0 when there is none.
size_t KnownNameOverGlue(const Doc& doc, size_t i, size_t j, size_t end) {
  constexpr size_t kMaxWords = 6, kMaxBefore = 3;
  static const std::unordered_set<std::string_view> kGlue = {"and", "of", "the", "do", "dos", "das", "du", "da", "de", "del",
                                                            "y", "es", "upon", "on", "am", "an", "en", "sur", "les"};
  const Tok& t = doc.toks[j];
  // "Castilla–La Mancha", "Murray–Darling Basin": a dash between the words
  // of a known name, with no space on either side.
  bool dash = t.kind == TokenKind::kPunct && j > 0 && doc.toks[j - 1].end == t.start && j + 1 < end &&
              doc.toks[j + 1].start == t.end && IsJoiningDash(doc.Bytes(j, j + 1));
  if (!dash && (t.kind != TokenKind::kWord || t.has(kCapitalized) || !kGlue.count(t.key))) return 0;
  size_t best = 0;
  for (size_t k = j; k-- > i && j - k <= kMaxBefore;)
    for (size_t n = j + 1; n < end && n - k < kMaxWords && doc.SameSentence(j, n); ++n)
      if (IsNameWord(doc, n) && doc.gaz->IsKnownName(doc.Bytes(k, n + 1))) best = std::max(best, n + 1);
  return best;
}

size_t RunEnd(const Doc& doc, size_t i, size_t end) {
  size_t j = i + 1;
  while (j < end) {
    if (IsNameWord(doc, j)) {
      ++j;
    } else if (PossessiveInPlaceName(doc, i, j, end)) {
      j += 2;
    } else if (size_t skip = OrgHeadTail(doc, j, end); skip) {
      j += skip;
    } else if (IsConnectorAt(doc, j, end) || JoinsCompany(doc, i, j, end) || JoinsOrgOfTail(doc, i, j, end)) {
      j += 2;
    } else if (size_t over = KnownNameOverGlue(doc, i, j, end); over) {
      j = over;
    } else {
      break;
    }
  }
  return j;
}

// --- Leftover names ---------------------------------------------------------

struct PersonIndex {
  std::unordered_set<std::string> surnames;  // last token keys of evidenced persons
  std::unordered_set<std::string> tokens;    // every token key of multi-word person names
};

PersonIndex IndexPersons(const Doc& doc) {
  PersonIndex index;
  for (const Mention& m : doc.mentions) {
    if (m.kind != Kind::kPerson || m.e - m.b < 2) continue;
    index.surnames.insert(doc.toks[m.e - 1].key);
    for (size_t i = m.b; i < m.e; ++i) index.tokens.insert(doc.toks[i].key);
  }
  return index;
}

bool IsKnownPerson(const Doc& doc, const Mention& m, const PersonIndex& index) {
  if (!index.surnames.count(doc.toks[m.e - 1].key)) return false;
  for (size_t i = m.b; i < m.e; ++i)
    if (!index.tokens.count(doc.toks[i].key)) return false;
  return true;
}

// "the Harvest Table brand", "The Royal Ulster Constabulary said": a name
// right after the article (news names people without one).
bool AfterThe(const Doc& doc, const Mention& m) {
  return m.b > 0 && doc.SameSentence(m.b - 1, m.b) && doc.toks[m.b - 1].key == "the" && !doc.toks[m.b - 1].has(kAllCaps);
}

// "85-year-old", "54-year-old": a person's age as an adjective.
bool IsAgeWord(const Doc& doc, size_t i) {
  constexpr std::string_view kYearOld = "-year-old";
  if (i >= doc.toks.size()) return false;
  std::string_view w = doc.Bytes(i, i + 1);
  return w.size() > kYearOld.size() && w.substr(w.size() - kYearOld.size()) == kYearOld && w[0] >= '0' && w[0] <= '9';
}

// "Norsk Hydro , the Norwegian oil and aluminium group ,", "Jan Smit , the
// company 's chairman ,": what an apposition after a name calls it, by its
// head (the last word before a preposition, "which" or the closing comma):
// an organisation noun makes an organisation, a role a person; else
// kUnknown.
Kind ApposedKind(const Doc& doc, const Mention& m) {
  constexpr size_t kMaxWords = 8;
  size_t n = m.e;
  if (n + 2 >= doc.toks.size() || !doc.SameSentence(m.b, n + 1) || doc.Bytes(n, n + 1) != ",") return Kind::kUnknown;
  auto ends_head = [&](const Tok& t) {  // "a senior economist at the bank": the head is before "at"
    return t.key == "of" || t.key == "at" || t.key == "with" || t.key == "for" || t.key == "in" || t.key == "on" ||
           t.key == "from" || t.key == "based" || t.key == "which" || t.key == "that" || t.key == "who";
  };
  size_t k = n + 1;
  while (k < doc.toks.size() && k <= n + kMaxWords && doc.SameSentence(n, k) &&
         (doc.toks[k].kind == TokenKind::kWord || doc.toks[k].kind == TokenKind::kClitic) && !ends_head(doc.toks[k]))
    ++k;
  if (k <= n + 2 || k > n + kMaxWords || k >= doc.toks.size() || !doc.SameSentence(n, k)) return Kind::kUnknown;
  std::string_view stop = doc.Bytes(k, k + 1);
  const Tok& last = doc.toks[k - 1];
  bool closed = stop == "," || stop == "." || stop == ";" || ends_head(doc.toks[k]);
  if (!closed || last.has(kCapitalized) || last.has(kAllCaps)) return Kind::kUnknown;
  if (last.cls & kOrgNoun) return Kind::kOrg;
  if (last.cls & kPlaceNoun) return Kind::kPlace;  // "Sungai Nipah, a village in ..."
  return MatchPhrase(doc.lex->roles, doc, k - 1, k).first ? Kind::kPerson : Kind::kUnknown;
}

// "Smith said", "Smith, who ...", "Smith, 54,", "Smith, the 54-year-old
// chairman".
bool SpeaksOrIsDescribed(const Doc& doc, const Mention& m) {
  size_t n = m.e;
  if (doc.toks[m.e - 1].cls & kGroupWord) return false;  // "the Social Democrats said": a party
  if (n >= doc.toks.size() || !doc.SameSentence(m.b, n)) return false;
  if (doc.toks[n].cls & kSpeech) return m.e - m.b >= 2 || !doc.toks[m.b].sentence_start;
  if (doc.text.substr(doc.toks[n].start, 1) != "," || n + 1 >= doc.toks.size()) return false;
  const Tok& t = doc.toks[n + 1];
  bool article = t.key == "the" || t.key == "a" || t.key == "an";
  if (IsAgeWord(doc, n + 1) || (article && IsAgeWord(doc, n + 2))) return true;
  return m.e - m.b >= 2 && (t.key == "who" || t.key == "wanted" || t.key == "aged" || t.kind == TokenKind::kNumber);
}

// "Peter Blackburn" alone on a line before a dateline in capitals
// ("BRUSSELS 1996-08-22"): the byline of a wire story.
bool IsByline(const Doc& doc, const Mention& m) {
  const Sentence& s = doc.analysis->sentences[doc.toks[m.b].sentence];
  if (m.b != s.token_begin || m.e != s.token_end || m.e - m.b < 2 || m.e - m.b > 4) return false;
  for (size_t i = m.b; i < m.e; ++i)
    if (doc.toks[i].has(kAllCaps) || doc.toks[i].kind != TokenKind::kWord) return false;
  return m.e < doc.toks.size() && doc.toks[m.e].has(kAllCaps) && doc.toks[m.e].kind == TokenKind::kWord;
}

bool HasAmpersand(const Doc& doc, const Mention& m) {
  for (size_t i = m.b + 1; i + 1 < m.e; ++i)
    if (doc.Bytes(i, i + 1) == "&") return true;
  return false;
}

bool IsAcronym(const Doc& doc, const Mention& m) {
  const Tok& t = doc.toks[m.b];
  return m.e - m.b == 1 && t.has(kAllCaps) && !t.has(kAbbreviation) && t.end - t.start >= 2 &&
         t.end - t.start <= 6;
}

// "Culture Minister", "Deputy Economy Minister": unknown words before
// "Minister" or "Secretary" are the portfolio, part of the role (roles.cc).
bool QualifiesTitle(const Doc& doc, const Mention& m) {
  if (m.e - m.b > 3 || m.e >= doc.toks.size() || !doc.SameSentence(m.b, m.e)) return false;
  const std::string& next = doc.toks[m.e].key;
  return doc.toks[m.e].has(kCapitalized) && (next == "minister" || next == "secretary");
}

// "Deputy" in "Deputy Economy Minister": capitalised words directly before
// a title (and not a place: "Moscow Mayor") belong to the role.
bool BeforeTitle(const Doc& doc, const Mention& m) {
  if (m.e - m.b > 3 || m.e >= doc.toks.size() || !doc.SameSentence(m.b, m.e)) return false;
  if (!doc.toks[m.e].has(kCapitalized)) return false;
  auto [n, role] = MatchPhrase(doc.lex->roles, doc, m.e, doc.toks.size());
  return n && role->title && doc.SameSentence(m.e, m.e + n);
}

// "Police", "Parliament", "Strait" alone: a common noun, capitalised or not
// (the gazetteer's town of Police, Poland, is not meant).
bool IsCommonHead(const Doc& doc, const Mention& m) {
  return m.e - m.b == 1 && (doc.toks[m.b].cls & (kOrgHead | kOrgSuffix | kPlaceHead | kMiscHead)) &&
         !doc.toks[m.b].has(kAllCaps);
}

// "Residents of Kharkiv" opening a sentence: a capitalised word and a
// connector before the name, no first name among them.
bool OpensWithCommonNounOf(const Doc& doc, const Mention& m) {
  const Tok& first = doc.toks[m.b];
  return m.e - m.b >= 3 && first.sentence_start && !(first.cls & (kFirstName | kOrgHead | kPlaceHead | kMiscHead)) &&
         (doc.toks[m.b + 1].cls & kConnector) && !doc.toks[m.b + 1].has(kCapitalized);  // "Edwig Van Hooydonck"
}

// "Give us a break": one word opening a sentence that names only a small
// town ("Give", Denmark) is far likelier an ordinary word.
bool MinorPlaceOpeningASentence(const Doc& doc, const Mention& m) {
  constexpr uint32_t kMinPopulation = 100000;
  if (m.e - m.b != 1 || !doc.toks[m.b].sentence_start) return false;
  const PlaceInfo* p = doc.gaz->Best(doc.Bytes(m.b, m.e));
  return p && p->kind == PlaceKind::kCity && !p->capital && p->population < kMinPopulation;
}

// A place a name alone means: a country, region or subdivision, a capital,
// or a city of 100,000 people or more.
bool IsBigPlace(const Doc& doc, size_t b, size_t e) {
  constexpr uint32_t kMinPopulation = 100000;
  const PlaceInfo* p = doc.gaz->Best(doc.Bytes(b, e));
  return p && (p->kind != PlaceKind::kCity || p->capital || p->population >= kMinPopulation);
}

// A country, region or subdivision, or a capital: a name that stays a
// place even right after an organisation noun.
bool IsSeatOfPower(const Doc& doc, const Mention& m) {
  const PlaceInfo* p = doc.gaz->Best(doc.Bytes(m.b, m.e));
  return p && (p->kind != PlaceKind::kCity || p->capital);
}

// "shipping group Maersk", "the broadcaster Channel 12".
bool AfterOrgNoun(const Doc& doc, const Mention& m) {
  if (m.b == 0 || !doc.SameSentence(m.b - 1, m.b)) return false;
  const Tok& t = doc.toks[m.b - 1];
  return (t.cls & kOrgNoun) && t.kind == TokenKind::kWord && !t.has(kCapitalized) && !t.has(kAllCaps);
}

// "4p", "3 pence", "2 percent": the size of a price move.
bool IsAmount(const Doc& doc, size_t i) {
  if (i >= doc.toks.size()) return false;
  std::string_view w = doc.Bytes(i, i + 1);
  if (w.empty() || w[0] < '0' || w[0] > '9') return false;
  if (w.back() == 'p' || w.back() == '%') return true;
  if (i + 1 >= doc.toks.size() || !doc.SameSentence(i, i + 1)) return false;
  const std::string& unit = doc.toks[i + 1].key;
  return unit == "pence" || unit == "cents" || unit == "percent" || unit == "pct" || doc.Bytes(i + 1, i + 2) == "%";
}

// "Kleinwort Benson rose 4p", "Smith Barney shares fell 3 pence", "De
// Beers shares were steady": a name whose price moves, or whose shares are
// spoken of, is a company.
bool BeforePriceMove(const Doc& doc, const Mention& m) {
  constexpr size_t kMaxGap = 3;
  size_t n = m.e;
  if (n >= doc.toks.size() || !doc.SameSentence(m.b, n) || !(doc.toks[n].cls & kMarket) || doc.toks[n].has(kCapitalized))
    return false;
  bool opening_word = m.e - m.b == 1 && doc.toks[m.b].sentence_start;  // "Mining shares rose"
  if (doc.toks[n].key == "shares" && !opening_word) return true;      // "De Beers shares were steady"
  for (size_t i = n + 1; i <= n + kMaxGap && i < doc.toks.size() && doc.SameSentence(n, i); ++i)
    if (IsAmount(doc, i)) return true;
  return false;
}

// "the Progressive Democrats": qualifying words before a group's name in
// the plural are the name of a party ("Democrats" alone is its members).
bool PartyName(const Doc& doc, const Mention& m) {
  if (m.e - m.b < 2 || !(doc.toks[m.e - 1].cls & kGroupWord) || doc.toks[m.e - 1].key.back() != 's') return false;
  for (size_t i = m.b; i + 1 < m.e; ++i)
    if (doc.toks[i].cls & (kGroupWord | kFirstName)) return false;
  return true;
}

// "the village of Novye Atagi", "the port of Algeciras", "minority in
// Transylvania", "villages around Arbil": a name of one or two words after a
// place noun and "of", or after "in", "near" or "around" (not "at": "a
// strategist at Nikko"), is a place; so is each name listed after it with
// "and", "or" or a comma ("the provinces of Hunan and Hubei").
bool AfterPlaceWords(const Doc& doc, size_t b, size_t e, size_t listed = 0) {
  constexpr size_t kMaxListed = 4;
  if (b < 2 || !doc.SameSentence(b - 2, b) || doc.toks[b].has(kAllCaps) || e - b > 2) return false;
  const Tok& before = doc.toks[b - 1];
  const std::string& prev = before.key;
  if (prev == "in" || prev == "near" || prev == "around") return before.kind == TokenKind::kWord;
  if (prev == "of") return (doc.toks[b - 2].cls & kPlaceNoun) && !doc.toks[b - 2].has(kCapitalized);
  // "in Akkar and the Bekaa": an article after the joiner.
  size_t join = prev == "the" && (doc.toks[b - 2].key == "and" || doc.toks[b - 2].key == "or") ? b - 2 : b - 1;
  std::string_view joiner = doc.Bytes(join, join + 1);
  if ((joiner != "and" && joiner != "or" && joiner != ",") || listed == kMaxListed) return false;
  // "in Moscow , Ivanov said": a name that speaks or acts opens a clause.
  std::string_view after = e < doc.toks.size() && doc.SameSentence(b, e) ? doc.Bytes(e, e + 1) : "";
  if (e < doc.toks.size() && (doc.toks[e].cls & (kSpeech | kAction))) return false;
  if (joiner == "," && after != "," && after != "and" && after != "or") return false;
  size_t item = join;  // the item before: one or two capitalised words
  while (item > 0 && join - item < 2 && doc.SameSentence(item - 1, b) && doc.toks[item - 1].kind == TokenKind::kWord &&
         doc.toks[item - 1].has(kCapitalized) && !(doc.toks[item - 1].cls & kStop))
    --item;
  return item < join && AfterPlaceWords(doc, item, join, listed + 1);
}

// "Maliuc and other villages", "the Rubavu and Rusizi crossings", "Gorkha,
// Dhading and Rasuwa districts": a name listed before "and other" or other
// names, and a plural place noun.
bool BeforeOtherPlaces(const Doc& doc, size_t e) {
  constexpr size_t kMaxListed = 4;
  auto plural_place_noun = [&](size_t k) {
    return k < doc.toks.size() && doc.SameSentence(e, k) && (doc.toks[k].cls & kPlaceNoun) &&
           !doc.toks[k].has(kCapitalized) && doc.toks[k].key.ends_with('s');
  };
  auto joiner = [&](size_t k) {
    if (k >= doc.toks.size() || !doc.SameSentence(e, k)) return false;
    const std::string& w = doc.toks[k].key;
    return w == "and" || w == "or" || (doc.toks[k].kind == TokenKind::kPunct && doc.Bytes(k, k + 1) == ",");
  };
  if (joiner(e) && e + 2 < doc.toks.size() && doc.toks[e + 1].key == "other" && plural_place_noun(e + 2)) return true;
  size_t k = e;
  for (size_t listed = 0; listed < kMaxListed && joiner(k); ++listed) {
    size_t name = k + 1;
    while (name < doc.toks.size() && doc.SameSentence(e, name) && doc.toks[name].kind == TokenKind::kWord &&
           doc.toks[name].has(kCapitalized) && !(doc.toks[name].cls & kStop))
      ++name;
    if (name == k + 1) return false;  // a joiner with no name after it
    if (plural_place_noun(name)) return true;
    k = name;
  }
  return false;
}

// "Western diplomats", "Arab states": a group word before a common noun in
// lower case is an adjective (CoNLL MISC), though a town shares its name.
bool GroupAdjective(const Doc& doc, const Mention& m) {
  if (m.e - m.b != 1 || !(doc.toks[m.b].cls & kGroupWord) || m.e >= doc.toks.size() || !doc.SameSentence(m.b, m.e))
    return false;
  const Tok& next = doc.toks[m.e];
  return next.kind == TokenKind::kWord && !next.has(kCapitalized) && !next.has(kAllCaps) &&
         !(next.cls & (kStop | kLocative | kConnector));
}

// "the Maastricht treaty", "the Dayton peace accord": a town's name before
// a word for an agreement (past "peace") names the agreement (CoNLL MISC);
// a country's never does ("the Iran nuclear deal" is no shape of this).
bool NamesAPact(const Doc& doc, const Mention& m) {
  auto lower_word = [&](size_t k) {
    return k < doc.toks.size() && doc.SameSentence(m.b, k) && doc.toks[k].kind == TokenKind::kWord &&
           !doc.toks[k].has(kCapitalized) && !doc.toks[k].has(kAllCaps);
  };
  size_t n = m.e;
  if (lower_word(n) && doc.toks[n].key == "peace") ++n;
  if (!lower_word(n) || !(doc.toks[n].cls & kPactNoun)) return false;
  const PlaceInfo* p = doc.gaz->Best(doc.Bytes(m.b, m.e));
  return p && p->kind == PlaceKind::kCity;
}

// "National Centre for Disease Control", "Federal Medical Centre": a centre
// of something, or one named by its work, is an institution, not a venue
// ("Rockefeller Center", "Barbican Centre").
bool InstitutionCentre(const Doc& doc, const Mention& m, size_t i) {
  static const std::unordered_set<std::string_view> kWork = {
      "medical", "health", "research", "cancer", "trauma", "detention", "training", "data", "operations",
      "emergency", "coordination", "information", "science", "space", "studies", "policy", "control", "disease",
      "heart", "children's", "rehabilitation", "treatment", "reception", "transit", "holding", "command"};
  const std::string& w = doc.toks[i].key;
  if (w != "centre" && w != "center" && w != "centres" && w != "centers") return false;
  if (i + 1 < m.e && (doc.toks[i + 1].key == "for" || doc.toks[i + 1].key == "of")) return true;
  return i > m.b && kWork.count(doc.toks[i - 1].key) > 0;
}

// A name of several words typed by its words, nearest the end first:
// "World War II" MISC, "Temple Mount", "Strait of Hormuz" PLACE.
Kind HeadType(const Doc& doc, const Mention& m) {
  if (m.e - m.b < 2) return Kind::kUnknown;
  for (size_t i = m.e; i-- > m.b;) {
    if (doc.toks[i].cls & kMiscHead) return Kind::kMisc;
    if (doc.toks[i].cls & kPlaceHead) return InstitutionCentre(doc, m, i) ? Kind::kOrg : Kind::kPlace;
  }
  return Kind::kUnknown;
}

// Sentences whose capitals carry no information: mostly capitalised words
// (a headline or title-case line) or capitals throughout.
class CapitalisedSentences {
 public:
  explicit CapitalisedSentences(const Doc& doc) : doc_(doc), memo_(doc.analysis->sentences.size(), -1) {}
  bool operator()(size_t s) {
    if (memo_[s] < 0) memo_[s] = Compute(doc_.analysis->sentences[s]);
    return memo_[s] == 1;
  }

 private:
  // Title case leaves no content word in lower case ("Talks Stall In
  // Geneva"); prose always has some ("met", "said").
  int Compute(const Sentence& s) const {
    size_t words = 0, lower_content = 0, all_caps = 0;
    for (size_t i = s.token_begin; i < s.token_end; ++i) {
      const Tok& t = doc_.toks[i];
      if (t.kind != TokenKind::kWord) continue;
      ++words;
      lower_content += !t.has(kCapitalized) && !t.has(kAllCaps) && !(t.cls & kStop) && !t.has(kHasDigit);
      all_caps += t.has(kAllCaps) && !t.has(kAbbreviation);
    }
    return words >= 3 && (lower_content == 0 || all_caps * 2 > words);
  }
  const Doc& doc_;
  std::vector<int8_t> memo_;
};

// "Van" in "Edwig Van Hooydonck", "De" in "Frank De Boer": a capitalised
// connector between two words of a name, not "of" or "and" ("Tour Of Spain").
bool IsSurnameParticle(const Doc& doc, const Mention& m, size_t i) {
  const Tok& t = doc.toks[i];
  return i > m.b && i + 1 < m.e && (t.cls & kConnector) && t.has(kCapitalized) && t.key != "of" && t.key != "and" &&
         t.key != "for" && t.key != "on" && t.key != "the";
}

// "Dore Gold", "Saeed Anwar": two or three words in title case, none of
// them a head word, inside a sentence of ordinary case. Names of events,
// laws and places carry a head word ("Asian Cup", "Temple Mount"); what is
// left of this shape in news is mostly people.
bool LooksLikePersonName(const Doc& doc, const Mention& m) {
  size_t n = m.e - m.b;
  if (n < 2 || n > 3 || doc.toks[m.b].sentence_start || doc.nouns_capitalised) return false;
  if (m.b > 0 && doc.SameSentence(m.b - 1, m.b)) {  // "the Harvest Table brand": a thing, not a person
    const std::string& prev = doc.toks[m.b - 1].key;
    if ((prev == "the" || prev == "a" || prev == "an") && !doc.toks[m.b - 1].has(kCapitalized)) return false;
  }
  for (size_t i = m.b; i < m.e; ++i) {
    const Tok& t = doc.toks[i];
    if (t.kind != TokenKind::kWord || t.has(kAllCaps) || t.has(kHasDigit) || !t.has(kCapitalized)) return false;
    if (IsSurnameParticle(doc, m, i)) continue;  // "Edwig Van Hooydonck"
    if (t.cls & (kConnector | kOrgHead | kOrgSuffix | kPlaceHead | kMiscHead | kClub | kGroupWord)) return false;
    if (MatchPhrase(doc.lex->roles, doc, i, m.e).first) return false;  // "High Commissioner for Refugees"
  }
  const PlaceInfo* p = doc.gaz->Best(doc.Bytes(m.b, m.b + 1));  // "Brussels Grand Prix", "London Marathon"
  return !p || (p->kind == PlaceKind::kCity && !p->capital && p->population < 100000);
}

// "Floods hit Wagga Wagga in New South Wales": a name that only a minor
// place or an alternate name bears, in a sentence naming a known place of
// that place's country, or in an article naming that country. Not a word
// opening the sentence ("Cases have been reported in France": Cases is a
// French village too).
bool OtherPlaceInContext(const Doc& doc, const Mention& m) {
  constexpr size_t kMaxWords = 4;
  const Tok& first = doc.toks[m.b];
  if (m.e - m.b > kMaxWords || first.has(kAllCaps) || first.sentence_start || (m.e - m.b == 1 && first.cls))
    return false;
  std::vector<const PlaceInfo*> candidates = doc.gaz->OtherPlaces(doc.Bytes(m.b, m.e));
  if (candidates.empty()) return false;
  for (const Mention& o : doc.mentions) {
    if (o.kind != Kind::kPlace || &o == &m) continue;
    const PlaceInfo* p = doc.gaz->Best(doc.Bytes(o.b, o.e));
    // A place of its sentence, or a country the article names anywhere.
    if (!p || p->iso3.empty() || (!doc.SameSentence(o.b, m.b) && p->kind != PlaceKind::kCountry)) continue;
    for (const PlaceInfo* c : candidates)
      if (c->iso3 == p->iso3) return true;
  }
  return false;
}

// The fallback for a name nothing typed: MISC where its capitals are
// evidence of a name, else nothing.
Kind Fallback(const Doc& doc, const Mention& m, CapitalisedSentences& capitalised) {
  const Tok& first = doc.toks[m.b];
  bool single = m.e - m.b == 1;
  if (first.sentence_start && (single || (first.cls & kOpener))) return Kind::kUnknown;
  if (single && (first.has(kHyphenated) || first.has(kAllCaps))) return Kind::kUnknown;
  if (capitalised(first.sentence)) return Kind::kUnknown;
  if (!single && (first.cls & kOrgHead)) {  // "Goldfields West": a company's trade opens its name
    auto it = doc.lex->cue_codes.find(first.key);
    if (it != doc.lex->cue_codes.end() && it->second == "BUS") return Kind::kOrg;
  }
  if (LooksLikePersonName(doc, m)) return Kind::kPerson;
  return Kind::kMisc;
}

Kind ClassifyLeftover(const Doc& doc, const Mention& m, const PersonIndex& index, CapitalisedSentences& capitalised,
                      bool* guessed) {
  *guessed = false;
  if (IsKnownPerson(doc, m, index)) return Kind::kPerson;
  if (QualifiesTitle(doc, m) || IsCommonHead(doc, m)) return Kind::kUnknown;
  if (GroupAdjective(doc, m)) return Kind::kNorp;  // "Western diplomats"
  if (AfterOrgNoun(doc, m) && !IsSeatOfPower(doc, m)) return Kind::kOrg;  // "the daily Pravda", "operator Orange"
  if (IsPlaceName(doc, m.b, m.e)) {
    if (NamesAPact(doc, m)) return Kind::kMisc;  // "the Maastricht treaty"
    return MinorPlaceOpeningASentence(doc, m) ? Kind::kUnknown : Kind::kPlace;
  }
  if (MatchPhrase(doc.lex->roles, doc, m.b, m.e).first == m.e - m.b || BeforeTitle(doc, m)) return Kind::kUnknown;
  Kind apposed = ApposedKind(doc, m);
  if (AfterOrgNoun(doc, m) || BeforePriceMove(doc, m) || PartyName(doc, m) || apposed == Kind::kOrg) return Kind::kOrg;
  if (apposed == Kind::kPlace) return Kind::kPlace;
  if (m.e - m.b == 1 && (doc.toks[m.b].cls & kGroupWord)) return Kind::kNorp;  // "European allies"
  if (AfterPlaceWords(doc, m.b, m.e) || BeforeOtherPlaces(doc, m.e)) return Kind::kPlace;
  if (size_t n = m.e; n < doc.toks.size() && doc.SameSentence(m.b, n) && !doc.toks[n].has(kCapitalized)) {
    if (doc.toks[n].cls & kPlaceNoun) return Kind::kPlace;                      // "Hatay province"
    if ((doc.toks[n].cls & kLeadNoun) && m.e - m.b == 1) return Kind::kPerson;  // "the Biden administration"
    bool agency = doc.toks[n].key == "news" && n + 1 < doc.toks.size() && doc.toks[n + 1].key == "agency";
    if (agency) return Kind::kOrg;  // "Tanjug news agency quoted"
    bool opening_word = m.e - m.b == 1 && doc.toks[m.b].sentence_start;  // "Rescue teams reached"
    if ((doc.toks[n].cls & kStaffNoun) && !opening_word && HeadType(doc, m) == Kind::kUnknown)
      return Kind::kOrg;  // "a Smith Barney analyst", "the Rabobank team"
  }
  if (Kind k = HeadType(doc, m); k != Kind::kUnknown) return k;
  if (IsAcronym(doc, m) && !capitalised(doc.toks[m.b].sentence)) return Kind::kOrg;  // "the NFF said"
  if (AfterThe(doc, m) && m.e < doc.toks.size() && (doc.toks[m.e].cls & (kSpeech | kAction)))
    return Kind::kOrg;  // "The Royal Ulster Constabulary said": a body, not a person
  if (SpeaksOrIsDescribed(doc, m) || IsByline(doc, m) || apposed == Kind::kPerson) return Kind::kPerson;
  if (HasAmpersand(doc, m)) return Kind::kOrg;  // "Procter & Gamble"
  if (OtherPlaceInContext(doc, m)) return Kind::kPlace;
  *guessed = true;
  return Fallback(doc, m, capitalised);
}

// "Keir Starmer" ... "Starmer": a guessed name of several words whose last
// word stands alone as a name elsewhere (even opening a sentence) is a
// person, and so is that word.
void PromoteRepeatedSurnames(Doc* doc) {
  std::unordered_map<std::string, std::vector<size_t>> singles;  // key -> single-word PERSON/guessed mentions
  for (size_t k = 0; k < doc->mentions.size(); ++k) {
    const Mention& m = doc->mentions[k];
    if (m.e - m.b == 1 && (m.kind == Kind::kPerson || m.guessed))  // guessed: MISC, or no name yet
      singles[doc->toks[m.b].key].push_back(k);
  }
  if (singles.empty()) return;
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kMisc || !m.guessed || m.e - m.b < 2 || m.e - m.b > 3) continue;
    auto it = singles.find(doc->toks[m.e - 1].key);
    if (it == singles.end()) continue;
    m.kind = Kind::kPerson;
    m.canonical.clear();
    for (size_t k : it->second) {
      doc->mentions[k].kind = Kind::kPerson;
      doc->mentions[k].canonical.clear();
    }
  }
}

// A name of two or three words in title case with no head word: the shape
// of a person's name, wherever it stands in its sentence.
bool PersonShaped(const Doc& doc, const Mention& m) {
  if (m.e - m.b < 2 || m.e - m.b > 3) return false;
  for (size_t i = m.b; i < m.e; ++i) {
    const Tok& t = doc.toks[i];
    if (t.kind != TokenKind::kWord || t.has(kAllCaps) || t.has(kHasDigit) || !t.has(kCapitalized)) return false;
    if (t.cls & (kConnector | kOrgHead | kOrgSuffix | kPlaceHead | kMiscHead | kClub | kGroupWord)) return false;
  }
  return true;
}

// The mention just before (step -1) or after (+1) sorted mention k in a
// list, with only "," or ";" between, or nullptr.
const Mention* ListSibling(const Doc& doc, const std::vector<size_t>& order, size_t k, int step) {
  if ((step < 0 && k == 0) || (step > 0 && k + 1 >= order.size())) return nullptr;
  const Mention& m = doc.mentions[order[k]];
  const Mention& s = doc.mentions[order[k + step]];
  size_t gap = step < 0 ? s.e : m.e;
  if ((step < 0 ? m.b : s.b) != gap + 1 || !doc.SameSentence(m.b, s.b)) return nullptr;
  std::string_view sep = doc.Bytes(gap, gap + 1);
  return sep == "," || sep == ";" ? &s : nullptr;
}

// "Ion Testemitanu , Serghei Stroenco ; Alexandru Curteian , Sergiu Secu":
// a guessed name shaped like a person's between list items that are persons
// (two of them, on either side or both on one) is a person too.
void TypeListsOfPersons(Doc* doc) {
  std::vector<size_t> order(doc->mentions.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return doc->mentions[a].b < doc->mentions[b].b; });
  auto person = [](const Mention* s) { return s && s->kind == Kind::kPerson; };
  for (size_t k = 0; k < order.size(); ++k) {
    Mention& m = doc->mentions[order[k]];
    if (!m.guessed || m.kind == Kind::kPerson || !PersonShaped(*doc, m)) continue;
    const Mention* before = ListSibling(*doc, order, k, -1);
    const Mention* after = ListSibling(*doc, order, k, 1);
    bool two_before = person(before) && person(ListSibling(*doc, order, k - 1, -1));
    bool two_after = person(after) && person(ListSibling(*doc, order, k + 1, 1));
    if ((person(before) && person(after)) || two_before || two_after) {
      m.kind = Kind::kPerson;
      m.canonical.clear();
    }
  }
}

// "the International Monetary Fund (IMF)", "the Rapid Support Forces (RSF)":
// an acronym in brackets after a name is that name, here and wherever else
// the article uses it.
void LinkAcronyms(Doc* doc) {
  std::unordered_map<std::string, size_t> expansions;  // acronym key -> mention of the full name
  for (size_t k = 0; k < doc->mentions.size(); ++k) {
    const Mention& m = doc->mentions[k];
    size_t i = m.e;
    if ((m.kind != Kind::kOrg && m.kind != Kind::kMisc) || m.e - m.b < 2 || i + 2 >= doc->toks.size()) continue;
    if (doc->Bytes(i, i + 1) != "(" || doc->Bytes(i + 2, i + 3) != ")") continue;
    const Tok& a = doc->toks[i + 1];
    if (a.kind == TokenKind::kWord && a.has(kAllCaps)) expansions.emplace(a.key, k);
  }
  if (expansions.empty()) return;
  for (Mention& m : doc->mentions) {
    // "Daimler-Benz Aerospace ( DASA )": the acronym is the name, though a town shares it
    bool town = m.kind == Kind::kPlace && !m.country_name && !IsBigPlace(*doc, m.b, m.e);
    if (m.e - m.b != 1 || (m.kind != Kind::kOrg && m.kind != Kind::kMisc && !town)) continue;
    if (!m.canonical.empty() && m.canonical != doc->Bytes(m.b, m.e)) continue;  // a known acronym
    auto it = expansions.find(doc->toks[m.b].key);
    if (it == expansions.end()) continue;
    const Mention& full = doc->mentions[it->second];
    if (town) {
      m.lat.reset();
      m.lon.reset();
      m.capital = false;
    }
    m.kind = full.kind;
    m.canonical = full.canonical.empty() ? std::string(doc->Bytes(full.b, full.e)) : full.canonical;
    if (!m.country) m.country = full.country;
    if (!m.actor) m.actor = full.actor;
  }
}

}  // namespace

// The end of a dictionary organisation at i whose words in lower case are
// only short function words ("for", "in"), else i ("Xinhua news agency" is
// "Xinhua" and two common nouns).
size_t KnownNameEnd(const Doc& doc, size_t i, size_t end) {
  constexpr size_t kMaxFunctionWord = 3;
  size_t n = MatchPhrase(doc.lex->orgs_with_lower_case, doc, i, end).first;
  if (!n || !doc.toks[i + n - 1].has(kCapitalized)) return i;
  for (size_t k = i; k < i + n; ++k)
    if (!doc.toks[k].has(kCapitalized) && doc.toks[k].key.size() > kMaxFunctionWord) return i;
  return i + n;
}

namespace {

// "an economist at First Chicago", "First Albany Corp": "First" inside a
// sentence before a town's name alone, or before a name that ends in a
// company word, opens a bank's or broker's name; the end of that name, or i.
size_t FirstCompanyEnd(const Doc& doc, size_t i, size_t end) {
  const Tok& t = doc.toks[i];
  if (!t.has(kCapitalized) || t.has(kAllCaps) || t.sentence_start || !(t.cls & kStop) || t.key != "first" ||
      i + 1 >= end || !IsNameWord(doc, i + 1))
    return i;
  size_t j = RunEnd(doc, i + 1, end);
  for (size_t k = i + 1; k < j; ++k)
    if (doc.toks[k].cls & (kMiscHead | kHeading | kFirstName) || MatchPhrase(doc.lex->roles, doc, k, j).first) return i;
  auto it = doc.lex->cue_codes.find(doc.toks[j - 1].key);
  bool company = (doc.toks[j - 1].cls & kOrgSuffix) || (it != doc.lex->cue_codes.end() && it->second == "BUS");
  bool town = j == i + 2 && IsBigPlace(doc, i + 1, j) && !CountryAt(doc, i + 1, j, true).len;
  return company || town ? j : i;
}

}  // namespace

void RecognizeMentions(Doc* doc) {
  MarkCapsSentences(doc);
  const auto& sentences = doc->analysis->sentences;
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (doc->caps_sentence[k]) continue;  // read once the body's names are known
    const Sentence& s = sentences[k];
    for (size_t i = s.token_begin; i < s.token_end;) {
      if (size_t j = FirstCompanyEnd(*doc, i, s.token_end); j > i) {  // "First Chicago"
        Part p = MakePart(i, j, PartType::kCueOrg);
        p.cue_code = "BUS";
        AddOrg(doc, {p}, 0);
        i = j;
        continue;
      }
      if (!IsNameWord(*doc, i)) {
        ++i;
        continue;
      }
      size_t j = RunEnd(*doc, i, s.token_end);
      // A known name with words in lower case runs past the capitals
      // ("Organization for Security and Co-operation in Europe").
      j = std::max(j, KnownNameEnd(*doc, i, s.token_end));
      ReadRun(doc, i, j);
      i = j;
    }
  }
  ReadCapsSentences(doc);
}

void ReadCapsName(Doc* doc, size_t b, size_t e, bool caps) {
  bool known = MatchPhrase(doc->lex->orgs, *doc, b, e).first == e - b || CountryAt(*doc, b, e, true).len == e - b;
  if (!caps || known) {
    ReadRun(doc, b, e);
    return;
  }
  Mention m;  // "POLICE" in "POLICE ARREST FOUR" is no organisation by its head word alone
  m.b = b;
  m.e = e;
  m.kind = Kind::kUnknown;
  doc->mentions.push_back(std::move(m));
}

// "the Cali cartel": a name and a group noun after it are one organisation.
bool TakesOrgTail(Doc* doc, Mention* m) {
  size_t n = m->e;
  if (n >= doc->toks.size() || !doc->SameSentence(m->b, n)) return false;
  const Tok& t = doc->toks[n];
  if (!(t.cls & kOrgTail) || t.has(kCapitalized) || t.has(kAllCaps) || t.kind != TokenKind::kWord) return false;
  m->e = n + 1;
  m->kind = Kind::kOrg;
  return true;
}

// "a trader at Deutsche Morgan Grenfell", "an analyst with Nikko": a name
// after a noun for a firm's staff and "at" or "with" is the firm, whatever
// its words read (a given name, a town), and runs on over a known firm's
// name right after it ("analysts at County NatWest"); a big place stays a
// place.
void TypeFirmsOfStaff(Doc* doc) {
  bool absorbed = false, indexed = false;
  for (size_t k = 0; k < doc->mentions.size(); ++k) {
    Mention& m = doc->mentions[k];
    if (m.b < 2 || !(doc->toks[m.b - 2].cls & kStaffNoun) || !doc->SameSentence(m.b - 2, m.b) || m.kind == Kind::kOrg ||
        m.kind == Kind::kNorp)
      continue;
    const Tok& prep = doc->toks[m.b - 1];
    if ((prep.key != "at" && prep.key != "with") || prep.has(kCapitalized)) continue;
    if (m.kind == Kind::kPlace && (m.country_name || IsBigPlace(*doc, m.b, m.e))) continue;
    if (!indexed) doc->IndexMentions();  // built on first need; mentions keep their places until the end
    indexed = true;
    auto [next, last] = doc->mentions_by_start.equal_range(m.e);
    for (; next != last; ++next) {
      Mention& firm = doc->mentions[next->second];
      if (firm.kind != Kind::kOrg || !doc->SameSentence(m.b, firm.b)) continue;
      m.e = firm.e;
      firm.e = firm.b;  // absorbed: an empty range, erased below
      absorbed = true;
      break;
    }
    m.kind = Kind::kOrg;
    m.guessed = false;
    m.evidence = false;
    m.canonical = std::string(doc->Bytes(m.b, m.e));
  }
  if (absorbed) std::erase_if(doc->mentions, [](const Mention& m) { return m.b == m.e; });
}

void ClassifyUnknown(Doc* doc) {
  PersonIndex index = IndexPersons(*doc);
  CapitalisedSentences capitalised(*doc);
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kUnknown) continue;
    if (TakesOrgTail(doc, &m)) {
      m.canonical = std::string(doc->Bytes(m.b, m.e));
      continue;
    }
    m.kind = ClassifyLeftover(*doc, m, index, capitalised, &m.guessed);
    if (m.guessed && OpensWithCommonNounOf(*doc, m)) {  // "Residents of Kharkiv": only "Kharkiv" is a name
      m.b += 2;
      m.kind = ClassifyLeftover(*doc, m, index, capitalised, &m.guessed);
    }
    if (m.kind == Kind::kOrg || m.kind == Kind::kMisc) m.canonical = std::string(doc->Bytes(m.b, m.e));
  }
  TypeFirmsOfStaff(doc);
  TypeDatelinePlaces(doc);
  TypeUnitsOfPlaceNouns(doc);
  TypeTeamsAndEntrants(doc);
  SpreadTypes(doc);
  TypeListsOfPersons(doc);
  PromoteRepeatedSurnames(doc);
  std::erase_if(doc->mentions, [](const Mention& m) { return m.kind == Kind::kUnknown; });
  LinkAcronyms(doc);
}

}  // namespace dateline::entities
