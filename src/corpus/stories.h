// Stories: incremental clustering of articles about the same happening.
//
// Each article becomes a sparse weighted profile of what it is about: its
// people and organisations (canonical names), actor codes, places
// (entities and dateline) and the salient words of its title and lead,
// each weighted by its inverse document frequency among the articles
// stored before it (TF-IDF: a president named in every tenth article says
// less than the town where it happened). A story's profile is the sum of
// its articles' profiles (a centroid, capped to its heaviest features). A
// new article joins the story, active within the time window, whose core
// is most similar to its profile (cosine), if that similarity reaches the
// threshold; otherwise it opens a new story. The core is the part of the
// centroid found in at least half of the story's articles: compared with
// the whole centroid, a story that took in one article too many would
// drift, then take in every article sharing a topic word or a president.
// Candidate stories are found through lookup keys: hashes of an article's
// heaviest features, indexed by the store.
//
// Pure functions, thread-safe; the store keeps profiles and keys in its
// stories and story_keys tables and calls these in Put.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article.h"

namespace dateline::corpus {

struct StoryOptions {
  int window_days = 3;           // a story absorbs articles up to this many days after (or before) its span
  double min_similarity = 0.6;  // cosine of article and story profiles needed to join
  size_t max_terms = 12;         // salient words per article
  size_t max_features = 80;      // a story profile keeps its heaviest features only
  size_t lookup_keys = 10;       // keys per article for finding candidate stories
};

// Feature -> weight. Features are prefixed by kind: "e:" person or
// organisation (lower-cased canonical name), "a:" actor code, "l:" place,
// "t:" word.
using Profile = std::map<std::string, double>;

Profile ArticleProfile(const Article& article, const StoryOptions& options = {});
double Cosine(const Profile& a, const Profile& b);

// One key per feature, in the profile's order (stable hashes, for the
// store's document frequency table).
std::vector<int64_t> FeatureKeys(const Profile& profile);

// Multiplies each weight by log((articles + 64) / (df + 1)), df in the
// order of FeatureKeys: articles is how many articles were counted before.
void ApplyIdf(Profile* profile, const std::vector<uint64_t>& df, uint64_t articles);

// The keys to look candidates up by (stable across runs; signed for SQL).
std::vector<int64_t> LookupKeys(const Profile& profile, const StoryOptions& options = {});

// What the store keeps of a story between articles.
struct StoryState {
  Profile profile;                      // summed weights
  std::map<std::string, uint32_t> df;   // feature -> number of member articles having it
  uint64_t articles = 0;                // members and duplicates
  uint64_t members = 0;                 // articles that brought their profile (not duplicates)
  std::string label;
  double label_score = -1;  // similarity of the label's article to the story when it joined
  std::string first, last;  // ISO times
};

// The story's core (see above), to compare articles with.
Profile CoreProfile(const StoryState& story);

// Adds the article (with its profile and time) to the story. A duplicate
// adds to the count and span only.
void JoinStory(StoryState* story, const Article& article, const Profile& profile, const std::string& time,
               bool duplicate, const StoryOptions& options = {});

// The heaviest names of a kind ("e:" actors, "l:" places), as written in
// the article entities (canonical case), at most n.
std::vector<std::string> TopNames(const StoryState& story, std::string_view kind, size_t n = 3);

// Serialised state for the store (one "weight\tfeature" line per feature
// after a header line); Decode of a malformed value gives an empty state.
std::string EncodeStory(const StoryState& story);
StoryState DecodeStory(std::string_view text);

// The time of the article for stories: its publication date-time, else
// `now` (ISO 8601).
std::string StoryTime(const Article& article, const std::string& now);

// The ISO date `days` days before (negative: after) the date that starts iso.
std::string ShiftDate(std::string_view iso, int days);

}  // namespace dateline::corpus
