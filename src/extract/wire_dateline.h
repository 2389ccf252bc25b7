// The wire dateline that opens a story's first paragraph:
//   "MOSCOW/ISTANBUL/BUDAPEST (Worthy News) – Russia's President ..."
//   "LONDON, Feb 27 (Reuters) - ...", "KYIV, Ukraine (AP) — ...",
//   "NEW YORK, March 3, 2025 /PRNewswire/ -- ...", "PARIS — ...",
//   "Tokyo (CNN) — ...", "(Reuters) - ..."
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article.h"
#include "extract/dates.h"

namespace dateline::extract {

struct WireDateline {
  std::vector<DatelinePlace> places;  // names in normal case; countries where known
  std::optional<std::string> source;  // canonical outlet: "(AP)" -> "The Associated Press"
  std::optional<DateParts> date;      // "Feb 27" (year 0 unless written)
  size_t body_start = 0;              // byte offset in the paragraph where the story text begins
};

// Recognises a dateline at the start of `paragraph`. Conservative: a place
// must be in capitals, or be followed by a parenthesised source, and the
// separator must come within the first ~100 bytes; ordinary sentences ("The
// U.S. said — in a statement —") are rejected.
std::optional<WireDateline> ParseWireDateline(std::string_view paragraph);

}  // namespace dateline::extract
