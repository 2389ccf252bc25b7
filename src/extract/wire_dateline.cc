// A dateline is: places (slash-separated), then comma-separated qualifiers
// (a date, a country, a state), then an optional source marker "(AP)" or
// "/PRNewswire/", then a dash ("-", "--", "–", "—"). The reader finds the
// source marker or the first dash within the first 100 bytes, splits what
// precedes it, and validates every piece; any doubt rejects the whole
// dateline so that the paragraph stays untouched.
#include "extract/wire_dateline.h"

#include <algorithm>
#include <array>

#include "extract/places.h"
#include "extract/textcase.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

constexpr size_t kMaxPrefix = 100;

struct Marker {
  size_t begin = 0, end = 0;  // the whole "(AP)" in the paragraph
  std::string_view name;      // "AP"
};

// Dash separators, longest first.
constexpr std::array<std::string_view, 6> kDashes = {" -- ", "\xE2\x80\x94", "\xE2\x80\x93", " - ", "--", "\xE2\x80\x95"};

// Length of a dash separator (with surrounding spaces) at s[i], or 0.
size_t DashAt(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  for (std::string_view d : kDashes) {
    std::string_view core = util::Trim(d);
    if (s.compare(j, core.size(), core) != 0) continue;
    size_t k = j + core.size();
    if (core == "-" && (j == i || k >= s.size() || s[k] != ' ')) return 0;  // "-" needs spaces
    while (k < s.size() && s[k] == ' ') ++k;
    return k - i;
  }
  return 0;
}

size_t FindDash(std::string_view s, size_t limit) {
  for (size_t i = 0; i < s.size() && i < limit; ++i)
    if ((s[i] == ' ' || s[i] == '-' || s[i] == '\xE2') && DashAt(s, i)) return i;
  return std::string_view::npos;
}

bool PlausibleSourceName(std::string_view name) {
  if (name.empty() || name.size() > 50 || !StartsAlnum(name)) return false;
  return std::count(name.begin(), name.end(), ' ') <= 5;
}

std::optional<Marker> ParenMarker(std::string_view p, std::string_view head) {
  size_t open = head.find('(');
  if (open == std::string_view::npos) return std::nullopt;
  size_t close = p.find(')', open);
  if (close == std::string_view::npos || close - open > 52) return std::nullopt;
  std::string_view name = util::Trim(p.substr(open + 1, close - open - 1));
  if (!PlausibleSourceName(name)) return std::nullopt;
  return Marker{open, close + 1, name};
}

std::optional<Marker> SlashMarker(std::string_view p, std::string_view head) {
  size_t slash = head.find(" /");
  if (slash == std::string_view::npos) return std::nullopt;
  size_t close = p.find('/', slash + 2);
  if (close == std::string_view::npos || close - slash > 40) return std::nullopt;
  std::string_view name = p.substr(slash + 2, close - slash - 2);
  if (!PlausibleSourceName(name) || (close + 1 < p.size() && p[close + 1] != ' ')) return std::nullopt;
  return Marker{slash + 1, close + 1, name};
}

// The first "(Reuters)" or " /PRNewswire/" within the first kMaxPrefix bytes.
std::optional<Marker> FindSourceMarker(std::string_view p) {
  std::string_view head = p.substr(0, kMaxPrefix);
  std::optional<Marker> paren = ParenMarker(p, head);
  std::optional<Marker> slash = SlashMarker(p, head);
  if (paren && slash) return paren->begin < slash->begin ? paren : slash;
  return paren ? paren : slash;
}

bool IsLeadWord(std::string_view place) {
  static constexpr std::array<std::string_view, 16> kLeads = {
      "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL",
      "COMMENTARY", "LIVE", "VIDEO", "PHOTOS", "CORRECTION", "FILE", "URGENT", "FLASH"};
  std::string_view first = place.substr(0, place.find(' '));
  for (std::string_view w : kLeads)
    if (util::IEquals(first, w)) return true;
  return false;
}

// A place written as a person writes it: every word capitalised except
// particles ("Rio de Janeiro"), no digits, at most five words.
bool MixedCasePlace(std::string_view place) {
  size_t words = 0;
  size_t start = 0;
  while (start < place.size()) {
    size_t sp = place.find(' ', start);
    std::string_view w = place.substr(start, sp == std::string_view::npos ? sp : sp - start);
    if (!w.empty()) {
      ++words;
      bool particle = w == "de" || w == "da" || w == "do" || w == "of" || w == "la" || w == "el";
      if (!StartsUpper(w) && !particle) return false;
    }
    if (sp == std::string_view::npos) break;
    start = sp + 1;
  }
  return words >= 1 && words <= 5;
}

bool PlausiblePlace(std::string_view place, bool has_source) {
  if (place.empty() || place.size() > 40 || IsLeadWord(place)) return false;
  if (std::any_of(place.begin(), place.end(), [](char c) { return (c >= '0' && c <= '9') || c == '"' || c == ':'; }))
    return false;
  if (IsAllCaps(place)) {
    size_t letters = std::count_if(place.begin(), place.end(), [](char c) { return c != ' ' && c != '.'; });
    return letters > 4 || FindCity(place) || has_source;
  }
  return has_source && MixedCasePlace(place);
}

bool PlausibleQualifier(std::string_view q) {
  return !q.empty() && q.size() <= 40 && StartsUpper(q) && std::count(q.begin(), q.end(), ' ') <= 3;
}

