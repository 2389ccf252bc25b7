// Within-article coreference for people, and what the office-holders file
// adds. A PERSON mention's canonical name is the fullest person name in the
// article that holds all of its words and ends with the same surname
// ("Putin" -> "Vladimir Putin"; "Donald Trump" -> "Donald J. Trump"). All
// mentions of one canonical name share the role, country and actor the text
// gives first. Only when the text gives none does data/office_holders.tsv
// fill them, for the office held on the publication date (or today's
// holders when the date is unknown): the text always wins. A former (or
// future) holder keeps only the file's country.
//
// Names used alone. The file also lists the name news uses alone for a
// holder ("Putin", "Xi", "von der Leyen"). Written alone, capitalised, with
// no fuller name in the article, such a name is that PERSON, even opening a
// sentence, where capitals say nothing else ("Erdogan met Macron"). One
// person per name: the one in office on the date, else the only person the
// file so calls. The text still wins: a fuller name in the article with
// that word ("Eric Trump"), a country or role the text states that the
// holder never had, a bigger name around the word ("Trump Tower"), a
// dictionary's organisation, a country or capital, or sport (where
// "Sanchez" scores goals) leave the word as recognition typed it.
#include <algorithm>
#include <cctype>
#include <map>

#include "entities/internal.h"
#include "util/strings.h"

