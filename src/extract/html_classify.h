// What an HTML element is for the main-text reader: its tag's role (block,
// always dropped, page chrome, article marker, heading...), whether its
// class/id/role name it as boilerplate (share bars, comments, related lists,
// ads, cookie banners...) and whether it is hidden. Plain table lookups and
// substring checks on a lowercased attribute: no regular expressions.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <string_view>

namespace dateline::extract::html {

enum TagFlag : uint16_t {
  kBlock = 1 << 0,    // starts and ends a paragraph
  kDrop = 1 << 1,     // never text: script, style, form controls, media, svg, figure
  kChrome = 1 << 2,   // page chrome: nav, header, footer, aside, form, menu
  kMarker = 1 << 3,   // the article itself: article, main
  kHeading = 1 << 4,  // h2-h6
  kH1 = 1 << 5,
  kPara = 1 << 6,     // p
  kListItem = 1 << 7, // li, dd, dt
  kQuote = 1 << 8,    // blockquote
  kPre = 1 << 9,
  kCell = 1 << 10,    // td, th
  kLink = 1 << 11,    // a
  kBreak = 1 << 12,   // br
  kTableRow = 1 << 13,  // tr
};

uint16_t TagFlags(std::string_view name);

// class/id value names boilerplate ("share-bar", "related-links", "ad-slot").
// State modifiers such as "has-sidebar" do not count.
bool IsBoilerplateName(std::string_view class_or_id);

// Both readings of one class/id value, in one pass over its tokens.
struct NameClass {
  bool boilerplate = false;  // IsBoilerplateName
  bool content = false;      // IsContentName
  bool body = false;         // names the story's body itself: "article-body", "entry-content", "texte"
};
NameClass ClassifyName(std::string_view class_or_id);
// role="navigation" and kin.
bool IsChromeRole(std::string_view role);
// hidden attribute, aria-hidden="true", style display:none / visibility:hidden.
bool IsHidden(const xmlNode* n);
// The same from the attribute values already read.
bool IsHiddenBy(bool hidden_attr, std::string_view aria_hidden, std::string_view style);
// class/id says "this is the content" (article, body, content, story, entry...).
bool IsContentName(std::string_view class_or_id);

}  // namespace dateline::extract::html
