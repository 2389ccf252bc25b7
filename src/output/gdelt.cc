// GDELT 2.0 event rows. Column order and meaning follow the GDELT 2.0 Event
// codebook (61 fields). Actor codes are split the way GDELT splits them: a
// leading 3-letter country or region code is the CountryCode; after an
// international prefix (IGO, NGO, IMG ...) the organisation code is the
// KnownGroupCode; role codes (GOV, MIL, REB ...) fill Type1..3. Geography
// uses FIPS 10-4 country codes, as GDELT does (data/event_fips.txt).
#include <array>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/gdelt.h"
#include "util/embedded.h"
#include "util/hash.h"

namespace dateline {
namespace {

const std::unordered_set<std::string>& TypeCodes() {
  static const std::unordered_set<std::string> codes = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH",
      "HRI", "REF", "ENV", "DEV", "ELI", "AGR", "SEP", "INS", "UAF", "MOD", "RAD", "IGO", "NGO", "IMG", "INT", "MNC",
      "NGM", "UIS", "SET", "AMN", "REL"};
  return codes;
}

bool International(const std::string& g) {
  return g == "IGO" || g == "NGO" || g == "IMG" || g == "INT" || g == "MNC" || g == "NGM" || g == "UIS";
}

struct ActorColumns {
  std::string code, name, country, known_group, types[3];
};

std::string Clean(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

ActorColumns SplitActor(const std::optional<std::string>& code, const std::optional<std::string>& name) {
  ActorColumns a;
  a.name = name ? Clean(*name) : "";  // an actor with no code keeps its name ("RULING PARTY")
  if (!code) return a;
  a.code = *code;
  size_t types = 0;
  for (size_t i = 0; i + 3 <= code->size(); i += 3) {
    std::string g = code->substr(i, 3);
    bool is_type = TypeCodes().count(g) > 0;
    if (i == 0 && !is_type) {
      a.country = g;
    } else if (is_type) {
      if (types < 3) a.types[types++] = g;
    } else if (a.known_group.empty() && i >= 3 && International(code->substr(i - 3, 3))) {
      a.known_group = g;
    }
  }
  return a;
}

const std::unordered_map<std::string, std::string>& FipsTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::string>;
    std::istringstream in(util::LoadData("event_fips.txt"));
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == 3 && line.size() == 6) (*t)[line.substr(0, 3)] = line.substr(4, 2);
    }
    return t;
  }();
  return *table;
}

std::string Number(double v, int precision) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "2025-02-27" (or "2025-02", "2025") -> the date columns; empty when absent.
void DateColumns(const std::optional<std::string>& iso, std::array<std::string, 61>* c) {
  if (!iso || iso->size() < 4) return;
  int y = 0, m = 1, d = 1;
  if (std::sscanf(iso->c_str(), "%4d-%2d-%2d", &y, &m, &d) < 1 || m < 1 || m > 12 || d < 1 || d > 31) return;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  (*c)[1] = buf;
  (*c)[2] = std::string(buf, 6);
  (*c)[3] = std::string(buf, 4);
  static const int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int doy = kBefore[m - 1] + d + (m > 2 && LeapYear(y) ? 1 : 0);
  (*c)[4] = Number(y + doy / (LeapYear(y) ? 366.0 : 365.0), 4);
}

// DATEADDED: the publication time when the article has one, else now.
std::string DateAdded(const Article& a, const std::string& now_utc) {
  if (!a.published || a.published->size() < 10) return now_utc;
  std::string digits;
  for (char ch : *a.published) {
    if (ch == '+' || (ch == '-' && digits.size() >= 8) || ch == 'Z' || ch == '.') break;
    if (ch >= '0' && ch <= '9') digits.push_back(ch);
  }
  digits.resize(14, '0');
  return digits;
}

void GeoColumns(const Event& e, std::array<std::string, 61>* c) {
  if (!e.place) return;
  std::string fips = e.place_country ? IsoToFips(*e.place_country) : "";
  int type = e.place_is_country ? 1 : (e.place_country && *e.place_country == "USA") ? 3 : 4;
  (*c)[51] = std::to_string(type);
  (*c)[52] = e.place->find_first_of("\t\n") == std::string::npos ? *e.place : Clean(*e.place);
  (*c)[53] = fips;
  if (e.place_lat && e.place_lon) (*c)[56] = Number(*e.place_lat, 4), (*c)[57] = Number(*e.place_lon, 4);
  if (type == 1) (*c)[58] = fips;
}

size_t LeadParagraphEnd(const Article& a) {
  size_t p = a.text.find("\n\n");
  return p == std::string::npos ? a.text.size() : p;
}

void ActorInto(const ActorColumns& a, size_t first, std::array<std::string, 61>* c) {
  (*c)[first] = a.code;
  (*c)[first + 1] = a.name;
  (*c)[first + 2] = a.country;
  (*c)[first + 3] = a.known_group;
  for (int i = 0; i < 3; ++i) (*c)[first + 7 + i] = a.types[i];
}

}  // namespace

std::string IsoToFips(const std::string& iso3) {
  auto it = FipsTable().find(iso3);
  return it == FipsTable().end() ? "" : it->second;
}

std::string ArticleToGdelt(const Article& a, const std::string& now_utc) {
  std::string out;
  std::string added = DateAdded(a, now_utc);
  std::string source = a.url ? *a.url : a.input;
  size_t lead_end = LeadParagraphEnd(a);
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    std::array<std::string, 61> c;
    c[0] = std::to_string(util::Fnv1a64(a.id + "#" + std::to_string(i)) & 0x1FFFFFFFFFFFFFull);
    DateColumns(e.date ? e.date : a.published, &c);
    if (c[1].empty()) DateColumns(added.substr(0, 4) + "-" + added.substr(4, 2) + "-" + added.substr(6, 2), &c);
    ActorInto(SplitActor(e.source, e.source_name), 5, &c);
    ActorInto(SplitActor(e.target, e.target_name), 15, &c);
    bool lead = e.sentence < a.sentences.size() && a.sentences[e.sentence].start < lead_end;
    c[25] = lead ? "1" : "0";
    c[26] = e.code;
    c[27] = e.code.substr(0, 3);
    c[28] = e.root;
    c[29] = std::to_string(e.quad_class);
    c[30] = Number(e.goldstein, 1);
    c[31] = c[32] = c[33] = "1";
    c[34] = Number(a.tone.polarity * 10, 4);
    GeoColumns(e, &c);
    c[59] = added;
    c[60] = source;
    for (size_t k = 0; k < c.size(); ++k) {
      if (k) out.push_back('\t');
      for (char ch : c[k]) out.push_back(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace dateline
