// Names read with the whole document in view. Wire copy carries text whose
// capitals say nothing ("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE
// DEFEAT") and tables whose names are clubs, not the towns they are named
// after ("Everton 2 Newcastle 0"). Three passes use what the rest of the
// document says:
//   - capitals headlines are cut only where a name is known: a name the
//     body writes in mixed case, a dictionary organisation or country, a
//     gazetteer place (a single word only when it is a country, region,
//     subdivision, capital or city of 100,000 or more); other words are left
//     for ClassifyUnknown, which gives capitals no weight;
//   - in a sports story a name before a score or after "v" is a club (ORG),
//     unless it names a country (national sides are places, as in CoNLL),
//     and a name before "( Country )" in a result list is a PERSON;
//   - one type per name: untyped, guessed and headline mentions take the
//     type the document gives the same words elsewhere.
#include "entities/internal.h"

namespace dateline::entities {
namespace {

bool IsCapsWord(const Tok& t) { return t.kind == TokenKind::kWord && t.has(kAllCaps); }

// A name's identity within the document: a hash of its tokens' keys (no
// allocation; names are compared by it, a 64-bit collision is negligible).
uint64_t KeyOf(const Doc& doc, size_t b, size_t e) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = b; i < e; ++i) {
    std::string_view k = doc.toks[i].key.empty() ? doc.Bytes(i, i + 1) : std::string_view(doc.toks[i].key);
    h = (h ^ std::hash<std::string_view>{}(k)) * 1099511628211ull;
  }
  return h;
}

// The keys of the names the body (outside capitals headlines) writes, and
// of the surnames of its persons. A lone untyped word opening a sentence
// that the body also writes in lower case is no name ("Doctors said" and
// "her doctors": "DOCTORS SAY" in a headline names no one).
std::unordered_set<uint64_t> BodyNameKeys(const Doc& doc, const std::unordered_set<std::string_view>& lower) {
  std::unordered_set<uint64_t> keys;
  for (const Mention& m : doc.mentions) {
    if (m.kind == Kind::kUnknown && m.e - m.b == 1 && doc.toks[m.b].sentence_start && lower.count(doc.toks[m.b].key))
      continue;
    keys.insert(KeyOf(doc, m.b, m.e));
    if (m.kind == Kind::kPerson && m.e - m.b >= 2) keys.insert(KeyOf(doc, m.e - 1, m.e));
    // "Marcello Cuttitta", still untyped, may be a person: "CUTTITTA" in a
    // headline waits for the type the full name gets (SpreadTypes).
    if (m.kind == Kind::kUnknown && m.e - m.b >= 2 && m.e - m.b <= 3 &&
        !(doc.toks[m.e - 1].cls & (kOrgHead | kOrgSuffix | kPlaceHead | kMiscHead | kClub | kGroupWord | kStop)))
      keys.insert(KeyOf(doc, m.e - 1, m.e));
    if (m.kind == Kind::kOrg && m.e - m.b >= 2 && (doc.toks[m.e - 1].cls & kOrgSuffix))
      keys.insert(KeyOf(doc, m.b, m.e - 1));  // "Daimler-Benz AG" is "DAIMLER-BENZ" in a headline
  }
  return keys;
}

// A place big enough to be meant by its name alone: a country, region or
// subdivision, a capital, or a city of `min_population` people or more.
bool IsMajorPlace(const Doc& doc, size_t b, size_t e, uint32_t min_population = 100000) {
  const PlaceInfo* p = doc.gaz->Best(doc.Bytes(b, e));
  if (!p) return false;
  return p->kind != PlaceKind::kCity || p->capital || p->population >= min_population;
}

// The words the document writes in lower case ("a surprise defeat":
// "SURPRISE" in the headline is no town in Arizona).
std::unordered_set<std::string_view> LowerCaseWords(const Doc& doc) {
  std::unordered_set<std::string_view> out;
  for (const Tok& t : doc.toks)
    if (t.kind == TokenKind::kWord && !t.has(kCapitalized) && !t.has(kAllCaps)) out.insert(t.key);
  return out;
}

// A single headline word that names a place by itself: a big one, and a
// word the story does not use in lower case.
bool IsHeadlinePlace(const Doc& doc, size_t i, const std::unordered_set<std::string_view>& lower) {
  constexpr uint32_t kMinPopulation = 500000;
  return doc.toks[i].end - doc.toks[i].start >= 3 && !lower.count(doc.toks[i].key) &&
         IsMajorPlace(doc, i, i + 1, kMinPopulation);
}

