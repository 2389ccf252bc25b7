// Near-duplicate detection by MinHash and LSH (Broder 1997; Leskovec,
// Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3).
//
// A text becomes the set of its word 3-shingles, each hashed to 64 bits.
// The MinHash signature keeps, for each of 64 seeded hash functions, the
// smallest hash over the set; two signatures agree at a position with
// probability equal to the Jaccard similarity of the sets. The signature is
// cut into 16 bands of 4 rows and each band hashed to one key; texts sharing
// a key are candidates, and only candidates are compared exactly. The store
// indexes the keys so a new article finds its candidates without a scan.
#include "dateline/corpus.h"

#include <algorithm>
#include <string>

#include "util/hash.h"

namespace dateline {
namespace {

uint64_t Mix64(uint64_t x) {  // splitmix64 finaliser: a cheap, well-spread permutation
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

bool IsAsciiWordByte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of a UTF-8 punctuation or space character at s[i] (NBSP, Latin-1
// punctuation, the General Punctuation block), or 0 when it is a letter.
size_t PunctuationLength(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char d = s[i + 1];
    return (d >= 0xA0 && d <= 0xBF) ? 2 : 0;
  }
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char d = s[i + 1];
    return (d == 0x80 || d == 0x81) ? 3 : 0;
  }
  return 0;
}

// Calls emit(word) for each normalised word of text.
template <class F>
void ForEachWord(std::string_view text, F&& emit) {
  std::string word;
  auto flush = [&] {
    if (!word.empty()) emit(std::string_view(word));
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    if (c >= 0x80) {
      if (size_t n = PunctuationLength(text, i)) { flush(); i += n; continue; }
      word.push_back(char(c));
    } else if (IsAsciiWordByte(c)) {
      word.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else {
      flush();
    }
    ++i;
  }
  flush();
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  ForEachWord(text, [&](std::string_view w) { words.push_back(util::Fnv1a64(w)); });
  return words;
}

size_t IntersectionSize(const ShingleSet& a, const ShingleSet& b) {
  size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

}  // namespace

ShingleSet Shingles(std::string_view text) {
  std::vector<uint64_t> words = WordHashes(text);
  ShingleSet out;
  if (words.empty()) return out;
  size_t n = words.size() < kShingleWords ? 1 : words.size() - kShingleWords + 1;
  size_t width = std::min<size_t>(kShingleWords, words.size());
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (size_t k = 0; k < width; ++k) h = Mix64(h ^ words[i + k]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

uint64_t ContentHash(std::string_view text) {
  uint64_t h = util::Fnv1a64("");
  ForEachWord(text, [&](std::string_view w) { h = util::Fnv1a64(" ", util::Fnv1a64(w, h)); });
  return h;
}

MinHashSignature ComputeMinHash(const ShingleSet& shingles) {
  MinHashSignature sig;
  sig.fill(UINT32_MAX);
  for (uint64_t s : shingles) {
    for (int i = 0; i < kMinHashSize; ++i) {
      uint32_t h = uint32_t(Mix64(s + 0x632be59bd9b4e019ull * uint64_t(i + 1)) >> 32);
      sig[i] = std::min(sig[i], h);
    }
  }
  return sig;
}

double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  int same = 0;
  for (int i = 0; i < kMinHashSize; ++i) same += a[i] == b[i];
  return double(same) / kMinHashSize;
}

LshKeys LshBandKeys(const MinHashSignature& signature) {
  LshKeys keys;
  for (int b = 0; b < kLshBands; ++b) {
    uint64_t h = Mix64(uint64_t(b) + 1);
    for (int r = 0; r < kLshRows; ++r) h = Mix64(h ^ signature[b * kLshRows + r]);
    keys[b] = int64_t(h);
  }
  return keys;
}

double Jaccard(const ShingleSet& a, const ShingleSet& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t common = IntersectionSize(a, b);
  return double(common) / double(a.size() + b.size() - common);
}

double Containment(const ShingleSet& a, const ShingleSet& b) {
  size_t smaller = std::min(a.size(), b.size());
  return smaller ? double(IntersectionSize(a, b)) / double(smaller) : 0.0;
}

bool IsNearDuplicate(const ShingleSet& a, const ShingleSet& b, const DuplicateOptions& options) {
  if (std::min(a.size(), b.size()) < options.min_shingles) return false;
  return Jaccard(a, b) >= options.min_jaccard || Containment(a, b) >= options.min_containment;
}

}  // namespace dateline
