// Fuzz target for the WARC reader, with the gzip and HTTP layers under it:
// the bytes are read from memory as a WARC input (gzip undone when they
// start with its magic number), once with the default limits and once with
// a small document limit so the skip paths run too. Every record is drained.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "sources/byte_reader.h"
#include "sources/input.h"

namespace {

void Drain(std::string_view bytes, dateline::InputFormat format, uint64_t max_document_bytes) {
  dateline::SourceOptions options;
  options.format = format;
  options.max_document_bytes = max_document_bytes;
  auto reader = dateline::sources::OpenReader(std::make_unique<dateline::sources::MemoryStream>(bytes), "fuzz",
                                              options);
  dateline::Result<dateline::RawDocument> item = dateline::Error{};
  while (reader->Next(&item)) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Drain(bytes, dateline::InputFormat::kWarc, 64ull << 20);
  Drain(bytes, dateline::InputFormat::kAuto, 100);
  return 0;
}