// The longest known name at i in a capitals sentence ending at `end`: its
// length in tokens, 0 if none. Names span caps words, "&" and connectors.
size_t KnownNameAt(const Doc& doc, size_t i, size_t end, const std::unordered_set<uint64_t>& body,
                   const std::unordered_set<std::string_view>& lower) {
  constexpr size_t kMaxWords = 4;
  size_t limit = i;
  while (limit < end && limit - i < kMaxWords &&
         (IsCapsWord(doc.toks[limit]) || doc.Bytes(limit, limit + 1) == "&" || (doc.toks[limit].cls & kConnector)))
    ++limit;
  for (size_t n = limit - i; n > 0; --n) {
    if (!IsCapsWord(doc.toks[i + n - 1])) continue;  // ends on a word
    if (body.count(KeyOf(doc, i, i + n))) return n;
    if (MatchPhrase(doc.lex->orgs, doc, i, i + n).first == n) return n;
    if (CountryAt(doc, i, i + n, true).len == n) return n;
    if (n >= 2 ? IsMajorPlace(doc, i, i + n) : IsHeadlinePlace(doc, i, lower)) return n;
  }
  return 0;
}

bool IsNumberToken(const Doc& doc, size_t i) {
  return i < doc.toks.size() && doc.toks[i].kind == TokenKind::kNumber;
}

// "1996-08-22": a dateline's date, not a score.
bool IsIsoDate(const Doc& doc, size_t i) {
  std::string_view s = doc.Bytes(i, i + 1);
  return s.size() == 10 && s[4] == '-' && s[7] == '-';
}

// "Everton 2", "Essex 412-7", "v Worcestershire".
bool InScoreContext(const Doc& doc, const Mention& m) {
  if (IsNumberToken(doc, m.e) && !IsIsoDate(doc, m.e)) return true;
  if (m.b == 0) return false;
  std::string_view prev = doc.Bytes(m.b - 1, m.b);
  return prev == "v" || prev == "vs" || prev == "vs.";
}

// "0", "12": a team's score in a results list (a golfer's 67 67 is none).
bool IsScore(const Doc& doc, size_t i) {
  constexpr size_t kMaxDigits = 2;
  if (!IsNumberToken(doc, i) || IsNumberToken(doc, i + 1)) return false;
  std::string_view s = doc.Bytes(i, i + 1);
  return s.size() <= kMaxDigits && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Clydebank 0 St Johnstone 2 Dundee 3": a name after one side's score and
// before its own, or opening a line "Name 2 Other ...", is a club however
// its words read ("St Mirren", "Greenock Morton", "East Fife").
bool BetweenScores(const Doc& doc, const Mention& m) {
  if (!IsScore(doc, m.e)) return false;
  if (m.b >= 2 && IsScore(doc, m.b - 1) && doc.toks[m.b - 2].kind == TokenKind::kWord) return true;
  bool opens = doc.toks[m.b].sentence_start || (m.b > 0 && doc.Bytes(m.b - 1, m.b) == ":");
  return opens && m.e + 1 < doc.toks.size() && doc.toks[m.e + 1].kind == TokenKind::kWord &&
         doc.toks[m.e + 1].has(kCapitalized);
}

// "St Johnstone 4 3 1 0 10 2 10": a row of a league table (played, won,
// drawn, lost, goals for and against, points); a golfer's rounds are fewer.
bool StandingsRow(const Doc& doc, const Mention& m) {
  constexpr size_t kMinColumns = 6;
  size_t i = m.e;
  while (i < doc.toks.size() && doc.SameSentence(m.b, i) && IsNumberToken(doc, i) && !IsIsoDate(doc, i)) ++i;
  return i - m.e >= kMinColumns;
}

// "Cork 8-1-35-1", "Waqar Younis 25.3-5-81-3": a bowler's overs, maidens,
// runs and wickets on a cricket scorecard.
bool BeforeBowlingFigures(const Doc& doc, const Mention& m) {
  constexpr int kFigures = 4;
  if (m.e >= doc.toks.size() || !doc.SameSentence(m.b, m.e)) return false;
  std::string_view s = doc.Bytes(m.e, m.e + 1);
  int groups = 0;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || (s[j] == '.' && groups == 0))) ++j;
    if (j == i) return false;
    ++groups;
    if (j < s.size() && s[j] != '-') return false;
    i = j + 1;
  }
  return groups == kFigures;
}

bool IsCountry(const Doc& doc, const Mention& m) {
  return m.country_name || CountryAt(doc, m.b, m.e, false).len == m.e - m.b;
}

// A club's name: one word, or several with a place or a club word in them
// ("Manchester United", "Real Madrid"); "Davor Suker 2" is a scorer.
bool LooksLikeClub(const Doc& doc, const Mention& m) {
  if (m.e - m.b == 1 || m.kind == Kind::kPlace) return true;
  for (size_t i = m.b; i < m.e; ++i)
    if (doc.toks[i].cls & kClub) return true;
  return IsMajorPlace(doc, m.b, m.b + 1) || IsMajorPlace(doc, m.e - 1, m.e);
}

