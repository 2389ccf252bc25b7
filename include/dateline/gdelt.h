// GDELT 2.0 event table export: one line per coded event, 61 tab-separated
// columns in the GDELT 2.0 Event codebook's order, no header, loadable by
// existing GDELT readers. Dateline fills what it knows (dates, actor codes
// and names split into country / known group / type codes, event, base and
// root codes, quad class, Goldstein, tone, action geography with FIPS 10-4
// country codes and coordinates, DATEADDED, source URL); the rest is empty.
// GLOBALEVENTID is a stable hash of the article id and the event's index.
// Thread-safe.
#pragma once

#include <string>

#include "dateline/article.h"

namespace dateline {

inline constexpr int kGdeltEventColumns = 61;

// The article's events as GDELT 2.0 event rows, each ending in "\n"; empty
// when it has none. `now_utc` ("YYYYMMDDHHMMSS") is DATEADDED when the
// article has no publication time.
std::string ArticleToGdelt(const Article& article, const std::string& now_utc);

// ISO 3166-1 alpha-3 -> FIPS 10-4 ("DEU" -> "GM"); empty when unknown.
std::string IsoToFips(const std::string& iso3);

}  // namespace dateline
