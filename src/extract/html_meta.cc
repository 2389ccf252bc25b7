// Metadata is gathered in one walk into a bag of first-seen candidates per
// field and source; then each field takes the best source that has a value,
// in a fixed order of trust. Structured data publishers maintain for search
// engines (JSON-LD, Open Graph) comes first, page furniture (<title>, byline
// elements, the first <time>) last. Every value is whitespace-collapsed and
// checked before it is used; nothing is invented.
#include "extract/html_meta.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>

#include "extract/html_date.h"
#include "extract/html_dom.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline::extract::html {
namespace {

using Json = nlohmann::json;

constexpr size_t kMaxJsonLdBytes = 2 << 20;
constexpr size_t kMaxFieldBytes = 2048;
constexpr size_t kMaxArticleBodyBytes = 1 << 20;
constexpr int kMaxJsonDepth = 6;

// First-seen candidates, one slot per source.
struct Candidates {
  std::string og_title, twitter_title, ld_headline, h1_in_article, h1, html_title, itemprop_headline;
  std::string og_site_name, ld_publisher, application_name, ld_site;
  std::string canonical, og_url;
  std::string ld_date, article_published, og_published, itemprop_date, meta_date, time_in_article, time_any;
  std::string ld_modified, article_modified, itemprop_modified, meta_modified, time_modified;
  std::vector<std::string> visible_in_article, visible_elsewhere, visible_modified;
  std::string html_lang, content_language;
  std::vector<Author> ld_authors;
  std::string meta_author, article_author, itemprop_author, rel_author, byline;
  std::string ld_body;
};

void SetOnce(std::string* slot, std::string_view value) {
  if (!slot->empty()) return;
  std::string v = util::CollapseSpace(util::RepairUtf8(value.substr(0, kMaxFieldBytes)));
  v.resize(util::ValidUtf8Prefix(v));
  *slot = std::move(v);
}

// A few entities survive in JSON-LD strings and meta contents that were
// double-escaped by the publisher's CMS.
std::string DecodeCommonEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kEntities{{
      {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#039;", "'"}, {"&#x27;", "'"},
      {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", " "}}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    bool hit = false;
    if (s[i] == '&') {
      for (auto [from, to] : kEntities) {
        if (s.substr(i, from.size()) == from) {
          out.append(to);
          i += from.size();
          hit = true;
          break;
        }
      }
    }
    if (!hit) out.push_back(s[i++]);
  }
  return out;
}

// ---- JSON-LD ---------------------------------------------------------------

bool TypeMatches(const Json& obj, std::initializer_list<std::string_view> needles) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  auto one = [&](const Json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    for (std::string_view n : needles)
      if (s.find(n) != std::string::npos) return true;
    return false;
  };
  if (it->is_array()) {
    for (const Json& t : *it)
      if (one(t)) return true;
    return false;
  }
  return one(*it);
}

bool IsArticleType(const Json& obj) {
  return TypeMatches(obj, {"Article", "BlogPosting", "Report", "LiveBlogPosting", "NewsArticle"});
}

std::string StringField(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return DecodeCommonEntities(it->get_ref<const std::string&>());
  if (it->is_array() && !it->empty() && (*it)[0].is_string())
    return DecodeCommonEntities((*it)[0].get_ref<const std::string&>());
  return {};
}

// Every object in a JSON-LD block, breadth-first to a bounded depth:
// top-level objects, arrays of them, @graph members and nested values.
std::vector<const Json*> CollectObjects(const Json& root) {
  std::vector<std::pair<const Json*, int>> queue{{&root, 0}};
  std::vector<const Json*> objects;
  for (size_t i = 0; i < queue.size() && queue.size() < 4096; ++i) {
    auto [j, depth] = queue[i];
    if (j->is_object()) objects.push_back(j);
    if (depth >= kMaxJsonDepth || !j->is_structured()) continue;
    for (const Json& child : *j)
      if (child.is_structured()) queue.push_back({&child, depth + 1});
  }
  return objects;
}

class JsonLdReader {
 public:
  explicit JsonLdReader(Candidates* c) : c_(c) {}

  void Read(std::string_view text) {
    if (text.size() > kMaxJsonLdBytes) return;
    Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
    if (root.is_discarded()) return;
    std::vector<const Json*> objects = CollectObjects(root);
    std::unordered_map<std::string, const Json*> by_id;
    for (const Json* o : objects)
      if (auto id = o->find("@id"); id != o->end() && id->is_string()) by_id.emplace(id->get<std::string>(), o);
    for (const Json* o : objects) {
      if (IsArticleType(*o)) ReadArticle(*o, by_id);
      else if (TypeMatches(*o, {"WebSite"})) SetOnce(&c_->ld_site, StringField(*o, "name"));
    }
  }

 private:
  using IdMap = std::unordered_map<std::string, const Json*>;

  const Json& Resolve(const Json& j, const IdMap& by_id) {
    if (!j.is_object() || j.contains("name")) return j;
    auto id = j.find("@id");
    if (id == j.end() || !id->is_string()) return j;
    auto it = by_id.find(id->get<std::string>());
    return it == by_id.end() ? j : *it->second;
  }

  void ReadArticle(const Json& a, const IdMap& by_id) {
    if (!c_->ld_headline.empty() && !c_->ld_date.empty()) return;  // first article wins
    SetOnce(&c_->ld_headline, StringField(a, "headline"));
    SetOnce(&c_->ld_date, StringField(a, "datePublished"));
    SetOnce(&c_->ld_date, StringField(a, "dateCreated"));
    SetOnce(&c_->ld_modified, StringField(a, "dateModified"));
    if (c_->ld_body.empty()) {
      std::string body = StringField(a, "articleBody");
      if (body.size() <= kMaxArticleBodyBytes) c_->ld_body = util::RepairUtf8(body);
    }
    if (auto p = a.find("publisher"); p != a.end())
      if (const Json& pub = Resolve(*p, by_id); pub.is_object()) SetOnce(&c_->ld_publisher, StringField(pub, "name"));
    if (auto au = a.find("author"); au != a.end() && c_->ld_authors.empty()) ReadAuthors(*au, by_id);
  }

  void ReadAuthors(const Json& value, const IdMap& by_id) {
    std::vector<const Json*> items;
    if (value.is_array()) {
      for (const Json& v : value) items.push_back(&v);
    } else {
      items.push_back(&value);
    }
    for (const Json* item : items) {
      const Json& a = Resolve(*item, by_id);
      std::string name;
      if (a.is_string()) name = DecodeCommonEntities(a.get_ref<const std::string&>());
      else if (a.is_object() && !TypeMatches(a, {"Organization", "NewsMediaOrganization"})) name = StringField(a, "name");
      for (Author& author : ParseAuthorNames(util::RepairUtf8(name))) c_->ld_authors.push_back(std::move(author));
    }
  }

  Candidates* c_;
};

// ---- The walk --------------------------------------------------------------

bool IsAbsoluteHttpUrl(std::string_view u) {
  return util::IStartsWith(u, "http://") || util::IStartsWith(u, "https://");
}

bool ClassSaysByline(std::string_view cls) {
  if (cls.empty()) return false;
  std::array<char, 256> buf;  // lower-cased copy, no allocation per element
  size_t n = std::min(cls.size(), buf.size());
  for (size_t k = 0; k < n; ++k) buf[k] = (cls[k] >= 'A' && cls[k] <= 'Z') ? char(cls[k] + 32) : cls[k];
  std::string_view lower(buf.data(), n);
  return lower.find("byline") != std::string_view::npos || HasToken(lower, "author") ||
         HasToken(lower, "author-name") || HasToken(lower, "article-author") ||
         HasToken(lower, "story-author") || HasToken(lower, "post-author");
}

class MetaWalker {
 public:
  explicit MetaWalker(Candidates* c) : c_(c), ld_(c) {}

  void Walk(xmlNode* root) {
    for (xmlNode* n = root; n;) {
      bool descend = true;
      if (IsElement(n)) descend = Element(n);
      n = NextNode(n, root, descend);
    }
  }

 private:
  // The attributes read on every element, in one pass over its list.
  struct Common {
    std::string_view cls, id, itemprop, rel;
  };

  static Common ReadCommon(const xmlNode* n) {
    Common c;
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      std::string_view name = Name(reinterpret_cast<const xmlNode*>(a));
      if (name == "class") c.cls = AttrValue(a);
      else if (name == "id") c.id = AttrValue(a);
      else if (name == "itemprop") c.itemprop = AttrValue(a);
      else if (name == "rel") c.rel = AttrValue(a);
    }
    return c;
  }

  // Returns whether to look inside n.
  bool Element(xmlNode* n) {
    std::string_view name = Name(n);
    Common attrs = ReadCommon(n);
    if (name == "meta") Meta(n);
    else if (name == "link") Link(n);
    else if (name == "script") {
      Script(n);
      return false;
    } else if (name == "style" || name == "svg" || name == "template") {
      return false;
    } else if (name == "title" && !InsideTag(n, "svg")) SetOnce(&c_->html_title, TextOf(n, kMaxFieldBytes));
    else if (name == "html") SetOnce(&c_->html_lang, Attr(n, "lang"));
    else if (name == "h1") H1(n);
    else if (name == "time") Time(n);
    else if (name == "a" && HasToken(attrs.rel, "author")) SetOnce(&c_->rel_author, TextOf(n, 200));
    if (!attrs.itemprop.empty()) return ItemProp(n, attrs.itemprop);
    if (name != "body" && name != "html" && name != "article" && !(attrs.cls.empty() && attrs.id.empty())) {
      if (c_->byline.empty()) Byline(n, attrs);
      if (name != "time") VisibleDate(n, attrs);
    }
    return true;
  }

  // <time datetime>: a modified date when its class or itemprop says so,
  // else a published candidate (preferred inside the article); its text is
  // a visible date.
  void Time(xmlNode* n) {
    std::string_view dt = Attr(n, "datetime");
    std::string cls = util::AsciiLower(Attr(n, "class").substr(0, 256));
    bool modified = cls.find("updated") != std::string::npos || cls.find("modified") != std::string::npos ||
                    HasToken(Attr(n, "itemprop"), "dateModified");
    if (modified) SetOnce(&c_->time_modified, dt);
    else SetOnce(InArticle(n) ? &c_->time_in_article : &c_->time_any, dt);
    AddVisible(n, TextOf(n, 300), modified);
  }

  // Short text of an element whose class or id names a date, time, byline
  // or article meta line: "Published 27. Februar 2025", "Feb 27, 2025".
  void VisibleDate(xmlNode* n, const Common& attrs) {
    std::string_view cls = attrs.cls, id = attrs.id;
    if (cls.empty() && id.empty()) return;
    std::array<char, 386> buf;  // lower-cased "class id", no allocation per element
    size_t len = 0;
    for (std::string_view part : {cls.substr(0, 256), std::string_view(" "), id.substr(0, 128)})
      for (char ch : part) buf[len++] = (ch >= 'A' && ch <= 'Z') ? char(ch + 32) : ch;
    std::string_view key(buf.data(), len);
    bool dateish = false;
    for (std::string_view w : {"date", "time", "publish", "posted", "byline", "meta", "dateline", "stamp"})
      if (key.find(w) != std::string::npos) dateish = true;
    if (dateish && InsideTag(n, "time")) return;  // read with its <time>
    if (!dateish || (key.find("update") != std::string::npos && key.find("publish") == std::string::npos)) {
      if (dateish) AddVisible(n, TextOf(n, 300), true);
      return;
    }
    AddVisible(n, TextOf(n, 300), false);
  }

  void AddVisible(xmlNode* n, std::string text, bool modified) {
    if (text.empty() || text.size() > 200 || text.find_first_of("0123456789") == std::string::npos) return;
    modified |= StartsWithUpdateLabel(text);
    std::vector<std::string>& list =
        modified ? c_->visible_modified : InArticle(n) ? c_->visible_in_article : c_->visible_elsewhere;
    if (list.size() < 16) list.push_back(std::move(text));
  }

  static bool StartsWithUpdateLabel(std::string_view text) {
    std::string lower = util::AsciiLower(text.substr(0, 24));
    for (std::string_view label : {"updated", "last updated", "aktualisiert", "mis \xc3\xa0 jour", "actualizado",
                                   "aggiornato", "atualizado", "bijgewerkt", "zaktualizowano", "uppdaterad", "modified"})
      if (lower.rfind(label, 0) == 0) return true;
    return false;
  }

  void Meta(xmlNode* n) {
    std::string_view content = Attr(n, "content");
    std::string key = util::AsciiLower(Attr(n, "property"));
    if (key.empty()) key = util::AsciiLower(Attr(n, "name"));
    if (key.empty()) {
      if (util::IEquals(Attr(n, "http-equiv"), "content-language")) SetOnce(&c_->content_language, content);
      return;
    }
    std::string value = DecodeCommonEntities(content);
    static const std::unordered_map<std::string_view, std::string Candidates::*> kSlots{
        {"og:title", &Candidates::og_title},
        {"twitter:title", &Candidates::twitter_title},
        {"og:site_name", &Candidates::og_site_name},
        {"application-name", &Candidates::application_name},
        {"og:url", &Candidates::og_url},
        {"article:published_time", &Candidates::article_published},
        {"og:published_time", &Candidates::og_published},
        {"og:article:published_time", &Candidates::og_published},
        {"author", &Candidates::meta_author},
        {"article:author", &Candidates::article_author},
        {"date", &Candidates::meta_date},
        {"pubdate", &Candidates::meta_date},
        {"publish-date", &Candidates::meta_date},
        {"publish_date", &Candidates::meta_date},
        {"publication_date", &Candidates::meta_date},
        {"dc.date", &Candidates::meta_date},
        {"dc.date.issued", &Candidates::meta_date},
        {"dcterms.date", &Candidates::meta_date},
        {"dcterms.created", &Candidates::meta_date},
        {"sailthru.date", &Candidates::meta_date},
        {"parsely-pub-date", &Candidates::meta_date},
        {"article.published", &Candidates::meta_date},
        {"datepublished", &Candidates::meta_date},
        {"publishdate", &Candidates::meta_date},
        {"dc.date.created", &Candidates::meta_date},
        {"dcterms.issued", &Candidates::meta_date},
        {"citation_publication_date", &Candidates::meta_date},
        {"original-publish-date", &Candidates::meta_date},
        {"article:modified_time", &Candidates::article_modified},
        {"og:updated_time", &Candidates::article_modified},
        {"article:modified", &Candidates::article_modified},
        {"last-modified", &Candidates::meta_modified},
        {"dc.date.modified", &Candidates::meta_modified},
        {"dcterms.modified", &Candidates::meta_modified},
        {"datemodified", &Candidates::meta_modified},
    };
    auto it = kSlots.find(key);
    if (it != kSlots.end()) SetOnce(&(c_->*(it->second)), value);
  }

  void Link(xmlNode* n) {
    std::string_view rel = Attr(n, "rel");
    std::string_view href = util::Trim(Attr(n, "href"));
    if (HasToken(rel, "canonical") && IsAbsoluteHttpUrl(href)) SetOnce(&c_->canonical, href);
  }

  void Script(xmlNode* n) {
    if (util::IFind(Attr(n, "type"), "ld+json") == std::string_view::npos) return;
    std::string text;
    for (xmlNode* t = n->children; t; t = t->next)
      if (IsText(t)) text.append(Content(t));
    ld_.Read(text);
  }

  void H1(xmlNode* n) {
    std::string text = TextOf(n, kMaxFieldBytes);
    SetOnce(&c_->h1, text);
    if (InArticle(n)) SetOnce(&c_->h1_in_article, text);
  }

  bool ItemProp(xmlNode* n, std::string_view prop) {
    std::string_view content = Attr(n, "content");
    if (HasToken(prop, "dateModified")) {
      std::string_view dt = Attr(n, "datetime");
      SetOnce(&c_->itemprop_modified, !content.empty() ? content : !dt.empty() ? dt : std::string_view(TextOf(n, 100)));
    } else if (HasToken(prop, "datePublished")) {
      std::string_view dt = Attr(n, "datetime");
      SetOnce(&c_->itemprop_date, !content.empty() ? content : !dt.empty() ? dt : std::string_view(TextOf(n, 100)));
    } else if (HasToken(prop, "author")) {
      if (!content.empty()) SetOnce(&c_->itemprop_author, content);
      else SetOnce(&c_->itemprop_author, ItemPropName(n));
      return false;
    } else if (HasToken(prop, "headline")) {
      SetOnce(&c_->itemprop_headline, content.empty() ? TextOf(n, kMaxFieldBytes) : std::string(content));
    }
    return true;
  }

  // The text of a nested itemprop=name, else of the element itself.
  static std::string ItemPropName(xmlNode* n) {
    for (xmlNode* d = n; d; d = NextNode(d, n))
      if (IsElement(d) && d != n && HasToken(Attr(d, "itemprop"), "name")) {
        std::string_view content = Attr(d, "content");
        return content.empty() ? TextOf(d, 200) : std::string(content);
      }
    return TextOf(n, 200);
  }

  void Byline(xmlNode* n, const Common& attrs) {
    if (!ClassSaysByline(attrs.cls) && !ClassSaysByline(attrs.id)) return;
    std::string text = TextOf(n, 300);
    if (!text.empty() && text.size() < 200) SetOnce(&c_->byline, text);
  }

  static bool InArticle(const xmlNode* n) {
    for (; n; n = n->parent)
      if (IsElement(n) && (Name(n) == "article" || HasToken(Attr(n, "itemprop"), "articleBody"))) return true;
    return false;
  }

  Candidates* c_;
  JsonLdReader ld_;
};

// ---- Choosing --------------------------------------------------------------

template <class... S>
std::optional<std::string> FirstNonEmpty(const S&... s) {
  for (const std::string* v : {&s...})
    if (!v->empty()) return *v;
  return std::nullopt;
}

std::string AlnumLower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(char(c - 'A' + 'a'));
  }
  if (out.rfind("the", 0) == 0 && out.size() > 5) out.erase(0, 3);
  return out;
}