// "64 Colin Harwood", "Davor Suker 2": a name of several words beside a
// number in a result list that is no club is a player.
bool PlayerInResults(const Doc& doc, const Mention& m) {
  if (m.e - m.b < 2 || m.kind == Kind::kPlace) return false;
  for (size_t i = m.b; i < m.e; ++i)
    if (doc.toks[i].has(kAllCaps) || (doc.toks[i].cls & (kOrgHead | kOrgSuffix | kMiscHead | kPlaceHead))) return false;
  return (m.b > 0 && IsNumberToken(doc, m.b - 1)) || InScoreContext(doc, m);
}

// "Atherton c Wasim b Waqar 12", "lbw b Mushtaq": fielders and bowlers on
// a cricket scorecard.
bool InScorecard(const Doc& doc, const Mention& m) {
  if (m.b == 0 || m.e - m.b > 2) return false;
  std::string_view prev = doc.Bytes(m.b - 1, m.b);
  return prev == "c" || prev == "b" || prev == "st";
}

// Inside "( ... )" in its sentence: an opening bracket before the name and
// no closing one between.
bool InBrackets(const Doc& doc, const Mention& m) {
  for (size_t i = m.b; i-- > 0 && doc.SameSentence(i, m.b);) {
    std::string_view w = doc.Bytes(i, i + 1);
    if (w == ")") return false;
    if (w == "(") return true;
  }
  return false;
}

// "in Leicester", "at Grace Road", "the city of Leeds": a place as a place.
bool AfterLocative(const Doc& doc, const Mention& m) {
  if (m.b == 0 || !doc.SameSentence(m.b - 1, m.b)) return false;
  const Tok& prev = doc.toks[m.b - 1];
  if (prev.cls & kLocative) return true;
  return prev.key == "of" && m.b >= 2 && (doc.toks[m.b - 2].cls & kPlaceNoun);
}

bool InDateline(const Doc& doc, const Mention& m);
bool InBrackets(const Doc& doc, const Mention& m);

// A lone name nothing typed in sports prose, not a heading ("Scorers :").
bool LoneNameInProse(const Doc& doc, const Mention& m) {
  std::string_view next = m.e < doc.toks.size() ? doc.Bytes(m.e, m.e + 1) : "";
  return m.kind == Kind::kMisc && m.guessed && m.e - m.b == 1 && next != ":" && next != "(" &&
         !(doc.toks[m.b].cls & kSport);  // "Major League Baseball"
}

// "Derbyshire", "Juventus": a county or a club word.
bool ClubWord(const Tok& t) {
  return (t.cls & kClub) || (t.key.size() > 5 && t.key.compare(t.key.size() - 5, 5, "shire") == 0);
}

// "Leicestershire beat Somerset", "title rivals Essex , Derbyshire and
// Surrey": in a sports story a town or county that is not where something
// happens is the club named after it; so is a lone county or club word.
bool ClubInProse(const Doc& doc, const Mention& m) {
  std::string_view prev = m.b > 0 ? doc.Bytes(m.b - 1, m.b) : "";
  bool for_against = prev == "for" || prev == "against";  // "riding for Telekom", "against Nottinghamshire"
  bool opening = m.kind == Kind::kUnknown && m.e - m.b == 1 && doc.toks[m.b].sentence_start;  // "Derbyshire beat"
  bool lone_name = (LoneNameInProse(doc, m) && (ClubWord(doc.toks[m.b]) || for_against)) ||
                   (opening && ClubWord(doc.toks[m.b]));
  if (m.kind != Kind::kPlace && !lone_name) return false;
  if (m.kind == Kind::kPlace) {
    if (IsCountry(doc, m)) return false;
    const PlaceInfo* p = doc.gaz->Best(doc.Bytes(m.b, m.e));
    if (!p || (p->kind != PlaceKind::kCity && p->kind != PlaceKind::kAdmin1)) return false;
  }
  if (doc.caps_sentence[doc.toks[m.b].sentence] || AfterLocative(doc, m) || InDateline(doc, m) || InBrackets(doc, m))
    return false;
  // "the capital, Antananarivo", "the port city of Toamasina": a town a place noun names.
  if (m.b >= 2 && doc.SameSentence(m.b - 2, m.b) && (doc.Bytes(m.b - 1, m.b) == "," || doc.toks[m.b - 1].key == "of") &&
      ((doc.toks[m.b - 2].cls & kPlaceNoun) || doc.toks[m.b - 2].key == "capital"))
    return false;
  return !(m.e < doc.toks.size() && (doc.toks[m.e].cls & kPlaceNoun));
}

// "NEW YORK 1996-08-22", "NEW HAVEN , Connecticut 1996-08-21": a dateline's place.
bool InDateline(const Doc& doc, const Mention& m) {
  constexpr size_t kMaxTokens = 5;
  for (size_t i = m.e; i < doc.toks.size() && i < m.e + kMaxTokens && doc.SameSentence(m.b, i); ++i)
    if (IsNumberToken(doc, i)) return IsIsoDate(doc, i);
  return false;
}

