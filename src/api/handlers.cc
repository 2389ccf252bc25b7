// The endpoints. Every parameter is checked before the store sees it: known
// names only, each at most once, bounded length, valid UTF-8, numbers in
// range, dates as ISO 8601. A failed check is a 400 naming the parameter; a
// store failure (or a read over the time limit) is a 503 with the store's
// message. Article JSON is passed through as stored (it is already the
// documented contract); everything else is built with nlohmann::json, which
// escapes whatever the text holds.
#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "api/handlers.h"

namespace dateline::api {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json Opt(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

bool ValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// A parameter check failed: the message for the 400.
struct BadParam {
  std::string message;
};

// Reads and checks the request's parameters against the names allowed.
class ParamReader {
 public:
  ParamReader(const Params& params, const ServeOptions& options, std::set<std::string> allowed)
      : params_(params), options_(options) {
    for (const auto& [name, value] : params) {
      if (!allowed.count(name)) Fail("unknown parameter \"" + Clip(name) + "\"");
      else if (params.count(name) > 1) Fail("parameter \"" + name + "\" given more than once");
      else if (value.size() > options.max_query_bytes)
        Fail("parameter \"" + name + "\" is longer than " + std::to_string(options.max_query_bytes) + " bytes");
      else if (!ValidUtf8(value)) Fail("parameter \"" + name + "\" is not valid UTF-8");
    }
  }

  std::optional<std::string> Text(const std::string& name) {
    auto it = params_.find(name);
    if (it == params_.end() || it->second.empty()) return std::nullopt;
    return it->second;
  }

  // An integer in [lo, hi]; fallback when absent.
  size_t Number(const std::string& name, size_t lo, size_t hi, size_t fallback) {
    std::optional<std::string> v = Text(name);
    if (!v) return fallback;
    size_t n = 0;
    auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || end != v->data() + v->size() || n < lo || n > hi) {
      Fail(name + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
      return fallback;
    }
    return n;
  }

  size_t Limit() { return Number("limit", 1, options_.max_limit, options_.default_limit); }
  size_t Offset() { return Number("offset", 0, options_.max_offset, 0); }

  // YYYY, YYYY-MM, YYYY-MM-DD, or a date-time YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM].
  std::optional<std::string> Date(const std::string& name) {
    std::optional<std::string> v = Text(name);
    if (v && !IsIsoDate(*v)) {
      Fail(name + " must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY)");
      return std::nullopt;
    }
    return v;
  }

  const std::optional<BadParam>& error() const { return error_; }

 private:
  static std::string Clip(const std::string& s) { return s.size() > 40 || !ValidUtf8(s) ? "…" : s; }

  static bool Digits(std::string_view s, size_t from, size_t n) {
    if (s.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  }

  static bool IsIsoDate(std::string_view s) {
    if (!Digits(s, 0, 4)) return false;
    if (s.size() == 4) return true;
    if (s[4] != '-' || !Digits(s, 5, 2)) return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    if (month < 1 || month > 12) return false;
    if (s.size() == 7) return true;
    if (s[7] != '-' || !Digits(s, 8, 2)) return false;
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (day < 1 || day > 31) return false;
    if (s.size() == 10) return true;
    if (s[10] != 'T' || !Digits(s, 11, 2) || s.size() < 16 || s[13] != ':' || !Digits(s, 14, 2)) return false;
    for (char c : s.substr(16))
      if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-')) return false;
    return s.size() <= 35;
  }

  void Fail(std::string message) {
    if (!error_) error_ = BadParam{std::move(message)};
  }

  const Params& params_;
  const ServeOptions& options_;
  std::optional<BadParam> error_;
};

Json CountList(const std::vector<std::pair<std::string, uint64_t>>& counts, const char* key, size_t max) {
  Json out = Json::array();
  for (size_t i = 0; i < counts.size() && i < max; ++i)
    out.push_back(Json{{key, counts[i].first.empty() ? Json(nullptr) : Json(counts[i].first)}, {"count", counts[i].second}});
  return out;
}

Json HitJson(const SearchHit& h) {
  return Json{{"id", h.id},           {"title", Opt(h.title)},       {"source", Opt(h.source)},
              {"published", Opt(h.published)}, {"language", Opt(h.language)}, {"url", Opt(h.url)},
              {"duplicate_of", Opt(h.duplicate_of)}, {"score", h.score}, {"snippet", h.snippet}};
}

// A listing row for a stored article (no query: no score, the text's start as snippet).
Json ListingJson(const StoredArticle& a) {
  Json j = Json::parse(a.json, nullptr, false);
  if (j.is_discarded()) return Json{{"id", a.id}};
  auto str = [&](const Json& v) { return v.is_string() ? v : Json(nullptr); };
  Json source = j.contains("source") ? j["source"] : Json::object();
  Json name = source.is_object() ? (source.value("name", Json()).is_string() ? source["name"] : str(source.value("domain", Json())))
                                 : Json(nullptr);
  std::string text = j.contains("text") && j["text"].is_string() ? j["text"].get<std::string>() : "";
  size_t cut = std::min<size_t>(text.size(), 200);
  while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return Json{{"id", a.id},           {"title", str(j.value("title", Json()))}, {"source", name},
              {"published", str(j.value("published", Json()))}, {"language", str(j.value("language", Json()))},
              {"url", str(j.value("url", Json()))}, {"duplicate_of", Opt(a.duplicate_of)}, {"score", nullptr},
              {"snippet", text.substr(0, cut) + (cut < text.size() ? "…" : "")}};
}

// 503: the store failed or took longer than ServeOptions::query_timeout_ms.
Reply StoreFailure(const Error& e) { return ErrorReply(503, "store: " + e.message); }

// ---- events: from the events table (Store::ListEvents), grouped here

struct DayCounts {
  uint64_t count = 0;
  uint64_t quad[5] = {};
  double goldstein_sum = 0;
};

void Count(DayCounts& c, const EventGroup& g) {
  c.count += g.count;
  if (g.quad_class >= 1 && g.quad_class <= 4) c.quad[g.quad_class] += g.count;
  c.goldstein_sum += g.goldstein_sum;
}

Json Average(const DayCounts& c) { return c.count ? Json(c.goldstein_sum / double(c.count)) : Json(nullptr); }

// Who acts on whom: one edge per (source, target) pair of actor codes.
using EdgeMap = std::map<std::pair<std::string, std::string>, DayCounts>;

Json EdgesJson(const EdgeMap& edges, size_t max) {
  std::vector<std::pair<const std::pair<std::string, std::string>*, const DayCounts*>> sorted;
  for (const auto& [key, c] : edges) sorted.emplace_back(&key, &c);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second->count > b.second->count; });
  Json out = Json::array();
  for (size_t i = 0; i < sorted.size() && i < max; ++i) {
    const DayCounts& c = *sorted[i].second;
    out.push_back(Json{{"source", sorted[i].first->first}, {"target", sorted[i].first->second}, {"count", c.count},
                       {"cooperation", c.quad[1] + c.quad[2]}, {"conflict", c.quad[3] + c.quad[4]},
                       {"goldstein_avg", Average(c)}});
  }
  return out;
}

// Where: events counted by place, with the coordinates the store found for it.
struct PlaceCounts {
  double lat = 0, lon = 0;
  DayCounts counts;
};
using PlaceMap = std::map<std::string, PlaceCounts>;

Json PlacesJson(const PlaceMap& places, size_t max) {
  std::vector<const PlaceMap::value_type*> sorted;
  for (const auto& p : places) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->second.counts.count > b->second.counts.count; });
  Json out = Json::array();
  for (size_t i = 0; i < sorted.size() && i < max; ++i) {
    const DayCounts& c = sorted[i]->second.counts;
    out.push_back(Json{{"place", sorted[i]->first}, {"lat", sorted[i]->second.lat}, {"lon", sorted[i]->second.lon},
                       {"count", c.count}, {"cooperation", c.quad[1] + c.quad[2]}, {"conflict", c.quad[3] + c.quad[4]}});
  }
  return out;
}

