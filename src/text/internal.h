// Pieces of the text stage shared between its files; not a public API.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/result.h"
#include "dateline/text.h"

namespace dateline::text {

// --- Characters (chars.cc) -------------------------------------------------

enum class CharClass : uint8_t {
  kSpace, kNewline, kLetter, kDigit, kJoiner,  // kJoiner: combining marks, ZWJ, soft hyphen
  kApostrophe,                                 // ' and ’ (apostrophe or single quote)
  kQuote,                                      // " “ ” ‘ „ « » ‹ ›
  kHyphen,                                     // - ‐ ‑
  kDash,                                       // – — ― and other Pd
  kTerminal,                                   // . ? ! …
  kHardTerminal,                               // 。 ！ ？ । ۔ ؟: end a sentence whatever follows
  kOpenBracket, kCloseBracket, kPunct, kSymbol,
};

struct CharInfo {
  char32_t cp = 0;
  uint8_t len = 1;  // bytes
  CharClass cls = CharClass::kSymbol;
  bool upper = false, lower = false;
};

// The character at text[i] (i < size). An invalid byte reads as a one-byte kSymbol.
CharInfo ReadChar(std::string_view text, size_t i);

// --- Data files (lexicon.cc) ----------------------------------------------

enum class AbbrevClass : uint8_t {
  kTitle,   // precedes a name, never ends a sentence: Sen. Gen. Dr.
  kNumber,  // an abbreviation only before a number: No. Art. Vol.
  kOther,   // may end a sentence: Inc. St. Jan. etc.
};

struct Lexicon {
  std::unordered_map<std::string, AbbrevClass> abbreviations;  // "Sen." -> kTitle (with the period)
  std::unordered_set<std::string> starters;                    // "The", "He", ...
  size_t max_abbreviation_bytes = 0;
};

// Parses abbreviations.txt ("Sen. title" lines) into lex. Appends an Error
// per bad line ("name:line: why") to errors.
void ParseAbbreviations(std::string_view data, std::string_view name, Lexicon* lex,
                        std::vector<Error>* errors);
// Parses text_sentence_starters.txt (one capitalised word per line).
void ParseStarters(std::string_view data, std::string_view name, Lexicon* lex,
                   std::vector<Error>* errors);

struct LoadedLexicon {
  Lexicon lexicon;
  std::vector<Error> errors;
};
// The lexicon from the data files, built once per process.
const LoadedLexicon& DefaultLexicon();

// --- Stages of AnalyzeText ------------------------------------------------

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lex, const TextOptions& options);
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const Lexicon& lex, const TextOptions& options);

// --- Calendar (calendar.cc) -----------------------------------------------

struct CivilDate {
  int y = 0, m = 0, d = 0;
};
int64_t DaysFromCivil(CivilDate date);  // days since 1970-01-01
CivilDate CivilFromDays(int64_t days);
int DaysInMonth(int y, int m);
int Weekday(CivilDate date);  // 0 = Monday ... 6 = Sunday
bool IsValidDate(int y, int m, int d);
// "YYYY-MM-DD" at the start of s (the date part of a date-time too).
std::optional<CivilDate> ParseIsoDate(std::string_view s);
std::string FormatDate(CivilDate date, DateGranularity g);

std::vector<DateMention> FindDates(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences,
                                   std::optional<CivilDate> published);

}  // namespace dateline::text
