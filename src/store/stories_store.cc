// The store side of story clustering: find candidates through the key
// index, score them with the corpus rule, save the winner or a new story.
// Runs once per added article, inside Put's transaction, so stories are
// as atomic and idempotent as the articles.
#include "store/stories_store.h"

#include <ctime>

namespace dateline::store {
namespace {

constexpr size_t kMaxCandidates = 20;

Result<bool> JoinDuplicate(StoryBackend& b, const Article& a, const std::string& story_id, const std::string& time) {
  Result<std::optional<StoryRow>> row = b.LoadStory(story_id);
  if (!row.ok()) return row.error();
  if (!row.value()) return false;
  corpus::StoryState state = corpus::DecodeStory(row.value()->state);
  corpus::JoinStory(&state, a, {}, time, true);
  return b.SaveStory(story_id, state, {}, time.substr(0, 10), a.id);
}

}  // namespace

Result<bool> AssignStory(StoryBackend& b, const Article& a, const std::optional<std::string>& duplicate_of,
                         const std::string& now, const corpus::StoryOptions& options) {
  std::string time = corpus::StoryTime(a, now);
  std::string day = time.substr(0, 10);
  if (duplicate_of) {
    Result<std::optional<std::string>> story = b.StoryOfArticle(*duplicate_of);
    if (!story.ok()) return story.error();
    if (story.value()) {
      Result<bool> joined = JoinDuplicate(b, a, *story.value(), time);
      if (!joined.ok() || joined.value()) return joined;
    }
  }
  corpus::Profile profile = corpus::ArticleProfile(a, options);
  std::vector<int64_t> features = corpus::FeatureKeys(profile);
  Result<std::pair<std::vector<uint64_t>, uint64_t>> df = b.CountFeatures(features);
  if (!df.ok()) return df.error();
  corpus::ApplyIdf(&profile, df.value().first, df.value().second);
  std::vector<int64_t> keys = corpus::LookupKeys(profile, options);
  std::optional<StoryRow> best;
  corpus::StoryState best_state;
  double best_score = options.min_similarity;
  if (!keys.empty()) {
    Result<std::vector<StoryRow>> candidates = b.Candidates(keys, corpus::ShiftDate(day, options.window_days),
                                                            corpus::ShiftDate(day, -options.window_days), kMaxCandidates);
    if (!candidates.ok()) return candidates.error();
    for (StoryRow& c : candidates.value()) {
      corpus::StoryState state = corpus::DecodeStory(c.state);
      double score = corpus::Cosine(profile, corpus::CoreProfile(state));
      if (score >= best_score) best_score = score, best = std::move(c), best_state = std::move(state);
    }
  }
  std::string id = best ? best->id : a.id;
  corpus::JoinStory(&best_state, a, profile, time, false, options);
  return b.SaveStory(id, best_state, keys, day, a.id);
}

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

}  // namespace dateline::store
