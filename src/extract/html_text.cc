// Main-text extraction in the manner of Readability, in two linear walks.
//
// Walk 1 indexes every element (its tag's role, boilerplate class/id,
// hidden) and marks the ancestors of <article>/<main>/[itemprop=articleBody]
// and <h1>. Walk 2 prunes what is not article text (scripts, media, hidden
// elements, nav/header/footer/aside, boilerplate-named elements — except
// those that contain the article or its headline, so a wrapper called
// "has-sidebar" or an ASP.NET <form> around the page does not take the
// article with it) and cuts the remaining text into paragraphs at block
// boundaries and <br><br>; a table row of two or more short cells holding
// no lists or tables is data and makes one paragraph, its cells joined by
// spaces (rows do not score). Each paragraph of 25+ bytes that is not mostly
// link text nor a list of names scores its parent (1 + commas + length/100,
// at most 3 for length), its grandparent at half and the next at a sixth; a
// candidate's final score is discounted by its link density.
//
// The container (html_container.cc) is the best-scoring candidate plus its
// strong siblings, unless an <article>/articleBody holds at least half as
// much good text (or contains the winner): publishers' own markup beats our
// guess. Of nested
// markers the innermost that still holds most of the text wins
// (itemprop=articleBody inside <article>); <main>, the page's whole main
// column, does not win merely by containing the winner. A winner that wraps
// the headline's branch and other prose besides narrows to that branch, when
// the branch holds a fair share of the text. A winner's siblings after it
// join only if they too are named as body when it is; plain paragraphs
// above it join only as its lede.
//
// Inside the container, what follows a child named as the body
// ("article-body", "entry-content") that holds most of the text is
// after-matter (fact boxes, bios, tip lines, appeals) and left out, and so
// is what it holds above its headline (its first h1) when that is only short
// labels (a score board, a kicker). The container's paragraphs, headings,
// list items, quotes and data rows are kept in document order, minus
// link-dominated ones, an h1 repeating the title, headings that head nothing
// and the earlier copies of a paragraph printed twice (a live blog's pinned
// post). If that leaves nothing, walk 2 reruns without the class/id and
// chrome pruning, and failing that every paragraph of the page is kept.
#include "extract/html_text.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/html_classify.h"
#include "extract/html_container.h"
#include "extract/html_dom.h"
#include "extract/html_nodes.h"
#include "util/strings.h"

namespace dateline::extract::html {
namespace {

constexpr size_t kMinScoringBytes = 25;

Kind KindOf(uint16_t flags) {
  if (flags & kPara) return Kind::kPara;
  if (flags & kHeading) return Kind::kHeading;
  if (flags & kH1) return Kind::kH1;
  if (flags & kListItem) return Kind::kListItem;
  if (flags & kQuote) return Kind::kQuote;
  if (flags & kPre) return Kind::kPre;
  if (flags & kCell) return Kind::kCell;
  if (flags & kTableRow) return Kind::kRow;
  return Kind::kOther;
}

// Data-table rows are text but no evidence of prose: a long results table
// must not outscore the story around it.
bool Scores(Kind k) {
  return k != Kind::kHeading && k != Kind::kH1 && k != Kind::kListItem && k != Kind::kRow;
}

// ---- Walk 1 ----------------------------------------------------------------

// The attributes walk 1 reads, gathered in one pass over the element's list.
struct KeyAttrs {
  std::string_view cls, id, role, itemprop, aria_hidden, style;
  bool hidden = false;
};

KeyAttrs ReadKeyAttrs(const xmlNode* n) {
  KeyAttrs k;
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    std::string_view name = Name(reinterpret_cast<const xmlNode*>(a));
    if (name == "class") k.cls = AttrValue(a);
    else if (name == "id") k.id = AttrValue(a);
    else if (name == "role") k.role = AttrValue(a);
    else if (name == "itemprop") k.itemprop = AttrValue(a);
    else if (name == "aria-hidden") k.aria_hidden = AttrValue(a);
    else if (name == "style") k.style = AttrValue(a);
    else if (name == "hidden") k.hidden = true;
  }
  return k;
}

class Indexer {
 public:
  explicit Indexer(std::vector<NodeInfo>* infos) : infos_(infos) {}

