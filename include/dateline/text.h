// Text: the article text -> tokens, sentences and date mentions, all as byte
// offsets into that text (UTF-8, half-open [start, end)). The text itself is
// never rewritten, so every offset a later stage keeps can be highlighted in
// the original; Unicode normalisation happens in how characters are read
// (curly and straight quotes, NBSP and ASCII space, the dash family are each
// one class to the scanner) and, for dictionary lookups, in
// NormalizeForLookup().
//
// Input: valid UTF-8 (what extract produces). Invalid bytes do not crash the
// scanner; each becomes a one-byte symbol token.
//
// Thread-safety: AnalyzeText and NormalizeForLookup are pure functions of
// their arguments and the stage's data files (data/abbreviations.txt,
// data/text_sentence_starters.txt, read once per process on first use,
// thread-safe). The results own no pointers into the text: the caller keeps
// the text alive for as long as it wants to read token bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/result.h"

namespace dateline {

struct Span {
  size_t start = 0, end = 0;  // byte offsets, half-open
  size_t size() const { return end - start; }
};

enum class TokenKind : uint8_t {
  kWord,     // letters, digits, marks; "U.S.", "Sen.", "J.", "open-source", "AT&T", "27th", "5G"
  kNumber,   // digits with inner . , : / - : "3,000", "2.75", "1.5", "10:30", "2025-02-27"
  kClitic,   // split off a word: "’s", "'s", "n’t", "’re", "’ve", "’ll", "’d", "’m", plural possessive "’"
  kPunct,    // . , ; : ! ? ( ) [ ] and runs of terminal marks ("...", "?!", "…"), dashes – — --
  kQuote,    // " ' “ ” ‘ ’ « » „ ‹ › standing alone (see kOpening / kClosing)
  kSymbol,   // anything else, one code point: $ % & # @ € emoji, and each invalid byte
  kUrl,      // http://..., https://..., www.example.com, example.com/path
  kEmail,    // name@example.org
};

// Token::flags bits.
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,     // first letter is upper case (any script with case)
  kAllCaps = 1 << 1,         // two or more letters, none lower case: "NATO", "U.S.", "MOSCOW"
  kHasDigit = 1 << 2,        // a word with a digit in it: "27th", "5G", "COVID-19"
  kAbbreviation = 1 << 3,    // the token ends with a period that belongs to it: "Sen.", "U.S.", "J."
  kInitial = 1 << 4,         // one upper-case letter and a period: "J." (also kAbbreviation)
  kTitle = 1 << 5,           // an abbreviation that precedes a name: "Sen.", "Gen.", "Dr." (never ends a sentence)
  kHyphenated = 1 << 6,      // "open-source", "U.S.-backed", "2025-02-27"
  kLineStart = 1 << 7,       // first token after a newline (or of the text)
  kParagraphStart = 1 << 8,  // first token after a blank line (or of the text)
  kSpaceBefore = 1 << 9,     // whitespace (or the start of the text) directly before
  kOpening = 1 << 10,        // an opening quote or bracket
  kClosing = 1 << 11,        // a closing quote or bracket
};

struct Token {
  size_t start = 0, end = 0;  // byte offsets into the text
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;         // TokenFlag bits
  bool has(TokenFlag f) const { return (flags & f) != 0; }
  std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
};

// A sentence is a run of whole tokens: [token_begin, token_end) indexes
// TextAnalysis::tokens, [start, end) are the bytes from its first token's
// start to its last token's end. Sentences are in order, never overlap and
// together hold every token.
struct Sentence {
  size_t start = 0, end = 0;
  size_t token_begin = 0, token_end = 0;
  bool forced = false;  // cut by TextOptions::max_sentence_tokens, not by punctuation
};

enum class DateGranularity : uint8_t { kDay, kWeek, kMonth, kYear };

struct DateMention {
  std::string text;           // the words of the mention: "Thursday", "last week", "Feb. 27"
  size_t start = 0, end = 0;  // byte offsets into the text
  // ISO 8601: "YYYY-MM-DD" (kDay; kWeek gives that week's Monday),
  // "YYYY-MM" (kMonth), "YYYY" (kYear). nullopt when it cannot be resolved:
  // a relative date with no publication date, a month and day with no year
  // to place them in, an ambiguous "03/04/2025".
  std::optional<std::string> value;
  DateGranularity granularity = DateGranularity::kDay;
  bool relative = false;  // resolved against the publication date (or an earlier mention)
};

struct TextAnalysis {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<DateMention> dates;
};

struct TextOptions {
  // A sentence longer than this many tokens is cut (Sentence::forced), so
  // later stages never see an unbounded sentence. Default 2000.
  size_t max_sentence_tokens = 2000;
  // No token is longer than this many bytes (at least 8): a longer run of
  // word characters, URL or run of marks is cut into several tokens at code
  // point boundaries. Default 4096.
  size_t max_token_bytes = 4096;
  // Every newline ends a sentence (Dateline's text keeps paragraphs on their
  // own lines). false: only a blank line does, for hard-wrapped text.
  bool newline_ends_sentence = true;
  // Find and resolve date mentions. Default true.
  bool dates = true;
};

// Tokens, sentences and dates of `text`. `published` is the article's
// publication date, ISO 8601 date or date-time ("2025-02-27",
// "2025-02-27T10:00:00Z"); relative dates resolve against it and stay
// unresolved (value nullopt) without it or when it does not parse.
// Never fails; empty text gives an empty analysis.
TextAnalysis AnalyzeText(std::string_view text, const std::optional<std::string>& published,
                         const TextOptions& options = {});

// The form of `s` for dictionary lookups: Unicode NFKC, curly quotes and
// apostrophes to ASCII ' and ", the dash family (hyphen, en/em dash, minus)
// to '-', every Unicode space to ' '. Case is kept.
std::string NormalizeForLookup(std::string_view s);

// Reads and checks the stage's data files now (they are otherwise read on
// first use). Returns the number of entries loaded, or the first bad line as
// an Error whose message names "file:line". Bad lines are skipped either
// way, so AnalyzeText works with the good ones. Thread-safe.
Result<size_t> LoadTextData();

}  // namespace dateline
