// The HTTP layer inside WARC response records: the status line and headers,
// and undoing the transfer and content codings of the payload. Pure
// functions over bytes already in memory; thread-safe. Errors carry only a
// message; the WARC reader names the record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/result.h"

namespace dateline::sources {

struct HttpResponse {
  int status = 0;
  std::optional<std::string> content_type;
  std::optional<std::string> transfer_encoding;
  std::optional<std::string> content_encoding;
  size_t body_offset = 0;  // where the payload starts in the block
};

// Parses "HTTP/x.y NNN reason" and the header lines up to the blank line
// (CRLF or bare LF). Header names are matched without regard to case.
Result<HttpResponse> ParseHttpResponse(std::string_view block);

// Undoes "Transfer-Encoding: chunked". A body that does not start with a
// chunk-size line is returned as it is (crawlers often store the decoded
// payload under the original header); a body cut short keeps what it has.
Result<std::string> Dechunk(std::string_view body);

// Undoes a Content-Encoding ("gzip", "x-gzip", "deflate", "identity", or a
// comma list of them), producing at most max_bytes (more is an error).
// A body that is plainly not encoded as declared is returned as it is.
Result<std::string> DecodeContent(std::string_view body, std::string_view coding, uint64_t max_bytes);

// True for Content-Types worth analysing: HTML, XHTML, plain text, or none.
bool IsArticleContentType(const std::optional<std::string>& content_type);

}  // namespace dateline::sources