bool SameSite(std::string_view part, std::string_view site) {
  std::string p = AlnumLower(part), s = AlnumLower(site);
  if (p.empty() || s.size() < 2) return false;
  if (p == s) return true;
  return std::min(p.size(), s.size()) >= 3 && (p.rfind(s, 0) == 0 || s.rfind(p, 0) == 0);
}

// "www.bbc.co.uk" -> "bbc"; the label a site's name usually starts with.
std::string DomainLabel(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/:?#"));
  if (util::IStartsWith(host, "www.")) host.remove_prefix(4);
  return std::string(host.substr(0, host.find('.')));
}

void AddNonEmpty(std::vector<std::string>* out, std::initializer_list<const std::string*> values) {
  for (const std::string* v : values)
    if (!v->empty()) out->push_back(*v);
}

// Candidates in order of trust; ChooseDates (html_date.h) picks.
DateCandidates CollectDates(const Candidates& c) {
  DateCandidates d;
  AddNonEmpty(&d.published, {&c.ld_date, &c.article_published, &c.og_published, &c.itemprop_date, &c.meta_date,
                             &c.time_in_article});
  AddNonEmpty(&d.modified, {&c.ld_modified, &c.article_modified, &c.itemprop_modified, &c.meta_modified,
                            &c.time_modified});
  AddNonEmpty(&d.urls, {&c.canonical, &c.og_url});
  AddNonEmpty(&d.visible, {&c.time_any});
  d.visible.insert(d.visible.end(), c.visible_in_article.begin(), c.visible_in_article.end());
  d.visible.insert(d.visible.end(), c.visible_elsewhere.begin(), c.visible_elsewhere.end());
  d.visible_modified = c.visible_modified;
  return d;
}

