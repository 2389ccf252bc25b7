// Lookups are one hash probe on the name key (geo_names.h); each key holds
// its places pre-sorted by a context-free prior (geo_load.cc: PlacePrior).
// Geocode adds to that prior what the article says: a bonus for a place in
// one of the article's countries (more for the first, the dateline's), and a
// bonus that fades with distance from the article's anchors (the dateline's
// coordinates, qualifiers like "Texas" in "Paris, Texas"). The weights are
// chosen so that
//   - a country beats any one-country place of its name without context
//     ("Georgia" is the country), but a subdivision in an article country
//     beats a country the article does not name ("Georgia" in an article
//     about Atlanta);
//   - a big capital is not displaced by a small namesake in an article
//     country alone ("Moscow" in a US story is still Russia's capital), but
//     is when an anchor is near the namesake ("Paris" under a Texas dateline).
#include "entities/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "entities/geo_impl.h"
#include "entities/geo_names.h"

namespace dateline::entities {
namespace {

constexpr float kFirstCountryBonus = 35;    // the article's first country
constexpr float kCountryBonusStep = 5;      // less for each later one
constexpr float kMinCountryBonus = 20;
constexpr float kAnchorBonus = 30;          // at the anchor itself
constexpr double kAnchorReachKm = 1500;     // nothing beyond this distance
constexpr double kQualifierReachKm = 800;   // "Paris, Texas": within this of Texas' point
constexpr float kTownBonus = 12;            // at a town the article names
constexpr double kTownReachKm = 500;
constexpr float kSubdivisionBonus = 8;      // in a subdivision the article names
constexpr float kOtherNamePenalty = 10;     // an alternate name beside places of that very name

float CountryBonus(const PlaceInfo& p, const GeoContext& context) {
  if (p.iso3.empty()) return 0;
  for (size_t i = 0; i < context.countries.size(); ++i)
    if (context.countries[i] == p.iso3)
      return std::max(kMinCountryBonus, kFirstCountryBonus - kCountryBonusStep * static_cast<float>(i));
  return 0;
}

float SubdivisionBonus(const PlaceInfo& p, const GeoContext& context) {
  if (p.admin1.empty() || p.kind != PlaceKind::kCity) return 0;
  for (const std::string& s : context.subdivisions)
    if (s == p.admin1) return kSubdivisionBonus;
  return 0;
}

float AnchorBonus(const PlaceInfo& p, const GeoContext& context) {
  double nearest = kAnchorReachKm;
  for (const auto& [lat, lon] : context.anchors) nearest = std::min(nearest, DistanceKm(lat, lon, p.lat, p.lon));
  float bonus = kAnchorBonus * static_cast<float>(1 - nearest / kAnchorReachKm);
  double town = kTownReachKm;
  for (const auto& [lat, lon] : context.towns) town = std::min(town, DistanceKm(lat, lon, p.lat, p.lon));
  return bonus + kTownBonus * static_cast<float>(1 - town / kTownReachKm);
}

// Whether a place found by an alternate name or as a minor place may stand
// for a name: a big city may ("Raqqa"), a smaller place only in one of the
// article's countries or subdivisions, or near its anchors or towns; so a
// name no gazetteer place bears is not sent to a namesake village abroad.
bool OtherNameSupported(const PlaceInfo& p, const GeoContext& context) {
  constexpr uint32_t kKnownWithoutContext = 100000;
  return p.population >= kKnownWithoutContext || CountryBonus(p, context) > 0 ||
         SubdivisionBonus(p, context) > 0 || AnchorBonus(p, context) > 0;
}

// "Geneva" in a story that names the United States is still Switzerland's:
// a famous city (many names in other languages, and big) is not displaced
// by a small namesake that only the article's country supports, with no
// anchor or town of the article near it; the same rule the priors give
// national capitals ("Moscow" in a US story).
const PlaceInfo* FamousOverNamesake(const Gazetteer::Impl& g, const PlaceInfo* best, std::span<const uint32_t> ids,
                                    const GeoContext& context, const std::function<bool(const PlaceInfo&)>& allowed) {
  constexpr uint32_t kSmall = 50000, kBig = 100000;
  constexpr uint16_t kFamous = 20;
  if (best->kind != PlaceKind::kCity || best->population >= kSmall || best->other_names >= kFamous ||
      AnchorBonus(*best, context) > 0 || SubdivisionBonus(*best, context) > 0)
    return best;
  const PlaceInfo* famous = nullptr;
  for (uint32_t id : ids) {
    const PlaceInfo& p = g.places[id];
    if (p.kind != PlaceKind::kCity || p.population < kBig || p.other_names < kFamous || (allowed && !allowed(p))) continue;
    if (!famous || p.other_names > famous->other_names) famous = &p;
  }
  return famous ? famous : best;
}

}  // namespace

const std::vector<uint32_t>* Gazetteer::Impl::Find(std::string_view name) const {
  return Find(name, geo::NameKey(name));
}

const std::vector<uint32_t>* Gazetteer::Impl::Find(std::string_view name, const std::string& key) const {
  auto it = names.find(key);
  if (it == names.end() && !key.empty() && key[0] == geo::kAcronymMark) it = names.find(geo::PlainKey(name));
  return it == names.end() ? nullptr : &it->second;
}

std::span<const uint32_t> Gazetteer::Impl::FindOther(std::string_view name) const {
  return FindOther(name, geo::NameKey(name));
}

std::span<const uint32_t> Gazetteer::Impl::FindOther(std::string_view name, std::string key) const {
  if (!key.empty() && key[0] == geo::kAcronymMark) key = geo::PlainKey(name);
  auto probe = [&](std::string_view k) {
    auto [b, e] = std::equal_range(other_hashes.begin(), other_hashes.end(), OtherNameHash(k));
    return std::span<const uint32_t>(other_places.data() + (b - other_hashes.begin()), static_cast<size_t>(e - b));
  };
  std::span<const uint32_t> found = probe(key);
  // "Deir el-Zour" is GeoNames' "Deir al-Zour": the Arabic article's
  // spellings ("el", "ez", "ash" ...) as "al".
  if (found.empty()) {
    std::string al = geo::ArabicArticlesAsAl(key);
    if (al != key) found = probe(al);
  }
  return found;
}

const CountryInfo* Gazetteer::Impl::FindCountry(const KeyMap<uint32_t>& map, std::string_view name) const {
  std::string key = geo::NameKey(name);
  auto it = map.find(key);
  if (it == map.end() && !key.empty() && key[0] == geo::kAcronymMark) it = map.find(geo::PlainKey(name));
  return it == map.end() ? nullptr : &countries[it->second];
}

Gazetteer::Gazetteer() : impl_(new Impl) { LoadGazetteer(impl_); }
Gazetteer::~Gazetteer() { delete impl_; }

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer;
  return *g;
}

