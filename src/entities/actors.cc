// Places as places and places as actors.
//
// Geocoding: every PLACE is resolved with the article's context — the
// dateline's countries first, then the countries the article mentions most
// (country names, demonyms, organisations of known country: "Bundestag") —
// and the dateline's coordinates as anchors (entities::Geocode), falling back
// to the project's country/capital list.
//
// Actors (a decision, documented in data/entity_words.tsv too): a PLACE
// keeps its type; its `actor` says when it acts.
//   - A country name is always its bare country code: "Russia said" -> RUS
//     (GDELT style; "Russia's prosecutor general" is a separate AGENT).
//   - A national capital is its government (ISO3 + GOV) when it acts: the
//     subject of a verb of saying or acting ("Washington described",
//     "Beijing has repeatedly said", "Moscow invaded"), the object of one
//     ("Xi warned Washington"; not of a verb that hits the place itself,
//     "shelled Kyiv"), a counterpart ("talks with Tehran", "sanctions
//     against Moscow", "talks between Moscow and Kyiv"), the agent of a
//     passive ("wanted by Moscow"), or the owner of a political noun
//     ("Washington's European allies"). Capitals and countries joined by
//     "and", "or" or commas are read as one ("Washington and London
//     agreed"). In locative use ("in Moscow", "flew to Moscow", "Paris,
//     Texas") it has no actor, only its country and coordinates.
//     data/capital_actors.tsv names the exceptions: Brussels acts for the
//     EU (IGOEEC), Jerusalem never acts.
//   - Other places have no actor.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "entities/internal.h"

