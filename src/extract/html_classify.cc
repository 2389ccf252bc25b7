// Boilerplate names are matched per class token: a token is boilerplate when
// it contains one of the words below (or is an ad token such as "ad",
// "ad-slot", "top-ads"). Tokens that only describe a state of the page
// ("has-sidebar", "with-comments", "no-ads") are ignored, because wrappers
// carry them around the whole article.
#include "extract/html_classify.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>
#include <unordered_map>

#include "extract/html_dom.h"
#include "util/strings.h"

namespace dateline::extract::html {
namespace {

constexpr std::array<std::string_view, 56> kBoilerplateWords{
    "share", "social", "comment", "related", "newsletter", "subscri", "promo", "advert", "cookie", "banner",
    "footer", "sidebar", "breadcrumb", "outbrain", "taboola", "recommend", "popular", "trending",
    "author-bio", "authorbio", "author-box", "authorbox", "author-card", "about-the-author", "about-author",
    "sponsor", "navbar", "navigation", "menu", "modal", "popup", "disqus",
    "signup", "sign-up", "consent", "most-read", "mostread", "read-more", "toolbar",
    // Captions and credits of pictures held outside <figure> (WordPress's
    // "wp-caption" div), and pull quotes, which repeat a sentence of the text.
    "caption", "credit", "pullquote", "pull-quote",
    // Posts embedded from social networks (a tweet's blockquote carries the
    // post and its "— Name (@handle) date" line) and script-driven video
    // players' "Now playing" / "More videos" lists.
    "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "video-player", "playlist",
    // The subscription box a paywall puts where the text stops.
    "paywall__",
    // Summary boxes above or beside the story ("Key points", "Highlights",
    // "Takeaways"): bullet lines that repeat the text in short.
    "highlights", "keypoints", "key-points", "takeaways",
    // A match's score board (teams, score, scorers, venue).
    "scoreboard", "score-board"};

constexpr std::array<std::string_view, 8> kContentWords{"article", "body", "content", "entry", "main",
                                                        "story", "post", "text"};

constexpr std::array<std::string_view, 6> kStatePrefixes{"has-", "with-", "no-", "is-", "show-", "hide-"};

bool IsAdToken(std::string_view t) {
  if (t == "ad" || t == "ads" || t == "advert" || t == "dfp") return true;
  for (std::string_view p : {"ad-", "ads-", "ad_", "ads_", "adslot", "adunit", "gpt-ad"})
    if (t.substr(0, p.size()) == p) return true;
  for (std::string_view s : {"-ad", "-ads", "_ad", "_ads"})
    if (t.size() > s.size() && t.substr(t.size() - s.size()) == s) return true;
  return t.find("-ad-") != std::string_view::npos || t.find("_ad_") != std::string_view::npos;
}

// "stats", "match-stats", "stats-table": a match's or a player's statistics
// widget, whose table is not a table the story prints.
bool IsStatsToken(std::string_view t) {
  if (t == "stats" || t.substr(0, 6) == "stats-" || t.substr(0, 6) == "stats_") return true;
  for (std::string_view s : {"-stats", "_stats"})
    if (t.size() > s.size() && t.substr(t.size() - s.size()) == s) return true;
  return false;
}

// "bio", "author-box__bio", "bio-block": an author's or a person's bio box.
bool IsBioToken(std::string_view t) {
  if (t == "bio" || t.substr(0, 4) == "bio-" || t.substr(0, 4) == "bio_") return true;
  for (std::string_view s : {"-bio", "_bio"})
    if (t.size() > s.size() && t.substr(t.size() - s.size()) == s) return true;
  return false;
}

bool IsTagsToken(std::string_view t) {
  return t == "tags" || t == "tag-list" || t == "tags-list" || t == "article-tags" || t == "post-tags" ||
         t == "topics" || t == "keywords";
}

// Text for screen readers only ("Image caption, ", "Posted on", "Skip to
// content"), invisible on the page.
bool IsScreenReaderToken(std::string_view t) {
  return t == "sr-only" || t == "sr-only-focusable" || t == "screen-reader-text" || t == "screen-reader-only" ||
         t.find("visually-hidden") != std::string_view::npos || t.find("visuallyhidden") != std::string_view::npos;
}

bool IsBoilerplateToken(std::string_view t) {
  if (IsScreenReaderToken(t)) return true;
  for (std::string_view p : kStatePrefixes)
    if (t.substr(0, p.size()) == p) return false;
  if (t.find("commentary") != std::string_view::npos) return false;
  // Drupal marks every node promoted to the front page "node-promoted": a
  // state of the article, not a promotion box.
  if (t.find("promoted") != std::string_view::npos) return false;
  // "graf-after--pullquote" (Medium) names the element before this one.
  if (t.find("-after-") != std::string_view::npos) return false;
  if (IsAdToken(t) || IsTagsToken(t) || IsBioToken(t) || IsStatsToken(t) || t == "paywall") return true;
  for (std::string_view w : kBoilerplateWords)
    if (t.find(w) != std::string_view::npos) return true;
  return false;
}

// Narrower than a content name: "article__label", "post-meta" or
// "story-share" carry the block's prefix, not the body's name.
bool IsBodyToken(std::string_view t) {
  if (t.substr(0, 5) == "text-") return false;  // "text-center", "text-lg": utility classes
  for (std::string_view w : {"body", "content", "text"})
    if (t.find(w) != std::string_view::npos) return true;
  return false;
}

bool IsContentToken(std::string_view t) {
  for (std::string_view w : kContentWords)
    if (t.find(w) != std::string_view::npos) return true;
  return false;
}

// Calls visit(token) on each lowercased token of value until it returns true;
// returns whether one did.
template <class F>
bool AnyToken(std::string_view value, F visit) {
  if (value.empty()) return false;
  std::array<char, 512> buf;  // lowercased copy, no allocation per element
  size_t n = std::min(value.size(), buf.size());
  for (size_t k = 0; k < n; ++k) buf[k] = (value[k] >= 'A' && value[k] <= 'Z') ? char(value[k] + 32) : value[k];
  std::string_view s(buf.data(), n);
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && util::IsSpace(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !util::IsSpace(s[i])) ++i;
    if (i > start && visit(s.substr(start, i - start))) return true;
  }
  return false;
}

const std::unordered_map<std::string_view, uint16_t>& TagTable() {
  static const auto* table = new std::unordered_map<std::string_view, uint16_t>{
      {"p", kBlock | kPara}, {"div", kBlock}, {"section", kBlock}, {"center", kBlock},
      {"article", kBlock | kMarker}, {"main", kBlock | kMarker}, {"body", kBlock}, {"html", kBlock},
      {"h1", kBlock | kH1}, {"h2", kBlock | kHeading}, {"h3", kBlock | kHeading}, {"h4", kBlock | kHeading},
      {"h5", kBlock | kHeading}, {"h6", kBlock | kHeading}, {"hgroup", kBlock},
      {"li", kBlock | kListItem}, {"dd", kBlock | kListItem}, {"dt", kBlock | kListItem},
      {"ul", kBlock}, {"ol", kBlock}, {"dl", kBlock}, {"dir", kBlock},
      {"blockquote", kBlock | kQuote}, {"pre", kBlock | kPre}, {"address", kBlock},
      {"table", kBlock}, {"tbody", kBlock}, {"thead", kBlock}, {"tfoot", kBlock}, {"tr", kBlock | kTableRow},
      {"td", kBlock | kCell}, {"th", kBlock | kCell}, {"caption", kBlock}, {"hr", kBlock},
      {"details", kBlock}, {"summary", kBlock}, {"fieldset", kBlock}, {"legend", kBlock},
      {"nav", kBlock | kChrome}, {"header", kBlock | kChrome}, {"footer", kBlock | kChrome},
      {"aside", kBlock | kChrome}, {"form", kBlock | kChrome}, {"menu", kBlock | kChrome},
      {"script", kDrop}, {"style", kDrop}, {"noscript", kDrop}, {"template", kDrop}, {"svg", kDrop},
      {"math", kDrop}, {"iframe", kDrop}, {"frame", kDrop}, {"frameset", kDrop}, {"object", kDrop},
      {"embed", kDrop}, {"canvas", kDrop}, {"video", kDrop}, {"audio", kDrop}, {"select", kDrop},
      {"option", kDrop}, {"button", kDrop}, {"input", kDrop}, {"textarea", kDrop}, {"map", kDrop},
      {"head", kDrop}, {"title", kDrop}, {"figure", kDrop | kBlock}, {"figcaption", kDrop | kBlock},
      {"dialog", kDrop | kBlock}, {"label", kDrop}, {"picture", kDrop}, {"source", kDrop}, {"img", kDrop},
      {"amp-ad", kDrop}, {"amp-sticky-ad", kDrop}, {"amp-auto-ads", kDrop}, {"amp-embed", kDrop},
      {"amp-analytics", kDrop}, {"amp-pixel", kDrop}, {"amp-sidebar", kDrop | kBlock},
      {"amp-social-share", kDrop}, {"amp-iframe", kDrop}, {"amp-img", kDrop}, {"amp-video", kDrop},
      {"amp-consent", kDrop | kBlock},
      {"a", kLink}, {"br", kBreak},
  };
  return *table;
}

// A tag name of at most 8 bytes as one integer (zero-padded), for a binary
// search over integers instead of hashing a string per element; longer names
// use the hash table.
uint64_t PackName(std::string_view name) {
  uint64_t v = 0;
  std::memcpy(&v, name.data(), name.size());
  return v;
}

const std::vector<std::pair<uint64_t, uint16_t>>& ShortTagTable() {
  static const auto* table = [] {
    auto* t = new std::vector<std::pair<uint64_t, uint16_t>>;
    for (const auto& [name, flags] : TagTable())
      if (name.size() <= 8) t->emplace_back(PackName(name), flags);
    std::sort(t->begin(), t->end());
    return t;
  }();
  return *table;
}

}  // namespace