  void Run(xmlNode* root) {
    Walk(root, [&](xmlNode* n) { return Enter(n); }, [](xmlNode*) {});
  }

 private:
  bool Enter(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return false;
    NodeInfo info;
    info.node = n;
    info.parent = IndexOf(n->parent);
    info.flags = TagFlags(Name(n));
    KeyAttrs k = ReadKeyAttrs(n);
    NameClass cls = ClassifyName(k.cls), id = ClassifyName(k.id);
    info.boilerplate = cls.boilerplate || id.boilerplate || IsChromeRole(k.role);
    info.content_name = cls.content || id.content;
    info.body_name = cls.body || id.body;
    info.hidden = IsHiddenBy(k.hidden, k.aria_hidden, k.style);
    info.articleish = (info.flags & kMarker) || HasToken(k.itemprop, "articleBody");
    int32_t index = int32_t(infos_->size());
    infos_->push_back(info);
    n->_private = reinterpret_cast<void*>(uintptr_t(index) + 1);
    if (info.articleish) MarkUp(index, &NodeInfo::has_article);
    if (info.flags & kH1) MarkUp(index, &NodeInfo::has_h1);
    return !(info.flags & kDrop);
  }

  // Sets the flag on index and its ancestors; stops where it is already set,
  // so the total work is linear in the number of elements.
  void MarkUp(int32_t index, bool NodeInfo::*flag) {
    for (int32_t i = index; i >= 0 && !((*infos_)[i].*flag); i = (*infos_)[i].parent) (*infos_)[i].*flag = true;
  }

