// Plain-text news articles as scrapers and wire feeds deliver them: an
// optional headline, a byline ("By Stefan J. Bos, Chief International
// Correspondent Worthy News"), a dateline opening the first paragraph
// ("MOSCOW/ISTANBUL/BUDAPEST (Worthy News) –", "LONDON, Feb 27 (Reuters) -",
// "KYIV, Ukraine (AP) —", "PARIS — "), the body, then copyright and
// syndication footers and teaser lists ("More Worthy News", "Related:").
#pragma once

#include <string_view>

#include "dateline/article.h"

namespace dateline::extract {

// Reads a raw plain-text article (valid UTF-8) and fills article->title,
// authors, dateline (names; country codes where the dateline names a country
// or a well-known city), published (when the text states the date), source.name,
// text (body only: dateline prefix removed, paragraphs joined by "\n\n") and
// boilerplate. Leaves fields it cannot find untouched.
void ParsePlainText(std::string_view text, Article* article);

}  // namespace dateline::extract
