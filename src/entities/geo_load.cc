// Loads the gazetteer from its data files, in this order, so later names add
// to earlier places rather than replace them:
//   geo_countries.tsv   countries, their names and demonyms (generated at build
//                       time from world-countries and iso-codes)
//   country_aliases.tsv more country names (project-authored, shared with the
//                       extract stage's dateline reader)
//   regions.tsv         multi-country regions and areas the packages lack
//   geo_admin1.tsv      first-level subdivisions with a point (generated)
//   geo_cities.tsv      GeoNames places of 1000 people or more, and minor
//                       places, with alternate names (generated)
//   geo_counties.tsv    US counties from GeoNames postal codes (generated)
//   geo_admin1_codes.tsv ISO 3166-2 codes of regions.tsv's subdivisions (generated)
//   geo_aliases.tsv     other names of any of the above
//   dateline_regions.tsv dotted abbreviations of subdivisions ("Calif.")
//   demonyms.tsv        demonyms that win over the packages'
// Tables are plain TSV parsed with string_views over one string per file;
// a bad line becomes a warning naming file and line, and is skipped.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "entities/geo_impl.h"
#include "entities/geo_names.h"
#include "util/embedded.h"

namespace dateline::entities {
namespace {

using Fields = std::vector<std::string_view>;

// Calls fn(fields, line_number) for each non-blank, non-comment line.
template <typename Fn>
void ForEachRow(std::string_view text, Fn fn) {
  Fields fields;
  size_t line_no = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    b = e + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    for (size_t f = 0;;) {
      size_t t = line.find('\t', f);
      fields.push_back(line.substr(f, t == std::string_view::npos ? t : t - f));
      if (t == std::string_view::npos) break;
      f = t + 1;
    }
    fn(fields, line_no);
  }
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Calls fn for each '|'-separated part of s that is not empty.
template <typename Fn>
void ForEachPart(std::string_view s, Fn fn) {
  for (size_t b = 0; b <= s.size();) {
    size_t e = s.find('|', b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) fn(s.substr(b, e - b));
    b = e + 1;
  }
}

class Loader {
 public:
  explicit Loader(Gazetteer::Impl* g) : g_(g) {}

  void Run() {
    LoadCountries();
    LoadCountryAliases();
    LoadRegions();
    LoadAdmin1();
    LoadCities();
    LoadCounties();
    LoadAdminCodes();
    IndexPlaces();
    LoadAliases();
    LoadAbbreviations();
    LoadDemonyms();
    SortNames();
  }

 private:
  Gazetteer::Impl* g_;
  // Country demonyms from the packages, added after demonyms.tsv.
  std::vector<std::pair<std::string, uint32_t>> package_demonyms_;
  // Country names for the place index, added last where no place of that
  // country already has the name ("Gaza" the city, not Palestine).
  std::vector<std::pair<std::string, uint32_t>> country_place_names_;
  // (name hash, place) of other_names, indexed by SortNames.
  std::vector<std::pair<uint64_t, uint32_t>> other_names_;

  void Warn(std::string_view file, size_t line, std::string_view what) {
    g_->warnings.push_back(std::string(file) + ":" + std::to_string(line) + ": " + std::string(what));
  }

  std::string Load(std::string_view file) {
    std::string text = util::LoadData(file);
    if (text.empty()) g_->warnings.push_back(std::string(file) + ": missing or empty");
    return text;
  }

  uint32_t AddPlace(PlaceInfo place) {
    g_->prior.push_back(PlacePrior(place));
    g_->places.push_back(std::move(place));
    return static_cast<uint32_t>(g_->places.size() - 1);
  }

  void AddName(std::string_view name, uint32_t place) {
    std::string key = geo::NameKey(name);
    if (key.empty()) return;
    g_->max_words = std::max(g_->max_words, geo::KeyWords(key));
    g_->names[key].push_back(place);
  }

  void AddOtherName(std::string_view name, uint32_t place) {
    std::string key = geo::NameKey(name);
    if (!key.empty()) other_names_.emplace_back(OtherNameHash(key), place);
  }

  const CountryInfo* CountryOf(std::string_view iso3) const {
    auto it = g_->country_codes.find(iso3);
    return it == g_->country_codes.end() ? nullptr : &g_->countries[it->second];
  }

