// Loads the event dictionaries. Every line is checked; a bad one is skipped
// and reported as "file:line: reason" in Dictionary::errors, so a researcher
// editing a file sees exactly what was not understood.
#include "events/dictionary.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string_view>

#include "util/embedded.h"

namespace dateline::events {
namespace {

constexpr const char* kVerbs = "cameo_verbs.txt";
constexpr const char* kCodes = "cameo_codes.tsv";
constexpr const char* kDiscard = "event_discard.txt";
constexpr const char* kStance = "event_stance.txt";
constexpr const char* kActorNouns = "wordnet_actors.txt";
constexpr const char* kNouns = "wordnet_nouns.txt";

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    out.push_back(Trim(s.substr(b, e - b)));
    b = e + 1;
  }
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) {
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back(w);
  }
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

template <class F>
void ForEachLine(const char* file, F&& f) {
  std::string data = util::LoadData(file);
  std::istringstream in(data);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    f(t, n);
  }
}

class Loader {
 public:
  explicit Loader(Dictionary* d) : d_(d) {}

  void Load() {
    ForEachLine(kVerbs, [&](const std::string& l, int n) { VerbLine(l, n); });
    ForEachLine(kCodes, [&](const std::string& l, int n) { CodeLine(l, n); });
    ForEachLine(kDiscard, [&](const std::string& l, int n) { d_->discard.push_back(Words(l)), ++d_->entries; });
    ForEachLine(kStance, [&](const std::string& l, int n) { StanceLine(l, n); });
    ForEachLine(kActorNouns, [&](const std::string& l, int) {  // "form<TAB>person|group"
      size_t tab = l.find('\t');
      std::string form = l.substr(0, tab);
      if (d_->not_actors.count(form) || d_->interaction.count(form)) return;  // not "the talks"
      d_->actor_nouns.insert(form);
      if (tab != std::string::npos && l.compare(tab + 1, std::string::npos, "group") == 0) d_->group_nouns.insert(form);
    });
    for (const std::string& form : actor_nouns_) d_->actor_nouns.insert(form);  // @actor_noun: people WordNet lacks
    LoadNouns();
    CheckPatternCodes();
    for (const auto& [form, ids] : d_->by_head)  // a verb of force alone ("attack", "strike +"), not "keep troops"
      for (uint32_t id : ids)
        if (d_->patterns[id].code >= "15" && d_->patterns[id].literal_count() == 1 && !d_->patterns[id].literal_head)
          d_->conflict_heads.insert(form);
  }

 private:
  // Kept as one string with views into it: 114,000 forms, searched by bisection.
  void LoadNouns() {
    d_->noun_data = util::LoadData(kNouns);
    std::string_view all = d_->noun_data;
    for (size_t b = 0; b < all.size();) {
      size_t e = all.find('\n', b);
      if (e == std::string_view::npos) e = all.size();
      std::string_view line = all.substr(b, e - b);
      if (!line.empty() && line[0] != '#') d_->nouns.push_back(line);
      b = e + 1;
    }
    if (!std::is_sorted(d_->nouns.begin(), d_->nouns.end()))  // sorted when built; an overriding file may not be
      std::sort(d_->nouns.begin(), d_->nouns.end());
  }

  void Bad(const char* file, int line, const std::string& why) {
    d_->errors.push_back(MakeError(std::string(file) + ":" + std::to_string(line) + ": " + why));
  }

  std::vector<std::string> Forms(const std::string& base) {
    std::vector<std::string> forms = Inflect(base);
    auto it = irregular_.find(base);
    if (it != irregular_.end()) forms.insert(forms.end(), it->second.begin(), it->second.end());
    return forms;
  }

  // A phrase whose first word is a verb: one alternative per form.
  void AddPhrase(PhraseList* list, const std::vector<std::string>& words) {
    if (words.empty()) return;
    for (const std::string& f : Forms(words[0])) {
      std::vector<std::string> alt = words;
      alt[0] = f;
      list->push_back(std::move(alt));
    }
  }

  void VerbLine(const std::string& l, int n) {
    if (l[0] == '=') return Irregular(l, n);
    if (l[0] == '@') return Directive(l, n);
    PatternLine(l, n);
  }

  void Irregular(const std::string& l, int n) {
    std::vector<std::string> w = Words(l.substr(1));
    if (w.size() < 2) return Bad(kVerbs, n, "irregular verb line needs a base and at least one form");
    for (size_t i = 1; i < w.size(); ++i) {
      irregular_[w[0]].push_back(w[i]);
      d_->participles.insert(w[i]);
    }
    if (w[0] == "be") {
      d_->be_forms.insert(w.begin(), w.end());
      d_->be_forms.insert("'s");
      d_->be_forms.insert("'re");
    }
    ++d_->entries;
  }