uint16_t TagFlags(std::string_view name) {
  if (name.size() <= 8) {
    const auto& table = ShortTagTable();
    uint64_t key = PackName(name);
    auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(key, uint16_t(0)));
    return it != table.end() && it->first == key ? it->second : 0;
  }
  const auto& table = TagTable();
  auto it = table.find(name);
  return it == table.end() ? 0 : it->second;
}

bool IsBoilerplateName(std::string_view class_or_id) { return AnyToken(class_or_id, IsBoilerplateToken); }

bool IsContentName(std::string_view class_or_id) { return AnyToken(class_or_id, IsContentToken); }

NameClass ClassifyName(std::string_view class_or_id) {
  NameClass c;
  AnyToken(class_or_id, [&](std::string_view t) {
    c.boilerplate = c.boilerplate || IsBoilerplateToken(t);
    c.content = c.content || IsContentToken(t);
    c.body = c.body || IsBodyToken(t);
    return c.boilerplate && c.content && c.body;
  });
  return c;
}

bool IsChromeRole(std::string_view role) {
  if (role.empty()) return false;
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
                             "dialog", "alertdialog", "search", "toolbar"})
    if (HasToken(role, r)) return true;
  return false;
}

bool IsHidden(const xmlNode* n) { return IsHiddenBy(HasAttr(n, "hidden"), Attr(n, "aria-hidden"), Attr(n, "style")); }

bool IsHiddenBy(bool hidden_attr, std::string_view aria_hidden, std::string_view style) {
  if (hidden_attr || util::IEquals(aria_hidden, "true")) return true;
  if (style.empty()) return false;
  std::array<char, 1024> compact;  // lowercased, spaces removed; no allocation
  size_t n = 0;
  for (char c : style.substr(0, compact.size()))
    if (!util::IsSpace(c)) compact[n++] = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  std::string_view v(compact.data(), n);
  return v.find("display:none") != std::string_view::npos || v.find("visibility:hidden") != std::string_view::npos;
}

}  // namespace dateline::extract::html
