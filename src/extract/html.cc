// HTML page -> Article: parse with libxml2's tolerant HTML parser, read the
// metadata (html_meta), find the main text (html_text), clean its head and
// tail with the plain-text reader's modules (html_cleanup), choose the dates
// (html_date), identify the language.
//
// Bounds. libxml2 without HTML_PARSE_HUGE stops the whole parse when the tree
// gets deeper than 256, which would lose everything after one pathological
// spot. We sit between the parser and its tree builder instead: a SAX filter
// forwards events to libxml2's own SAX2 builder but drops elements (and their
// text) nested deeper than min(options.max_html_depth, 250), so the tree never
// reaches libxml2's limit and the rest of the page is kept. The same filter
// drops the text of <script> and <style> (except JSON-LD) before it is ever
// stored, which keeps the tree small for pages with megabytes of inline
// script. Pages larger than kMaxHtmlBytes lose their script bodies, then are
// parsed up to that size; libxml2 runs at 30-100 MB/s, so that bounds the
// time per page to well under a second plus our own linear walks. libxml2's
// error recovery is quadratic on some misnesting; see CountError.
#include "extract/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "extract/html_cleanup.h"
#include "extract/html_date.h"
#include "extract/html_dom.h"
#include "extract/html_meta.h"
#include "extract/html_text.h"
#include "extract/language.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

constexpr size_t kMaxHtmlBytes = 16 << 20;
constexpr int kLibxmlDepthLimit = 250;  // below libxml2's xmlParserMaxDepth (256)
constexpr int64_t kMaxErrorWork = 20'000'000;  // ~0.5 s of libxml2 error recovery
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;

// The SAX filter's state, reached through the parser context's _private.
struct Gate {
  xmlParserCtxtPtr ctxt = nullptr;
  int64_t error_work = 0;  // sum of open elements over parse errors so far
  int depth = 0;
  int max_depth = 0;
  int raw_text_depth = 0;  // > 0: inside a script/style whose text is dropped
  bool cut = false;        // something was nested too deep and dropped
  xmlSAXHandler orig;      // libxml2's SAX2 tree builder
};

Gate* GateOf(void* ctx) { return static_cast<Gate*>(static_cast<xmlParserCtxtPtr>(ctx)->_private); }

bool TextDropped(const Gate* g) { return g->depth > g->max_depth || g->raw_text_depth > 0; }

// <script> other than JSON-LD, and <style>: their text is never article text.
bool DropsText(const xmlChar* name, const xmlChar** atts) {
  std::string_view n(reinterpret_cast<const char*>(name));
  if (n == "style") return true;
  if (n != "script") return false;
  for (const xmlChar** a = atts; a && a[0]; a += 2)
    if (std::string_view(reinterpret_cast<const char*>(a[0])) == "type" && a[1] &&
        util::IFind(reinterpret_cast<const char*>(a[1]), "ld+json") != std::string_view::npos)
      return false;
  return true;
}

void GatedStart(void* ctx, const xmlChar* name, const xmlChar** atts) {
  Gate* g = GateOf(ctx);
  if (++g->depth > g->max_depth) {
    g->cut = true;
    return;
  }
  if (!g->raw_text_depth && DropsText(name, atts)) g->raw_text_depth = g->depth;
  g->orig.startElement(ctx, name, atts);
}

void GatedEnd(void* ctx, const xmlChar* name) {
  Gate* g = GateOf(ctx);
  int depth = g->depth--;
  if (depth > g->max_depth) return;
  if (g->raw_text_depth == depth) g->raw_text_depth = 0;
  g->orig.endElement(ctx, name);
}

void GatedCharacters(void* ctx, const xmlChar* ch, int len) {
  Gate* g = GateOf(ctx);
  if (!TextDropped(g)) g->orig.characters(ctx, ch, len);
}

void GatedWhitespace(void* ctx, const xmlChar* ch, int len) {
  Gate* g = GateOf(ctx);
  if (!TextDropped(g) && g->orig.ignorableWhitespace) g->orig.ignorableWhitespace(ctx, ch, len);
}

void GatedCdata(void* ctx, const xmlChar* ch, int len) {
  Gate* g = GateOf(ctx);
  if (!TextDropped(g) && g->orig.cdataBlock) g->orig.cdataBlock(ctx, ch, len);
}

void GatedComment(void* ctx, const xmlChar* value) {}  // comments are never needed