  void Directive(const std::string& l, int n) {
    size_t sp = l.find_first_of(" \t");
    std::string name = l.substr(1, sp == std::string::npos ? std::string::npos : sp - 1);
    std::string rest = sp == std::string::npos ? "" : Trim(l.substr(sp));
    if (rest.empty()) return Bad(kVerbs, n, "directive @" + name + " has no phrases");
    if (name == "agent" || name == "actor") return Agent(rest, n, name == "actor");
    PhraseList* list = name == "negation"    ? &d_->negation
                       : name == "refusal"   ? &d_->refusal
                       : name == "threat"    ? &d_->threat
                       : name == "intention" ? &d_->intention
                       : name == "condition" ? &d_->condition
                       : name == "pair"      ? &d_->pair
                                             : nullptr;
    for (const std::string& p : Split(rest, '|')) {
      std::vector<std::string> w = Words(p);
      if (w.empty()) return Bad(kVerbs, n, "empty phrase in @" + name);
      if (list) {
        AddPhrase(list, w);
      } else if (name == "speech") {
        for (const std::string& f : Forms(w[0])) d_->speech.insert(f);
      } else if (name == "statement") {
        if (w.size() > 2 || (w.size() == 2 && w[1] != "that"))
          return Bad(kVerbs, n, "@statement takes a verb, or a verb and \"that\"");
        for (const std::string& f : Forms(w[0])) (w.size() == 2 ? d_->statement_that : d_->statement).insert(f);
      } else if (name == "interaction") {
        d_->interaction.insert(w[0]);
      } else if (name == "appeal") {
        for (const std::string& f : Forms(w[0])) d_->appeals.insert(f);
      } else if (name == "permission") {
        for (const std::string& f : Forms(w[0])) d_->permissions.insert(f);
      } else if (name == "verbal_medium") {
        d_->verbal_media.insert(w[0]);
      } else if (name == "actor_noun") {
        actor_nouns_.insert(w[0]);
      } else if (name == "blast") {
        d_->blasts.insert(w[0]);
      } else if (name == "hazard") {
        d_->hazards.insert(w[0]);
      } else if (name == "perpetrator") {
        d_->perpetrators.insert(w[0]);
      } else if (name == "threat_content") {
        d_->threat_content.insert(w.begin(), w.end());
      } else if (name == "not_actor") {
        d_->not_actors.insert(w.begin(), w.end());
      } else if (name == "threat_condition") {
        d_->threat_conditions.push_back(w);  // literal words: "each time"
      } else {
        return Bad(kVerbs, n, "unknown directive @" + name);
      }
    }
    ++d_->entries;
  }

  // @agent WORD CODE: a role after a country ("Russian officials");
  // @actor WORD CODE: also an actor on its own ("police" -> COP).
  void Agent(const std::string& rest, int n, bool bare) {
    std::vector<std::string> w = Words(rest);
    if (w.size() != 2 || w[1].size() != 3)
      return Bad(kVerbs, n, std::string(bare ? "@actor" : "@agent") + " needs WORD CODE (a 3-letter role code)");
    for (char& c : w[1]) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    d_->agents[w[0]] = w[1];
    if (bare) d_->bare_agents.insert(w[0]);
    ++d_->entries;
  }

  static bool ValidCode(const std::string& c) {
    if (c.size() < 2 || c.size() > 4) return false;
    for (char ch : c)
      if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
    return true;
  }

  void PatternLine(const std::string& l, int n) {
    size_t sp = l.find_first_of(" \t");
    if (sp == std::string::npos) return Bad(kVerbs, n, "a pattern line is CODE then words");
    Pattern p;
    p.line = n;
    std::string code = l.substr(0, sp);
    if (!code.empty() && code.back() == '*') p.reciprocal = true, code.pop_back();
    size_t slash = code.find('/');
    p.code = code.substr(0, slash);
    if (slash != std::string::npos) p.code2 = code.substr(slash + 1);
    if (!ValidCode(p.code) || (slash != std::string::npos && !ValidCode(p.code2)))
      return Bad(kVerbs, n, "bad event code '" + code + "'");
    p.words = Words(l.substr(sp));
    if (p.words.empty() || p.words[0] == "+" || p.words[0] == "$")
      return Bad(kVerbs, n, "a pattern starts with a word");
    if (p.words[0][0] == '=') p.literal_head = true, p.words[0].erase(0, 1);
    if (p.words[0].empty()) return Bad(kVerbs, n, "empty head word");
    uint32_t id = static_cast<uint32_t>(d_->patterns.size());
    std::vector<std::string> heads = p.literal_head ? std::vector<std::string>{p.words[0]} : Forms(p.words[0]);
    if (!p.literal_head)
      for (const std::string& f : heads)
        if (f.size() > 2 && f.compare(f.size() - 2, 2, "ed") == 0) d_->participles.insert(f);
    for (const std::string& f : heads) d_->by_head[f].push_back(id);
    d_->patterns.push_back(std::move(p));
    ++d_->entries;
  }