std::vector<std::string_view> SplitSlash(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t sl = s.find('/', start);
    out.push_back(util::Trim(s.substr(start, sl == std::string_view::npos ? sl : sl - start)));
    if (sl == std::string_view::npos) break;
    start = sl + 1;
  }
  return out;
}

struct Prefix {
  std::vector<std::string_view> places;
  std::vector<std::string_view> qualifiers;
  std::optional<DateParts> date;
};

// "KYIV, Ukraine", "LONDON, Feb 27", "NEW YORK, March 3, 2025", "WASHINGTON, D.C."
std::optional<Prefix> SplitPrefix(std::string_view s) {
  Prefix out;
  s = util::Trim(s);
  while (!s.empty() && s.back() == ',') s = util::Trim(s.substr(0, s.size() - 1));
  size_t comma = s.find(',');
  out.places = SplitSlash(s.substr(0, comma));
  std::string_view rest = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
  while (!(rest = util::Trim(rest)).empty()) {
    if (std::optional<DateMatch> d = out.date ? std::nullopt : ParseDateAt(rest)) {
      out.date = d->date;
      rest = rest.substr(d->end);
    } else {
      size_t c = rest.find(',');
      out.qualifiers.push_back(util::Trim(rest.substr(0, c)));
      rest = c == std::string_view::npos ? std::string_view() : rest.substr(c);
    }
    rest = util::Trim(rest);
    if (!rest.empty() && rest[0] != ',') return std::nullopt;
    if (!rest.empty()) rest.remove_prefix(1);
  }
  if (out.qualifiers.size() > 2) return std::nullopt;
  return out;
}

// The country a qualifier names, using the city to pick between candidates
// ("Georgia" is a US state and a country).
std::optional<std::string> QualifierCountry(std::string_view qualifier, const City* city) {
  std::vector<std::string> codes = QualifierCountries(qualifier);
  if (codes.size() == 1) return codes[0];
  if (city && city->country && std::find(codes.begin(), codes.end(), *city->country) != codes.end())
    return city->country;
  return std::nullopt;
}

DatelinePlace MakePlace(std::string_view raw, const std::vector<std::string_view>& qualifiers, bool last) {
  DatelinePlace place;
  const City* city = FindCity(raw);
  place.name = city ? city->name : NormalCase(raw);
  for (std::string_view q : qualifiers)
    if (!place.country) place.country = QualifierCountry(q, city);
  if (place.country && !last && city && city->country) place.country = city->country;
  if (!place.country && city) place.country = city->country;
  if (!place.country && !city) place.country = CountryCode(raw);
  return place;
}

// The qualifiers that name a place ("LUBBOCK, Texas", "FREETOWN, Sierra
// Leone") follow the dateline's towns as places of their own, in the
// country the last town's qualifier gave.
void AddQualifierPlaces(const Prefix& p, std::vector<DatelinePlace>* places) {
  const City* city = FindCity(p.places.back());
  for (std::string_view q : p.qualifiers) {
    std::optional<std::string> name = QualifierName(q);
    std::optional<std::string> country = QualifierCountry(q, city);
    if (!name || !country) continue;
    bool listed = std::any_of(places->begin(), places->end(), [&](const DatelinePlace& d) { return d.name == *name; });
    if (!listed) places->push_back({*name, country, std::nullopt, std::nullopt});
  }
}

bool ValidPrefix(const Prefix& p, bool has_source) {
  if (p.places.empty() || p.places.size() > 4) return false;
  for (std::string_view place : p.places)
    if (!PlausiblePlace(place, has_source)) return false;
  return std::all_of(p.qualifiers.begin(), p.qualifiers.end(), PlausibleQualifier);
}

std::optional<std::string> CanonicalSource(std::string_view name) {
  if (std::optional<std::string> known = KnownOutlet(name)) return known;
  return std::string(name);
}

// Where the story starts after the marker or dash; npos when nothing follows.
size_t BodyStart(std::string_view p, size_t after) {
  while (after < p.size() && p[after] == ' ') ++after;
  return after < p.size() ? after : std::string_view::npos;
}

}  // namespace

std::optional<WireDateline> ParseWireDateline(std::string_view p) {
  WireDateline out;
  std::optional<Marker> marker = FindSourceMarker(p);
  size_t dash = FindDash(p, kMaxPrefix);
  if (marker && dash != std::string_view::npos && dash < marker->begin) marker.reset();
  std::string_view prefix;
  size_t after;
  if (marker) {
    prefix = p.substr(0, marker->begin);
    size_t d = DashAt(p, marker->end);
    bool known = KnownOutlet(marker->name).has_value();
    if (!d && !known) return std::nullopt;
    after = marker->end + d;
    out.source = CanonicalSource(marker->name);
  } else {
    if (dash == std::string_view::npos) return std::nullopt;
    prefix = p.substr(0, dash);
    after = dash + DashAt(p, dash);
  }
  size_t body = BodyStart(p, after);
  if (body == std::string_view::npos) return std::nullopt;
  out.body_start = body;
  if (util::Trim(prefix).empty()) {  // "(Reuters) - ..."
    if (!marker || !KnownOutlet(marker->name)) return std::nullopt;
    return out;
  }
  std::optional<Prefix> parts = SplitPrefix(prefix);
  if (!parts || !ValidPrefix(*parts, marker.has_value())) return std::nullopt;
  for (size_t i = 0; i < parts->places.size(); ++i)
    out.places.push_back(MakePlace(parts->places[i], parts->qualifiers, i + 1 == parts->places.size()));
  AddQualifierPlaces(*parts, &out.places);
  out.date = parts->date;
  return out;
}

}  // namespace dateline::extract
