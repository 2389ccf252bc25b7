// Countries and places for the entities stage: the gazetteer is asked
// first; the project's compact fallback list (data/entity_countries.tsv:
// countries, demonyms, capitals with coordinates) answers what it does not
// know, so countries and capital metonymy work even with a small gazetteer.
#include <tuple>

#include "entities/internal.h"

namespace dateline::entities {
namespace {

constexpr size_t kMaxCountryWords = 4;

// Two- and three-letter capitals ("IN", "TO", "GB") are ISO codes to the
// gazetteer but rarely countries in prose: only the fallback list's
// spellings ("US", "UK", "UAE") count.
bool LooksLikeBareCode(const Doc& doc, size_t i, size_t n) {
  if (n != 1) return false;
  const Tok& t = doc.toks[i];
  return t.has(kAllCaps) && t.end - t.start <= 3;
}

CountryHit FromGazetteer(const Doc& doc, size_t i, size_t limit, bool demonym) {
  size_t n_max = std::min(kMaxCountryWords, limit - i);
  for (size_t n = n_max; n > 0; --n) {
    std::string_view name = doc.Bytes(i, i + n);
    const CountryInfo* c = demonym ? doc.gaz->CountryByDemonym(name) : doc.gaz->Country(name);
    if (c && !LooksLikeBareCode(doc, i, n)) return {n, c->iso3, c->name};
  }
  return {};
}

}  // namespace

CountryHit CountryAt(const Doc& doc, size_t i, size_t limit, bool demonym) {
  if (i >= limit || !(doc.toks[i].has(kCapitalized) || doc.toks[i].has(kAllCaps))) return {};
  CountryHit best = FromGazetteer(doc, i, limit, demonym);
  auto [n, entry] = MatchPhrase(demonym ? doc.lex->demonyms : doc.lex->countries, doc, i, limit);
  if (entry && n > best.len) best = {n, entry->iso3, entry->name};
  return best;
}

PlaceHit HitOf(const PlaceInfo& p) {
  constexpr uint32_t kSmallTown = 100000;
  bool small = p.kind == PlaceKind::kCity && !p.capital && p.population < kSmallTown;
  return {p.name, p.iso3, p.lat, p.lon, p.capital, p.kind == PlaceKind::kCountry, p.kind == PlaceKind::kRegion,
          true, small};
}

PlaceHit ResolvePlace(const Doc& doc, size_t b, size_t e, const GeoContext& context) {
  PlaceHit hit;
  std::string_view name = doc.Bytes(b, e);
  if (const PlaceInfo* p = Geocode(name, context)) return HitOf(*p);
  auto [n, c] = MatchPhrase(doc.lex->countries, doc, b, e);
  if (c && n == e - b) return {c->name, c->iso3, c->lat, c->lon, false, true, false, true};
  std::tie(n, c) = MatchPhrase(doc.lex->capitals, doc, b, e);
  if (c && n == e - b) return {c->name, c->iso3, c->lat, c->lon, true, false, false, true};
  return hit;
}

PlaceHit ResolvePlaceName(const Doc& doc, std::string_view name, const GeoContext& context) {
  if (const PlaceInfo* p = Geocode(name, context)) return HitOf(*p);
  std::string key = PhraseKey(name);
  if (auto it = doc.lex->capitals.entries.find(key); it != doc.lex->capitals.entries.end())
    return {it->second.name, it->second.iso3, it->second.lat, it->second.lon, true, false, false, true};
  if (auto it = doc.lex->countries.entries.find(key); it != doc.lex->countries.entries.end())
    return {it->second.name, it->second.iso3, it->second.lat, it->second.lon, false, true, false, true};
  return {};
}

bool IsPlaceName(const Doc& doc, size_t b, size_t e) {
  if (!doc.gaz->Lookup(doc.Bytes(b, e)).empty()) return true;
  auto [n, c] = MatchPhrase(doc.lex->countries, doc, b, e);
  if (c && n == e - b) return true;
  std::tie(n, c) = MatchPhrase(doc.lex->capitals, doc, b, e);
  return c && n == e - b;
}

}  // namespace dateline::entities
