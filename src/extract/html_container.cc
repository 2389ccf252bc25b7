// Which element of the page is the article, and its text: the choice of
// container (see html_text.cc's opening for the method) and the assembly of
// the container's paragraphs into the main text.
#include "extract/html_container.h"

#include <algorithm>
#include <functional>

#include "extract/html_classify.h"
#include "extract/html_dom.h"
#include "util/strings.h"

namespace dateline::extract::html {
namespace {

constexpr uint32_t kMinArticleGoodBytes = 200;

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

}  // namespace


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

// The paragraph index after the article's headline: the first h1 inside the
// container (or the pruned header holding it). SIZE_MAX if none.
size_t HeadlineAt(std::vector<NodeInfo>& infos, const std::vector<std::pair<int32_t, size_t>>& headlines) {
  for (const auto& [element, at] : headlines)
    if (InContainer(infos, element)) return at;
  return SIZE_MAX;
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

}  // namespace dateline::extract::html