namespace dateline::entities {
namespace {

using CountryVotes = std::map<std::string, int>;  // ISO alpha-3 -> mentions naming it

bool Votes(const Mention& m) {
  return (m.kind == Kind::kPlace || m.kind == Kind::kNorp || m.kind == Kind::kOrg) && m.country;
}

// The dateline's countries and points, then the countries the article's
// mentions name, most named first.
GeoContext MakeContext(const Article& article, const CountryVotes& counts) {
  GeoContext context;
  for (const DatelinePlace& p : article.dateline) {
    if (p.country) context.countries.push_back(*p.country);
    if (p.lat && p.lon) context.anchors.emplace_back(*p.lat, *p.lon);
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [iso3, n] : counts)
    if (n > 0) ranked.emplace_back(-n, iso3);
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [n, iso3] : ranked)
    if (std::find(context.countries.begin(), context.countries.end(), iso3) == context.countries.end())
      context.countries.push_back(iso3);
  return context;
}

GeoContext MakeContext(const std::vector<Mention>& mentions, const Article& article) {
  CountryVotes counts;
  for (const Mention& m : mentions)
    if (Votes(m)) ++counts[*m.country];
  return MakeContext(article, counts);
}

// A dateline place is read within the country its dateline names: "LONDON,
// Ont." is London, Ontario, and "FLORENCE, Ala." stays in Alabama though the
// story names Italy too; the qualifier's point, when known, is an anchor.
void GeocodeDateline(const Doc& doc, Article* article, GeoContext* context) {
  for (DatelinePlace& p : article->dateline) {
    if (p.lat && p.lon) continue;
    PlaceHit hit = ResolvePlaceName(doc, p.name, *context);
    if (p.country && hit.found && !hit.iso3.empty() && hit.iso3 != *p.country) {
      GeoContext own = *context;
      own.countries.insert(own.countries.begin(), *p.country);
      for (const DatelinePlace& q : article->dateline)
        if (q.lat && q.lon) own.anchors.emplace_back(*q.lat, *q.lon);
      const std::string& iso3 = *p.country;
      if (const PlaceInfo* in = doc.gaz->Resolve(p.name, own, [&](const PlaceInfo& x) { return x.iso3 == iso3; }))
        hit = HitOf(*in);
    }
    if (!hit.found || (p.country && !hit.iso3.empty() && hit.iso3 != *p.country)) continue;
    p.lat = hit.lat;
    p.lon = hit.lon;
    if (!p.country && !hit.iso3.empty()) p.country = hit.iso3;
    context->anchors.emplace_back(hit.lat, hit.lon);
  }
}

void Geocode(const Doc& doc, const GeoContext& context, Mention* m) {
  PlaceHit hit = ResolvePlace(doc, m->b, m->e, context);
  if (!hit.found) return;
  m->canonical = hit.name;
  if (!hit.iso3.empty()) m->country = hit.iso3;
  m->lat = hit.lat;
  m->lon = hit.lon;
  auto [n, capital] = MatchPhrase(doc.lex->capitals, doc, m->b, m->e);
  m->capital = hit.capital || (capital && n == m->e - m->b && capital->iso3 == hit.iso3);
  m->country_name = m->country_name || hit.country;
  m->region = hit.region;
  m->small_town = hit.small_town;
}

bool OwnsPoliticalNoun(const Doc& doc, size_t e) {
  if (!doc.IsClitic(e)) return false;
  for (size_t i = e + 1; i < e + 3 && doc.SameSentence(e, i); ++i) {
    if (doc.toks[i].cls & kPolNoun) return true;
    if (doc.toks[i].kind != TokenKind::kWord) return false;
  }
  return false;
}

bool IsVerb(const Tok& t) { return (t.cls & (kSpeech | kAction)) && !t.has(kCapitalized) && !t.has(kAllCaps); }

// "said", "has repeatedly said": a verb after the name, past adverbs in -ly.
bool IsSubjectOfVerb(const Doc& doc, size_t e) {
  constexpr size_t kMaxAdverbs = 2;
  for (size_t i = e; i < doc.toks.size() && i <= e + kMaxAdverbs && doc.SameSentence(e - 1, i); ++i) {
    const Tok& t = doc.toks[i];
    if (IsVerb(t)) return true;
    if (t.kind != TokenKind::kWord || !t.key.ends_with("ly") || t.has(kCapitalized)) return false;
  }
  return false;
}

// "warned Washington", "told Beijing": not "shelled Kyiv", "is Moscow".
bool IsObjectOfVerb(const Doc& doc, size_t b) {
  if (b == 0 || !doc.SameSentence(b - 1, b)) return false;
  const Tok& t = doc.toks[b - 1];
  return IsVerb(t) && !doc.lex->place_verbs.count(t.key);
}

// "talks with Tehran", "sanctions against Moscow", "between Moscow and Kyiv".
bool IsCounterpart(const Doc& doc, size_t b) {
  if (b == 0 || !doc.SameSentence(b - 1, b)) return false;
  const std::string& w = doc.toks[b - 1].key;
  return w == "with" || w == "against" || w == "between";
}

bool IsPassiveAgent(const Doc& doc, size_t b) {
  return b >= 2 && doc.SameSentence(b - 2, b) && doc.toks[b - 1].key == "by" &&
         doc.toks[b - 2].key.size() > 2 && doc.toks[b - 2].key.ends_with("ed");
}

bool AfterLocative(const Doc& doc, size_t b) {
  return b > 0 && doc.SameSentence(b - 1, b) && (doc.toks[b - 1].cls & kLocative);
}

// A capital or country name: what a coordination of actors is made of.
bool IsStatePlace(const Mention& m) { return m.kind == Kind::kPlace && (m.capital || m.country_name); }

bool IsJoiner(const Doc& doc, size_t i) {
  return i < doc.toks.size() && (doc.toks[i].key == "and" || doc.toks[i].key == "or" || doc.Bytes(i, i + 1) == ",");
}

// The token range of the coordination of capitals and countries that `m`
// belongs to ("Moscow, Kyiv and Washington"): [m.b, m.e) when none.
std::pair<size_t, size_t> Coordination(const Doc& doc, const Mention& m) {
  auto state_at = [&](const std::unordered_multimap<size_t, size_t>& index, size_t at) -> const Mention* {
    auto [lo, hi] = index.equal_range(at);
    for (auto it = lo; it != hi; ++it)
      if (IsStatePlace(doc.mentions[it->second])) return &doc.mentions[it->second];
    return nullptr;
  };
  size_t b = m.b, e = m.e;
  for (const Mention* left; b >= 2 && IsJoiner(doc, b - 1) && (left = state_at(doc.mentions_by_end, b - 1));)
    b = left->b;
  for (const Mention* right; IsJoiner(doc, e) && (right = state_at(doc.mentions_by_start, e + 1));) e = right->e;
  return {b, e};
}

bool StandsForGovernment(const Doc& doc, const Mention& m) {
  auto [b, e] = Coordination(doc, m);
  if (AfterLocative(doc, b)) return false;
  return IsSubjectOfVerb(doc, e) || IsObjectOfVerb(doc, b) || IsCounterpart(doc, b) || IsPassiveAgent(doc, b) ||
         OwnsPoliticalNoun(doc, m.e);
}

// The actor a capital acting stands for: its government, or what
// capital_actors.tsv says ("Brussels": IGOEEC; "" none).
std::string GovernmentOf(const Doc& doc, const Mention& m) {
  std::string key;
  for (size_t i = m.b; i < m.e; ++i) key += (key.empty() ? "" : " ") + doc.toks[i].key;
  auto it = doc.lex->seat_actors.find(key);
  return it != doc.lex->seat_actors.end() ? it->second : *m.country + "GOV";
}

// "Weld County", "Bristol County": a unit below a state that the gazetteer
// does not know, named by a capitalised unit word after its own name.
bool IsLowerUnit(const Doc& doc, const Mention& m) {
  static const std::set<std::string, std::less<>> kUnits = {"county", "parish", "district", "governorate", "regency",
                                                            "province", "division", "municipality", "prefecture",
                                                            "department", "subdistrict"};
  return m.kind == Kind::kPlace && !m.lat && m.e - m.b >= 2 && kUnits.count(doc.toks[m.e - 1].key) > 0 &&
         doc.toks[m.e - 1].has(kCapitalized);
}

// Whether a resolved place is a first-level subdivision ("Georgia" the state).
bool IsSubdivision(const Doc& doc, const Mention& m) {
  return doc.gaz->Resolve(m.canonical, GeoContext{}, [&m](const PlaceInfo& p) {
    return p.kind == PlaceKind::kAdmin1 && p.lat == *m.lat && p.lon == *m.lon;
  }) != nullptr;
}

// Where an unknown unit lies: the place that qualifies it ("Lea County, New
// Mexico"); else the nearest place named before it in its sentence ("in
// Colorado, where ... Weld County"); else the nearest named before it in the
// country most of the last few places name (a traveller's "Wuhan" does not
// place "Snohomish County" in a story about Seattle); else the nearest after
// it. A dateline in that state's country and near it is more precise than
// the state's point ("Hall County" under ATLANTA beside "Georgia").
// Countries and regions are too coarse to say.
const Mention* UnitReference(const Doc& doc, const Mention& unit, const Article& article, Mention* dateline) {
  constexpr size_t kRecent = 3;
  constexpr double kDatelineReachKm = 800;  // from a state's point
  auto usable = [](const Mention& m) { return m.kind == Kind::kPlace && m.lat && m.lon && !m.country_name && !m.region; };
  std::vector<const Mention*> before;
  const Mention* after = nullptr;
  for (const Mention& m : doc.mentions) {
    if (!usable(m)) continue;
    if (m.b == unit.e + 1 && doc.Bytes(unit.e, unit.e + 1) == ",") return &m;
    if (m.e <= unit.b) before.push_back(&m);
    if (m.b >= unit.e && (!after || m.b < after->b)) after = &m;
  }
  std::sort(before.begin(), before.end(), [](const Mention* x, const Mention* y) { return x->b > y->b; });
  const Mention* base = after;
  if (!before.empty() && doc.SameSentence(before.front()->b, unit.b)) {
    base = before.front();
  } else if (!before.empty()) {
    std::map<std::string, int> recent;
    for (size_t k = 0; k < before.size() && k < kRecent; ++k) ++recent[before[k]->country.value_or("")];
    base = before.front();
    for (const Mention* m : before)
      if (recent[m->country.value_or("")] > recent[base->country.value_or("")]) base = m;
  }
  for (const DatelinePlace& p : article.dateline) {
    if (!p.lat || !p.lon) continue;
    if (base && (!IsSubdivision(doc, *base) || p.country != base->country ||
                 DistanceKm(*p.lat, *p.lon, *base->lat, *base->lon) > kDatelineReachKm))
      break;
    dateline->lat = p.lat, dateline->lon = p.lon, dateline->country = p.country;
    return dateline;
  }
  return base;
}

// The gazetteer's entry for a resolved mention: the place of its name at its point.
const PlaceInfo* EntryOf(const Doc& doc, const Mention& m) {
  for (const PlaceInfo* p : doc.gaz->Lookup(doc.Bytes(m.b, m.e)))
    if (p->lat == *m.lat && p->lon == *m.lon) return p;
  return nullptr;
}

// "Vancouver, Wash.", "Portland, Maine", "Windsor, Nova Scotia", "Tbilisi,
// Georgia": a place after a town and a comma qualifies the town. Of the
// subdivisions and countries the qualifier may name (a wire-style
// abbreviation names one state), the first that has a town of that name is
// the qualifier, and the town is the one in it, whatever the context says.
// A county the gazetteer lacks before the comma ("Clark County, Washington")
// makes the qualifier a subdivision. A country's name stays a country, and
// a list of towns ("Paris, Lyon") qualifies nothing.
void CommaQualifiedPlaces(Doc* doc, const GeoContext& context) {
  constexpr double kStateReachKm = 800;
  doc->IndexMentions();
  std::vector<const PlaceInfo*> quals;
  for (Mention& m : doc->mentions) {
    if (m.b < 2 || doc->Bytes(m.b - 1, m.b) != ",") continue;
    const PlaceInfo* state = doc->gaz->Abbreviation(doc->Bytes(m.b, m.e));
    if (m.kind != Kind::kPlace && !(state && m.kind == Kind::kMisc)) continue;  // "Wash." may be read as a name
    Mention* town = nullptr;
    for (auto [it, end] = doc->mentions_by_end.equal_range(m.b - 1); it != end; ++it)
      if (doc->mentions[it->second].kind == Kind::kPlace && !doc->mentions[it->second].country_name)
        town = &doc->mentions[it->second];
    if (!town) continue;
    quals.clear();
    if (state) {
      quals.push_back(state);
    } else {
      for (const PlaceInfo* q : doc->gaz->Lookup(doc->Bytes(m.b, m.e)))
        if ((q->kind == PlaceKind::kAdmin1 && !m.country_name) || q->kind == PlaceKind::kCountry) quals.push_back(q);
    }
    const PlaceInfo* chosen = nullptr;
    for (const PlaceInfo* q : quals) {
      const PlaceInfo* p = nullptr;
      if (q->kind == PlaceKind::kCountry || !q->admin1.empty()) {
        p = doc->gaz->Resolve(doc->Bytes(town->b, town->e), context, [q](const PlaceInfo& c) {
          return c.kind == PlaceKind::kCity && c.iso3 == q->iso3 && (q->kind == PlaceKind::kCountry || c.admin1 == q->admin1);
        });
      } else {  // a subdivision known only by its point: the nearest town of the name near it
        double nearest = kStateReachKm;
        for (const PlaceInfo* c : doc->gaz->Lookup(doc->Bytes(town->b, town->e))) {
          double km = c->kind == PlaceKind::kCity && c->iso3 == q->iso3 ? DistanceKm(c->lat, c->lon, q->lat, q->lon) : nearest;
          if (km < nearest) p = c, nearest = km;
        }
      }
      if (!p) continue;
      town->canonical = p->name, town->country = p->iso3, town->lat = p->lat, town->lon = p->lon;
      town->capital = p->capital, town->country_name = town->region = false;
      chosen = q;
      break;
    }
    if (!chosen && IsLowerUnit(*doc, *town) && !quals.empty() && quals.front()->kind == PlaceKind::kAdmin1)
      chosen = quals.front();
    if (!chosen || chosen->kind == PlaceKind::kCountry) continue;
    m.kind = Kind::kPlace;
    m.canonical = chosen->name, m.country = chosen->iso3, m.lat = chosen->lat, m.lon = chosen->lon;
    m.capital = m.country_name = m.region = false;
  }
}

// "eastern Washington", "upstate New York": after a compass word a name
// that is a city and a subdivision of the same country is the subdivision.
void CompassSubdivisions(Doc* doc) {
  static const std::set<std::string, std::less<>> kCompass = {
      "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
      "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "upstate"};
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || !m.lat || m.country_name || m.region || m.b == 0) continue;
    const Tok& before = doc->toks[m.b - 1];
    if (before.has(kCapitalized) || !kCompass.count(before.key) || !doc->SameSentence(m.b - 1, m.b)) continue;
    for (const PlaceInfo* p : doc->gaz->Lookup(doc->Bytes(m.b, m.e))) {
      if (p->kind != PlaceKind::kAdmin1 || !m.country || p->iso3 != *m.country) continue;
      if (p->lat == *m.lat && p->lon == *m.lon) break;  // already the subdivision
      m.canonical = p->name, m.lat = p->lat, m.lon = p->lon, m.capital = false;
      break;
    }
  }
}

