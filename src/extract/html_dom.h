// Small read-only helpers over a libxml2 HTML tree, shared by the metadata
// and main-text readers. libxml2's HTML parser lowercases element and
// attribute names, so names compare as plain strings. Every walk here is
// iterative (parent/next pointers), never recursive over DOM depth.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dateline::extract::html {

inline bool IsElement(const xmlNode* n) { return n && n->type == XML_ELEMENT_NODE; }
inline bool IsText(const xmlNode* n) {
  return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}

inline std::string_view Name(const xmlNode* n) {
  return n && n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

inline std::string_view Content(const xmlNode* n) {
  return n && n->content ? std::string_view(reinterpret_cast<const char*>(n->content)) : std::string_view();
}

// The value of attribute `name` (lowercase) on element n; empty if absent.
// A view into the tree: valid while the document lives.
std::string_view Attr(const xmlNode* n, std::string_view name);
bool HasAttr(const xmlNode* n, std::string_view name);
// The value of attribute a (see Attr).
inline std::string_view AttrValue(const xmlAttr* a) {
  const xmlNode* v = a->children;
  return v && v->content ? std::string_view(reinterpret_cast<const char*>(v->content)) : std::string_view();
}

// The next node in document order after n, staying inside root. With
// descend=false, n's children are skipped. nullptr when the walk is done.
inline xmlNode* NextNode(xmlNode* n, const xmlNode* root, bool descend = true) {
  if (descend && n->children && n->type == XML_ELEMENT_NODE) return n->children;
  if (descend && n->children && n->type == XML_DOCUMENT_NODE) return n->children;
  if (descend && n->children && n->type == XML_HTML_DOCUMENT_NODE) return n->children;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}

// Visits root and everything under it in document order, iteratively:
// enter(node) is called on every node and returns whether to visit its
// children; leave(node) is called on every element after its children.
template <class Enter, class Leave>
void Walk(xmlNode* root, Enter&& enter, Leave&& leave) {
  xmlNode* n = root;
  for (;;) {
    if (enter(n) && n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    for (;;) {
      if (n->type == XML_ELEMENT_NODE) leave(n);
      if (n == root) return;
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

// All text under n, whitespace collapsed, script/style skipped. Bounded by
// max_bytes (the rest is cut, at a UTF-8 boundary).
std::string TextOf(const xmlNode* n, size_t max_bytes = 64 * 1024);

// True if n or an ancestor is `tag`.
bool InsideTag(const xmlNode* n, std::string_view tag);

// The first element called `tag` under root (document order), or nullptr.
xmlNode* FindFirst(xmlNode* root, std::string_view tag);

// "Space-separated token list contains token" (class, rel), ASCII-case-insensitive.
bool HasToken(std::string_view list, std::string_view token);

}  // namespace dateline::extract::html
