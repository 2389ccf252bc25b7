// Corpus: cross-document work. Today: near-duplicate and syndication
// detection. A wire story republished with another headline, a trimmed
// paragraph or different boilerplate has almost the same body text; we find
// such copies with MinHash over word 3-shingles, LSH bands to find
// candidates through an index, and an exact comparison of the shingle sets
// to confirm them.
//
// All functions are pure and thread-safe. Signatures are stable across runs
// and machines (fixed seeds, FNV-1a), so they can be stored and compared
// later; changing kMinHashSize, kLshBands or the seeds needs a store
// migration that recomputes them.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline {

inline constexpr int kShingleWords = 3;
inline constexpr int kLshBands = 16;
inline constexpr int kLshRows = 4;
inline constexpr int kMinHashSize = kLshBands * kLshRows;  // 64

// Sorted, unique 64-bit hashes of the word 3-shingles of a text, after
// normalisation: ASCII letters lower-cased, punctuation (ASCII and the
// Unicode General Punctuation block) and whitespace are word breaks. A text
// of fewer than 3 words has one shingle of all its words (none if empty).
using ShingleSet = std::vector<uint64_t>;
ShingleSet Shingles(std::string_view text);

// A stable hash of the normalised words of the text: equal for texts that
// differ only in case, punctuation and spacing.
uint64_t ContentHash(std::string_view text);

using MinHashSignature = std::array<uint32_t, kMinHashSize>;
MinHashSignature ComputeMinHash(const ShingleSet& shingles);

// Estimated Jaccard similarity: the share of equal MinHash positions.
double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b);

// One key per LSH band: a hash of the band's rows and its index, so keys of
// different bands never collide by construction of the index. Two texts with
// Jaccard similarity J share at least one key with probability
// 1 - (1 - J^4)^16: 0.9998 at J = 0.8, 0.64 at 0.5, 0.12 at 0.3.
// Signed so they fit an SQL INTEGER.
using LshKeys = std::array<int64_t, kLshBands>;
LshKeys LshBandKeys(const MinHashSignature& signature);

double Jaccard(const ShingleSet& a, const ShingleSet& b);
// |a ∩ b| / min(|a|, |b|): 1 when the shorter text is wholly in the longer.
double Containment(const ShingleSet& a, const ShingleSet& b);

struct DuplicateOptions {
  double min_jaccard = 0.8;       // same story with small edits
  double min_containment = 0.9;   // a trimmed copy: most of it is in the other
  size_t min_shingles = 12;       // shorter texts (a headline, a teaser) never match
};

// The exact check on LSH candidates: true when a and b are copies of the
// same text by the thresholds above.
bool IsNearDuplicate(const ShingleSet& a, const ShingleSet& b, const DuplicateOptions& options = {});

}  // namespace dateline
