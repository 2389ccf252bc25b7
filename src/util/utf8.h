// UTF-8 validation and repair. Text is valid UTF-8 after the extract stage;
// these are the checks at that boundary.
#pragma once

#include <string>
#include <string_view>

namespace dateline::util {

// True if s is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool IsValidUtf8(std::string_view s);
// Byte length of the valid UTF-8 prefix of s.
size_t ValidUtf8Prefix(std::string_view s);
// Copies s, replacing each invalid byte with U+FFFD and dropping NUL and
// other C0 controls except \t and \n (\r is dropped too).
std::string RepairUtf8(std::string_view s);

}  // namespace dateline::util
