// Stable 64-bit hashing for ids: the same input gives the same id on every
// machine and every run (FNV-1a; not for security).
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

std::string Hex64(uint64_t v);  // 16 lowercase hex digits

}  // namespace dateline::util