// libxml2 resolves a stray end tag by scanning every open element, and says
// so with an error. Charging each error the number of open elements bounds
// that quadratic worst case ("<b>" x 50,000 then "</i>" x millions): past
// the budget the parse stops and the page is read as far as it got.
void CountError(void* ctx, const char* msg, ...) {
  Gate* g = GateOf(ctx);
  g->error_work += 1 + g->ctxt->nameNr;
  if (g->error_work > kMaxErrorWork) xmlStopParser(g->ctxt);
}

struct ContextFree {
  void operator()(htmlParserCtxtPtr c) const { htmlFreeParserCtxt(c); }
};
struct DocFree {
  void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

DocPtr Parse(std::string_view html, int max_depth) {
  InitLibxml();
  std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(htmlCreateMemoryParserCtxt(html.data(), int(html.size())));
  if (!ctxt || !ctxt->sax) return nullptr;
  htmlCtxtUseOptions(ctxt.get(), kParseOptions);
  Gate gate;
  gate.max_depth = std::clamp(max_depth, 1, kLibxmlDepthLimit);
  gate.orig = *ctxt->sax;
  ctxt->sax->startElement = GatedStart;
  ctxt->sax->endElement = GatedEnd;
  ctxt->sax->characters = GatedCharacters;
  ctxt->sax->ignorableWhitespace = GatedWhitespace;
  ctxt->sax->cdataBlock = GatedCdata;
  ctxt->sax->comment = GatedComment;
  ctxt->sax->error = CountError;
  ctxt->sax->fatalError = CountError;
  ctxt->_private = &gate;
  gate.ctxt = ctxt.get();
  // The bytes are UTF-8 already; never let a <meta charset> re-decode them.
  if (xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8")) xmlSwitchToEncoding(ctxt.get(), utf8);
  htmlParseDocument(ctxt.get());
  DocPtr doc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  return doc;
}

// The body of the raw-text element opened at html[at] ("<script ...>" or
// "<style ...>"), as [start, end) offsets, or nullopt if html[at] opens none.
std::optional<std::pair<size_t, size_t>> RawTextBody(std::string_view html, size_t at) {
  std::string_view rest = html.substr(at);
  std::string_view close;
  if (util::IStartsWith(rest, "<script")) close = "</script";
  else if (util::IStartsWith(rest, "<style")) close = "</style";
  else return std::nullopt;
  size_t gt = html.find('>', at);
  if (gt == std::string_view::npos) return std::nullopt;
  size_t end = util::IFind(html, close, gt + 1);
  if (end == std::string_view::npos) end = html.size();
  return std::make_pair(gt + 1, end);
}

// A page over kMaxHtmlBytes: first the bodies of scripts and styles go (not
// JSON-LD), since megabytes of inline script are the usual reason a page is
// that big; what is still too long is cut at the last '<' before the limit.
std::string Bounded(std::string_view html) {
  if (html.size() <= kMaxHtmlBytes) return std::string(html);
  std::string out;
  size_t i = 0;
  while (i < html.size() && out.size() < kMaxHtmlBytes) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) lt = html.size();
    out.append(html.substr(i, lt - i));
    i = lt;
    if (i >= html.size()) break;
    std::optional<std::pair<size_t, size_t>> body = RawTextBody(html, i);
    if (!body) {
      out.push_back('<');
      ++i;
      continue;
    }
    bool json_ld = util::IFind(html.substr(i, body->first - i), "ld+json") != std::string_view::npos;
    out.append(html.substr(i, body->first - i));
    if (json_ld) out.append(html.substr(body->first, body->second - body->first));
    i = body->second;
  }
  if (out.size() > kMaxHtmlBytes) {
    size_t lt = out.rfind('<', kMaxHtmlBytes);
    out.resize(lt == std::string::npos || lt == 0 ? kMaxHtmlBytes : lt);
  }
  return out;
}

