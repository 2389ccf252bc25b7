// Name keys for the gazetteer: the one normalisation every table and every
// query goes through, so that "U.S." = "US", "Côte d’Ivoire" = "Cote
// d'Ivoire", "St. Petersburg" = "Saint Petersburg", "Guinea-Bissau" =
// "Guinea Bissau". Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace dateline::entities::geo {

// Marks a key made from an all-capital short name ("US", "U.K.", "UAE"):
// such names match only text written in capitals, so "us" is not the USA.
inline constexpr char kAcronymMark = '\x01';

// The lookup key of `name`: Latin letters folded to lower-case ASCII
// (diacritics dropped, "ß" -> "ss", "æ" -> "ae"), other scripts lower-cased;
// dots, commas and apostrophes dropped; hyphens, slashes and runs of space
// made one space; the words St, Ste, Mt, Ft spelt out. Names of 2-4 capital
// letters (dots aside) get kAcronymMark in front instead of being lowered.
std::string NameKey(std::string_view name);

// The key of `name` ignoring its case: never an acronym key. A query in
// capitals ("IRAN", "UK") is looked up under NameKey first, then this.
std::string PlainKey(std::string_view name);

// Number of words in a key.
size_t KeyWords(std::string_view key);

// Whether `word` (lower case) is a spelling of the Arabic article: "al",
// "el", and its forms before sun letters ("ez", "ash", "ad" ...).
bool IsArabicArticle(std::string_view word);

// `key` with each Arabic article spelt "al": a word "el", "ez", "ash" ...
// (the article's forms before sun letters) followed by another word.
// "deir el zour" -> "deir al zour".
std::string ArabicArticlesAsAl(std::string_view key);

}  // namespace dateline::entities::geo