  std::vector<NodeInfo>* infos_;
};

// "Harlow: Smith; Adams, Cole, Barker; Price, Jones", "Tags: a, b, c, d": a
// comma or semicolon for every two words is a list of names, not prose, and
// would otherwise score as the most comma-rich paragraph on the page. Only
// space-separated text is judged (CJK prose has few spaces, other commas).
bool IsNameList(std::string_view text) {
  constexpr size_t kMinWords = 6;
  size_t words = 0, separators = 0;
  bool in_word = false;
  for (char c : text) {
    if (c == ',' || c == ';') ++separators;
    bool space = util::IsSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= kMinWords && separators * 2 >= words;
}

// A cell of a data row: at most kMaxDataCellBytes of text, and nothing under
// it but inline elements, line breaks and one paragraph or div (a pasted
// table wraps each cell's text in a <p>). Stops at the first reason to say no.
bool IsDataCell(xmlNode* cell) {
  constexpr size_t kMaxDataCellBytes = 200;
  size_t bytes = 0;
  int blocks = 0;
  for (xmlNode* k = cell->children; k; k = NextNode(k, cell)) {
    if (IsText(k)) bytes += Content(k).size();
    if (bytes > kMaxDataCellBytes) return false;
    if (!IsElement(k)) continue;
    uint16_t flags = TagFlags(Name(k));
    if (!(flags & kBlock)) continue;
    if (++blocks > 1 || (!(flags & kPara) && Name(k) != "div")) return false;
  }
  return true;
}

// A row of two or more such cells is a row of data (a results table in the
// story): its cells are read as one line, "Harborline Financial 412 +8%
// 3.21%", not as a paragraph per cell. Rows with a cell holding a list, a
// table or a long text (an old page's layout: a spacer cell beside the
// story) keep a paragraph per cell.
bool IsDataRow(xmlNode* row) {
  int cells = 0;
  for (xmlNode* c = row->children; c; c = c->next) {
    if (!IsElement(c)) continue;
    if (!(TagFlags(Name(c)) & kCell) || !IsDataCell(c)) return false;
    ++cells;
  }
  return cells >= 2;
}

// ---- Walk 2 ----------------------------------------------------------------

class Flow {
 public:
  Flow(std::vector<NodeInfo>* infos, bool strict) : infos_(*infos), strict_(strict) {}

  // Each h1 (or the pruned element holding it, such as the article's
  // <header>) with the index of the first paragraph after it.
  const std::vector<std::pair<int32_t, size_t>>& headlines() const { return headlines_; }

  std::vector<Paragraph> Run(xmlNode* root) {
    root_ = IndexOf(root);
    Walk(root, [&](xmlNode* n) { return Enter(n); }, [&](xmlNode* n) { Leave(n); });
    Flush();
    return std::move(paragraphs_);
  }

 private:
  bool IsPruned(int32_t i) const {
    const NodeInfo& in = infos_[i];
    if (i == root_) return false;
    if ((in.flags & kDrop) || in.hidden) return true;
    if (!strict_ || in.articleish) return false;
    if (in.flags & kChrome) {
      bool is_header = Name(in.node) == "header";
      return !(in.has_article || (!is_header && in.has_h1));
    }
    return in.boilerplate && !in.has_article && !in.has_h1;
  }

  // Inside a data row nothing but the row itself ends a paragraph.
  bool IsBlock(const NodeInfo& in) const { return (in.flags & kBlock) && data_row_ < 0; }

  bool Enter(xmlNode* n) {
    if (IsText(n)) {
      AddText(n);
      return false;
    }
    int32_t i = IndexOf(n);
    if (i < 0) return false;
    NodeInfo& in = infos_[i];
    in.pruned = IsPruned(i);
    if (in.has_h1 && (in.pruned || (in.flags & kH1))) {
      Flush();
      headlines_.emplace_back(i, paragraphs_.size());
    }
    if (in.pruned) {
      if (IsBlock(in)) Flush();
      return false;
    }
    if (data_row_ >= 0 && (in.flags & (kBlock | kBreak))) buf_.push_back(' ');  // a cell, a <p>, a <br>
    if (IsBlock(in)) {
      Flush();
      blocks_.push_back(i);
      if ((in.flags & kTableRow) && (in.data_row || IsDataRow(in.node))) {
        in.data_row = true;
        data_row_ = i;
      }
    }
    if (in.flags & kLink) ++link_depth_;
    if ((in.flags & kBreak) && data_row_ < 0) Break();
    return true;
  }

  void Leave(xmlNode* n) {
    int32_t i = IndexOf(n);
    if (i < 0) return;
    NodeInfo& in = infos_[i];
    if (i == data_row_) data_row_ = -1;
    if (!in.pruned) {
      if (IsBlock(in)) {
        Flush();
        if (!blocks_.empty()) blocks_.pop_back();
      }
      if (in.flags & kLink) --link_depth_;
    }
    if (in.parent >= 0 && i != root_) {
      NodeInfo& p = infos_[in.parent];
      p.text_bytes += in.text_bytes;
      p.link_bytes += in.link_bytes;
      p.good_bytes += in.good_bytes;
    }
  }

  void AddText(xmlNode* n) {
    std::string_view text = Content(n);
    uint32_t visible = 0;
    for (char c : text) visible += !util::IsSpace(c);
    if (!visible) {
      if (!buf_.empty()) buf_.push_back(' ');
      return;
    }
    breaks_ = 0;
    buf_.append(text);
    buf_text_ += visible;
    if (link_depth_ > 0) buf_link_ += visible;
    int32_t owner = IndexOf(n->parent);
    if (owner >= 0) {
      infos_[owner].text_bytes += visible;
      if (link_depth_ > 0) infos_[owner].link_bytes += visible;
    }
  }

  void Break() {
    if (++breaks_ >= 2) Flush();
    else buf_.push_back(' ');
  }

  void Flush() {
    breaks_ = 0;
    if (buf_text_ == 0) {
      buf_.clear();
      buf_link_ = 0;
      return;
    }
    Paragraph p;
    p.text = util::CollapseSpace(buf_);
    p.text_bytes = buf_text_;
    p.link_bytes = buf_link_;
    p.owner = blocks_.empty() ? root_ : blocks_.back();
    p.kind = KindOf(infos_[p.owner].flags);
    buf_.clear();
    buf_text_ = buf_link_ = 0;
    Score(p);
    paragraphs_.push_back(std::move(p));
  }

  void Score(const Paragraph& p) {
    if (!Scores(p.kind) || p.text.size() < kMinScoringBytes || LinkDensity(p.link_bytes, p.text_bytes) > 0.5f ||
        IsNameList(p.text))
      return;
    infos_[p.owner].good_bytes += uint32_t(p.text.size());
    double commas = 0;
    for (size_t k = 0; k < p.text.size(); ++k) {
      if (p.text[k] == ',') ++commas;
      else if (p.text.compare(k, 3, "\xEF\xBC\x8C") == 0 || p.text.compare(k, 3, "\xE3\x80\x81") == 0) ++commas;
    }
    float s = float(1 + commas + std::min<double>(p.text.size() / 100, 3));
    int32_t a = infos_[p.owner].parent;
    if (p.owner == root_) a = root_;
    static constexpr float kDivider[3] = {1, 2, 6};
    for (int level = 0; level < 3 && a >= 0; ++level) {
      Init(a);
      infos_[a].score += s / kDivider[level];
      if (a == root_) break;
      a = infos_[a].parent;
    }
  }

  void Init(int32_t i) {
    NodeInfo& in = infos_[i];
    if (in.scored) return;
    in.scored = true;
    std::string_view name = Name(in.node);
    if (name == "div") in.score = 5;
    else if (in.flags & (kPre | kCell | kQuote)) in.score = 3;
    else if (name == "ul" || name == "ol" || name == "dl" || name == "form" || (in.flags & kListItem)) in.score = -3;
    else if (in.flags & (kHeading | kH1)) in.score = -5;
    if (in.content_name) in.score += 25;
    if (in.boilerplate) in.score -= 25;
  }

  std::vector<NodeInfo>& infos_;
  bool strict_;
  std::vector<std::pair<int32_t, size_t>> headlines_;
  int32_t data_row_ = -1;  // the data row being read, if any
  int32_t root_ = -1;
  std::vector<Paragraph> paragraphs_;
  std::vector<int32_t> blocks_;
  std::string buf_;
  uint32_t buf_text_ = 0, buf_link_ = 0;
  int link_depth_ = 0;
  int breaks_ = 0;
};

void ResetWalk2(std::vector<NodeInfo>& infos) {
  for (NodeInfo& in : infos) {
    in.pruned = in.scored = in.included = in.excluded = false;
    in.in_container = 0;
    in.text_bytes = in.link_bytes = in.good_bytes = 0;
    in.score = 0;
  }
}

// _private is ours while we run; leave the tree as we found it.
void ClearScratch(std::vector<NodeInfo>& infos) {
  for (NodeInfo& in : infos) in.node->_private = nullptr;
}

}  // namespace

std::string ExtractMainText(xmlNode* body, std::string_view title) {
  if (!body || body->type != XML_ELEMENT_NODE) return {};
  std::vector<NodeInfo> infos;
  Indexer(&infos).Run(body);
  std::string text;
  for (bool strict : {true, false}) {
    ResetWalk2(infos);
    Flow flow(&infos, strict);
    std::vector<Paragraph> paragraphs = flow.Run(body);
    if (ChooseContainer(infos))
      text = Assemble(infos, paragraphs, title, false, HeadlineAt(infos, flow.headlines()));
    if (text.empty() && !strict) text = Assemble(infos, paragraphs, title, true, SIZE_MAX);
    if (!text.empty()) break;
  }
  ClearScratch(infos);
  return text;
}

}  // namespace dateline::extract::html
