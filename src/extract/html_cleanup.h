// Cleanup of an HTML page's main text once it has been selected, with the
// plain-text reader's modules: a byline paragraph at the top ("By Priya
// Raman", "By JANE DOE and JOHN ROE | Reuters"), date lines, a repeated
// title and stray furniture ("Advertisement", "Read more", "Share this")
// leave the text; a wire dateline opening the first paragraph ("OTTAWA — ",
// "WASHINGTON (Reuters) -") is cut off and kept; copyright, syndication,
// wire-credit and teaser paragraphs at the end go to boilerplate.
// Pure function; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article.h"
#include "extract/wire_dateline.h"

namespace dateline::extract::html {

struct BodyCleanup {
  std::vector<Author> byline_authors;   // from a byline paragraph at the top
  std::vector<Author> credit_authors;   // from "Reporting by ..." credits at the end
  std::optional<WireDateline> dateline;
  std::vector<std::string> date_texts;      // header texts that carried a date (visible date candidates)
  std::vector<std::string> modified_texts;  // the same, labelled as an update ("Updated ...", "Mis à jour ...")
  Boilerplate boilerplate;
};

// paragraphs: the main text's paragraphs in order, cleaned in place.
// outlets: outlet names the page states (site name), so that a byline
// ending in one ("Jane Doe | The Northern Ledger") is read as name + outlet.
// authors: names the page's metadata gives; a short line at the top that
// starts with one ("Diego Fuentes, Santiago") or with an outlet ("BBC News,
// Cornwall") is a credit line, not text.
BodyCleanup CleanBody(std::vector<std::string>* paragraphs, std::string_view title,
                      const std::vector<std::string>& outlets, const std::vector<std::string>& authors = {});

// Splits text at "\n\n" / joins paragraphs with "\n\n".
std::vector<std::string> SplitParagraphs(std::string_view text);
std::string JoinParagraphs(const std::vector<std::string>& paragraphs);

}  // namespace dateline::extract::html
