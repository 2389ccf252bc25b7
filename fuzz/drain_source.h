// Shared by the source fuzz targets: reads `bytes` from memory as one input
// of `format` and drains every document or error from it.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "sources/byte_reader.h"
#include "sources/input.h"

inline void DrainSource(std::string_view bytes, dateline::InputFormat format, uint64_t max_document_bytes) {
  dateline::SourceOptions options;
  options.format = format;
  options.max_document_bytes = max_document_bytes;
  auto reader = dateline::sources::OpenReader(std::make_unique<dateline::sources::MemoryStream>(bytes), "fuzz",
                                              options);
  dateline::Result<dateline::RawDocument> item = dateline::Error{};
  while (reader->Next(&item)) {
  }
}
