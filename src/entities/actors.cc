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
//   - A national capital is its government (ISO3 + GOV) when it is the
//     subject of a verb of saying or acting ("Washington described",
//     "Moscow invaded"), the agent of a passive ("wanted by Moscow"), or the
//     owner of a political noun ("Washington's European allies"). In
//     locative use ("in Moscow") it has no actor, only its country and
//     coordinates.
//   - Other places have no actor.
#include <algorithm>
#include <map>

#include "entities/internal.h"

namespace dateline::entities {
namespace {

GeoContext MakeContext(const Doc& doc, const Article& article) {
  GeoContext context;
  for (const DatelinePlace& p : article.dateline) {
    if (p.country) context.countries.push_back(*p.country);
    if (p.lat && p.lon) context.anchors.emplace_back(*p.lat, *p.lon);
  }
  std::map<std::string, int> counts;
  for (const Mention& m : doc.mentions)
    if ((m.kind == Kind::kPlace || m.kind == Kind::kNorp || m.kind == Kind::kOrg) && m.country) ++counts[*m.country];
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [iso3, n] : counts) ranked.emplace_back(-n, iso3);
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [n, iso3] : ranked)
    if (std::find(context.countries.begin(), context.countries.end(), iso3) == context.countries.end())
      context.countries.push_back(iso3);
  return context;
}

void GeocodeDateline(const Doc& doc, Article* article, GeoContext* context) {
  for (DatelinePlace& p : article->dateline) {
    if (p.lat && p.lon) continue;
    PlaceHit hit = ResolvePlaceName(doc, p.name, *context);
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
}

bool OwnsPoliticalNoun(const Doc& doc, size_t e) {
  if (!doc.IsClitic(e)) return false;
  for (size_t i = e + 1; i < e + 3 && doc.SameSentence(e, i); ++i) {
    if (doc.toks[i].cls & kPolNoun) return true;
    if (doc.toks[i].kind != TokenKind::kWord) return false;
  }
  return false;
}

bool IsSubjectOfVerb(const Doc& doc, size_t e) {
  return e < doc.toks.size() && doc.SameSentence(e - 1, e) && (doc.toks[e].cls & (kSpeech | kAction));
}

bool IsPassiveAgent(const Doc& doc, size_t b) {
  return b >= 2 && doc.SameSentence(b - 2, b) && doc.toks[b - 1].key == "by" &&
         doc.toks[b - 2].key.size() > 2 && doc.toks[b - 2].key.ends_with("ed");
}

bool StandsForGovernment(const Doc& doc, const Mention& m) {
  if (m.b > 0 && doc.SameSentence(m.b - 1, m.b) && (doc.toks[m.b - 1].cls & kLocative)) return false;
  return IsSubjectOfVerb(doc, m.e) || OwnsPoliticalNoun(doc, m.e) || IsPassiveAgent(doc, m.b);
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
  for (const Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace) continue;
    auto [it, fresh] = best.try_emplace(key(m), m.b, m.e);
    if (!fresh && fuller({m.b, m.e}, it->second)) it->second = {m.b, m.e};
  }
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace) continue;
    auto [b, e] = best[key(m)];
    m.canonical = std::string(doc->Bytes(b, e));
  }
}

void GeocodePlaces(Doc* doc, Article* article) {
  GeoContext context = MakeContext(*doc, *article);
  GeocodeDateline(*doc, article, &context);
  for (Mention& m : doc->mentions)
    if (m.kind == Kind::kPlace) Geocode(*doc, context, &m);
  CanonicalPlaceNames(doc);
}

void AssignPlaceActors(Doc* doc) {
  for (Mention& m : doc->mentions) {
    if (m.kind != Kind::kPlace || !m.country) continue;
    if (m.country_name) {
      m.actor = m.country;
    } else if (m.capital && StandsForGovernment(*doc, m)) {
      m.actor = *m.country + "GOV";
    }
  }
}

}  // namespace dateline::entities
