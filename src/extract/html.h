// HTML pages -> Article: parsed with libxml2's HTML parser (tolerant of
// broken markup), metadata read from <title>, <meta>, JSON-LD and <time>,
// main text found by scoring blocks by text density and link density (or
// taken from JSON-LD articleBody when the page's own text is thin).
#pragma once

#include <string_view>

#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/extract.h"
#include "dateline/result.h"

namespace dateline::extract {

// html is valid UTF-8 (charset already converted); doc supplies the URL and
// fetch time (no date after it is taken). Fills article->title, authors,
// published, modified, dateline, source.name, url (canonical, when
// article->url is unset), text, boilerplate and language hints. Returns an
// Error only when no usable document could be parsed at all.
Result<bool> ParseHtml(std::string_view html, const RawDocument& doc, const ExtractOptions& options,
                       Article* article);

}  // namespace dateline::extract
