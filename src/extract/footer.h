// Boilerplate in plain-text articles: copyright and syndication notices,
// teaser lists ("More Worthy News", "Related:"), wire credits and page junk
// ("Advertisement", "Share this article"). Phrases come from
// data/plaintext_boilerplate.tsv, loaded once per process.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article.h"

namespace dateline::extract {

// A line that is only page furniture: "Advertisement", "Follow us on X".
bool IsJunkLine(std::string_view line);

// A line that heads a teaser list: "Related Stories", "Read more:",
// "More Worthy News", "More from Reuters".
bool IsRelatedHeading(std::string_view line);

// A single-line teaser in the body: "Related: Trump signs order" or
// "READ MORE: https://...". nullopt otherwise.
std::optional<RelatedItem> InlineRelated(std::string_view line);

// One teaser from a line under a heading: bullet removed, a URL in the line
// becomes the item's url.
RelatedItem MakeTeaser(std::string_view line);

// A wire credit line ("(Reporting by ...; Editing by ...)", "... contributed
// to this report.").
bool IsCreditLine(std::string_view line);

struct Notices {
  std::vector<std::string> copyright;    // sentences, in order
  std::vector<std::string> syndication;  // sentences, in order
  std::string rest;                      // sentences that are neither
  bool strong = false;                   // an unmistakable notice ("Copyright ...", "©")
};

// Splits a line into sentences and sorts them into copyright, syndication
// and the rest: "Copyright 1999-2026 Worthy News. This article was
// originally published on Worthy News and was reproduced with permission."
Notices SplitNotices(std::string_view line);

// The holder named in a copyright sentence: "Copyright 1999-2026 Worthy
// News." -> "Worthy News", "(c) Copyright Thomson Reuters 2025" -> "Thomson
// Reuters". *year is set when exactly one year is given.
std::optional<std::string> CopyrightHolder(std::string_view sentence, int* year = nullptr);

// Splits text into sentences at ". ", "! ", "? " before a capital, digit or
// symbol, keeping "U.S.", "Inc." and initials together.
std::vector<std::string> SplitSentences(std::string_view text);

}  // namespace dateline::extract
