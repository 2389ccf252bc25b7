// Article: what Dateline knows about one news article. Field names follow the
// JSON contract in the README ("The article JSON"); output/json.h writes it.
// Missing values stay empty (nullopt or an empty vector): nothing is invented.
// Plain value type; text is valid UTF-8 once extract has produced it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dateline {

inline constexpr int kSchemaVersion = 1;

struct Author {
  std::string name;                 // "Stefan J. Bos"
  std::optional<std::string> role;  // "Chief International Correspondent"
};

struct DatelinePlace {
  std::string name;                    // "Moscow" (normal case, as a person writes it)
  std::optional<std::string> country;  // ISO 3166-1 alpha-3, e.g. "RUS"
  std::optional<double> lat;
  std::optional<double> lon;
};

struct RelatedItem {
  std::string text;
  std::optional<std::string> url;
};

struct Boilerplate {
  std::optional<std::string> copyright;    // "Copyright 1999-2026 Worthy News."
  std::optional<std::string> syndication;  // "...reproduced with permission."
  std::vector<RelatedItem> related;        // teasers under "More ... News", "Related:"
};

// Offsets below are byte offsets into Article::text, half-open [start, end).
struct SentenceRef {
  size_t start = 0, end = 0;
};

struct DateRef {
  std::string text;  // "Thursday", "three years ago"
  size_t start = 0, end = 0;
  std::optional<std::string> value;  // ISO 8601 "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null if unresolved
};

struct Entity {
  std::string text;  // as written: "Putin", "Moscow"
  size_t start = 0, end = 0;
  std::string type;       // "PERSON", "ORG", "PLACE" (more may be added, e.g. "NORP")
  std::string canonical;  // the fullest name in the article: "Vladimir Putin"
  std::optional<std::string> role;     // from the text: "President", "Foreign Ministry spokeswoman"
  std::optional<std::string> country;  // ISO 3166-1 alpha-3 affiliation
  std::optional<std::string> actor;    // CAMEO-style actor code: "RUSGOV"
  std::optional<double> lat;           // PLACEs: coordinates when resolved
  std::optional<double> lon;
};

struct Quote {
  std::string text;  // the quoted words, without the quote marks
  size_t start = 0, end = 0;
  std::optional<std::string> speaker;  // the speaker entity's canonical name
};

// A coded event: who did what to whom, CAMEO-style. Written by the events
// stage (include/dateline/events.h).
struct Event {
  size_t sentence = 0;                 // index into Article::sentences
  std::optional<std::string> source;   // CAMEO actor code of the actor: "RUSGOV"; null if unknown
  std::optional<std::string> target;   // CAMEO actor code of the recipient
  std::string code;                    // CAMEO event code: "042"
  std::string root;                    // its root: "04"
  int quad_class = 0;                  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;                // -10..+10, by event type
  std::optional<std::string> date;     // ISO 8601 date of the event, when known
  std::optional<std::string> place;    // where it happened: "Istanbul"
  std::string evidence;                // the words that triggered the code
  size_t start = 0, end = 0;           // evidence byte offsets into Article::text
  // For exports (GDELT Actor1Name/Actor2Name, ActionGeo): names as matched and
  // the place's country (ISO 3166-1 alpha-3) and coordinates.
  std::optional<std::string> source_name, target_name;
  std::optional<std::string> place_country;
  std::optional<double> place_lat, place_lon;
  bool place_is_country = false;       // the place is a whole country (GDELT geo type 1)
};

// Article tone from a sentiment lexicon: positive and negative are the
// proportions of the text's sentiment mass, polarity is in [-1, 1].
struct Tone {
  double positive = 0, negative = 0, polarity = 0;
};

struct Source {
  std::optional<std::string> name;    // "Worthy News"
  std::optional<std::string> domain;  // "worthynews.com"
};

struct Article {
  std::string id;     // the input record's id, else a stable hash of the input
  std::string input;  // "path" or "path#offset"
  std::optional<std::string> url;
  Source source;
  std::optional<std::string> language;  // ISO 639-1, e.g. "en"
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO 8601 date or date-time
  std::optional<std::string> modified;   // ISO 8601: when the page says it was last updated
  std::vector<Author> authors;
  std::vector<DatelinePlace> dateline;
  std::string text;  // the article body only; paragraphs separated by "\n\n"
  Boilerplate boilerplate;

  // Filled by the text and entities stages.
  std::vector<SentenceRef> sentences;
  std::vector<DateRef> dates;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;

  // Filled by the events stage.
  std::vector<Event> events;
  Tone tone;
};

}  // namespace dateline