// "Magnus Larsson ( Sweden )": an entrant and the country he plays for.
bool BeforeCountryInBrackets(const Doc& doc, const Mention& m) {
  size_t i = m.e;
  if (i + 2 >= doc.toks.size() || doc.Bytes(i, i + 1) != "(") return false;
  CountryHit c = CountryAt(doc, i + 1, doc.toks.size(), false);
  return c.len && i + 1 + c.len < doc.toks.size() && doc.Bytes(i + 1 + c.len, i + 2 + c.len) == ")";
}

// "PSV Eindhoven", "Vitesse Arnhem", "Inter Milan": in a sports story a
// name of two or three words that only the fallback typed (no given name,
// title or head word), with a club word in it or a big city last (not a
// region: "Sierra Nevada"), is a club; not an entrant before his country
// ("Regina Jacobs ( U.S. )").
bool GuessedClubName(const Doc& doc, const Mention& m) {
  if (!m.guessed || m.e - m.b < 2 || m.e - m.b > 3 || (m.kind != Kind::kMisc && m.kind != Kind::kPerson) || m.evidence)
    return false;
  if (BeforeCountryInBrackets(doc, m)) return false;
  for (size_t i = m.b; i < m.e; ++i)
    if (doc.toks[i].cls & kClub) return true;
  const PlaceInfo* town = doc.gaz->Best(doc.Bytes(m.e - 1, m.e));  // a city, not "Sierra Nevada"
  return town && town->kind == PlaceKind::kCity && IsMajorPlace(doc, m.e - 1, m.e);
}

// "Damon Hill ( Britain ) Williams 1:24.204", "Mario Cipollini ( Italy )
// Saeco same time": in a result list the name after an entrant's country in
// brackets and before a time or score (or "same time") is his team (a motor
// racing constructor, a cycling team), however its words read.
bool TeamAfterCountryInBrackets(const Doc& doc, const Mention& m) {
  bool result = IsNumberToken(doc, m.e) || (m.e < doc.toks.size() && doc.SameSentence(m.b, m.e) &&
                                            doc.toks[m.e].key == "same" && !doc.toks[m.e].has(kCapitalized));
  if (m.b < 3 || !result || !doc.SameSentence(m.b - 1, m.b) || doc.Bytes(m.b - 1, m.b) != ")") return false;
  for (size_t k = m.b - 1; k-- > 0 && k + 6 > m.b;) {  // "( Country )": the country is a word or few
    if (doc.Bytes(k, k + 1) != "(") continue;
    CountryHit c = CountryAt(doc, k + 1, m.b - 1, false);
    return c.len && k + 1 + c.len == m.b - 1;
  }
  return false;
}

// "at Celtic Park", "on the Stadium Court" in a sports story, "the
// Firestone Country Club" anywhere: a sports ground, a place (CoNLL LOC),
// though its words may say club or court.
bool SportsGround(const Doc& doc, const Mention& m) {
  if (m.e - m.b < 2 || !(doc.toks[m.e - 1].cls & (kVenue | kClub | kOrgHead))) return false;
  const std::string& last = doc.toks[m.e - 1].key;
  const std::string& before = doc.toks[m.e - 2].key;
  if (last == "club" && (before == "country" || before == "golf")) return true;
  if (!doc.sports || !(doc.toks[m.e - 1].cls & kVenue)) return false;
  size_t p = m.b;
  if (p > 0 && doc.toks[p - 1].key == "the") --p;
  if (p == 0 || !doc.SameSentence(p - 1, m.b)) return false;
  const std::string& prep = doc.toks[p - 1].key;
  return prep == "at" || prep == "on";
}

bool Retypable(const Mention& m) {
  return m.kind == Kind::kUnknown || m.guessed || (m.kind == Kind::kPlace && !m.country_name) ||
         (m.kind == Kind::kPerson && !m.evidence);
}

void MakeTeam(const Doc& doc, Mention* m) {
  m->kind = Kind::kOrg;
  m->team = true;
  m->guessed = false;
  m->canonical = std::string(doc.Bytes(m->b, m->e));
}

}  // namespace

void MarkCapsSentences(Doc* doc) {
  const auto& sentences = doc->analysis->sentences;
  doc->caps_sentence.assign(sentences.size(), false);
  for (size_t s = 0; s < sentences.size(); ++s) {
    size_t words = 0, caps = 0;
    for (size_t i = sentences[s].token_begin; i < sentences[s].token_end; ++i) {
      const Tok& t = doc->toks[i];
      if (t.kind != TokenKind::kWord || t.has(kHasDigit)) continue;
      ++words;
      caps += t.has(kAllCaps);
    }
    doc->caps_sentence[s] = caps >= 2 && caps * 3 >= words * 2;
  }
}

bool IsSportsStory(const Doc& doc, const Article& article) {
  constexpr size_t kMinSportWords = 3;
  for (const DatelinePlace& d : article.dateline) {
    auto it = doc.lex->words.find(TokenKey(d.name));
    if (it != doc.lex->words.end() && (it->second & kSport)) return true;
  }
  std::unordered_set<std::string_view> seen;
  for (const Tok& t : doc.toks) {
    if (!(t.cls & kSport)) continue;
    seen.insert(t.key);
    if (seen.size() >= kMinSportWords) return true;
  }
  return false;
}

