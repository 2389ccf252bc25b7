// Stable 64-bit hashing for ids: the same input gives the same value on every
// machine and every run (not for security).
//   Fnv1a64: byte at a time; for short keys (words).
//   Hash64:  8 bytes at a time in four independent lanes (the structure of
//            xxHash64, not bit-compatible with it), about 10x faster than
//            Fnv1a64 on pages; words are read little-endian on every host.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::util {

inline uint64_t Fnv1a64(std::string_view s, uint64_t h = 0xcbf29ce484222325ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

uint64_t Hash64(std::string_view s, uint64_t seed = 0);

std::string Hex64(uint64_t v);  // 16 lowercase hex digits

}  // namespace dateline::util