namespace dateline::entities {
namespace {

struct FullName {
  size_t b = 0, e = 0;
  std::unordered_set<std::string> keys;
};

// The article's distinct person names by surname, longest first.
using NameIndex = std::unordered_map<std::string, std::vector<FullName>>;

NameIndex FullNames(const Doc& doc) {
  NameIndex index;
  std::unordered_set<std::string> seen;
  for (const Mention& m : doc.mentions) {
    if (m.kind != Kind::kPerson) continue;
    std::string joined;
    FullName n{m.b, m.e, {}};
    for (size_t i = m.b; i < m.e; ++i) {
      n.keys.insert(doc.toks[i].key);
      joined += doc.toks[i].key + ' ';
    }
    if (seen.insert(joined).second) index[doc.toks[m.e - 1].key].push_back(std::move(n));
  }
  for (auto& [surname, names] : index)
    std::stable_sort(names.begin(), names.end(), [](const FullName& a, const FullName& b) { return a.e - a.b > b.e - b.b; });
  return index;
}

const FullName* Fullest(const Doc& doc, const Mention& m, const NameIndex& index) {
  auto it = index.find(doc.toks[m.e - 1].key);
  if (it == index.end()) return nullptr;
  for (const FullName& n : it->second) {  // longest first
    bool all = true;
    for (size_t i = m.b; i < m.e && all; ++i) all = n.keys.count(doc.toks[i].key) > 0;
    if (all) return &n;
  }
  return nullptr;
}

// "Donald J. Trump" -> "donald trump": the office-holders file lists names without initials.
std::string WithoutInitials(const Doc& doc, std::string_view canonical) {
  std::string out;
  for (size_t from = 0; from < canonical.size();) {
    size_t sp = canonical.find(' ', from);
    std::string_view w = canonical.substr(from, sp == std::string_view::npos ? std::string_view::npos : sp - from);
    if (!(w.size() == 2 && w[1] == '.')) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    if (sp == std::string_view::npos) break;
    from = sp + 1;
  }
  return util::AsciiLower(out);
}

bool InOffice(const OfficeHolder& h, const std::string& date) {
  return date.empty() ? h.end.empty() : (h.start <= date && (h.end.empty() || date < h.end));
}

std::string DateOf(const std::optional<std::string>& published) { return published ? published->substr(0, 10) : ""; }

const OfficeHolder* HolderOn(const std::vector<OfficeHolder>& rows, const std::optional<std::string>& published) {
  std::string date = DateOf(published);
  for (const OfficeHolder& h : rows)
    if (InOffice(h, date)) return &h;
  return nullptr;
}

void ApplyOfficeHolder(const Doc& doc, const std::optional<std::string>& published, Mention* m) {
  const auto& table = doc.lex->office_holders;
  auto it = table.find(util::AsciiLower(m->canonical));
  if (it == table.end()) it = table.find(WithoutInitials(doc, m->canonical));
  if (it == table.end()) return;
  const OfficeHolder* h = HolderOn(it->second, published);
  if (!h) {  // out of office on the date: still of the country
    for (const OfficeHolder& row : it->second)
      if (!m->country && !row.iso3.empty()) m->country = row.iso3;
    return;
  }
  if (!m->role) m->role = h->role;
  if (!m->country && !h->iso3.empty()) m->country = h->iso3;
  if (!m->actor && !h->actor.empty()) m->actor = h->actor;
}

// --- Names used alone -------------------------------------------------------

// The one person `rows` (every row of each person so called) name on the
// date: the one in office, else the only one; "" when that is not one.
std::string PersonCalled(const std::vector<OfficeHolder>& rows, const std::optional<std::string>& published) {
  std::string date = DateOf(published), in_office, any;
  bool several_in_office = false, several = false;
  for (const OfficeHolder& h : rows) {
    if (InOffice(h, date)) {
      several_in_office |= !in_office.empty() && in_office != h.name;
      in_office = h.name;
    }
    several |= !any.empty() && any != h.name;
    any = h.name;
  }
  if (!in_office.empty()) return several_in_office ? "" : in_office;
  return several ? "" : any;
}

std::string LastWord(const std::string& s) {
  size_t space = s.rfind(' ');
  return util::AsciiLower(space == std::string::npos ? s : s.substr(space + 1));
}

// What the text says of the person against what the file says: a country
// the holder does not have, or a role of another kind than any the holder
// held ("Coach Sanchez", "Senator Johnson"); kinds are compared by the
// role's last word ("Defence Secretary" fits "Defense Secretary"), and
// "leader" fits every holder.
bool TextContradicts(const Mention& m, const std::string& name, const std::vector<OfficeHolder>& rows) {
  std::string said = m.role ? LastWord(*m.role) : "";
  bool role_fits = said.empty() || said == "leader";
  bool country_fits = !m.country;
  for (const OfficeHolder& h : rows) {
    if (h.name != name) continue;
    role_fits |= LastWord(h.role) == said;
    country_fits |= m.country == h.iso3;
  }
  return !role_fits || !country_fits;
}

// Whether the article names a person of two or more words, other than the
// words [b, e) themselves, with one of those words ("Eric Trump" for "Trump").
bool NamedFullyElsewhere(const Doc& doc, size_t b, size_t e) {
  auto words = [&doc](size_t from, size_t to) {
    std::string joined;
    for (size_t i = from; i < to; ++i) joined += doc.toks[i].key + ' ';
    return joined;
  };
  std::string alone = words(b, e);
  for (const Mention& m : doc.mentions) {
    if (m.kind != Kind::kPerson || m.e - m.b < 2 || words(m.b, m.e) == alone) continue;
    for (size_t i = m.b; i < m.e; ++i)
      for (size_t k = b; k < e; ++k)
        if (doc.toks[i].key == doc.toks[k].key) return true;
  }
  return false;
}

// A capitalised word just before or after [b, e) in its sentence, or a
// name's connector before it: the name is part of a bigger one that
// recognition did not keep.
bool InsideBiggerName(const Doc& doc, size_t b, size_t e) {
  auto name_word = [&](size_t k) {
    const Tok& t = doc.toks[k];
    return doc.SameSentence(k, b) && t.kind == TokenKind::kWord && (t.has(kCapitalized) || t.has(kAllCaps)) &&
           !(t.cls & kStop);
  };
  auto connector = [&](size_t k) {  // "bin Salman", "al Assad"
    return doc.SameSentence(k, b) && (doc.toks[k].cls & kConnector) && doc.toks[k].key != "of";
  };
  return (b > 0 && (name_word(b - 1) || connector(b - 1))) || (e < doc.toks.size() && name_word(e));
}

// A mention recognition made of the name (or of words inside it) that the
// name may replace: a person, a guessed name, or a minor place the
// gazetteer knows by that word.
bool Replaceable(const Mention& m) {
  if (m.kind == Kind::kPerson || m.kind == Kind::kMisc) return true;
  return m.kind == Kind::kPlace && !m.capital && !m.country_name && !m.region;
}

// The names used alone at [b, e): the mentions there to replace (in
// `inside`), or false when a mention reaches outside it or may not be replaced.
bool MentionsWithin(const Doc& doc, size_t b, size_t e, std::vector<size_t>* inside) {
  for (size_t k = 0; k < doc.mentions.size(); ++k) {
    const Mention& m = doc.mentions[k];
    if (m.e <= b || m.b >= e) continue;
    if (m.b < b || m.e > e || !Replaceable(m)) return false;
    inside->push_back(k);
  }
  return true;
}

// "Sanchez scored twice as Real Madrid beat Getafe 3-0 in the league": a
// sentence with two sport words, or one and a score, in a story not read as
// sport as a whole.
bool IsSportsSentence(const Doc& doc, uint32_t sentence) {
  const Sentence& s = doc.analysis->sentences[sentence];
  size_t sport = 0;
  bool score = false;
  for (size_t i = s.token_begin; i < s.token_end; ++i) {
    const Tok& t = doc.toks[i];
    sport += (t.cls & kSport) != 0;
    std::string_view w = doc.text.substr(t.start, t.end - t.start);
    score |= w.size() >= 3 && w.find('-') != std::string_view::npos && std::isdigit(static_cast<unsigned char>(w[0])) &&
             std::isdigit(static_cast<unsigned char>(w.back()));
  }
  return sport >= 2 || (sport == 1 && score);
}

// "Putin", "al-Sisi": capitalised, or in lower case only before a dash;
// not in capitals throughout.
bool WrittenAsName(const Doc& doc, const Tok& t) {
  if (t.has(kAllCaps)) return false;
  if (t.has(kCapitalized)) return true;
  std::string_view w = doc.text.substr(t.start, t.end - t.start);
  size_t dash = w.rfind('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && std::isupper(static_cast<unsigned char>(w[dash + 1]));
}

using AloneNames = std::map<std::pair<size_t, size_t>, std::string>;  // token range -> the holder's name

// Reads the names used alone, as PERSON mentions; returns the holders' names.
AloneNames ReadNamesUsedAlone(Doc* doc, const std::optional<std::string>& published) {
  AloneNames out;
  if (doc->sports) return out;
  for (size_t i = 0; i < doc->toks.size(); ++i) {
    auto [n, rows] = MatchPhrase(doc->lex->holders_by_short_name, *doc, i, doc->toks.size());
    if (!n || !doc->SameSentence(i, i + n - 1)) continue;
    size_t b = i, e = i + n;
    i = e - 1;
    const Tok& last = doc->toks[e - 1];
    if (!WrittenAsName(*doc, last) || doc->caps_sentence[last.sentence] || IsSportsSentence(*doc, last.sentence))
      continue;
    std::string name = PersonCalled(*rows, published);
    std::vector<size_t> inside;
    if (name.empty() || NamedFullyElsewhere(*doc, b, e) || !MentionsWithin(*doc, b, e, &inside)) continue;
    const Mention* person = inside.size() == 1 && doc->mentions[inside[0]].b == b &&
                                    doc->mentions[inside[0]].e == e && doc->mentions[inside[0]].kind == Kind::kPerson
                                ? &doc->mentions[inside[0]]
                                : nullptr;  // what the text says of him: role, country
    if (person ? TextContradicts(*person, name, *rows) : InsideBiggerName(*doc, b, e)) continue;
    Mention m = person ? *person : Mention{};
    m.b = b;
    m.e = e;
    m.kind = Kind::kPerson;
    m.evidence = true;
    for (size_t k = inside.size(); k-- > 0;) doc->mentions.erase(doc->mentions.begin() + inside[k]);
    doc->mentions.push_back(std::move(m));
    out[{b, e}] = name;
  }
  return out;
}

struct Attributes {
  std::optional<std::string> role, country, actor;
};

}  // namespace

void ResolveCoreference(Doc* doc, const std::optional<std::string>& published) {
  AloneNames alone = ReadNamesUsedAlone(doc, published);
  NameIndex names = FullNames(*doc);
  std::unordered_map<std::string, Attributes> by_name;
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPerson) continue;
    const FullName* n = Fullest(*doc, m, names);
    m.canonical = std::string(n ? doc->Bytes(n->b, n->e) : doc->Bytes(m.b, m.e));
    if (auto it = alone.find({m.b, m.e}); it != alone.end()) m.canonical = it->second;
    Attributes& a = by_name[m.canonical];
    if (!a.role && m.role) a.role = m.role;
    if (!a.country && m.country) a.country = m.country;
    if (!a.actor && m.actor) a.actor = m.actor;
  }
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPerson) continue;
    const Attributes& a = by_name[m.canonical];
    if (!m.role) m.role = a.role;
    if (!m.country) m.country = a.country;
    if (!m.actor) m.actor = a.actor;
    ApplyOfficeHolder(*doc, published, &m);
  }
}

}  // namespace dateline::entities
