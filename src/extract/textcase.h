// Unicode-aware letter case for the short strings wire copy puts in capitals:
// dateline places ("RIO DE JANEIRO") and bylines ("By GABRIEL GARCÍA
// MÁRQUEZ"). Code points are classified with ICU; all functions are pure.
#pragma once

#include <string>
#include <string_view>

namespace dateline::extract {

std::string UnicodeLower(std::string_view s);
// True when s has at least two letters and none of them is lower case.
bool IsAllCaps(std::string_view s);
// True when the first code point of s is an upper-case (or title-case) letter.
bool StartsUpper(std::string_view s);
// True when the first code point of s is a letter or digit.
bool StartsAlnum(std::string_view s);
// Number of code points in s.
size_t CodePoints(std::string_view s);

// "RIO DE JANEIRO" -> "Rio de Janeiro", "ST. LOUIS" -> "St. Louis",
// "MARY O'NEIL" -> "Mary O'Neil", "JEAN-LUC" -> "Jean-Luc", "J.D. VANCE" ->
// "J.D. Vance", "MCALLEN" -> "McAllen". Particles (de, da, van, von, al, of,
// the ...) are lower case except as the first word. Input in mixed case is
// returned unchanged.
std::string NormalCase(std::string_view s);

}  // namespace dateline::extract