// JSON-LD articleBody -> paragraphs joined by "\n\n": markup some CMSs leave
// in it is removed (block tags end a paragraph), lines become paragraphs.
std::string ArticleBodyText(std::string_view body) {
  std::string plain;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '<') {
      plain.push_back(body[i]);
      continue;
    }
    size_t gt = body.find('>', i);
    if (gt == std::string_view::npos) break;
    std::string_view tag = body.substr(i + 1, gt - i - 1);
    bool ends_block = util::IStartsWith(tag, "/p") || util::IStartsWith(tag, "br") || util::IStartsWith(tag, "/h") ||
                      util::IStartsWith(tag, "/li") || util::IStartsWith(tag, "/div");
    plain.append(ends_block ? "\n" : " ");
    i = gt;
  }
  std::string out;
  for (std::string_view line : util::SplitLines(plain)) {
    std::string p = util::CollapseSpace(line);
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

// The page's own text is thin next to its JSON-LD articleBody (an app shell
// that renders the story with script, a teaser with the rest in data): the
// articleBody is the article. Both must be of some size for the comparison
// to mean anything.
bool ThinNextTo(std::string_view dom_text, std::string_view article_body) {
  constexpr size_t kMinBodyBytes = 500;
  return article_body.size() >= kMinBodyBytes && dom_text.size() * 2 < article_body.size();
}

xmlNode* FindBody(xmlNode* root) {
  for (xmlNode* c = root->children; c; c = c->next)
    if (html::IsElement(c) && html::Name(c) == "body") return c;
  return root;
}

// Authors from metadata win; a byline paragraph fills in roles for the same
// names, or the names when metadata has none; wire credits come last.
std::vector<Author> MergeAuthors(std::vector<Author> meta, const html::BodyCleanup& clean) {
  if (meta.empty()) return !clean.byline_authors.empty() ? clean.byline_authors : clean.credit_authors;
  for (Author& a : meta)
    for (const Author& b : clean.byline_authors)
      if (!a.role && b.role && util::IEquals(a.name, b.name)) a.role = b.role;
  return meta;
}

// Dates the cleaned text itself states join the visible candidates first,
// and the page's own URL goes before its canonical one.
void AddBodyDates(const RawDocument& doc, const html::BodyCleanup& clean, html::DateCandidates* dates) {
  if (doc.url) dates->urls.insert(dates->urls.begin(), *doc.url);
  std::vector<std::string> visible = clean.date_texts;
  if (clean.dateline && clean.dateline->date && clean.dateline->date->year)
    if (std::optional<std::string> iso = ToIso8601(*clean.dateline->date)) visible.push_back(*iso);
  dates->visible.insert(dates->visible.begin(), visible.begin(), visible.end());
  dates->visible_modified.insert(dates->visible_modified.begin(), clean.modified_texts.begin(),
                                 clean.modified_texts.end());
}

void Fill(html::PageMeta meta, std::string text, const RawDocument& doc, Article* article) {
  std::vector<std::string> paragraphs = html::SplitParagraphs(text);
  std::vector<std::string> outlets;
  if (meta.site_name) outlets.push_back(*meta.site_name);
  std::vector<std::string> author_names;
  for (const Author& a : meta.authors) author_names.push_back(a.name);
  html::BodyCleanup clean = html::CleanBody(&paragraphs, meta.title.value_or(""), outlets, author_names);
  text = html::JoinParagraphs(paragraphs);
  if (meta.title) article->title = std::move(meta.title);
  if (meta.site_name) article->source.name = std::move(meta.site_name);
  else if (clean.dateline && clean.dateline->source) article->source.name = clean.dateline->source;
  AddBodyDates(doc, clean, &meta.dates);
  html::ChosenDates dates = html::ChooseDates(meta.dates, doc.fetch_time);
  article->published = std::move(dates.published);
  article->modified = std::move(dates.modified);
  article->authors = MergeAuthors(std::move(meta.authors), clean);
  if (clean.dateline) article->dateline = clean.dateline->places;
  article->boilerplate = std::move(clean.boilerplate);
  if (!article->url && meta.canonical) article->url = std::move(meta.canonical);
  // CLD2 on the text decides; the page's lang attribute only fills in when
  // the text is too short or too mixed for CLD2 to be sure.
  std::optional<std::string> detected = DetectLanguage(text);
  article->language = detected ? std::move(detected) : std::move(meta.language);
  article->text = std::move(text);
}

}  // namespace

Result<bool> ParseHtml(std::string_view html, const RawDocument& raw, const ExtractOptions& options,
                       Article* article) {
  if (util::Trim(html).empty()) return MakeError("empty HTML document");
  DocPtr doc = html.size() > kMaxHtmlBytes ? Parse(Bounded(html), options.max_html_depth)
                                           : Parse(html, options.max_html_depth);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) return MakeError("HTML document has no elements");
  html::PageMeta meta = html::ReadPageMeta(doc.get());
  std::string text = html::ExtractMainText(FindBody(root), meta.title.value_or(""));
  if (meta.article_body) {
    std::string body = ArticleBodyText(*meta.article_body);
    if (ThinNextTo(text, body)) text = std::move(body);
  }
  Fill(std::move(meta), std::move(text), raw, article);
  return true;
}

}  // namespace dateline::extract
