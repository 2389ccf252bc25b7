// Calendar dates as news copy writes them: "Feb 27, 2025", "Feb. 27",
// "Sept. 3, 2025 10:00 AM EST", "Thursday, 27 February 2025 10.00 GMT",
// "2025-02-27T10:00:00Z", "27.02.2025". Reusable by every stage that reads
// dates from text. A year is never guessed: a date written without one comes
// back with year 0, and ambiguous numeric forms ("03/04/2025") are rejected.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::extract {

struct DateParts {
  int year = 0;  // 0: not stated
  int month = 0;
  int day = 0;
  int hour = -1;  // -1: no time stated
  int minute = 0;
  int second = 0;
  std::string zone;  // "" (local/unknown), "Z", "+03:00"
};

struct DateMatch {
  DateParts date;
  size_t end = 0;  // bytes of the input consumed by the date (and its time)
};

// 1..12 for "Jan", "Jan.", "January", "Sept.", "sept" (any case); else 0.
int MonthFromName(std::string_view word);

// Parses a date starting exactly at s[0] (an optional weekday first).
std::optional<DateMatch> ParseDateAt(std::string_view s);

// Reads a header line that is only a date, optionally labelled: "Published:
// Feb 27, 2025 10:00 AM", "Updated 2025-02-27", "February 27, 2025",
// "Posted on Thursday, 27 February 2025". *updated is set when the label says
// the date is an update. Returns nullopt for ordinary prose.
std::optional<DateParts> ParseDateLine(std::string_view line, bool* updated = nullptr);

// ISO 8601: "2025-02-27", or "2025-02-27T10:00:00" + zone when a time is
// known. nullopt when the year, month or day is missing or out of range.
std::optional<std::string> ToIso8601(const DateParts& d);

}  // namespace dateline::extract
