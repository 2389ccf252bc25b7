// Dates as pages write them in metadata -> ISO 8601. Accepts ISO 8601
// ("2025-02-27", "2025-02-27T10:00:00+00:00", "2025-02-27 10:00"), RFC 822
// ("Thu, 27 Feb 2025 10:00:00 GMT") and English month-name dates
// ("February 27, 2025", "27 Feb. 2025"). Output is "YYYY-MM-DD" when only the
// date is known, else "YYYY-MM-DDTHH:MM:SS" followed by "Z" or the offset as
// given ("+01:00"), or by nothing when the page gives no zone. Fractions of
// a second are dropped. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::extract::html {

std::optional<std::string> NormaliseMetaDate(std::string_view text);

// The first full date in a short visible text, in English or another
// language of data/month_names.tsv: "Published 27. Februar 2025, 10:30 Uhr",
// "Mis à jour le 1er mars 2025", "27 de febrero de 2025", "27.02.2025",
// "Feb 27, 2025". Date only ("YYYY-MM-DD") unless the text gives a time with
// a zone. Looks at the first 300 bytes.
std::optional<std::string> FindTextDate(std::string_view text);

// A date in a URL's path: /2025/02/27/, /20250227/, -2025-02-27, _20250227.
// Month-only paths (/2025/02/) give nothing.
std::optional<std::string> DateFromUrl(std::string_view url);

// Whether the ISO 8601 date `iso` is after the ISO 8601 time `fetch_time`.
// A value without a zone (or without a time) may be up to 14 hours ahead of
// UTC; false when either does not parse.
bool IsAfterFetch(std::string_view iso, std::string_view fetch_time);

// Raw date candidates of a page, each list in order of trust.
struct DateCandidates {
  std::vector<std::string> published;         // structured metadata: JSON-LD, meta tags, <time datetime>
  std::vector<std::string> modified;          // dateModified, article:modified_time, ...
  std::vector<std::string> urls;              // the page's URL, canonical, og:url
  std::vector<std::string> visible;           // short visible texts: <time>, date/byline elements
  std::vector<std::string> visible_modified;  // visible texts labelled "Updated ..."
};

struct ChosenDates {
  std::optional<std::string> published, modified;
};

// The publication date, in this order (as htmldate does): structured
// metadata, then a date in the URL, then visible text; the modified date
// from modified metadata, then "Updated" texts. A candidate after
// `fetch_time` is discarded and the next one tried. When the page gives only
// a modified date, published falls back to it; a modified date before the
// published one is dropped.
ChosenDates ChooseDates(const DateCandidates& c, const std::optional<std::string>& fetch_time);

}  // namespace dateline::extract::html
