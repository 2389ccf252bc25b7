// The stage's dictionaries, read once from data/ (util::LoadData): word
// classes, role words, organisation cues, known organisations, fallback
// countries, office holders, capitals as actors and first names. Phrases
// are tokenised by the text stage itself, so a dictionary phrase and the
// same words in an article always give the same keys ("Prosecutor's" ->
// "prosecutor 's"). A bad line is reported as "file:line: why" (once per
// process, on stderr) and skipped.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "entities/internal.h"
#include "util/embedded.h"
#include "util/strings.h"

namespace dateline::entities {
namespace {

using Row = std::vector<std::string>;

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t from = 0;
  while (true) {
    size_t at = s.find(sep, from);
    out.emplace_back(util::Trim(s.substr(from, at == std::string_view::npos ? s.npos : at - from)));
    if (at == std::string_view::npos) return out;
    from = at + 1;
  }
}

// Rows of a tab-separated data file with at least `columns` columns.
std::vector<Row> ReadTable(std::string_view name, size_t columns, Lexicon* lex) {
  std::string data = util::LoadData(name);
  if (data.empty()) lex->errors.push_back(std::string(name) + ": missing");
  std::vector<Row> rows;
  size_t line_no = 0;
  for (std::string_view line : util::SplitLines(data)) {
    ++line_no;
    std::string_view t = util::Trim(line);
    if (t.empty() || t[0] == '#') continue;
    Row row = Split(t, '\t');
    if (row.size() < columns) {
      lex->errors.push_back(std::string(name) + ":" + std::to_string(line_no) + ": expected " +
                            std::to_string(columns) + " columns, got " + std::to_string(row.size()));
      continue;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

template <typename T>
void AddKey(PhraseTable<T>* table, std::string key, T entry) {
  size_t words = 1 + std::count(key.begin(), key.end(), ' ');
  table->first_words.insert(key.substr(0, key.find(' ')));
  table->max_words = std::max(table->max_words, words);
  table->entries.emplace(std::move(key), std::move(entry));
}

// "People's Daily" is also written with the possessive apart, as tokenised
// corpora do ("People 's Daily"): there the apostrophe is a quote mark
// (which has no key) and "s" a word.
std::string SpacedPossessiveKey(const std::string& key) {
  std::string out;
  size_t from = 0;
  for (size_t at; (at = key.find(" 's", from)) != std::string::npos; from = at + 3) {
    if (at + 3 < key.size() && key[at + 3] != ' ') return "";
    out += key.substr(from, at - from) + "  s";
  }
  return from == 0 ? "" : out + key.substr(from);
}

template <typename T>
void AddPhrase(PhraseTable<T>* table, std::string_view phrase, T entry) {
  std::string key = PhraseKey(phrase);
  if (key.empty()) return;
  if (std::string spaced = SpacedPossessiveKey(key); !spaced.empty()) AddKey(table, std::move(spaced), entry);
  AddKey(table, std::move(key), std::move(entry));
}

// "Court of Justice", "People's Daily": a word opening in lower case
// (ASCII), or a possessive, which the tokenizer splits off as "'s".
bool HasLowerCaseWord(std::string_view phrase) {
  for (size_t i = 0; i < phrase.size(); ++i)
    if ((i == 0 || phrase[i - 1] == ' ' || phrase[i - 1] == '\'') && phrase[i] >= 'a' && phrase[i] <= 'z') return true;
  return false;
}

bool HasStopWord(const Lexicon& lex, std::string_view phrase) {
  for (size_t b = 0; b < phrase.size();) {
    size_t e = phrase.find(' ', b);
    if (e == std::string_view::npos) e = phrase.size();
    auto it = lex.words.find(TokenKey(phrase.substr(b, e - b)));
    if (b > 0 && it != lex.words.end() && (it->second & kStop)) return true;  // not the first word ("The Hague")
    b = e + 1;
  }
  return false;
}

uint32_t ClassOf(std::string_view name) {
  static const std::pair<std::string_view, WordClass> kNames[] = {
      {"stop", kStop},           {"speech", kSpeech},       {"action", kAction},
      {"polnoun", kPolNoun},     {"locative", kLocative},   {"connector", kConnector},
      {"pronoun", kPronoun},     {"honorific", kHonorific}, {"orgnoun", kOrgNoun},
      {"placenoun", kPlaceNoun}, {"leadnoun", kLeadNoun}, {"norp", kGroupWord},
      {"sport", kSport},         {"club", kClub},           {"heading", kHeading},     {"orgtail", kOrgTail},     {"market", kMarket},       {"venue", kVenue},         {"staffnoun", kStaffNoun},
      {"pactnoun", kPactNoun},
  };
  for (const auto& [n, c] : kNames)
    if (n == name) return c;
  return 0;
}

void LoadWords(Lexicon* lex) {
  for (const Row& r : ReadTable("entity_words.tsv", 2, lex)) {
    uint32_t c = ClassOf(r[1]);
    if (!c) lex->errors.push_back("entity_words.tsv: unknown class " + r[1]);
    lex->words[TokenKey(r[0])] |= c;
  }
  for (const char* h : {"mr.", "mrs.", "ms.", "dr.", "messrs.", "mme.", "mr", "mrs", "ms", "messrs"})  // "Mr Major"
    lex->words[h] |= kHonorific;
  for (const Row& r : ReadTable("first_names.txt", 1, lex)) lex->words[TokenKey(r[0])] |= kFirstName;
  for (const Row& r : ReadTable("entity_cues.tsv", 3, lex)) {
    std::string key = TokenKey(r[0]);
    if (r[2] == "place" || r[2] == "misc") {
      lex->words[key] |= r[2] == "place" ? kPlaceHead : kMiscHead;
      continue;
    }
    lex->words[key] |= r[2] == "suffix" ? kOrgSuffix : kOrgHead;
    lex->cue_codes[key] = r[1] == "-" ? "" : r[1];
  }
  // The text stage's sentence openers ("After", "Also"): a capitalised run
  // that starts a sentence with one of them is no name.
  for (const Row& r : ReadTable("text_sentence_starters.txt", 1, lex)) lex->words[TokenKey(r[0])] |= kOpener;
}

void LoadRolesAndOrgs(Lexicon* lex) {
  for (const Row& r : ReadTable("entity_roles.tsv", 4, lex))
    AddPhrase(&lex->roles, r[0], RoleEntry{r[1], r[2] == "-" ? "" : r[2], r[3] == "title"});
  for (std::string_view file : {"entity_orgs.tsv", "entity_parties.tsv"}) {
    for (const Row& r : ReadTable(file, 4, lex)) {
      OrgEntry entry{r[1], r[2] == "-" ? "" : r[2], r[3] == "-" ? "" : r[3]};
      // Names with a function word ("Ministry of Defence", "Doctors Without Borders") are
      // matched across it; a capital run alone stops there.
      if (HasLowerCaseWord(r[0]) || HasStopWord(*lex, r[0])) AddPhrase(&lex->orgs_with_lower_case, r[0], entry);
      AddPhrase(&lex->orgs, r[0], std::move(entry));
    }
  }
  // Companies and media outlets: actor = country + role code ("DNKBUS").
  for (const Row& r : ReadTable("entity_companies.tsv", 4, lex)) {
    std::string country = r[3] == "-" ? "" : r[3];
    AddPhrase(&lex->orgs, r[0], OrgEntry{r[1], country + r[2], country});
  }
  // Names shaped like organisations that are none: stock indices and
  // sports leagues ("Hang Seng", "American League") are MISC.
  for (const Row& r : ReadTable("entity_misc.tsv", 2, lex)) AddPhrase(&lex->orgs, r[0], OrgEntry{r[1], "", "", true});
  // News agencies (the extract stage's list) are organisations too.
  for (const Row& r : ReadTable("news_agencies.tsv", 2, lex))
    if (r[0].size() > 2 && std::isupper(static_cast<unsigned char>(r[0][0])))
      AddPhrase(&lex->orgs, r[0], OrgEntry{r[1], "MED", ""});
}

void LoadCountries(Lexicon* lex) {
  for (const Row& r : ReadTable("entity_countries.tsv", 6, lex)) {
    CountryEntry c{r[0], "", std::atof(r[4].c_str()), std::atof(r[5].c_str())};
    std::vector<std::string> names = Split(r[1], '|');
    c.name = names.empty() ? r[0] : names[0];
    for (const std::string& n : names) AddPhrase(&lex->countries, n, c);
    for (const std::string& n : Split(r[2], '|')) AddPhrase(&lex->demonyms, n, c);
    for (const std::string& n : Split(r[3], '|')) {
      CountryEntry cap = c;
      cap.name = n;
      AddPhrase(&lex->capitals, n, cap);
    }
  }
}

std::string DashIsEmpty(const std::string& cell) { return cell == "-" ? "" : cell; }

// Columns: name, ISO3, role, actor, start, end, the names used alone
// ("Putin", "Xi"; '|' between, '-' none).
void LoadOfficeHolders(Lexicon* lex) {
  PhraseTable<std::vector<OfficeHolder>>* by_short = &lex->holders_by_short_name;
  for (const Row& r : ReadTable("office_holders.tsv", 7, lex)) {
    OfficeHolder h{r[0], DashIsEmpty(r[1]), r[2], DashIsEmpty(r[3]), r[4], DashIsEmpty(r[5])};
    for (const std::string& alone : Split(r[6], '|')) {
      if (alone.empty() || alone == "-") continue;
      AddPhrase(by_short, alone, {});  // no-op when the name is there already
      by_short->entries[PhraseKey(alone)].push_back(h);
    }
    lex->office_holders[util::AsciiLower(r[0])].push_back(std::move(h));
  }
}

// Rows "seat NAME ACTOR" and "placeverb WORD" (see the file).
void LoadCapitalActors(Lexicon* lex) {
  for (const Row& r : ReadTable("capital_actors.tsv", 2, lex)) {
    if (r[0] == "seat" && r.size() >= 3) {
      lex->seat_actors[PhraseKey(r[1])] = DashIsEmpty(r[2]);
    } else if (r[0] == "placeverb") {
      lex->place_verbs.insert(TokenKey(r[1]));
    } else {
      lex->errors.push_back("capital_actors.tsv: bad row " + r[0] + " " + r[1]);
    }
  }
}

Lexicon* BuildLexicon() {
  auto* lex = new Lexicon;
  LoadWords(lex);
  LoadRolesAndOrgs(lex);
  LoadCountries(lex);
  LoadOfficeHolders(lex);
  LoadCapitalActors(lex);
  for (const std::string& e : lex->errors) std::fprintf(stderr, "dateline: entities: %s\n", e.c_str());
  return lex;
}

}  // namespace

std::string TokenKey(std::string_view token) {
  std::string key;
  key.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    if (c == 0xE2 && i + 2 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(token[i + 2]) == 0x98 || static_cast<unsigned char>(token[i + 2]) == 0x99)) {
      key += '\'';
      i += 2;
      continue;
    }
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  return key;
}

// Dictionary files write role words in lower case ("sen."), but the text
// stage knows abbreviations only as they appear before names ("Sen."): the
// phrase is tokenised with each word's first letter upper-cased.
std::string PhraseKey(std::string_view phrase) {
  TextOptions options;
  options.dates = false;
  std::string titled(phrase);
  for (size_t i = 0; i < titled.size(); ++i)
    if ((i == 0 || titled[i - 1] == ' ') && titled[i] >= 'a' && titled[i] <= 'z') titled[i] -= 32;
  phrase = titled;
  TextAnalysis a = AnalyzeText(phrase, std::nullopt, options);
  std::string key;
  for (const Token& t : a.tokens) {
    if (!key.empty()) key += ' ';
    key += TokenKey(t.in(phrase));
  }
  return key;
}

const Lexicon& GetLexicon() {
  static const Lexicon* lex = BuildLexicon();
  return *lex;
}

}  // namespace dateline::entities
