// Fuzz target for the WARC reader, with the gzip and HTTP layers under it:
// the bytes are read from memory as a WARC input (gzip undone when they
// start with its magic number), once with the default limits and once with
// a small document limit so the skip paths run too. Every record is drained.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "drain_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  DrainSource(bytes, dateline::InputFormat::kWarc, 64ull << 20);
  DrainSource(bytes, dateline::InputFormat::kAuto, 100);
  return 0;
}