std::vector<Author> ChooseAuthors(const Candidates& c, const std::optional<std::string>& site) {
  if (!c.ld_authors.empty()) return c.ld_authors;
  std::string article_author = IsAbsoluteHttpUrl(c.article_author) ? "" : c.article_author;
  for (const std::string* s : std::initializer_list<const std::string*>{&c.meta_author, &article_author, &c.itemprop_author, &c.rel_author, &c.byline}) {
    if (s->empty() || (site && SameSite(*s, *site))) continue;
    std::vector<Author> authors = ParseAuthorNames(*s);
    if (!authors.empty()) return authors;
  }
  return {};
}

std::optional<std::string> LanguageHint(const Candidates& c) {
  for (const std::string* s : {&c.html_lang, &c.content_language}) {
    std::string code = util::AsciiLower(s->substr(0, s->find_first_of("-_,; ")));
    if (code.size() == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z') return code;
  }
  return std::nullopt;
}

}  // namespace

std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view domain) {
  static constexpr std::array<std::string_view, 7> kSeparators{" | ", " - ", " \u2013 ", " \u2014 ", " :: ",
                                                              " \u00b7 ", " \u00bb "};
  for (std::string_view sep : kSeparators) {
    size_t last = title.rfind(sep);
    if (last != std::string_view::npos) {
      std::string_view right = title.substr(last + sep.size());
      if (SameSite(right, site_name) || SameSite(right, domain)) return std::string(util::Trim(title.substr(0, last)));
    }
    size_t first = title.find(sep);
    if (first != std::string_view::npos) {
      std::string_view left = title.substr(0, first);
      if (SameSite(left, site_name) || SameSite(left, domain)) return std::string(util::Trim(title.substr(first + sep.size())));
    }
  }
  return std::string(title);
}

PageMeta ReadPageMeta(xmlDoc* doc) {
  Candidates c;
  MetaWalker(&c).Walk(reinterpret_cast<xmlNode*>(doc));
  PageMeta m;
  m.site_name = FirstNonEmpty(c.og_site_name, c.ld_publisher, c.application_name, c.ld_site);
  m.canonical = FirstNonEmpty(c.canonical, IsAbsoluteHttpUrl(c.og_url) ? c.og_url : std::string());
  std::optional<std::string> title = FirstNonEmpty(c.og_title, c.twitter_title, c.ld_headline, c.itemprop_headline,
                                                   c.h1_in_article, c.html_title, c.h1);
  if (title) {
    std::string stripped = StripSiteName(*title, m.site_name.value_or(""), DomainLabel(m.canonical.value_or("")));
    if (!stripped.empty()) m.title = std::move(stripped);
  }
  m.dates = CollectDates(c);
  m.authors = ChooseAuthors(c, m.site_name);
  m.language = LanguageHint(c);
  if (!c.ld_body.empty()) m.article_body = std::move(c.ld_body);
  return m;
}

}  // namespace dateline::extract::html