namespace {

// "HARTFORD 12 7 6 77 76 30", "Boston 4 ST LOUIS 2": in a sports story's
// tables, up to three words in capitals right before a score or a row of
// figures (not "WINS 200 METRES"), after no column label or heading, are a
// name the rest of the document may not write: a candidate, typed later as
// a club by its row.
void ReadCapsTableRows(Doc* doc) {
  constexpr size_t kMaxWords = 3;
  std::vector<bool> covered(doc->toks.size(), false);
  for (const Mention& m : doc->mentions)
    for (size_t i = m.b; i < m.e; ++i) covered[i] = true;
  auto row_numbers = [&](size_t n) {  // a score ("ST LOUIS 2") or a row of figures ("HARTFORD 12 7 6")
    constexpr size_t kMinFigures = 3;
    size_t k = n;
    while (k < doc->toks.size() && doc->SameSentence(n, k) && IsNumberToken(*doc, k) && !IsIsoDate(*doc, k)) ++k;
    return IsScore(*doc, n) || k - n >= kMinFigures;
  };
  for (size_t n = 1; n < doc->toks.size(); ++n) {
    if (!IsNumberToken(*doc, n) || IsIsoDate(*doc, n) || !doc->caps_sentence[doc->toks[n].sentence] || !row_numbers(n))
      continue;
    size_t b = n;
    while (b > 0 && n - b < kMaxWords && doc->SameSentence(b - 1, n) && IsCapsWord(doc->toks[b - 1]) && !covered[b - 1] &&
           !(doc->toks[b - 1].cls & (kHeading | kStop)) && doc->toks[b - 1].end - doc->toks[b - 1].start >= 2)
      --b;
    if (b == n) continue;
    ReadCapsName(doc, b, n, true);
    for (size_t i = b; i < n; ++i) covered[i] = true;
  }
}

}  // namespace

void ReadCapsSentences(Doc* doc) {
  if (std::find(doc->caps_sentence.begin(), doc->caps_sentence.end(), true) == doc->caps_sentence.end()) return;
  std::unordered_set<std::string_view> lower = LowerCaseWords(*doc);
  std::unordered_set<uint64_t> body = BodyNameKeys(*doc, lower);
  const auto& sentences = doc->analysis->sentences;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (!doc->caps_sentence[s]) continue;
    size_t end = sentences[s].token_end;
    for (size_t i = sentences[s].token_begin; i < end;) {
      const Tok& t = doc->toks[i];
      if (t.kind == TokenKind::kWord && t.has(kCapitalized) && !t.has(kAllCaps) && !(t.cls & kStop)) {
        size_t j = i + 1;  // "NEW HAVEN , Connecticut": mixed case is read as usual
        while (j < end && doc->toks[j].kind == TokenKind::kWord && doc->toks[j].has(kCapitalized) &&
               !doc->toks[j].has(kAllCaps) && !(doc->toks[j].cls & kStop))
          ++j;
        ReadCapsName(doc, i, j, false);
        i = j;
        continue;
      }
      if (!IsCapsWord(t) || (t.cls & kStop && !doc->lex->countries.first_words.count(t.key))) {
        ++i;
        continue;
      }
      size_t n = KnownNameAt(*doc, i, end, body, lower);
      if (!n) {
        ++i;
        continue;
      }
      ReadCapsName(doc, i, i + n, true);
      i += n;
    }
  }
  if (doc->sports) ReadCapsTableRows(doc);
}

void TypeDatelinePlaces(Doc* doc) {
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kUnknown && !m.guessed) continue;
    if (!doc->toks[m.b].sentence_start || !doc->toks[m.b].has(kAllCaps) || !InDateline(*doc, m)) continue;
    m.kind = Kind::kPlace;
    m.guessed = false;
    m.canonical.clear();
  }
}

void TypeUnitsOfPlaceNouns(Doc* doc) {
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kOrg || m.actor || m.b < 2 || !doc->SameSentence(m.b - 2, m.b)) continue;
    const Tok& of = doc->toks[m.b - 1];
    const Tok& noun = doc->toks[m.b - 2];
    if (of.key != "of" || !(noun.cls & kPlaceNoun) || noun.has(kCapitalized) || noun.key.ends_with('s')) continue;
    m.kind = Kind::kPlace;
    m.guessed = false;
    m.canonical = std::string(doc->Bytes(m.b, m.e));
    m.role_code.clear();
  }
}

namespace {

void TypeSportsGrounds(Doc* doc) {
  for (Mention& m : doc->mentions) {
    if (m.kind == Kind::kPerson || m.kind == Kind::kPlace || !SportsGround(*doc, m)) continue;
    m.kind = Kind::kPlace;
    m.guessed = false;
    m.canonical = std::string(doc->Bytes(m.b, m.e));
    m.actor.reset();
    m.role_code.clear();
  }
}

}  // namespace

