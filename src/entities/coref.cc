// Within-article coreference for people, and what the office-holders file
// adds. A PERSON mention's canonical name is the fullest person name in the
// article that holds all of its words and ends with the same surname
// ("Putin" -> "Vladimir Putin"; "Donald Trump" -> "Donald J. Trump"). All
// mentions of one canonical name share the role, country and actor the text
// gives first. Only when the text gives none does data/office_holders.tsv
// fill them, for the office held on the publication date (or today's
// holders when the date is unknown): the text always wins.
#include <algorithm>

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

const OfficeHolder* HolderOn(const std::vector<OfficeHolder>& rows, const std::optional<std::string>& published) {
  std::string date = published ? published->substr(0, 10) : "";
  for (const OfficeHolder& h : rows) {
    if (date.empty() ? h.end.empty() : (h.start <= date && (h.end.empty() || date < h.end))) return &h;
  }
  return nullptr;
}

void ApplyOfficeHolder(const Doc& doc, const std::optional<std::string>& published, Mention* m) {
  const auto& table = doc.lex->office_holders;
  auto it = table.find(util::AsciiLower(m->canonical));
  if (it == table.end()) it = table.find(WithoutInitials(doc, m->canonical));
  if (it == table.end()) return;
  const OfficeHolder* h = HolderOn(it->second, published);
  if (!h) return;
  if (!m->role) m->role = h->role;
  if (!m->country && !h->iso3.empty()) m->country = h->iso3;
  if (!m->actor && !h->actor.empty()) m->actor = h->actor;
}

struct Attributes {
  std::optional<std::string> role, country, actor;
};

}  // namespace

void ResolveCoreference(Doc* doc, const std::optional<std::string>& published) {
  NameIndex names = FullNames(*doc);
  std::unordered_map<std::string, Attributes> by_name;
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPerson) continue;
    const FullName* n = Fullest(*doc, m, names);
    m.canonical = std::string(n ? doc->Bytes(n->b, n->e) : doc->Bytes(m.b, m.e));
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