// "Everett, Washington", "Atlanta, Georgia": a name after a town and a comma
// is the town's own state when it has one of that name.
void StatesAfterTheirTowns(Doc* doc) {
  doc->IndexMentions();
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || m.b < 2 || doc->Bytes(m.b - 1, m.b) != ",") continue;
    const Mention* town = nullptr;
    for (auto [it, end] = doc->mentions_by_end.equal_range(m.b - 1); it != end; ++it) {
      const Mention& t = doc->mentions[it->second];
      if (t.kind == Kind::kPlace && t.lat && t.lon && !t.country_name && !t.region) town = &t;
    }
    const PlaceInfo* entry = town ? EntryOf(*doc, *town) : nullptr;
    if (!entry || entry->kind != PlaceKind::kCity || entry->admin1.empty()) continue;
    for (const PlaceInfo* p : doc->gaz->Lookup(doc->Bytes(m.b, m.e))) {
      if (p->kind != PlaceKind::kAdmin1 || p->admin1 != entry->admin1) continue;
      m.canonical = p->name, m.country = p->iso3, m.lat = p->lat, m.lon = p->lon;
      m.capital = m.country_name = m.region = false;
      break;
    }
  }
}

// "New York and New Jersey", "Quebec, Ontario and Alberta": a town named
// like its country's subdivision is the subdivision when listed beside
// another subdivision of that country.
void SubdivisionsListedTogether(Doc* doc) {
  doc->IndexMentions();
  auto subdivision = [&](const Mention& m) {
    const PlaceInfo* p = m.kind == Kind::kPlace && m.lat && m.lon ? EntryOf(*doc, m) : nullptr;
    return p && p->kind == PlaceKind::kAdmin1 ? p : nullptr;
  };
  auto joined = [&](size_t k) {  // the token k joins two list items
    std::string_view w = doc->Bytes(k, k + 1);
    return w == "," || w == "and" || w == "or";
  };
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || !m.lat || !m.lon || !m.country || m.country_name || m.region) continue;
    const PlaceInfo* entry = EntryOf(*doc, m);
    if (!entry || entry->kind != PlaceKind::kCity) continue;
    const PlaceInfo* unit = nullptr;
    for (const PlaceInfo* p : doc->gaz->Lookup(doc->Bytes(m.b, m.e)))
      if (p->kind == PlaceKind::kAdmin1 && p->iso3 == *m.country && !unit) unit = p;
    if (!unit) continue;
    bool listed = false;
    if (m.b >= 2 && joined(m.b - 1) && doc->SameSentence(m.b - 2, m.b))
      for (auto [it, end] = doc->mentions_by_end.equal_range(m.b - 1); it != end; ++it)
        if (const PlaceInfo* s = subdivision(doc->mentions[it->second]); s && s->iso3 == unit->iso3) listed = true;
    if (m.e + 1 < doc->toks.size() && joined(m.e) && doc->SameSentence(m.e, m.e + 1))
      for (auto [it, end] = doc->mentions_by_start.equal_range(m.e + 1); it != end; ++it)
        if (const PlaceInfo* s = subdivision(doc->mentions[it->second]); s && s->iso3 == unit->iso3) listed = true;
    if (!listed) continue;
    m.canonical = unit->name, m.lat = unit->lat, m.lon = unit->lon;
    m.capital = false, m.small_town = false;
  }
}