namespace {

// "Restrepo is accused" after "Hernan Restrepo Villa": a lone word that is
// a later name of a person named in full is that person, though a small town
// in the gazetteer shares it; not after "in" or "at", nor a country, capital
// or big city ("Jordan", "Washington").
void TypePlacesThatAreSurnames(Doc* doc) {
  std::unordered_set<std::string_view> names;
  for (const Mention& m : doc->mentions)
    if (m.kind == Kind::kPerson && m.evidence && m.e - m.b >= 2)
      for (size_t i = m.b + 1; i < m.e; ++i) names.insert(doc->toks[i].key);
  if (names.empty()) return;
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || m.country_name || m.capital || m.e != m.b + 1 || !names.count(doc->toks[m.b].key)) continue;
    if (AfterLocative(*doc, m) || IsCountry(*doc, m) || IsMajorPlace(*doc, m.b, m.e) || InDateline(*doc, m)) continue;
    m.kind = Kind::kPerson;
    m.guessed = false;
    m.canonical.clear();
    m.actor.reset();
    m.lat.reset();
    m.lon.reset();
  }
}

// "a Boeing 737", "an Airbus A320": a maker's name before a model number is
// the aircraft or product (CoNLL MISC), outside sports and market tables.
void TypeProductModels(Doc* doc) {
  if (doc->sports) return;
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kOrg || m.e >= doc->toks.size() || !doc->SameSentence(m.b, m.e)) continue;
    if (m.b == 0 || (doc->toks[m.b - 1].key != "a" && doc->toks[m.b - 1].key != "an" && doc->toks[m.b - 1].key != "the" &&
                     !doc->toks[m.b - 1].has(kCapitalized)))
      continue;
    std::string_view model = doc->Bytes(m.e, m.e + 1);
    bool number = IsNumberToken(*doc, m.e) && model.find_first_of(".,") == std::string_view::npos;
    bool code = model.size() >= 3 && std::isupper(static_cast<unsigned char>(model[0])) &&
                std::all_of(model.begin() + 1, model.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
    if (!number && !code) continue;
    m.kind = Kind::kMisc;
    m.actor.reset();
    m.role_code.clear();
  }
}

bool IsCompany(const Mention& m) {
  return m.kind == Kind::kOrg && m.actor && m.actor->size() >= 3 && m.actor->compare(m.actor->size() - 3, 3, "BUS") == 0;
}

// Brands that the fallback read as people or left as MISC: a name of two or
// three words ending in an ocean, a continent or a country ("Virgin
// Atlantic", "Cathay Pacific", "Bank America"), and a name listed with a
// company ("HSBC Holdings and Hutchison Whampoa", "Daewoo and Samsung",
// "talks with Daewoo" once so listed) are companies. Only names with no
// person evidence.
void TypeBrandsReadAsPersons(Doc* doc) {
  static const std::unordered_set<std::string_view> kGeoTails = {"atlantic", "pacific", "asia", "america",
                                                                 "europe", "africa", "arabia", "orient"};
  const auto& ms = doc->mentions;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = doc->mentions[k];
    bool person = m.kind == Kind::kPerson && !m.evidence && m.e - m.b >= 2 && m.e - m.b <= 3;
    bool loose = (m.kind == Kind::kMisc || m.kind == Kind::kUnknown) && m.guessed && m.e - m.b <= 3;
    if (!person && !loose) continue;
    const Tok& last = doc->toks[m.e - 1];
    bool geo = person && (kGeoTails.count(last.key) || CountryAt(*doc, m.e - 1, m.e, false).len == 1);
    auto joined = [&](const Mention& o, size_t gap_b, size_t gap_e) {
      if (!IsCompany(o) || gap_e != gap_b + 1 || !doc->SameSentence(gap_b, gap_e)) return false;
      std::string_view w = doc->Bytes(gap_b, gap_e);
      return w == "and" || w == "," || w == "&";
    };
    bool listed = (k > 0 && ms[k - 1].e < m.b && joined(ms[k - 1], ms[k - 1].e, m.b)) ||
                  (k + 1 < ms.size() && ms[k + 1].b > m.e && joined(ms[k + 1], m.e, ms[k + 1].b));
    if (!geo && !(listed && m.guessed)) continue;
    m.kind = Kind::kOrg;
    m.guessed = false;
    m.canonical = std::string(doc->Bytes(m.b, m.e));
  }
}

// "the Straits Times Industrials index", "the Hang Seng index": the names
// just before the word "index" name the index (CoNLL MISC), not a paper or
// company; places stay places ("the Tokyo index" is Tokyo's).
void TypeIndexNames(Doc* doc) {
  for (size_t i = 1; i < doc->toks.size(); ++i) {
    if (doc->toks[i].key != "index" || doc->toks[i].has(kCapitalized) || !doc->SameSentence(i - 1, i)) continue;
    size_t pos = i;
    for (bool found = true; found;) {
      found = false;
      for (Mention& m : doc->mentions) {
        if (m.e != pos || m.kind == Kind::kPlace || m.kind == Kind::kNorp || m.e == m.b) continue;
        if (m.kind == Kind::kPerson && m.evidence) continue;
        m.kind = Kind::kMisc;
        m.team = false;
        m.actor.reset();
        m.role_code.clear();
        pos = m.b;
        found = true;
        break;
      }
    }
  }
}

}  // namespace

