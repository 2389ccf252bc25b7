// Recognising what an input holds from its first bytes (after gzip is
// undone): a WARC file, JSON Lines, one document, or something to refuse.
// Pure functions; thread-safe.
#pragma once

#include <string_view>

#include "dateline/sources.h"

namespace dateline::sources {

// How many leading bytes SniffContainer looks at.
inline constexpr size_t kSniffBytes = 4096;

enum class Container { kEmpty, kBinary, kWarc, kJsonl, kDocument };

// head: the first kSniffBytes (fewer if the input is shorter).
// forced: the user's --input-format; kAuto decides from the bytes.
Container SniffContainer(std::string_view head, InputFormat forced);

}  // namespace dateline::sources
