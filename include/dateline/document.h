// RawDocument: one document as a source yields it, before any analysis.
// Sources fill what their container knows (a WARC record's URL and HTTP
// Content-Type, a JSON Lines object's id and title); extract reads the rest
// from the bytes. Plain value type; safe to move between threads.
#pragma once

#include <optional>
#include <string>

namespace dateline {

// What the bytes of a document are. kAuto: decide from the content.
enum class DocFormat {
  kAuto,
  kHtml,  // an HTML page
  kText,  // a raw plain-text article (byline, dateline, footers still in it)
  kBody,  // clean article text, used verbatim as the article text
};

struct RawDocument {
  std::string input;  // where it came from: "path", or "path#offset" inside an archive
  std::string bytes;  // the document as read (decompressed, transport headers removed)
  DocFormat format = DocFormat::kAuto;

  std::optional<std::string> id;            // the record's own id, kept as the article id
  std::optional<std::string> url;           // WARC-Target-URI or a record's "url"
  std::optional<std::string> content_type;  // HTTP Content-Type header, with charset if given
  std::optional<std::string> fetch_time;    // ISO 8601, e.g. WARC-Date
  std::optional<std::string> title;         // a record's "title"
  std::optional<std::string> published;     // a record's "published"
};

}  // namespace dateline
