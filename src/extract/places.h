// Gazetteer lookups for datelines and bylines, from data files loaded once
// per process (thread-safe function-local statics): country names and
// aliases (iso-codes' iso_3166-1.json plus data/country_aliases.tsv),
// regions that imply a country (data/dateline_regions.tsv: US states,
// Canadian provinces ...), dateline cities (data/dateline_cities.tsv) and
// news organisations (data/news_agencies.tsv). All lookups ignore case.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::extract {

// ISO 3166-1 alpha-3 for a country name: "Ukraine", "U.S.", "Russian
// Federation", "Korea, Republic of", "Republic of Korea", "South Korea".
std::optional<std::string> CountryCode(std::string_view name);

// Countries that a dateline qualifier may name: a country ("Ukraine" ->
// {UKR}), a region ("Fla." -> {USA}) or both ("Georgia" -> {GEO, USA}).
std::vector<std::string> QualifierCountries(std::string_view qualifier);

// How a dateline qualifier names its place, for output as a place of its
// own: "Calif." -> "California", "Sierra Leone" -> "Sierra Leone"; nullopt
// for an abbreviation the table does not expand ("D.C.") or an unknown word.
std::optional<std::string> QualifierName(std::string_view qualifier);

struct City {
  std::string name;                    // spelling for output: "Rio de Janeiro"
  std::optional<std::string> country;  // ISO3; empty for "United Nations"
};
// The dateline city called `name` ("MOSCOW", "St. Louis"), or nullptr.
const City* FindCity(std::string_view name);

// The canonical name of a news organisation: "AP" -> "The Associated Press",
// "Thomson Reuters" -> "Reuters". nullopt when not listed.
std::optional<std::string> KnownOutlet(std::string_view name);

}  // namespace dateline::extract
