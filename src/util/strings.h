// Small string helpers shared by every stage. ASCII-only case folding: news
// markup keywords and wire conventions are ASCII; Unicode-aware work uses ICU.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::util {

bool IsSpace(char c);  // ASCII whitespace
std::string_view Trim(std::string_view s);         // ASCII whitespace and UTF-8 NBSP
std::string AsciiLower(std::string_view s);
bool IStartsWith(std::string_view s, std::string_view prefix);  // ASCII case-insensitive
bool IEquals(std::string_view a, std::string_view b);
size_t IFind(std::string_view haystack, std::string_view needle, size_t from = 0);
std::vector<std::string_view> SplitLines(std::string_view s);  // on \n, dropping \r
// Collapses runs of whitespace (ASCII and NBSP) into one space, trimmed.
std::string CollapseSpace(std::string_view s);

}  // namespace dateline::util