  // iso3 iso2 name capital lat lon independent names demonyms
  void LoadCountries() {
    constexpr std::string_view kFile = "geo_countries.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      CountryInfo c;
      if (f.size() < 9 || f[0].size() != 3 || !ParseNumber(f[4], &c.lat) || !ParseNumber(f[5], &c.lon))
        return Warn(kFile, line, "expected iso3, iso2, name, capital, lat, lon, independent, names, demonyms");
      c.iso3 = f[0], c.iso2 = f[1], c.name = f[2], c.capital = f[3];
      uint32_t index = static_cast<uint32_t>(g_->countries.size());
      g_->country_codes.emplace(c.iso3, index);
      g_->country_codes.emplace(c.iso2, index);
      uint32_t place = AddPlace({c.name, c.iso3, PlaceKind::kCountry, c.lat, c.lon, 0, false, ""});
      g_->country_names.emplace(geo::NameKey(c.name), index);
      country_place_names_.emplace_back(c.name, place);
      ForEachPart(f[7], [&](std::string_view name) {
        g_->country_names.emplace(geo::NameKey(name), index);
        country_place_names_.emplace_back(name, place);
      });
      ForEachPart(f[8], [&](std::string_view d) { package_demonyms_.emplace_back(d, index); });
      g_->independent.push_back(f[6] == "1");
      g_->countries.push_back(std::move(c));
    });
  }

