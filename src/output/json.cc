// Writes the article contract with nlohmann::ordered_json so keys come out in
// the documented order. Optional values become null, never "" or 0.
#include "dateline/json.h"

#include <nlohmann/json.hpp>

namespace dateline {
namespace {

using Json = nlohmann::ordered_json;

template <class T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json AuthorsJson(const std::vector<Author>& authors) {
  Json out = Json::array();
  for (const Author& a : authors) out.push_back({{"name", a.name}, {"role", OrNull(a.role)}});
  return out;
}

Json DatelineJson(const std::vector<DatelinePlace>& places) {
  Json out = Json::array();
  for (const DatelinePlace& p : places)
    out.push_back({{"name", p.name}, {"country", OrNull(p.country)}, {"lat", OrNull(p.lat)}, {"lon", OrNull(p.lon)}});
  return out;
}

Json BoilerplateJson(const Boilerplate& b) {
  Json related = Json::array();
  for (const RelatedItem& r : b.related) related.push_back({{"text", r.text}, {"url", OrNull(r.url)}});
  return {{"copyright", OrNull(b.copyright)}, {"syndication", OrNull(b.syndication)}, {"related", related}};
}

Json SentencesJson(const std::vector<SentenceRef>& sentences) {
  Json out = Json::array();
  for (const SentenceRef& s : sentences) out.push_back({{"start", s.start}, {"end", s.end}});
  return out;
}

Json DatesJson(const std::vector<DateRef>& dates) {
  Json out = Json::array();
  for (const DateRef& d : dates)
    out.push_back({{"text", d.text}, {"start", d.start}, {"end", d.end}, {"value", OrNull(d.value)}});
  return out;
}

Json EntitiesJson(const std::vector<Entity>& entities) {
  Json out = Json::array();
  for (const Entity& e : entities)
    out.push_back({{"text", e.text}, {"start", e.start}, {"end", e.end}, {"type", e.type},
                   {"canonical", e.canonical}, {"role", OrNull(e.role)}, {"country", OrNull(e.country)},
                   {"actor", OrNull(e.actor)}, {"lat", OrNull(e.lat)}, {"lon", OrNull(e.lon)}});
  return out;
}

Json QuotesJson(const std::vector<Quote>& quotes) {
  Json out = Json::array();
  for (const Quote& q : quotes)
    out.push_back({{"text", q.text}, {"start", q.start}, {"end", q.end}, {"speaker", OrNull(q.speaker)}});
  return out;
}

Json EventsJson(const std::vector<Event>& events) {
  Json out = Json::array();
  for (const Event& e : events)
    out.push_back({{"sentence", e.sentence}, {"source", OrNull(e.source)}, {"target", OrNull(e.target)},
                   {"code", e.code}, {"root", e.root}, {"quad_class", e.quad_class}, {"goldstein", e.goldstein},
                   {"date", OrNull(e.date)}, {"place", OrNull(e.place)}, {"evidence", e.evidence},
                   {"start", e.start}, {"end", e.end}, {"source_name", OrNull(e.source_name)},
                   {"target_name", OrNull(e.target_name)}});
  return out;
}

Json ToneJson(const Tone& t) {
  return {{"positive", t.positive}, {"negative", t.negative}, {"polarity", t.polarity}};
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string ArticleToJson(const Article& a) {
  Json j;
  j["schema"] = kSchemaVersion;
  j["id"] = a.id;
  j["input"] = a.input;
  j["url"] = OrNull(a.url);
  j["source"] = {{"name", OrNull(a.source.name)}, {"domain", OrNull(a.source.domain)}};
  j["language"] = OrNull(a.language);
  j["title"] = OrNull(a.title);
  j["published"] = OrNull(a.published);
  j["modified"] = OrNull(a.modified);
  j["authors"] = AuthorsJson(a.authors);
  j["dateline"] = DatelineJson(a.dateline);
  j["text"] = a.text;
  j["boilerplate"] = BoilerplateJson(a.boilerplate);
  j["sentences"] = SentencesJson(a.sentences);
  j["dates"] = DatesJson(a.dates);
  j["entities"] = EntitiesJson(a.entities);
  j["quotes"] = QuotesJson(a.quotes);
  j["events"] = EventsJson(a.events);
  j["tone"] = ToneJson(a.tone);
  return Dump(j);
}

std::string ErrorToJson(const Error& e) {
  Json j;
  j["error"] = e.message;
  j["input"] = e.input;
  j["offset"] = e.offset >= 0 ? Json(e.offset) : Json(nullptr);
  return Dump(j);
}

}  // namespace dateline
