// Each table is a hash map from LookupKey(name) built on first use. The
// iso-codes JSON gives official and common country names; comma-inverted
// names ("Korea, Republic of") are also entered in reading order ("Republic
// of Korea").
#include "extract/places.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "extract/datafile.h"
#include "extract/textcase.h"
#include "util/embedded.h"

namespace dateline::extract {
namespace {

using NameMap = std::unordered_map<std::string, std::string>;

void AddInverted(const std::string& name, const std::string& code, NameMap* map) {
  size_t comma = name.find(", ");
  if (comma == std::string::npos) return;
  map->emplace(LookupKey(name.substr(comma + 2) + " " + name.substr(0, comma)), code);
}

void AddIsoCountries(NameMap* map) {
  std::string json = util::LoadData("iso_3166-1.json");
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("3166-1") || !doc["3166-1"].is_array()) {
    std::fprintf(stderr, "dateline: iso_3166-1.json: missing or unreadable\n");
    return;
  }
  for (const nlohmann::json& e : doc["3166-1"]) {
    if (!e.is_object() || !e.contains("alpha_3") || !e["alpha_3"].is_string()) continue;
    std::string code = e["alpha_3"].get<std::string>();
    for (const char* field : {"name", "common_name", "official_name"}) {
      if (!e.contains(field) || !e[field].is_string()) continue;
      std::string name = e[field].get<std::string>();
      map->emplace(LookupKey(name), code);
      AddInverted(name, code, map);
    }
  }
}

NameMap LoadNameMap(std::string_view file) {
  NameMap map;
  for (auto& row : LoadDataTable(file, 2).rows) map.emplace(LookupKey(row[0]), row[1]);
  return map;
}

const NameMap& Countries() {
  static const NameMap* map = [] {
    auto* m = new NameMap(LoadNameMap("country_aliases.tsv"));  // aliases win over iso names
    AddIsoCountries(m);
    return m;
  }();
  return *map;
}

// Regions from one read of data/dateline_regions.tsv: the country each
// names, and its name for output (the third column of an abbreviation's
// row, the first of a full name's: "Calif." -> California, "texas" -> Texas).
struct RegionTables {
  NameMap countries, names;
};

const RegionTables& RegionData() {
  static const RegionTables* tables = [] {
    auto* t = new RegionTables;
    for (auto& row : LoadDataTable("dateline_regions.tsv", 2).rows) {
      std::string key = LookupKey(row[0]);
      t->countries.emplace(key, row[1]);
      bool abbreviation = row[0].find('.') != std::string::npos ||
                          std::all_of(row[0].begin(), row[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (row.size() >= 3) t->names.emplace(key, row[2]);
      else if (!abbreviation) t->names.emplace(key, row[0]);
    }
    return t;
  }();
  return *tables;
}

const NameMap& Regions() { return RegionData().countries; }
const NameMap& RegionNames() { return RegionData().names; }

const NameMap& Outlets() {
  static const NameMap* map = new NameMap(LoadNameMap("news_agencies.tsv"));
  return *map;
}

const std::unordered_map<std::string, City>& Cities() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, City>;
    for (auto& row : LoadDataTable("dateline_cities.tsv", 2).rows) {
      City city{row[0], row[1] == "-" ? std::nullopt : std::optional<std::string>(row[1])};
      m->emplace(LookupKey(row[0]), std::move(city));
    }
    return m;
  }();
  return *map;
}

std::optional<std::string> Find(const NameMap& map, std::string_view name) {
  auto it = map.find(LookupKey(name));
  if (it == map.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<std::string> CountryCode(std::string_view name) {
  if (std::optional<std::string> code = Find(Countries(), name)) return code;
  if (name.size() > 4 && (name.substr(0, 4) == "the " || name.substr(0, 4) == "The "))
    return Find(Countries(), name.substr(4));
  return std::nullopt;
}

std::vector<std::string> QualifierCountries(std::string_view qualifier) {
  std::vector<std::string> out;
  if (std::optional<std::string> c = CountryCode(qualifier)) out.push_back(*c);
  if (std::optional<std::string> r = Find(Regions(), qualifier))
    if (std::find(out.begin(), out.end(), *r) == out.end()) out.push_back(*r);
  return out;
}

std::optional<std::string> QualifierName(std::string_view qualifier) {
  if (std::optional<std::string> region = Find(RegionNames(), qualifier)) return region;
  if (CountryCode(qualifier)) return NormalCase(qualifier);
  return std::nullopt;
}

const City* FindCity(std::string_view name) {
  auto it = Cities().find(LookupKey(name));
  return it == Cities().end() ? nullptr : &it->second;
}

std::optional<std::string> KnownOutlet(std::string_view name) { return Find(Outlets(), name); }

}  // namespace dateline::extract
