// The gazetteer's tables in memory (private to src/entities/gazetteer.cc and
// geo_load.cc). Built once by LoadGazetteer, read-only afterwards.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/gazetteer.h"

namespace dateline::entities {

struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename T>
using KeyMap = std::unordered_map<std::string, T, KeyHash, std::equal_to<>>;

struct Gazetteer::Impl {
  std::vector<CountryInfo> countries;
  std::vector<bool> independent;       // parallel to countries
  std::vector<PlaceInfo> places;       // every place; never resized after load
  std::vector<float> prior;            // parallel to places: context-free rank score
  KeyMap<std::vector<uint32_t>> names;  // name key -> places, best (highest prior) first
  // Alternate names of places ("Raqqa") and the names of minor places
  // (villages, sections of cities): only geocoding looks here, and only for
  // a name `names` lacks, so they never make a word a place nor outrank a
  // place's own name. A flat index, for load time (some 350k names): the
  // 64-bit hashes of the name keys, sorted, and parallel to them the
  // places, best first within one hash.
  std::vector<uint64_t> other_hashes;
  std::vector<uint32_t> other_places;
  KeyMap<uint32_t> country_names;      // name key -> index in countries
  KeyMap<uint32_t> country_codes;      // "RU", "RUS" -> index in countries
  KeyMap<uint32_t> demonyms;           // demonym key -> index in countries
  std::unordered_map<std::string, uint32_t> abbreviations;  // "Calif." -> its admin1 place, as written
  std::vector<PlaceInfo> counties;     // US counties: not in `names`, see Gazetteer::Counties
  KeyMap<std::vector<uint32_t>> county_names;  // name key -> indexes in counties
  size_t max_words = 0;
  std::vector<std::string> warnings;   // bad data lines, "file:line: what"

  // Places under the key of `name` (acronym key first for text in capitals), or nullptr.
  const std::vector<uint32_t>* Find(std::string_view name) const;
  // The same with NameKey(name) already made.
  const std::vector<uint32_t>* Find(std::string_view name, const std::string& key) const;
  // Places of other_names under the key of `name`; empty when none.
  std::span<const uint32_t> FindOther(std::string_view name) const;
  std::span<const uint32_t> FindOther(std::string_view name, std::string key) const;
  const CountryInfo* FindCountry(const KeyMap<uint32_t>& map, std::string_view name) const;
};

// The context-free score Lookup orders by and Geocode starts from:
// countries, then regions, big national capitals, first-level divisions and
// cities by population.
float PlacePrior(const PlaceInfo& place);

// The hash other_names is indexed by.
inline uint64_t OtherNameHash(std::string_view key) { return std::hash<std::string_view>{}(key); }

// Fills `impl` from the embedded (or DATELINE_DATA_DIR) data files.
void LoadGazetteer(Gazetteer::Impl* impl);

}  // namespace dateline::entities