// The first-level subdivisions the article's places resolve to, in order,
// with the words that name them ("Missouri" -> "US-MO").
struct NamedSubdivision {
  std::string_view name;
  std::string code;
};
std::vector<NamedSubdivision> NamedSubdivisions(const Doc& doc) {
  std::vector<NamedSubdivision> out;
  for (const Mention& m : doc.mentions) {
    if (m.kind != Kind::kPlace || !m.lat || m.country_name || m.region) continue;
    const PlaceInfo* p = EntryOf(doc, m);
    if (p && p->kind == PlaceKind::kAdmin1 && !p->admin1.empty()) out.push_back({doc.Bytes(m.b, m.e), p->admin1});
  }
  return out;
}

// An unknown unit gets its county's point: the county of that name in the
// state of its reference (the place that qualifies it or the nearest named
// before it), else in the first state the article names that has one, else
// the nearest such county; without counties, the nearest
// town of its own name near the reference ("Plymouth County" beside
// Massachusetts: Plymouth, MA), else the reference's point: a state's point
// is closer than none. A county whose name is one county's only is placed
// there whatever is around it.
void PlaceLowerUnits(Doc* doc, const Article& article) {
  constexpr double kTownReachKm = 150, kCountyReachKm = 400;
  bool any_unit = false;
  for (const Mention& m : doc->mentions) any_unit = any_unit || IsLowerUnit(*doc, m);
  if (!any_unit) return;
  std::vector<NamedSubdivision> states = NamedSubdivisions(*doc);
  for (Mention& m : doc->mentions) {
    if (!IsLowerUnit(*doc, m)) continue;
    std::string_view name = doc->Bytes(m.b, m.e);
    std::vector<const PlaceInfo*> counties = doc->gaz->Counties(name);
    Mention dateline;
    const Mention* ref = UnitReference(*doc, m, article, &dateline);
    const PlaceInfo* county = nullptr;
    if (ref && !counties.empty()) {
      const PlaceInfo* entry = ref->lat && ref != &dateline ? EntryOf(*doc, *ref) : nullptr;
      for (const PlaceInfo* c : counties)
        if (entry && !entry->admin1.empty() && c->admin1 == entry->admin1) county = c;
    }
    for (size_t k = 0; !county && k < states.size(); ++k)  // "Knox County" in a story that names Ohio
      for (const PlaceInfo* c : counties)
        if (c->admin1 == states[k].code) county = c;
    if (ref && !county) {
      double nearest = kCountyReachKm;
      for (const PlaceInfo* c : counties) {
        double km = DistanceKm(c->lat, c->lon, *ref->lat, *ref->lon);
        if (km < nearest) county = c, nearest = km;
      }
    }
    if (!county && counties.size() == 1) county = counties.front();  // one of the name: no reference needed
    if (county) {
      m.canonical = std::string(name), m.country = county->iso3, m.lat = county->lat, m.lon = county->lon;
      continue;
    }
    if (!ref) continue;
    const PlaceInfo* town = nullptr;
    double nearest = kTownReachKm;
    std::string_view town_name = doc->Bytes(m.b, m.e - 1);
    std::vector<const PlaceInfo*> towns = doc->gaz->Lookup(town_name);
    if (towns.empty()) towns = doc->gaz->OtherPlaces(town_name);  // a minor place, an alternate name
    for (const PlaceInfo* p : towns) {
      double km = DistanceKm(p->lat, p->lon, *ref->lat, *ref->lon);
      if (p->kind == PlaceKind::kCity && (!ref->country || p->iso3 == *ref->country) && km < nearest)
        town = p, nearest = km;
    }
    m.canonical = std::string(name);
    m.lat = town ? town->lat : *ref->lat;
    m.lon = town ? town->lon : *ref->lon;
    if (ref->country) m.country = ref->country;
  }
}

}  // namespace

