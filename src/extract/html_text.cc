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
// The container is the best-scoring candidate plus its strong siblings,
// unless an <article>/articleBody holds at least half as much good text (or
// contains the winner): publishers' own markup beats our guess. Of nested
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
#include <functional>
#include <vector>

#include "extract/html_classify.h"
#include "extract/html_dom.h"
#include "util/strings.h"

namespace dateline::extract::html {
namespace {

constexpr size_t kMinScoringBytes = 25;
constexpr uint32_t kMinArticleGoodBytes = 200;

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

int32_t IndexOf(const xmlNode* n) {
  return n && n->type == XML_ELEMENT_NODE ? int32_t(reinterpret_cast<uintptr_t>(n->_private)) - 1 : -1;
}

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

float LinkDensity(uint32_t link_bytes, uint32_t text_bytes) {
  return text_bytes ? std::min(1.0f, float(link_bytes) / float(text_bytes)) : 0.0f;
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

// ---- Choosing the container and assembling ---------------------------------

float FinalScore(const NodeInfo& in) { return in.score * (1 - LinkDensity(in.link_bytes, in.text_bytes)); }

bool IsAncestor(const std::vector<NodeInfo>& infos, int32_t ancestor, int32_t i) {
  for (; i >= 0; i = infos[i].parent)
    if (i == ancestor) return true;
  return false;
}

bool IsProse(const NodeInfo& in) {
  constexpr uint32_t kMinLedeBytes = 80;
  return in.good_bytes >= kMinLedeBytes && LinkDensity(in.link_bytes, in.text_bytes) < 0.25f &&
         !(in.flags & (kHeading | kH1));
}

// A lede in its own container just above the body ("intro", "dek",
// "story-lede"): the prose siblings right before top, up to the first one
// with text that is not prose (a headline, a byline, a list of links).
void IncludeLede(std::vector<NodeInfo>& infos, int32_t top) {
  for (xmlNode* s = infos[top].node->prev; s; s = s->prev) {
    int32_t i = IndexOf(s);
    if (i < 0 || infos[i].pruned || infos[i].text_bytes == 0) continue;
    if (!IsProse(infos[i])) return;
    infos[i].included = true;
  }
}

void IncludeWithSiblings(std::vector<NodeInfo>& infos, int32_t top) {
  infos[top].included = true;
  if (infos[top].parent < 0) return;
  IncludeLede(infos, top);
  float threshold = std::max(10.0f, FinalScore(infos[top]) * 0.2f);
  bool after = false;
  for (xmlNode* s = infos[infos[top].parent].node->children; s; s = s->next) {
    int32_t i = IndexOf(s);
    after = after || i == top;
    if (i < 0 || i == top || infos[i].pruned) continue;
    const NodeInfo& in = infos[i];
    // After a body named as such comes more of it or after-matter.
    if (after && infos[top].body_name && !in.body_name) continue;
    bool strong = in.scored && FinalScore(in) >= threshold;
    // A plain paragraph above the body joins only as its lede (IncludeLede):
    // one a byline or a picture keeps apart from it is the header's standfirst.
    bool good_p = after && (in.flags & kPara) && in.text_bytes > 80 &&
                  LinkDensity(in.link_bytes, in.text_bytes) < 0.25f;
    if (strong || good_p) infos[i].included = true;
  }
}

// The branch of top that holds the headline (an h1), when that branch holds
// kHeadlineShare or more of top's good text: top is then a wrapper around the
// article and something else with prose in it (an "about us" box, comments
// under a name we do not know), and the headline says which part is the
// article. Descends while exactly one child holds an h1. A header holding
// the h1 and a standfirst, above a body in a sibling, holds far less.
int32_t NarrowToHeadline(const std::vector<NodeInfo>& infos, int32_t top) {
  constexpr float kHeadlineShare = 0.3f;
  for (;;) {
    int32_t branch = -1, branches = 0;
    for (xmlNode* c = infos[top].node->children; c; c = c->next) {
      int32_t i = IndexOf(c);
      if (i >= 0 && infos[i].has_h1 && !infos[i].pruned) branch = i, ++branches;
    }
    if (branches != 1 || infos[branch].good_bytes < kMinArticleGoodBytes ||
        float(infos[branch].good_bytes) < kHeadlineShare * float(infos[top].good_bytes))
      return top;
    top = branch;
  }
}

// The publisher's own article element with the most good text; inside it, the
// innermost one that still holds kInnerShare of that text (itemprop=
// articleBody inside <article>, <article> inside <main>), as the tighter fit.
int32_t ChooseArticle(const std::vector<NodeInfo>& infos) {
  constexpr float kInnerShare = 0.8f;
  int32_t article = -1;
  for (int32_t i = 0; i < int32_t(infos.size()); ++i) {
    const NodeInfo& in = infos[i];
    if (!in.pruned && in.articleish && in.good_bytes >= kMinArticleGoodBytes &&
        (article < 0 || in.good_bytes > infos[article].good_bytes))
      article = i;
  }
  if (article < 0) return article;
  int32_t inner = article;
  for (int32_t i = article + 1; i < int32_t(infos.size()); ++i) {
    const NodeInfo& in = infos[i];
    if (!in.pruned && in.articleish && IsAncestor(infos, inner, i) &&
        float(in.good_bytes) >= kInnerShare * float(infos[article].good_bytes))
      inner = i;
  }
  return inner;
}

// The story's body inside container c: the last child whose class/id names
// a body ("article-body", "entry-content", "article__content"), when such
// children hold kBodyShare of c's good text; failing that, the same inside a
// child that holds that share alone (a wrapper). Returns -1 if none.
constexpr float kBodyShare = 0.8f;

int32_t LastBodyChild(const std::vector<NodeInfo>& infos, int32_t c) {
  for (int depth = 0; depth < 4; ++depth) {
    int32_t last_body = -1, dominant = -1;
    uint32_t body_bytes = 0;
    float share = kBodyShare * float(infos[c].good_bytes);
    for (xmlNode* k = infos[c].node->children; k; k = k->next) {
      int32_t i = IndexOf(k);
      if (i < 0 || infos[i].pruned || infos[i].good_bytes == 0) continue;
      if (infos[i].body_name) last_body = i, body_bytes += infos[i].good_bytes;
      if (float(infos[i].good_bytes) >= share) dominant = i;
    }
    if (last_body >= 0 && float(body_bytes) >= share) return last_body;
    if (dominant < 0) return -1;
    c = dominant;
  }
  return -1;
}

// What follows the story's body inside the container (a fact box, the
// author's bio, a source note, a tip line, a donation appeal, comments under
// a name we do not know) is after-matter, not the story, at every level from
// the body up to the container.
void ExcludeAfterBody(std::vector<NodeInfo>& infos, int32_t container) {
  if (infos[container].good_bytes == 0) return;
  int32_t body = LastBodyChild(infos, container);
  if (body < 0) return;
  for (int32_t at = body; at >= 0 && at != container; at = infos[at].parent)
    for (xmlNode* s = infos[at].node->next; s; s = s->next)
      if (int32_t i = IndexOf(s); i >= 0) infos[i].excluded = true;
}

// Marks the elements whose paragraphs make the text; returns false if none.
bool ChooseContainer(std::vector<NodeInfo>& infos) {
  int32_t top = -1;
  for (int32_t i = 0; i < int32_t(infos.size()); ++i) {
    const NodeInfo& in = infos[i];
    if (!in.pruned && in.scored && (top < 0 || FinalScore(in) > FinalScore(infos[top]))) top = i;
  }
  int32_t article = ChooseArticle(infos);
  // <main> holds the page's whole main column (comments, appeals, "most
  // viewed" too): containing the winner is no reason to take all of it.
  if (article >= 0 && top >= 0 && Name(infos[article].node) == "main" && IsAncestor(infos, article, top))
    article = -1;
  if (article >= 0 && (top < 0 || IsAncestor(infos, article, top) ||
                       infos[article].good_bytes * 2 >= infos[top].good_bytes)) {
    infos[article].included = true;
    ExcludeAfterBody(infos, article);
  } else if (top >= 0) {
    int32_t narrowed = NarrowToHeadline(infos, top);
    if (narrowed != top) {
      infos[narrowed].included = true;
      ExcludeAfterBody(infos, narrowed);
    } else {
      IncludeWithSiblings(infos, top);
    }
  } else {
    return false;
  }
  return true;
}

bool InContainer(std::vector<NodeInfo>& infos, int32_t i) {
  std::vector<int32_t> path;
  int8_t result = -1;
  for (; i >= 0; i = infos[i].parent) {
    if (infos[i].in_container) {
      result = infos[i].in_container;
      break;
    }
    if (infos[i].excluded || infos[i].included) {
      result = infos[i].excluded ? -1 : 1;
      break;
    }
    path.push_back(i);
  }
  for (int32_t p : path) infos[p].in_container = result;
  return result > 0;
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
  return false;
}

bool IsJunkLine(std::string_view s) {
  for (std::string_view j : {"advertisement", "advertisement - scroll to continue", "skip advertisement",
                             "story continues below advertisement", "continue reading", "read more",
                             "share", "share this article", "share this:", "loading...", "loading"})
    if (util::IEquals(s, j)) return true;
  return false;
}

bool SameText(std::string_view a, std::string_view b) {
  return !a.empty() && util::IEquals(util::Trim(a), util::Trim(b));
}

bool EndsSentence(std::string_view p) {
  p = util::Trim(p);
  for (std::string_view end : {".", "!", "?", "\"", "\xE2\x80\x9D", "\xC2\xBB"})
    if (p.size() >= end.size() && p.substr(p.size() - end.size()) == end) return true;
  return false;
}

// The paragraph index after the article's headline: the first h1 inside the
// container (or the pruned header holding it). SIZE_MAX if none.
size_t HeadlineAt(std::vector<NodeInfo>& infos, const std::vector<std::pair<int32_t, size_t>>& headlines) {
  for (const auto& [element, at] : headlines)
    if (InContainer(infos, element)) return at;
  return SIZE_MAX;
}

// What a container prints above its headline is a score board, a kicker, a
// breadcrumb or a badge: short labels, no sentence among them. Drops kept
// [0, above) when they are that and something follows them.
void DropAboveHeadline(size_t above, std::vector<const Paragraph*>* kept) {
  constexpr size_t kMaxLabelBytes = 200;
  if (above == 0 || above >= kept->size()) return;
  for (size_t k = 0; k < above; ++k)
    if ((*kept)[k]->text.size() > kMaxLabelBytes || EndsSentence((*kept)[k]->text)) return;
  kept->erase(kept->begin(), kept->begin() + above);
}

// A paragraph printed twice (a live blog's pinned post above the same entry
// in its place, a summary repeating a paragraph) is kept once, in its last
// place. Only paragraphs long enough to be prose are compared.
void DropRepeats(std::vector<const Paragraph*>* kept) {
  constexpr size_t kMinRepeatBytes = 80;
  std::vector<std::pair<size_t, size_t>> hashes;  // (hash, index), sorted: n log n on any page
  for (size_t k = 0; k < kept->size(); ++k)
    if ((*kept)[k]->text.size() >= kMinRepeatBytes) hashes.emplace_back(std::hash<std::string>()((*kept)[k]->text), k);
  std::sort(hashes.begin(), hashes.end());
  std::vector<bool> drop(kept->size(), false);
  for (size_t j = 0; j + 1 < hashes.size(); ++j) {
    size_t a = hashes[j].second, b = hashes[j + 1].second;  // a < b when the hashes tie
    if (hashes[j].first == hashes[j + 1].first && (*kept)[a]->text == (*kept)[b]->text) drop[a] = true;
  }
  size_t out = 0;
  for (size_t k = 0; k < kept->size(); ++k)
    if (!drop[k]) (*kept)[out++] = (*kept)[k];
  kept->resize(out);
}

std::string Assemble(std::vector<NodeInfo>& infos, const std::vector<Paragraph>& paragraphs,
                     std::string_view title, bool whole_page, size_t headline_at) {
  std::vector<const Paragraph*> kept;
  size_t above = 0;
  for (size_t n = 0; n < paragraphs.size(); ++n) {
    const Paragraph& p = paragraphs[n];
    if (!whole_page && !InContainer(infos, p.owner)) continue;
    if (p.link_bytes * 2 > p.text_bytes || !HasLetter(p.text) || IsJunkLine(p.text)) continue;
    if (p.kind == Kind::kH1 && (kept.empty() || SameText(p.text, title))) continue;
    kept.push_back(&p);
    if (n < headline_at) above = kept.size();
  }
  if (!whole_page) DropAboveHeadline(above, &kept);
  DropRepeats(&kept);
  if (!kept.empty() && SameText(kept.front()->text, title)) kept.erase(kept.begin());
  std::string out;
  for (size_t k = 0; k < kept.size(); ++k) {
    bool heading = kept[k]->kind == Kind::kHeading || kept[k]->kind == Kind::kH1;
    bool heads_text = k + 1 < kept.size() && kept[k + 1]->kind != Kind::kHeading && kept[k + 1]->kind != Kind::kH1;
    if (heading && !heads_text) continue;
    if (!out.empty()) out += "\n\n";
    out += kept[k]->text;
  }
  return out;
}

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
