// Bylines and wire credits: who wrote a story, in what role, for which outlet.
//   "By Stefan J. Bos, Chief International Correspondent Worthy News"
//   "By JOSH BOAK and ZEKE MILLER Associated Press", "By Jane Doe | Reuters"
//   "By Reuters Staff" (an organisation: no person), "Jane Doe, Reuters"
//   "(Reporting by Jane Doe in London; Editing by John Roe)"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article.h"
#include "extract/dates.h"

namespace dateline::extract {

struct Byline {
  std::vector<Author> authors;        // people only, names in normal case
  std::optional<std::string> outlet;  // "Worthy News", "The Associated Press"
  std::optional<DateParts> date;      // "By Jane Doe | Feb 27, 2025"
};

// Recognises one byline line. `doc_outlets` are outlet names seen elsewhere in
// the same article (dateline source, copyright holder): a trailing outlet
// name in the byline is split off as the outlet, not kept in the role.
// Lines without "By"/"Posted by"/"Written by" are accepted only as
// "Name, Outlet" or "Name | Outlet" with a known outlet.
std::optional<Byline> ParseByline(std::string_view line, const std::vector<std::string>& doc_outlets);

// True for a person's name: 2-6 capitalised words, initials ("J.D.") and
// particles ("de", "van") allowed, no organisation words ("News", "Staff").
bool IsPersonName(std::string_view s);

struct Credit {
  std::string role;  // "Reporting", "Writing", "Editing"
  std::vector<std::string> names;
};

// Reads a wire credit line: "(Reporting by Jane Doe in London and John Roe;
// Editing by Ann Poe)", "Associated Press writer Jane Doe in Kyiv contributed
// to this report." Empty when the line is not a credit.
std::vector<Credit> ParseCredits(std::string_view line);

}  // namespace dateline::extract