std::optional<std::string> ActorCode(const std::optional<std::string>& country, std::string_view role_code) {
  if (country && !country->empty()) return *country + std::string(role_code);
  if (!role_code.empty() && role_code != "GOV" && role_code != "PTY") return std::string(role_code);
  return std::nullopt;
}

// The fullest name the article gives a place: the gazetteer's main name
// only decides which mentions are the same place ("U.S." and "United
// States" -> "United States"; "Turkey" alone stays "Turkey", not the
// gazetteer's "Türkiye"). Fullest = most tokens, then most bytes.
void CanonicalPlaceNames(Doc* doc) {
  std::unordered_map<std::string, std::pair<size_t, size_t>> best;  // place key -> (b, e) of fullest mention
  auto key = [doc](const Mention& m) {  // unresolved places are keyed by their own words
    return m.lat ? m.canonical + '\t' + m.country.value_or("") : "\t" + std::string(doc->Bytes(m.b, m.e));
  };
  auto fuller = [doc](std::pair<size_t, size_t> a, std::pair<size_t, size_t> b) {
    size_t na = a.second - a.first, nb = b.second - b.first;
    return na != nb ? na > nb : doc->Bytes(a.first, a.second).size() > doc->Bytes(b.first, b.second).size();
  };
  // An abbreviation ("Wash.") keeps the state's name CommaQualifiedPlaces gave it.
  auto abbreviation = [doc](const Mention& m) { return m.lat && doc->gaz->Abbreviation(doc->Bytes(m.b, m.e)); };
  for (const Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || abbreviation(m)) continue;
    auto [it, fresh] = best.try_emplace(key(m), m.b, m.e);
    if (!fresh && fuller({m.b, m.e}, it->second)) it->second = {m.b, m.e};
  }
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || abbreviation(m)) continue;
    auto [b, e] = best[key(m)];
    m.canonical = std::string(doc->Bytes(b, e));
  }
}

