// Fuzz target for the JSON Lines reader, with the gzip layer under it: the
// bytes are read from memory as JSON Lines (gzip undone when they
// start with its magic number), once with the default limits and once with
// a small document limit so the skip paths run too. Every line is drained.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "drain_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DrainSource(bytes, dateline::InputFormat::kJsonl, 64ull << 20);
  DrainSource(bytes, dateline::InputFormat::kAuto, 100);
  return 0;
}
