// Bytes in any charset -> valid UTF-8. The charset is taken, in order, from
// a byte-order mark, the HTTP Content-Type header, an HTML <meta charset> or
// http-equiv tag in the first 4 KiB, and otherwise detected (ICU's
// CharsetDetector; valid UTF-8 is kept as UTF-8). Conversion is done with ICU;
// bytes that do not convert become U+FFFD.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::extract {

struct Decoded {
  std::string text;     // valid UTF-8, BOM removed
  std::string charset;  // the charset used, e.g. "UTF-8", "windows-1252"
};

Decoded DecodeToUtf8(std::string_view bytes, const std::optional<std::string>& content_type);

// The bytes themselves when DecodeToUtf8 would return them unchanged: valid
// UTF-8 with no BOM and no control byte to drop, not declared as a charset
// whose ASCII bytes mean something else. nullopt otherwise (then decode).
// One pass over the bytes; the view is into `bytes`.
std::optional<std::string_view> AsCleanUtf8(std::string_view bytes, const std::optional<std::string>& content_type);

}  // namespace dateline::extract