  void CodeLine(const std::string& l, int n) {
    std::vector<std::string> f = Split(l, '\t');
    if (f.size() < 3 || !ValidCode(f[0])) return Bad(kCodes, n, "expected code<TAB>goldstein<TAB>quad<TAB>name");
    try {
      CodeInfo info{std::stod(f[1]), std::stoi(f[2])};
      if (info.quad < 1 || info.quad > 4 || info.goldstein < -10 || info.goldstein > 10)
        return Bad(kCodes, n, "goldstein must be in [-10,10] and quad in 1..4");
      d_->codes[f[0]] = info;
      ++d_->entries;
    } catch (const std::exception&) {
      Bad(kCodes, n, "goldstein and quad must be numbers");
    }
  }

  void StanceLine(const std::string& l, int n) {
    if (l.size() >= 3 && l[0] == '!' && l[1] == ' ') {  // "! legitimate targets": a threat phrase
      d_->threat_statements.push_back(Words(l.substr(2)));
      ++d_->entries;
      return;
    }
    if (l.size() < 3 || (l[0] != '+' && l[0] != '-') || l[1] != ' ')
      return Bad(kStance, n, "expected '+ word', '- word' or '! phrase'");
    d_->stance[Words(l.substr(2))[0]] = l[0] == '+' ? 1 : -1;
    ++d_->entries;
  }

  void CheckPatternCodes() {
    for (const Pattern& p : d_->patterns) {
      if (!d_->codes.count(p.code)) Bad(kVerbs, p.line, "code " + p.code + " is not in " + kCodes);
      if (!p.code2.empty() && !d_->codes.count(p.code2)) Bad(kVerbs, p.line, "code " + p.code2 + " is not in " + kCodes);
    }
  }

  Dictionary* d_;
  std::unordered_map<std::string, std::vector<std::string>> irregular_;
  std::unordered_set<std::string> actor_nouns_;  // @actor_noun words, added after WordNet's
};

}  // namespace

bool Pattern::has_target_slot() const {
  for (const std::string& w : words)
    if (w == "+") return true;
  return false;
}

bool Pattern::has_source_slot() const {
  for (const std::string& w : words)
    if (w == "$") return true;
  return false;
}

size_t Pattern::literal_count() const {
  size_t n = 0;
  for (const std::string& w : words) n += (w != "+" && w != "$");
  return n;
}

std::vector<std::string> Inflect(const std::string& b) {
  std::vector<std::string> out{b};
  if (b.empty()) return out;
  char last = b.back();
  bool cons_y = last == 'y' && b.size() > 1 && !IsVowel(b[b.size() - 2]);
  bool sibilant = last == 's' || last == 'x' || last == 'z' || b.ends_with("ch") || b.ends_with("sh");
  out.push_back(cons_y ? b.substr(0, b.size() - 1) + "ies" : sibilant ? b + "es" : b + "s");
  if (last == 'e') {
    out.push_back(b + "d");
    out.push_back(b.ends_with("ee") ? b + "ing" : b.substr(0, b.size() - 1) + "ing");
  } else {
    out.push_back(cons_y ? b.substr(0, b.size() - 1) + "ied" : b + "ed");
    out.push_back(b + "ing");
    bool cvc = b.size() >= 3 && !IsVowel(last) && IsVowel(b[b.size() - 2]) && !IsVowel(b[b.size() - 3]) &&
               last != 'w' && last != 'x' && last != 'y';
    if (cvc) out.push_back(b + last + "ed"), out.push_back(b + last + "ing");
  }
  return out;
}

void LoadDictionary(Dictionary* d) { Loader(d).Load(); }

bool Dictionary::IsNoun(std::string_view w) const { return std::binary_search(nouns.begin(), nouns.end(), w); }

const Dictionary& GetDictionary() {
  static const Dictionary* dict = [] {
    auto* d = new Dictionary;
    LoadDictionary(d);
    return d;
  }();
  return *dict;
}

}  // namespace dateline::events