  // name iso3 (shared with the extract stage). These win over package names.
  void LoadCountryAliases() {
    constexpr std::string_view kFile = "country_aliases.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      auto it = f.size() >= 2 ? g_->country_codes.find(f[1]) : g_->country_codes.end();
      if (it == g_->country_codes.end()) return Warn(kFile, line, "expected name and a known ISO3 code");
      g_->country_names[geo::NameKey(f[0])] = it->second;
      country_place_names_.emplace_back(f[0], CountryPlace(it->second));
    });
  }

  uint32_t CountryPlace(uint32_t country) const { return country; }  // countries are added first

  // name iso3|- kind lat lon alternate-names
  void LoadRegions() {
    constexpr std::string_view kFile = "regions.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      PlaceInfo p;
      bool ok = f.size() >= 5 && ParseNumber(f[3], &p.lat) && ParseNumber(f[4], &p.lon) &&
                (f[1] == "-" || CountryOf(f[1]));
      if (ok && f[2] == "region") p.kind = PlaceKind::kRegion;
      else if (ok && f[2] == "admin1") p.kind = PlaceKind::kAdmin1;
      else if (ok && f[2] == "city") p.kind = PlaceKind::kCity;
      else return Warn(kFile, line, "expected name, ISO3 or -, region|admin1|city, lat, lon[, names]");
      p.name = f[0];
      if (f[1] != "-") p.iso3 = f[1];
      uint32_t id = AddPlace(std::move(p));
      AddName(f[0], id);
      if (f.size() > 5) ForEachPart(f[5], [&](std::string_view n) { AddName(n, id); });
    });
  }

  // Rows of a subdivision table: iso3 code name lat lon [other names], each
  // handed to `fn` as a kAdmin1 place with its row.
  template <typename Fn>
  void ForEachSubdivision(std::string_view file, Fn fn) {
    std::string text = Load(file);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      PlaceInfo p;
      if (f.size() < 5 || !ParseNumber(f[3], &p.lat) || !ParseNumber(f[4], &p.lon))
        return Warn(file, line, "expected iso3, code, name, lat, lon[, names]");
      p.name = f[2], p.iso3 = f[0], p.admin1 = f[1], p.kind = PlaceKind::kAdmin1;
      fn(std::move(p), f);
    });
  }

  void LoadAdmin1() {
    ForEachSubdivision("geo_admin1.tsv", [&](PlaceInfo p, const Fields& f) {
      uint32_t id = AddPlace(std::move(p));
      if (f.size() > 5) ForEachPart(f[5], [&](std::string_view n) { AddName(n, id); });
    });
  }

  // US counties: kept apart from the place index (Gazetteer::Counties).
  void LoadCounties() {
    ForEachSubdivision("geo_counties.tsv", [&](PlaceInfo p, const Fields&) {
      g_->county_names[geo::NameKey(p.name)].push_back(static_cast<uint32_t>(g_->counties.size()));
      g_->counties.push_back(std::move(p));
    });
  }

  // iso3 name code: the code of a subdivision regions.tsv authors, which
  // its places (geo_cities.tsv) carry. Regions' names are indexed by now.
  void LoadAdminCodes() {
    constexpr std::string_view kFile = "geo_admin1_codes.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      const std::vector<uint32_t>* ids = f.size() >= 3 ? g_->Find(f[1]) : nullptr;
      if (ids)
        for (uint32_t id : *ids)
          if (PlaceInfo& p = g_->places[id]; p.kind == PlaceKind::kAdmin1 && p.iso3 == f[0] && p.admin1.empty()) {
            p.admin1 = f[2];
            return;
          }
      Warn(kFile, line, "expected ISO3, the name of a subdivision regions.tsv authors, and its code");
    });
  }

  // name iso3 admin1 lat lon population flag [alternate names]. A minor
  // place (flag m) and every alternate name go to other_names only.
  void LoadCities() {
    constexpr std::string_view kFile = "geo_cities.tsv";
    std::string text = Load(kFile);
    g_->places.reserve(g_->places.size() + std::count(text.begin(), text.end(), '\n') + 4096);
    g_->prior.reserve(g_->places.capacity());
    ForEachRow(text, [&](const Fields& f, size_t line) {
      PlaceInfo p;
      if (f.size() < 7 || !ParseNumber(f[3], &p.lat) || !ParseNumber(f[4], &p.lon) ||
          !ParseNumber(f[5], &p.population))
        return Warn(kFile, line, "expected name, iso3, admin1, lat, lon, population, flag");
      p.name = f[0], p.iso3 = f[1], p.admin1 = f[2];
      p.kind = PlaceKind::kCity;
      p.capital = f[6] == "C";
      p.seat = f[6] == "A";
      p.minor = f[6] == "m";
      uint32_t id = AddPlace(std::move(p));
      PlaceInfo& added = g_->places[id];
      if (added.minor) AddOtherName(added.name, id);
      if (f.size() > 7)
        ForEachPart(f[7], [&](std::string_view n) {
          AddOtherName(n, id);
          added.other_names += added.other_names < UINT16_MAX;
        });
    });
  }

  // Main names of every place but countries; then country names where no
  // other place of that country has the name ("Gaza", "England" stay the
  // city and the nation). A country's own main name gives way only to its
  // capital (a city-state: "Singapore"), not to a village or a state of that
  // name ("Colombia" in Huila, the state of "Mexico").
  void IndexPlaces() {
    g_->names.reserve(g_->places.size());
    for (uint32_t i = 0; i < g_->places.size(); ++i)
      if ((g_->places[i].kind == PlaceKind::kAdmin1 || g_->places[i].kind == PlaceKind::kCity) &&
          !g_->places[i].minor)
        AddName(g_->places[i].name, i);
    for (const auto& [name, place] : country_place_names_) {
      const PlaceInfo& country = g_->places[place];
      bool main_name = geo::NameKey(name) == geo::NameKey(country.name);
      const std::vector<uint32_t>* same = g_->Find(name);
      bool shadowed = false;
      if (same)
        for (uint32_t other : *same) {
          const PlaceInfo& p = g_->places[other];
          shadowed |= p.kind != PlaceKind::kCountry && p.iso3 == country.iso3 && (!main_name || p.capital);
        }
      if (!shadowed) AddName(name, place);
    }
  }

  // The most important place called `name` in `iso3` ("-": a region).
  const std::vector<uint32_t>* Candidates(std::string_view name) const { return g_->Find(name); }

  // The place an alias names: the most populous town of that name in `iso3`
  // ("Geneva" is Genève the city, not the canton), else the best of its
  // other places.
  int64_t BestIn(std::string_view name, std::string_view iso3) const {
    const std::vector<uint32_t>* ids = Candidates(name);
    int64_t best = -1;
    if (!ids) return best;
    auto rank = [&](uint32_t id) {
      const PlaceInfo& p = g_->places[id];
      return p.kind == PlaceKind::kCity ? std::pair<int, float>(1, static_cast<float>(p.population))
                                        : std::pair<int, float>(0, g_->prior[id]);
    };
    for (uint32_t id : *ids) {
      const PlaceInfo& p = g_->places[id];
      bool match = iso3 == "-" ? p.iso3.empty() : p.iso3 == iso3;
      if (match && (best < 0 || rank(id) > rank(static_cast<uint32_t>(best)))) best = id;
    }
    return best;
  }

  // alias place iso3|- [main]
  void LoadAliases() {
    constexpr std::string_view kFile = "geo_aliases.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      int64_t id = f.size() >= 3 ? BestIn(f[1], f[2]) : -1;
      if (id < 0 || (f.size() > 3 && f[3] != "main"))
        return Warn(kFile, line, "expected alias, place, ISO3 of a place in the gazetteer[, main]");
      AddName(f[0], static_cast<uint32_t>(id));
      if (f.size() > 3) g_->places[id].name = f[0];
    });
  }

  // abbreviation iso3 [full name] (shared with the extract stage's dateline
  // reader): the dotted abbreviations of subdivisions the table expands.
  void LoadAbbreviations() {
    constexpr std::string_view kFile = "dateline_regions.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      if (f.size() < 3 || f[0].find('.') == std::string_view::npos) return;
      const std::vector<uint32_t>* ids = g_->Find(f[2]);
      if (ids)
        for (uint32_t id : *ids)
          if (g_->places[id].kind == PlaceKind::kAdmin1 && g_->places[id].iso3 == f[1]) {
            g_->abbreviations.emplace(std::string(f[0]), id);
            return;
          }
      Warn(kFile, line, "expected abbreviation, ISO3 and the name of a subdivision in the gazetteer");
    });
  }

  // demonym iso3; then the packages' demonyms, independent countries first.
  void LoadDemonyms() {
    constexpr std::string_view kFile = "demonyms.tsv";
    std::string text = Load(kFile);
    ForEachRow(text, [&](const Fields& f, size_t line) {
      auto it = f.size() >= 2 ? g_->country_codes.find(f[1]) : g_->country_codes.end();
      if (it == g_->country_codes.end()) return Warn(kFile, line, "expected demonym and a known ISO3 code");
      g_->demonyms.emplace(geo::NameKey(f[0]), it->second);
    });
    for (bool independent : {true, false})
      for (const auto& [d, index] : package_demonyms_)
        if (g_->independent[index] == independent) g_->demonyms.emplace(geo::NameKey(d), index);
  }

  void SortNames() {
    for (auto& [key, ids] : g_->names) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      std::stable_sort(ids.begin(), ids.end(),
                       [&](uint32_t a, uint32_t b) { return g_->prior[a] > g_->prior[b]; });
    }
    auto& other = other_names_;
    std::sort(other.begin(), other.end());
    other.erase(std::unique(other.begin(), other.end()), other.end());
    for (size_t b = 0, e; b < other.size(); b = e) {  // best first within a name: few names have several places
      for (e = b + 1; e < other.size() && other[e].first == other[b].first;) ++e;
      if (e - b > 1)
        std::stable_sort(other.begin() + b, other.begin() + e,
                         [&](const auto& x, const auto& y) { return g_->prior[x.second] > g_->prior[y.second]; });
    }
    g_->other_hashes.reserve(other.size());
    g_->other_places.reserve(other.size());
    for (const auto& [hash, place] : other) g_->other_hashes.push_back(hash), g_->other_places.push_back(place);
    other.clear();
    other.shrink_to_fit();
  }
};

}  // namespace

float PlacePrior(const PlaceInfo& p) {
  switch (p.kind) {
    case PlaceKind::kCountry: return 90;
    case PlaceKind::kRegion: return 80;
    case PlaceKind::kAdmin1: return 60;
    case PlaceKind::kCity: break;
  }
  // 34 for 1000 people, 58 for a million, 66 for ten million; national
  // capitals gain 10 and more with size (Moscow 96, Paris 84, Victoria,
  // Seychelles 55 < the Australian state of Victoria, 60); seats of
  // first-level divisions 5.
  float size = std::log10(static_cast<float>(std::max<uint32_t>(p.population, 1000)));
  float score = 10 + 8 * size;
  if (p.capital) score += 10 + 10 * std::max(0.0f, size - 5);
  if (p.seat) score += 5;
  return score;
}

void LoadGazetteer(Gazetteer::Impl* impl) {
  Loader(impl).Run();
  for (const std::string& w : impl->warnings) std::fprintf(stderr, "dateline: gazetteer: %s\n", w.c_str());
}

}  // namespace dateline::entities
