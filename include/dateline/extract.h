// Extract: RawDocument bytes -> Article. Decides whether the bytes are HTML,
// a raw plain-text article or clean body text; converts them to valid UTF-8;
// finds the title, authors, dateline, date, source and the body; moves
// copyright/syndication footers and teaser lists into boilerplate; identifies
// the language.
//
// Pure function of the document and the options: thread-safe, no shared
// mutable state.
#pragma once

#include <cstddef>

#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/result.h"

namespace dateline {

struct ExtractOptions {
  // HTML nested deeper than this is cut at this depth (content below it is
  // dropped, the rest of the page kept). Default 512.
  int max_html_depth = 512;
  // Documents with fewer bytes of text than this after extraction are still
  // returned; an empty text is an error ("no article text found").
  size_t min_text_bytes = 1;
};

Result<Article> ExtractArticle(const RawDocument& doc, const ExtractOptions& options = {});

}  // namespace dateline