std::vector<const PlaceInfo*> Gazetteer::Lookup(std::string_view name) const {
  std::vector<const PlaceInfo*> out;
  if (const std::vector<uint32_t>* ids = impl_->Find(name)) {
    out.reserve(ids->size());
    for (uint32_t id : *ids) out.push_back(&impl_->places[id]);
  }
  return out;
}

std::vector<const PlaceInfo*> Gazetteer::OtherPlaces(std::string_view name) const {
  std::vector<const PlaceInfo*> out;
  if (impl_->Find(name)) return out;
  for (uint32_t id : impl_->FindOther(name)) out.push_back(&impl_->places[id]);
  return out;
}

bool Gazetteer::IsKnownName(std::string_view name) const { return impl_->Find(name) != nullptr; }

size_t Gazetteer::CountPlaces(std::string_view name) const {
  const std::vector<uint32_t>* ids = impl_->Find(name);
  return ids ? ids->size() : 0;
}

const PlaceInfo* Gazetteer::Best(std::string_view name) const {
  const std::vector<uint32_t>* ids = impl_->Find(name);
  return ids ? &impl_->places[ids->front()] : nullptr;
}

const CountryInfo* Gazetteer::Country(std::string_view name_or_code) const {
  bool code = name_or_code.size() >= 2 && name_or_code.size() <= 3;
  for (char c : name_or_code) code &= c >= 'A' && c <= 'Z';
  if (code) {
    auto it = impl_->country_codes.find(name_or_code);
    if (it != impl_->country_codes.end()) return &impl_->countries[it->second];
  }
  return impl_->FindCountry(impl_->country_names, name_or_code);
}

const CountryInfo* Gazetteer::CountryByDemonym(std::string_view adjective) const {
  if (const CountryInfo* c = impl_->FindCountry(impl_->demonyms, adjective)) return c;
  if (adjective.size() > 3 && (adjective.back() == 's' || adjective.back() == 'S'))  // "Russians"
    return impl_->FindCountry(impl_->demonyms, adjective.substr(0, adjective.size() - 1));
  return nullptr;
}

const PlaceInfo* Gazetteer::CountryPlace(std::string_view iso3) const {
  auto it = impl_->country_codes.find(iso3);
  return it == impl_->country_codes.end() ? nullptr : &impl_->places[it->second];
}

const PlaceInfo* Gazetteer::Abbreviation(std::string_view written) const {
  auto it = impl_->abbreviations.find(std::string(written));
  return it == impl_->abbreviations.end() ? nullptr : &impl_->places[it->second];
}

std::vector<const PlaceInfo*> Gazetteer::Counties(std::string_view name) const {
  std::vector<const PlaceInfo*> out;
  auto it = impl_->county_names.find(geo::NameKey(name));
  if (it != impl_->county_names.end())
    for (uint32_t i : it->second) out.push_back(&impl_->counties[i]);
  return out;
}

bool Gazetteer::IsCountyName(std::string_view name) const {
  return impl_->county_names.count(geo::NameKey(name)) > 0;
}

size_t Gazetteer::MaxNameWords() const { return impl_->max_words; }

