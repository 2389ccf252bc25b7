// The extract stage's entry point: decide what the bytes are, decode them to
// UTF-8, hand them to the HTML or plain-text reader, then fill what the
// container already knew (id, URL, title, date from a JSON Lines record or a
// WARC header) and what every article gets (stable id, domain, language).
#include "dateline/extract.h"

#include "extract/charset.h"
#include "extract/html.h"
#include "extract/html_date.h"
#include "extract/language.h"
#include "extract/plaintext.h"
#include "util/hash.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {
namespace {

bool ContentTypeIsHtml(const std::optional<std::string>& content_type) {
  return content_type && (util::IFind(*content_type, "html") != std::string::npos);
}

// Markup is recognised by its first tag: a page starts (after a BOM, space or
// comments) with "<!doctype", "<html", "<head", "<body", or carries one of
// those tags early on.
bool LooksLikeHtml(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  std::string_view t = util::Trim(head);
  if (t.substr(0, 3) == "\xEF\xBB\xBF") t = util::Trim(t.substr(3));
  if (t.empty() || t[0] != '<') {
    return util::IFind(head, "<html") != std::string_view::npos ||
           util::IFind(head, "<body") != std::string_view::npos;
  }
  for (std::string_view tag : {"<!doctype", "<html", "<head", "<body", "<?xml", "<!--", "<meta",
                               "<title", "<div", "<p", "<article", "<section", "<script"})
    if (util::IStartsWith(t, tag)) return true;
  return false;
}

DocFormat ResolveFormat(const RawDocument& doc) {
  if (doc.format != DocFormat::kAuto) return doc.format;
  if (ContentTypeIsHtml(doc.content_type) || LooksLikeHtml(doc.bytes)) return DocFormat::kHtml;
  return DocFormat::kText;
}

std::optional<std::string> DomainOf(const std::optional<std::string>& url) {
  if (!url) return std::nullopt;
  std::string_view u = *url;
  size_t scheme = u.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  u.remove_prefix(scheme + 3);
  u = u.substr(0, u.find_first_of("/?#"));
  if (size_t at = u.rfind('@'); at != std::string_view::npos) u.remove_prefix(at + 1);
  u = u.substr(0, u.find(':'));
  std::string host = util::AsciiLower(u);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  if (host.empty()) return std::nullopt;
  return host;
}

// Paragraphs of clean body text are kept as given, with line endings
// normalised and runs of blank lines reduced to one "\n\n".
std::string NormaliseBody(std::string_view text) {
  std::string out;
  int blank = 0;
  for (std::string_view line : util::SplitLines(text)) {
    std::string_view t = util::Trim(line);
    if (t.empty()) { ++blank; continue; }
    if (!out.empty()) out += blank ? "\n\n" : "\n";
    out.append(t);
    blank = 0;
  }
  return out;
}

void FillFromContainer(const RawDocument& doc, Article* a) {
  a->input = doc.input;
  if (doc.url) a->url = doc.url;
  if (doc.title) a->title = doc.title;
  if (doc.published) a->published = doc.published;
  if (doc.id) {
    a->id = *doc.id;
  } else {
    uint64_t h = util::Hash64(doc.bytes, util::Hash64(doc.url.value_or("")));
    a->id = util::Hex64(h);
  }
  a->source.domain = DomainOf(a->url);
}

// A date after the document was fetched is an error of the page or of our
// reading of it, whichever reader produced it: it is dropped, never kept.
void DropFutureDates(const RawDocument& doc, Article* a) {
  if (!doc.fetch_time) return;
  if (a->published && extract::html::IsAfterFetch(*a->published, *doc.fetch_time)) a->published.reset();
  if (a->modified && extract::html::IsAfterFetch(*a->modified, *doc.fetch_time)) a->modified.reset();
}

}  // namespace

Result<Article> ExtractArticle(const RawDocument& doc, const ExtractOptions& options) {
  Article article;
  DocFormat format = ResolveFormat(doc);
  // Clean UTF-8, the usual case, is read in place; anything else is decoded.
  extract::Decoded decoded;
  std::optional<std::string_view> clean = extract::AsCleanUtf8(doc.bytes, doc.content_type);
  if (!clean) decoded = extract::DecodeToUtf8(doc.bytes, doc.content_type);
  std::string_view text = clean ? *clean : std::string_view(decoded.text);
  if (format == DocFormat::kHtml) {
    Result<bool> parsed = extract::ParseHtml(text, doc, options, &article);
    if (!parsed.ok()) return MakeError(parsed.error().message, doc.input);
  } else if (format == DocFormat::kText) {
    extract::ParsePlainText(text, &article);
  } else {
    article.text = NormaliseBody(text);
  }
  FillFromContainer(doc, &article);
  DropFutureDates(doc, &article);
  if (article.text.size() < std::max<size_t>(options.min_text_bytes, 1))
    return MakeError("no article text found", doc.input);
  if (!article.language) article.language = extract::DetectLanguage(article.text);
  return article;
}

}  // namespace dateline
