// Pieces every store backend shares: the near-duplicate fingerprint of an
// article, the JSON a stored article is returned as, and filter bounds.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/corpus.h"
#include "dateline/store.h"

namespace dateline::store {

struct Fingerprint {
  ShingleSet shingles;
  MinHashSignature minhash{};
  LshKeys keys{};
  int64_t content_hash = 0;
  bool comparable = false;  // long enough to be compared with other articles
};
Fingerprint FingerprintOf(std::string_view text, const DuplicateOptions& options = {});

// The article JSON with "duplicate_of" and "story" appended.
std::string WithStoreFields(std::string_view article_json, const std::optional<std::string>& duplicate_of,
                            const std::optional<std::string>& story);

// Inclusive upper bound for ISO dates compared as strings: "2025-02-27"
// becomes "2025-02-27~", which sorts after every time on that day.
std::string InclusiveUpperBound(const std::string& to);

// Counts search facets from the matches' source, language and day, each
// match read once (SQLite: row by row; PostgreSQL: its grouped counts).
class FacetCounter {
 public:
  // day empty: undated (counted in total, sources and languages only).
  void Add(std::string_view source, std::string_view language, std::string_view day, uint64_t articles = 1);
  SearchFacets Done() const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Counts = std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>>;
  static void Count(Counts& counts, std::string_view key, uint64_t n);
  Counts sources_, languages_, days_;
  uint64_t total_ = 0;
};

// A parsed user query: OR of groups (each an AND of terms), minus none.
struct QueryTerm {
  std::string text;     // a word or a phrase of several words, without quotes
  bool prefix = false;  // word*
};
struct ParsedQuery {
  std::vector<std::vector<QueryTerm>> any;
  std::vector<QueryTerm> none;
};
ParsedQuery ParseQuery(std::string_view query);

// A JSON array of strings and back (stories' actors and places); a
// malformed value reads as empty.
std::string JsonArray(const std::vector<std::string>& values);
std::vector<std::string> JsonStrings(const std::string& json);

// "postgresql://..." or "postgres://...".
bool IsPostgresTarget(std::string_view target);

}  // namespace dateline::store