namespace {

// "Inter Milan and Anderlecht", "Ajax v Feyenoord": a name written right
// after a club and "and", "v" or "vs" (the mention index is current).
bool ListedWithTeam(const Doc& doc, const Mention& m) {
  if (m.b < 2 || !doc.SameSentence(m.b - 2, m.b)) return false;
  std::string_view joiner = doc.Bytes(m.b - 1, m.b);
  if (joiner != "and" && joiner != "v" && joiner != "vs" && joiner != "vs.") return false;
  auto [it, last] = doc.mentions_by_end.equal_range(m.b - 1);
  for (; it != last; ++it)
    if (doc.mentions[it->second].team) return true;
  return false;
}

}  // namespace

void TypeTeamsAndEntrants(Doc* doc) {
  TypeIndexNames(doc);
  TypeSportsGrounds(doc);
  TypePlacesThatAreSurnames(doc);
  TypeProductModels(doc);
  TypeBrandsReadAsPersons(doc);
  if (!doc->sports) return;
  bool indexed = false;  // the mention index, built on first need
  auto listed_with_team = [&](const Mention& m) {
    if (!indexed) doc->IndexMentions();
    indexed = true;
    return ListedWithTeam(*doc, m);
  };
  std::unordered_set<std::string_view> surnames;  // of the persons named in full ("Damon Hill")
  for (const Mention& m : doc->mentions)
    if (m.kind == Kind::kPerson && m.e - m.b >= 2) surnames.insert(doc->toks[m.e - 1].key);
  for (Mention& m : doc->mentions) {
    if ((m.kind != Kind::kPerson || !m.evidence) && TeamAfterCountryInBrackets(*doc, m)) {
      MakeTeam(*doc, &m);  // "( Brazil ) Jordan 1:26.217": a team even where its name is a country's
      continue;
    }
    if (GuessedClubName(*doc, m)) {
      MakeTeam(*doc, &m);  // "PSV Eindhoven stayed top", "a win at Vitesse Arnhem"
      continue;
    }
    if (m.e < doc->toks.size() && doc->SameSentence(m.b, m.e) && !IsCountry(*doc, m) &&
        (doc->toks[m.e].key == "division" || doc->toks[m.e].key == "conference")) {
      m.kind = Kind::kMisc;  // "EASTERN DIVISION", "Western Conference": a part of a league, no place or club
      m.team = false;
      m.guessed = false;
      m.canonical = std::string(doc->Bytes(m.b, m.e));
      m.actor.reset();
      m.role_code.clear();
      continue;
    }
    // A name with a person's first name is still a club between scores ("Willem II Tilburg 1 Utrecht 1").
    bool scored = m.kind == Kind::kPerson && (BetweenScores(*doc, m) || StandingsRow(*doc, m));
    if (!Retypable(m) && !(m.kind == Kind::kPlace && !IsCountry(*doc, m)) && !scored) continue;
    if (m.kind == Kind::kPerson && m.evidence && !scored) continue;
    if (m.e - m.b == 1 && m.kind != Kind::kOrg && !IsCountry(*doc, m) && surnames.count(doc->toks[m.b].key) &&
        !InScoreContext(*doc, m)) {
      m.kind = Kind::kPerson;  // "Hill told reporters" after "Damon Hill": the driver, no town or club
      m.guessed = false;
      m.canonical.clear();
    } else if (BeforeBowlingFigures(*doc, m) && !IsCountry(*doc, m)) {
      m.kind = Kind::kPerson;
      m.guessed = false;
      m.canonical.clear();
    } else if ((InScoreContext(*doc, m) && InBrackets(*doc, m) && !IsCountry(*doc, m)) || InScorecard(*doc, m)) {
      m.kind = Kind::kPerson;  // "( Kluivert 12 , Litmanen 70 )": scorers and their minutes
      m.guessed = false;
      m.canonical.clear();
    } else if (InScoreContext(*doc, m) && !IsCountry(*doc, m) && (LooksLikeClub(*doc, m) || BetweenScores(*doc, m) || StandingsRow(*doc, m))) {
      MakeTeam(*doc, &m);
    } else if (PlayerInResults(*doc, m)) {
      m.kind = Kind::kPerson;
      m.guessed = false;
      m.canonical.clear();
    } else if (m.kind != Kind::kPlace && m.e - m.b >= 2 && BeforeCountryInBrackets(*doc, m)) {
      m.kind = Kind::kPerson;
      m.guessed = false;
      m.canonical.clear();
    } else if (ClubInProse(*doc, m)) {
      MakeTeam(*doc, &m);
    } else if (LoneNameInProse(*doc, m) && listed_with_team(m)) {
      MakeTeam(*doc, &m);  // "between Inter Milan and Anderlecht"
    } else if (LoneNameInProse(*doc, m) && !InBrackets(*doc, m) && !AfterLocative(*doc, m)) {
      m.kind = Kind::kPerson;  // "Shearer scored twice": a player by his surname
      m.guessed = false;
      m.canonical.clear();
    }
  }
}

