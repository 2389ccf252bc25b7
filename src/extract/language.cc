#include "extract/language.h"

namespace dateline::extract {

// Placeholder until CLD2 lands.
std::optional<std::string> DetectLanguage(std::string_view utf8_text, bool is_html) { return std::nullopt; }

}  // namespace dateline::extract