// "Viana" in a story from Luanda: a small town of a name several places
// bear, in a country nothing else in the article names and far from every
// other place it names, is a namesake the gazetteer has in place of the one
// meant (which it lacks). No point is better than one on another continent.
// A name only one place bears keeps it ("Alice Springs"). Small towns do
// not vouch for each other: "Sorrento, Rye and Rosebud" on the Mornington
// Peninsula are not three American villages because America has all three.
void UnplaceStrayTowns(Doc* doc, const Article& article) {
  constexpr double kNearKm = 1500;
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || !m.small_town || !m.lat || !m.lon || !m.country) continue;
    if (doc->gaz->CountPlaces(doc->Bytes(m.b, m.e)) < 2) continue;
    auto near = [&](double lat, double lon) { return DistanceKm(lat, lon, *m.lat, *m.lon) < kNearKm; };
    bool supported = false;
    for (const DatelinePlace& d : article.dateline)
      supported = supported || (d.country && *d.country == *m.country) || (d.lat && d.lon && near(*d.lat, *d.lon));
    std::string_view own = doc->Bytes(m.b, m.e);
    for (const Mention& o : doc->mentions) {
      if (supported) break;
      if (!Votes(o) || doc->Bytes(o.b, o.e) == own) continue;
      if (o.kind == Kind::kPlace && o.small_town) continue;
      supported = *o.country == *m.country ||
                  (o.kind == Kind::kPlace && !o.country_name && !o.region && o.lat && o.lon && near(*o.lat, *o.lon));
    }
    if (!supported) m.lat.reset(), m.lon.reset(), m.country.reset(), m.small_town = false;
  }
}

