// Page metadata from markup: title, authors, publication date, site name,
// canonical URL and a language hint, read from <meta> tags (Open Graph,
// Twitter, Dublin Core, article:*), JSON-LD (schema.org NewsArticle and kin,
// including @graph with @id references), microdata (itemprop), <time>,
// rel=author links, byline elements, date-like visible elements and <title>. One walk over the tree.
// Pure function of the document; thread-safe.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <vector>

#include "dateline/article.h"
#include "extract/html_date.h"

namespace dateline::extract::html {

struct PageMeta {
  std::optional<std::string> title;      // site-name suffix removed
  std::optional<std::string> site_name;  // "Worthy News"
  std::optional<std::string> canonical;  // absolute http(s) URL
  DateCandidates dates;                  // raw; ChooseDates picks (html_date.h)
  std::optional<std::string> language;   // 2-letter hint from lang attributes
  std::vector<Author> authors;
  // JSON-LD articleBody as given (plain text, or markup some CMSs leave in);
  // the main-text reader falls back to it when the page's own text is thin.
  std::optional<std::string> article_body;
};

PageMeta ReadPageMeta(xmlDoc* doc);

// "By Jane Doe and John Roe, Chief Correspondent" -> names (with roles where
// a role follows a name). Drops URLs, e-mail addresses, organisations and
// things too long or too short to be a person's name. Exposed for tests.
std::vector<Author> ParseAuthorNames(std::string_view text);

// Title with a " | Site" / "Site - " part removed when that part is the site
// name (or the canonical URL's domain). Exposed for tests.
std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view domain);

}  // namespace dateline::extract::html
