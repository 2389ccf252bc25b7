// Month names in the languages of data/month_names.tsv (English, German,
// French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, ...), and
// the day-first dates written with them in visible text:
//   "27. Februar 2025", "27 février 2025", "1er mars 2025",
//   "27 de febrero de 2025", "27 lutego 2025", "27 februari 2025".
// The table is loaded once per process; the functions are thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "extract/dates.h"

namespace dateline::extract {

// 1..12 for a month name or abbreviation in any listed language, any case,
// with or without a trailing "."; else 0.
int MonthFromAnyLanguage(std::string_view word);

// A day-first date with a month name starting exactly at s[0]:
// day ["." | "er" | "º" | "st"...] ["de" | "of"] month ["."] ["de" | ","] year.
// The year is required (a visible date without one is not a publication
// date we can trust). The time, if any, is not read.
std::optional<DateMatch> ParseLocalDateAt(std::string_view s);

}  // namespace dateline::extract