// Two passes: the first resolves every place with what the article names
// outright (its dateline, countries, demonyms), the countries its own
// sentence names first; the second resolves each
// again with the towns and cities the first found elsewhere in the article
// as weak anchors and their countries as context, so "Georgia" beside "Atlanta"
// is the state and "Victoria" in a story about Melbourne is Australia's. A
// place's own name does not vote for itself. Counties and districts the
// gazetteer lacks are placed last, by the places around them.
void GeocodePlaces(Doc* doc, Article* article) {
  constexpr size_t kMaxTowns = 16;  // the first distinct towns: enough context, bounded cost
  constexpr size_t kMaxRevisited = 32;  // names resolved again in the second pass
  GeoContext context = MakeContext(doc->mentions, *article);
  GeocodeDateline(*doc, article, &context);
  std::unordered_map<uint32_t, std::vector<std::string>> sentence_countries;  // named outright, in order
  for (const Mention& m : doc->mentions)
    if (m.kind == Kind::kPlace && m.country_name && m.country) sentence_countries[doc->toks[m.b].sentence].push_back(*m.country);
  // The sentence's own countries first for a name that is no country:
  // "Canada, where Ontario"; false when the sentence names none.
  auto sentence_first = [&](const Mention& m, GeoContext* near) {
    auto it = sentence_countries.find(doc->toks[m.b].sentence);
    if (m.country_name || it == sentence_countries.end()) return false;
    for (auto c = it->second.rbegin(); c != it->second.rend(); ++c) {
      near->countries.erase(std::remove(near->countries.begin(), near->countries.end(), *c), near->countries.end());
      near->countries.insert(near->countries.begin(), *c);
    }
    return true;
  };
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace) continue;
    if (m.country_name || !sentence_countries.count(doc->toks[m.b].sentence)) {
      Geocode(*doc, context, &m);  // no context of its own sentence: no copy
      continue;
    }
    GeoContext near = context;
    sentence_first(m, &near);
    Geocode(*doc, near, &m);
  }
  CommaQualifiedPlaces(doc, context);
  struct Town {
    std::string_view name;
    std::string iso3;
    double lat, lon;
  };
  std::vector<Town> towns;
  CountryVotes votes;                                          // after the first pass
  std::unordered_map<std::string_view, CountryVotes> own_votes;  // each place name's own votes, by its words
  for (const Mention& m : doc->mentions) {
    if (!Votes(m)) continue;
    ++votes[*m.country];
    if (m.kind != Kind::kPlace) continue;
    std::string_view name = doc->Bytes(m.b, m.e);
    // Its own reading is no context for itself, unless it is a capital that
    // acts: "Washington and London agreed" keeps Washington the capital.
    if (m.country_name || !m.capital || !StandsForGovernment(*doc, m)) ++own_votes[name][*m.country];
    if (towns.size() >= kMaxTowns || !m.lat || !m.lon || m.country_name || m.region) continue;
    bool seen = false;
    for (const Town& t : towns) seen = seen || t.name == name;
    if (!seen) towns.push_back({name, *m.country, *m.lat, *m.lon});
  }
  if (!towns.empty()) {
    std::vector<NamedSubdivision> states = NamedSubdivisions(*doc);  // as the first pass found them
    // Names the first pass read as countries, and the first names of towns
    // the gazetteer has more than one of, are resolved again, once per name
    // ("Georgia", "Florida") and per sentence that names countries; the
    // context leaves out the name's own votes ("Georgia" the country is not
    // its own context, nor "Paris" read as France's capital in a story from
    // Texas; a capital that acts keeps its own) and itself as a town.
    std::unordered_map<std::string_view, Mention> resolved;
    for (Mention& m : doc->mentions) {
      if (m.kind != Kind::kPlace) continue;
      bool ambiguous_town = !m.country_name && !m.region && m.lat && resolved.size() < kMaxRevisited &&
                            doc->gaz->CountPlaces(doc->Bytes(m.b, m.e)) > 1;
      if (!m.country_name && !ambiguous_town) continue;
      std::string_view own = doc->Bytes(m.b, m.e);
      if (auto it = resolved.find(own); it != resolved.end()) {
        m.canonical = it->second.canonical, m.country = it->second.country, m.lat = it->second.lat;
        m.lon = it->second.lon, m.capital = it->second.capital, m.country_name = it->second.country_name;
        m.region = it->second.region, m.small_town = it->second.small_town;
        continue;
      }
      CountryVotes others = votes;
      if (auto it = own_votes.find(own); it != own_votes.end())
        for (const auto& [iso3, n] : it->second) others[iso3] -= n;
      GeoContext wider = MakeContext(*article, others);  // the dateline is geocoded by now
      for (const NamedSubdivision& st : states)
        if (st.name != own && std::find(wider.subdivisions.begin(), wider.subdivisions.end(), st.code) == wider.subdivisions.end())
          wider.subdivisions.push_back(st.code);
      for (const Town& t : towns) {
        if (t.name == own) continue;
        wider.towns.emplace_back(t.lat, t.lon);
        if (std::find(wider.countries.begin(), wider.countries.end(), t.iso3) == wider.countries.end())
          wider.countries.push_back(t.iso3);
      }
      if (sentence_first(m, &wider)) {
        Geocode(*doc, wider, &m);  // its sentence's countries make it this mention's own reading
        continue;
      }
      Geocode(*doc, wider, &m);
      resolved.emplace(own, m);
    }
  }
  CommaQualifiedPlaces(doc, context);  // again: the second pass does not know the qualifier
  UnplaceStrayTowns(doc, *article);
  CompassSubdivisions(doc);
  StatesAfterTheirTowns(doc);
  SubdivisionsListedTogether(doc);
  PlaceLowerUnits(doc, *article);
  CanonicalPlaceNames(doc);
}

void AssignPlaceActors(Doc* doc) {
  doc->IndexMentions();
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || !m.country) continue;
    if (m.country_name) {
      m.actor = m.country;
    } else if (m.capital && StandsForGovernment(*doc, m)) {
      if (std::string actor = GovernmentOf(*doc, m); !actor.empty()) m.actor = actor;
    }
  }
}

}  // namespace dateline::entities
