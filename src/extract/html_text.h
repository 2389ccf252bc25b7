// Main text of an HTML page: the article's paragraphs, in document order,
// joined with "\n\n"; navigation, share bars, related lists, comments, ads
// and hidden elements left out. See html_text.cc for the method.
// Uses the nodes' _private field as scratch while it runs. Thread-safe for
// distinct documents.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dateline::extract::html {

// body: the <body> element (or any root). title: the page title, dropped when
// it is repeated as the first paragraph. Returns "" when the page has no text.
std::string ExtractMainText(xmlNode* body, std::string_view title);

}  // namespace dateline::extract::html
