// Story assignment inside Store::Put (corpus/stories.h has the rule): the
// backends provide these reads and writes within the Put transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "corpus/stories.h"
#include "dateline/article.h"
#include "dateline/result.h"

namespace dateline::store {

struct StoryRow {
  std::string id;
  std::string state;  // corpus::EncodeStory
};

class StoryBackend {
 public:
  virtual ~StoryBackend() = default;
  // The story of a stored article, if it has one.
  virtual Result<std::optional<std::string>> StoryOfArticle(const std::string& article_id) = 0;
  virtual Result<std::optional<StoryRow>> LoadStory(const std::string& story_id) = 0;
  // The document frequency of each feature key and the number of articles
  // counted, both before this one; then counts this article's features.
  virtual Result<std::pair<std::vector<uint64_t>, uint64_t>> CountFeatures(const std::vector<int64_t>& keys) = 0;
  // Stories with a lookup key among keys added on a day in [from, to]
  // (ISO dates), most shared keys first, at most limit.
  virtual Result<std::vector<StoryRow>> Candidates(const std::vector<int64_t>& keys, const std::string& from,
                                                   const std::string& to, size_t limit) = 0;
  // Inserts or updates the story; adds keys for `day`; sets the article's story.
  virtual Result<bool> SaveStory(const std::string& story_id, const corpus::StoryState& state,
                                 const std::vector<int64_t>& keys, const std::string& day,
                                 const std::string& article_id) = 0;
};

// Puts a just-stored article into a story: its first copy's when it is a
// duplicate, else the most similar story in the window, else a new one
// (whose id is the article's id). now: ISO time used for undated articles.
Result<bool> AssignStory(StoryBackend& backend, const Article& article, const std::optional<std::string>& duplicate_of,
                         const std::string& now, const corpus::StoryOptions& options = {});

// The current UTC time, ISO 8601 ("2026-03-02T18:00:00Z").
std::string UtcNow();

}  // namespace dateline::store
