// Language identification with CLD2: ISO 639-1 code ("en", "de", "zh"...),
// or nullopt when the text is too short or CLD2 is not reliable about it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::extract {

std::optional<std::string> DetectLanguage(std::string_view utf8_text, bool is_html = false);

}  // namespace dateline::extract