void Gazetteer::ForEachName(const std::function<void(std::string_view key, const PlaceInfo& best)>& fn) const {
  for (const auto& [key, ids] : impl_->names) fn(key, impl_->places[ids.front()]);
}

const std::vector<std::string>& Gazetteer::Warnings() const { return impl_->warnings; }

const PlaceInfo* Gazetteer::Resolve(std::string_view name, const GeoContext& context,
                                    const std::function<bool(const PlaceInfo&)>& allowed) const {
  std::string key = geo::NameKey(name);
  const std::vector<uint32_t>* own = impl_->Find(name, key);
  // Other names (alternate names, minor places) are taken only where the
  // article supports them (see OtherNameSupported). Beside towns of their
  // own name in none of the article's countries, alternate names of real
  // towns compete, a little behind: "Padua" in a story about Italy is
  // Padova, not the Colombian village. Not beside a town of the article's
  // countries ("Tay Ninh" in a story about Vietnam and China is Vietnam's,
  // though Vietnamese calls Xining so), nor beside a country, subdivision or
  // region ("Mexico" and "Bahia" are also names of Mexico City and Salvador).
  std::span<const uint32_t> others = impl_->FindOther(name, key);
  std::span<const uint32_t> ids = own ? std::span<const uint32_t>(*own) : others;
  if (ids.empty()) return nullptr;
  bool others_compete = own != nullptr;
  for (uint32_t id : own ? ids : std::span<const uint32_t>())
    if (const PlaceInfo& p = impl_->places[id]; p.kind != PlaceKind::kCity || CountryBonus(p, context) > 0)
      others_compete = false;
  // A country's main name is a town of that name only with a qualifier
  // ("Peru, Ind."), or when the town is a big city: context alone would make
  // "Colombia" in a story about Cuba a Cuban village. A country's other
  // names ("Trinidad") are not held to this.
  constexpr uint32_t kTownOverCountry = 250000;
  bool country_name = false;  // keys are built only when a country is among the candidates
  if (!allowed)
    for (uint32_t id : ids)
      if (const PlaceInfo& p = impl_->places[id]; p.kind == PlaceKind::kCountry)
        country_name = country_name || geo::NameKey(p.name) == key;
  const PlaceInfo* best = nullptr;
  float best_score = -std::numeric_limits<float>::infinity();
  auto consider = [&](uint32_t id, bool other_name) {
    const PlaceInfo& p = impl_->places[id];
    if (allowed && !allowed(p)) return;
    if (country_name && p.kind == PlaceKind::kCity && p.population < kTownOverCountry) return;
    if (other_name && !OtherNameSupported(p, context)) return;
    float score = impl_->prior[id] + CountryBonus(p, context) + AnchorBonus(p, context) + SubdivisionBonus(p, context);
    if (own && other_name) score -= kOtherNamePenalty;
    if (score > best_score) best = &p, best_score = score;
  };
  for (uint32_t id : ids) consider(id, !own);
  if (others_compete)
    for (uint32_t id : others)
      if (!impl_->places[id].minor) consider(id, true);
  return best ? FamousOverNamesake(*impl_, best, ids, context, allowed) : best;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180, kEarthKm = 6371;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::sqrt(std::min(1.0, a)));
}

std::string PlaceNameKey(std::string_view name) { return geo::NameKey(name); }

const PlaceInfo* Geocode(std::string_view name, const GeoContext& context) {
  return Gazetteer::Get().Resolve(name, context, nullptr);
}

// The qualifier narrows the candidates to its country, or to its subdivision
// (by ISO 3166-2 code where the place has one, else by distance); when it
// names nothing or leaves no candidate, it is a hint: its country goes first
// in the context and its point becomes an anchor.
const PlaceInfo* Geocode(std::string_view name, std::string_view qualifier, const GeoContext& context) {
  const Gazetteer& g = Gazetteer::Get();
  GeoContext hinted = context;
  const PlaceInfo* q = nullptr;
  if (const CountryInfo* c = g.Country(qualifier)) {
    q = g.CountryPlace(c->iso3);
  } else {
    q = g.Resolve(qualifier, context, [](const PlaceInfo& p) { return p.kind != PlaceKind::kCity; });
  }
  if (!q) return Geocode(name, context);
  if (!q->iso3.empty()) hinted.countries.insert(hinted.countries.begin(), q->iso3);
  hinted.anchors.insert(hinted.anchors.begin(), {q->lat, q->lon});
  const PlaceInfo* within = g.Resolve(name, hinted, [q](const PlaceInfo& p) {
    if (&p == q) return false;
    if (q->kind == PlaceKind::kCountry) return p.iso3 == q->iso3;
    if (!q->admin1.empty() && !p.admin1.empty()) return p.admin1 == q->admin1;
    return (q->iso3.empty() || p.iso3 == q->iso3) && DistanceKm(q->lat, q->lon, p.lat, p.lon) < kQualifierReachKm;
  });
  return within ? within : g.Resolve(name, hinted, nullptr);
}

}  // namespace dateline::entities
