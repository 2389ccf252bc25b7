// Tree helpers for the HTML reader. Attribute values are read straight from
// the attribute's single text child, which is how libxml2's HTML parser
// stores them (entities already decoded), so reading one allocates nothing.
#include "extract/html_dom.h"

#include "util/strings.h"
#include "util/utf8.h"

namespace dateline::extract::html {

std::string_view Attr(const xmlNode* n, std::string_view name) {
  if (!IsElement(n)) return {};
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (Name(reinterpret_cast<const xmlNode*>(a)) != name) continue;
    const xmlNode* v = a->children;
    return v && v->content ? std::string_view(reinterpret_cast<const char*>(v->content)) : std::string_view();
  }
  return {};
}

bool HasAttr(const xmlNode* n, std::string_view name) {
  if (!IsElement(n)) return false;
  for (const xmlAttr* a = n->properties; a; a = a->next)
    if (Name(reinterpret_cast<const xmlNode*>(a)) == name) return true;
  return false;
}

std::string TextOf(const xmlNode* root, size_t max_bytes) {
  std::string raw;
  if (!root) return raw;
  if (IsText(root)) {
    raw.assign(Content(root));
  } else {
    xmlNode* r = const_cast<xmlNode*>(root);
    for (xmlNode* n = r->children ? r->children : nullptr; n && raw.size() < max_bytes;) {
      std::string_view name = Name(n);
      bool skip = IsElement(n) && (name == "script" || name == "style" || name == "noscript" || name == "template");
      if (IsText(n)) raw.append(Content(n).substr(0, max_bytes + 64 - raw.size()));
      else if (IsElement(n) && (name == "br" || name == "p" || name == "div" || name == "li")) raw.push_back(' ');
      n = NextNode(n, r, !skip);
    }
  }
  std::string out = util::CollapseSpace(raw);
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && ((unsigned char)out[cut] & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  out.resize(util::ValidUtf8Prefix(out));  // a cut text node may end mid-character
  return out;
}

bool InsideTag(const xmlNode* n, std::string_view tag) {
  for (; n; n = n->parent)
    if (IsElement(n) && Name(n) == tag) return true;
  return false;
}

xmlNode* FindFirst(xmlNode* root, std::string_view tag) {
  for (xmlNode* n = root; n; n = NextNode(n, root))
    if (IsElement(n) && Name(n) == tag) return n;
  return nullptr;
}

bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && util::IsSpace(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !util::IsSpace(list[i])) ++i;
    if (i > start && util::IEquals(list.substr(start, i - start), token)) return true;
  }
  return false;
}

}  // namespace dateline::extract::html
