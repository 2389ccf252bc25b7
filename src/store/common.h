// Pieces every store backend shares: the near-duplicate fingerprint of an
// article, the JSON a stored article is returned as, and filter bounds.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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

// Search facets from article counts grouped by source, language and day,
// one query's rows: each match is read once, not once per facet. day
// nullopt: undated (counted in total, sources and languages only).
struct FacetGroup {
  std::string source, language;
  std::optional<std::string> day;
  uint64_t articles = 0;
};
SearchFacets FacetsOfGroups(const std::vector<FacetGroup>& groups);

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