Json DayJson(const std::string& day, const DayCounts& c) {
  Json quads = Json::object();
  for (int i = 1; i <= 4; ++i) quads[std::to_string(i)] = c.quad[i];
  return Json{{"day", day.empty() ? Json(nullptr) : Json(day)},
              {"count", c.count},
              {"quad_class", quads},
              {"goldstein_avg", Average(c)}};
}

Json OptNumber(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json EventRowJson(const EventRow& r) {
  const Event& e = r.event;
  return Json{{"article", r.article},         {"article_title", Opt(r.article_title)},
              {"day", r.day.empty() ? Json(nullptr) : Json(r.day)},
              {"position", r.position},       {"sentence", e.sentence},
              {"source", Opt(e.source)},      {"target", Opt(e.target)},
              {"code", e.code},               {"root", e.root},
              {"quad_class", e.quad_class},   {"goldstein", e.goldstein},
              {"date", Opt(e.date)},          {"place", Opt(e.place)},
              {"place_country", Opt(e.place_country)}, {"lat", OptNumber(e.place_lat)}, {"lon", OptNumber(e.place_lon)},
              {"evidence", e.evidence},       {"source_name", Opt(e.source_name)}, {"target_name", Opt(e.target_name)}};
}

// A CAMEO code or code prefix: digits only.
bool IsCode(const std::optional<std::string>& v) {
  return !v || (v->size() <= 4 && std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// An actor code prefix: letters and digits.
bool IsActor(const std::optional<std::string>& v) {
  return !v || (v->size() <= 32 && std::all_of(v->begin(), v->end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }));
}

Json StoryJson(const StoredStory& s) {
  return Json{{"id", s.id},       {"label", s.label},   {"first", s.first},       {"last", s.last},
              {"actors", s.actors}, {"places", s.places}, {"article_count", s.articles}};
}

bool ValidId(const std::string& id) { return !id.empty() && id.size() <= 128 && ValidUtf8(id); }

}  // namespace

Reply Events(Store& store, const Params& params, const ServeOptions& options) {
  ParamReader in(params, options, {"from", "to", "actor", "code", "root", "place", "quad_class", "limit", "offset"});
  EventQuery q;
  q.from = in.Date("from");
  q.to = in.Date("to");
  q.actor = in.Text("actor");
  q.code = in.Text("code");
  q.root = in.Text("root");
  q.place = in.Text("place");
  q.quad_class = int(in.Number("quad_class", 1, 4, 0));
  q.limit = in.Limit();
  q.offset = in.Offset();
  if (in.error()) return ErrorReply(400, in.error()->message);
  if (!IsActor(q.actor)) return ErrorReply(400, "actor must be a CAMEO actor code (letters and digits)");
  if (!IsCode(q.code)) return ErrorReply(400, "code must be a CAMEO event code or its start (digits)");
  if (!IsCode(q.root)) return ErrorReply(400, "root must be a CAMEO root code (digits)");

  Result<EventListing> r = store.ListEvents(q);
  if (!r.ok()) return StoreFailure(r.error());
  const EventListing& listing = r.value();
  std::map<std::string, DayCounts> days;
  EdgeMap edges;
  PlaceMap places;
  DayCounts all;
  for (const EventGroup& g : listing.groups) {
    Count(all, g);
    if (!g.day.empty()) Count(days[g.day], g);
    if (g.source && g.target) Count(edges[{*g.source, *g.target}], g);
    if (g.place && g.lat && g.lon) {
      PlaceCounts& p = places[*g.place];
      p.lat = *g.lat;
      p.lon = *g.lon;
      Count(p.counts, g);
    }
  }
  Json page = Json::array();
  for (const EventRow& row : listing.page) page.push_back(EventRowJson(row));
  Json timeline = Json::array();
  for (const auto& [day, c] : days) timeline.push_back(DayJson(day, c));
  Json out{{"offset", q.offset},  {"limit", q.limit},          {"total", listing.total}, {"events", page},
           {"timeline", timeline}, {"totals", DayJson("", all)}, {"edges", EdgesJson(edges, 200)},
           {"places", PlacesJson(places, 300)}, {"truncated", false}};
  bool filtered = q.from || q.to || q.actor || q.code || q.root || q.place || q.quad_class;
  if (listing.total == 0 && !filtered)
    out["note"] = "no stored article carries events yet (event coding adds \"events\" to the article JSON)";
  return Reply{200, Dump(out)};
}

Reply Stories(Store& store, const Params& params, const ServeOptions& options) {
  ParamReader in(params, options, {"limit", "offset"});
  size_t limit = in.Limit(), offset = in.Offset();
  if (in.error()) return ErrorReply(400, in.error()->message);
  Result<std::vector<StoredStory>> r = store.StoryPage(limit + 1, offset);
  if (!r.ok()) return StoreFailure(r.error());
  Json stories = Json::array();
  for (size_t i = 0; i < r.value().size() && i < limit; ++i) stories.push_back(StoryJson(r.value()[i]));
  Json out{{"offset", offset}, {"limit", limit}, {"more", r.value().size() > limit}, {"stories", stories}};
  return Reply{200, Dump(out)};
}

Reply Story(Store& store, const std::string& id, const ServeOptions& options) {
  if (!ValidId(id)) return ErrorReply(400, "bad story id");
  size_t max_articles = std::max<size_t>(options.max_limit * 10, 1000);
  Result<std::optional<StoryDetail>> r = store.GetStory(id, max_articles);
  if (!r.ok()) return StoreFailure(r.error());
  if (!r.value()) return ErrorReply(404, "no story with id \"" + id + "\"");
  const StoryDetail& d = *r.value();
  Json articles = Json::array();
  for (const StoryArticle& a : d.articles)
    articles.push_back(Json{{"id", a.id}, {"title", Opt(a.title)}, {"source", Opt(a.source)},
                            {"published", Opt(a.published)}, {"duplicate_of", Opt(a.duplicate_of)}});
  Json out = StoryJson(d.story);
  out["articles"] = articles;
  return Reply{200, Dump(out)};
}

Reply ErrorReply(int status, const std::string& message) { return Reply{status, Dump(Json{{"error", message}})}; }

Reply Search(Store& store, const Params& params, const ServeOptions& options) {
  ParamReader in(params, options, {"q", "from", "to", "source", "language", "limit", "offset"});
  std::string q = in.Text("q").value_or("");
  ArticleFilter filter;
  filter.from = in.Date("from");
  filter.to = in.Date("to");
  filter.source = in.Text("source");
  filter.language = in.Text("language");
  filter.limit = in.Limit();
  filter.offset = in.Offset();
  if (in.error()) return ErrorReply(400, in.error()->message);

  Json hits = Json::array();
  bool has_words = false;
  for (char c : q) has_words |= static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
  SearchInfo info;
  if (has_words) {
    Result<std::vector<SearchHit>> r = store.Search(q, filter, &info);
    bool no_words = !r.ok() && r.error().message.rfind("the query has no words", 0) == 0;
    if (!r.ok()) return no_words ? ErrorReply(400, r.error().message) : StoreFailure(r.error());
    for (const SearchHit& h : r.value()) hits.push_back(HitJson(h));
  } else if (!q.empty() && q.find_first_not_of(" \t") != std::string::npos) {
    return ErrorReply(400, "q has no words to search for");
  } else {
    Result<uint64_t> r = store.Export(filter, [&](const StoredArticle& a) {
      hits.push_back(ListingJson(a));
      return true;
    });
    if (!r.ok()) return StoreFailure(r.error());
  }
  Result<SearchFacets> facets = store.Facets(has_words ? q : "", filter);
  if (!facets.ok()) return StoreFailure(facets.error());
  const SearchFacets& f = facets.value();
  Json out{{"query", q},        {"offset", filter.offset}, {"limit", filter.limit}, {"total", f.total},
           {"hits", hits},
           {"facets", Json{{"source", CountList(f.sources, "value", 20)}, {"language", CountList(f.languages, "value", 20)}}},
           {"timeline", CountList(f.days, "day", 3660)}};
  if (has_words) out["ranked_among"] = info.ranked_among;  // below total: the most recently stored were ranked
  return Reply{200, Dump(out)};
}

Reply Article(Store& store, const std::string& id) {
  if (id.empty() || id.size() > 128 || !ValidUtf8(id)) return ErrorReply(400, "bad article id");
  Result<std::optional<StoredArticle>> r = store.Get(id);
  if (!r.ok()) return StoreFailure(r.error());
  if (!r.value()) return ErrorReply(404, "no article with id \"" + id + "\"");
  return Reply{200, r.value()->json};
}

Reply Stats(Store& store) {
  Result<StoreStats> r = store.Stats();
  if (!r.ok()) return StoreFailure(r.error());
  const StoreStats& s = r.value();
  Json languages = Json::object();
  for (const auto& [lang, n] : s.languages) languages[lang.empty() ? "unknown" : lang] = n;
  Json out{{"articles", s.articles},       {"duplicates", s.duplicates},
           {"sources", s.sources},         {"languages", languages},
           {"first_published", Opt(s.first_published)}, {"last_published", Opt(s.last_published)},
           {"schema_version", s.schema_version}};
  return Reply{200, Dump(out)};
}

}  // namespace dateline::api