void SpreadTypes(Doc* doc) {
  auto caps_at = [&](const Mention& m) { return doc->caps_sentence[doc->toks[m.b].sentence]; };
  bool clubs_or_companies = false, candidates = false;
  for (const Mention& m : doc->mentions) {
    clubs_or_companies |= m.team || (m.kind == Kind::kOrg && (doc->toks[m.e - 1].cls & kOrgSuffix));
    candidates |= caps_at(m) || (Retypable(m) && m.kind != Kind::kPlace);
  }
  if (!candidates && !clubs_or_companies) return;  // nothing could change: spare the keys
  struct Known {
    Kind kind;
    std::string canonical;
    bool team;         // a club
    bool beats_place;  // the name of a club or company, not the town it shares a name with
  };
  std::unordered_map<uint64_t, Known> known;
  for (const Mention& m : doc->mentions) {
    bool caps = doc->caps_sentence[doc->toks[m.b].sentence];
    if ((m.guessed && m.kind != Kind::kPerson) || caps || m.kind == Kind::kUnknown) continue;
    if (m.kind != Kind::kPerson && m.kind != Kind::kOrg && m.kind != Kind::kPlace) continue;
    uint64_t key = KeyOf(*doc, m.b, m.e);
    auto [it, fresh] = known.emplace(key, Known{m.kind, m.canonical, m.team, m.team});
    if (!fresh && m.team) it->second = Known{m.kind, m.canonical, true, true};  // a club beats its town
    if (m.kind == Kind::kPerson && m.e - m.b >= 2)
      known.emplace(KeyOf(*doc, m.e - 1, m.e), Known{m.kind, m.canonical, false, false});
    // "Vitesse" after "Vitesse Arnhem", "Roda JC" after "Roda JC Kerkrade": a club by its first words,
    // unless they name a big place ("Manchester" of "Manchester United").
    for (size_t n = 1; m.team && n <= 2 && m.b + n < m.e; ++n)
      if (!IsMajorPlace(*doc, m.b, m.b + n)) known.emplace(KeyOf(*doc, m.b, m.b + n), Known{Kind::kOrg, m.canonical, true, true});
    if (m.kind == Kind::kOrg && m.e - m.b >= 2 && (doc->toks[m.e - 1].cls & kOrgSuffix))  // "Daimler-Benz AG"
      known.emplace(KeyOf(*doc, m.b, m.e - 1), Known{m.kind, m.canonical, false, false});
    if (m.kind == Kind::kOrg && m.e - m.b >= 2 && (doc->toks[m.e - 1].cls & kOrgSuffix) && !IsMajorPlace(*doc, m.b, m.b + 1))
      known.emplace(KeyOf(*doc, m.b, m.b + 1), Known{m.kind, m.canonical, false, true});  // "Ashdown" after "Ashdown Paper Ltd"
  }
  for (Mention& m : doc->mentions) {
    bool caps = caps_at(m);
    bool place = m.kind == Kind::kPlace && clubs_or_companies;
    if (!caps && !place && !(Retypable(m) && m.kind != Kind::kPlace)) continue;
    auto it = known.find(KeyOf(*doc, m.b, m.e));
    if ((it == known.end() || it->second.kind == m.kind) && m.kind != Kind::kOrg && m.kind != Kind::kPlace &&
        (!m.evidence || m.guessed) && m.e - m.b >= 2) {
      // "Nordhaven Emballasje" after "Nordhaven ASA": a unit named after the company, no person
      auto stem = known.find(KeyOf(*doc, m.b, m.b + 1));
      if (stem != known.end() && stem->second.kind == Kind::kOrg && !stem->second.team) {
        m.kind = Kind::kOrg;
        m.guessed = false;
        m.canonical = std::string(doc->Bytes(m.b, m.e));
        continue;
      }
    }
    if (it == known.end() || it->second.kind == m.kind) continue;
    if (m.kind == Kind::kPlace && InDateline(*doc, m)) continue;  // "NEW YORK 1996-08-22" over a "NEW YORK 3" club
    bool town_of_club = it->second.beats_place && m.kind == Kind::kPlace && !IsCountry(*doc, m) && !InDateline(*doc, m);
    if (!caps && !town_of_club && !(Retypable(m) && m.kind != Kind::kPlace)) continue;
    m.kind = it->second.kind;
    m.team = it->second.team;
    m.guessed = false;
    m.canonical = it->second.canonical;
  }
}

}  // namespace dateline::entities
