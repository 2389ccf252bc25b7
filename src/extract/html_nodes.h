// The main-text reader's per-element index and paragraphs, shared by its
// walks (html_text.cc) and its choice of container (html_container.cc).
// Internal to the extract stage. NodeInfo i describes the element whose
// _private field holds i + 1 while the reader runs.
#pragma once

#include <libxml/tree.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace dateline::extract::html {

enum class Kind : uint8_t { kOther, kPara, kHeading, kH1, kListItem, kQuote, kPre, kCell, kRow };

struct NodeInfo {
  xmlNode* node = nullptr;
  int32_t parent = -1;
  uint16_t flags = 0;
  bool boilerplate = false;
  bool content_name = false;
  bool body_name = false;
  bool hidden = false;
  bool articleish = false;   // article, main, itemprop=articleBody
  bool has_article = false;  // is or contains an articleish element
  bool has_h1 = false;
  bool data_row = false;     // a <tr> read as one line (IsDataRow)
  // Walk 2 results, reset between runs.
  bool pruned = false;
  bool scored = false;
  bool included = false;
  bool excluded = false;    // after-matter inside the container (ExcludeAfterBody)
  int8_t in_container = 0;  // memo: 0 unknown, 1 yes, -1 no
  uint32_t text_bytes = 0;  // non-space bytes of kept text under it
  uint32_t link_bytes = 0;  // of which inside links
  uint32_t good_bytes = 0;  // bytes of scoring paragraphs under it
  float score = 0;
};

struct Paragraph {
  std::string text;
  uint32_t text_bytes = 0;
  uint32_t link_bytes = 0;
  int32_t owner = -1;
  Kind kind = Kind::kOther;
};

inline int32_t IndexOf(const xmlNode* n) {
  return n && n->type == XML_ELEMENT_NODE ? int32_t(reinterpret_cast<uintptr_t>(n->_private)) - 1 : -1;
}

inline float LinkDensity(uint32_t link_bytes, uint32_t text_bytes) {
  return text_bytes ? std::min(1.0f, float(link_bytes) / float(text_bytes)) : 0.0f;
}

}  // namespace dateline::extract::html
