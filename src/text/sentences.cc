// Sentence splitting over the tokens, one pass. A sentence ends
//   - before a token that starts a line (a paragraph in Dateline's text), or
//     a paragraph only, with TextOptions::newline_ends_sentence off;
//   - after terminal punctuation (". ? ! … ...", "?!"), plus any closing
//     quotes and brackets glued after it ("yes.” Then" ends after ”), unless
//     the next token is a lower-case word, a clitic or inner punctuation
//     ("“Why?” he asked", "e.g. this"); 。！？ and the danda end it always;
//   - after an abbreviation that may end a sentence ("U.S.", "Inc.", "St.",
//     an initial "J.") only when the next word is a typical sentence opener
//     from data/text_sentence_starters.txt ("the U.S. The talks" splits,
//     "U.S. President Donald J. Trump" does not); never after a title
//     ("Sen.", "Gen.", "Dr.");
//   - around a wire dateline run into its neighbours ("Peter Blackburn
//     BRUSSELS 1996-08-22 The Commission said", as when a story's lines are
//     joined by spaces): before its place in capitals when a title-case word
//     (the byline) precedes it, and after its ISO date when a word follows;
//   - after max_sentence_tokens tokens, whatever follows (Sentence::forced).
#include "text/internal.h"

namespace dateline::text {
namespace {

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex, const TextOptions& options)
      : text_(text), tokens_(tokens), lex_(lex), options_(options) {}

  std::vector<Sentence> Run() {
    std::vector<Sentence> out;
    size_t n = tokens_.size(), begin = 0, break_at = SIZE_MAX;
    std::vector<size_t> dateline_breaks = DatelineBreaks();  // ascending
    size_t next_dateline = 0;
    size_t max_tokens = std::max<size_t>(options_.max_sentence_tokens, 1);
    for (size_t t = 0; t < n; ++t) {
      if (t > begin) {
        bool forced = t - begin >= max_tokens;
        while (next_dateline < dateline_breaks.size() && dateline_breaks[next_dateline] < t) ++next_dateline;
        bool dateline = next_dateline < dateline_breaks.size() && dateline_breaks[next_dateline] == t;
        if (t == break_at || dateline || forced || StartsBlock(tokens_[t])) {
          out.push_back(Make(begin, t, forced && t != break_at && !StartsBlock(tokens_[t])));
          begin = t;
        }
      }
      if (IsTerminal(tokens_[t])) {
        size_t next = SkipClosers(t + 1);
        if (next < n && next > t && EndsBefore(tokens_[t], tokens_[next])) break_at = next;
      }
    }
    if (begin < n) out.push_back(Make(begin, n, false));
    return out;
  }

 private:
  Sentence Make(size_t begin, size_t end, bool forced) const {
    return Sentence{tokens_[begin].start, tokens_[end - 1].end, begin, end, forced};
  }

  bool StartsBlock(const Token& tok) const {
    return tok.has(kParagraphStart) || (options_.newline_ends_sentence && tok.has(kLineStart));
  }

  // "1996-08-22": a number of four, two and two digits.
  bool IsIsoDate(size_t t) const {
    const Token& tok = tokens_[t];
    if (tok.kind != TokenKind::kNumber || tok.end - tok.start != 10) return false;
    std::string_view s = tok.in(text_);
    for (size_t i = 0; i < s.size(); ++i)
      if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
    return true;
  }

  bool IsCapsWord(size_t t) const { return tokens_[t].kind == TokenKind::kWord && tokens_[t].has(kAllCaps); }

  // The date at t ends a dateline when the place before it opens with a word
  // in capitals: "LONDON 1996-08-30", "NEW HAVEN , Connecticut 1996-08-21".
  // The place starts a sentence when a title-case word precedes it.
  std::vector<size_t> DatelineBreaks() const {
    std::vector<size_t> out;
    for (size_t t = 0; t < tokens_.size(); ++t)
      if (IsIsoDate(t)) MarkDateline(t, &out);
    return out;
  }

  void MarkDateline(size_t t, std::vector<size_t>* out) const {
    size_t p = t;
    while (p > 0 && (IsCapsWord(p - 1) || tokens_[p - 1].has(kCapitalized) || IsComma(p - 1)) && t - p < 8) --p;
    while (p < t && !IsCapsWord(p)) ++p;  // the first word in capitals
    if (p == t) return;
    if (p > 0 && tokens_[p - 1].kind == TokenKind::kWord && tokens_[p - 1].has(kCapitalized) && !IsCapsWord(p - 1))
      out->push_back(p);
    if (t + 1 < tokens_.size() && tokens_[t + 1].kind != TokenKind::kPunct) out->push_back(t + 1);
  }

  bool IsComma(size_t t) const { return tokens_[t].kind == TokenKind::kPunct && tokens_[t].in(text_) == ","; }

  CharClass FirstClass(const Token& tok) const { return ReadChar(text_, tok.start).cls; }

  bool IsTerminal(const Token& tok) const {
    if (tok.has(kAbbreviation)) return true;
    if (tok.kind != TokenKind::kPunct) return false;
    CharClass c = FirstClass(tok);
    return c == CharClass::kTerminal || c == CharClass::kHardTerminal;
  }

  // The first token at or after t that is not a closing quote or bracket
  // glued to what came before.
  size_t SkipClosers(size_t t) const {
    while (t < tokens_.size() && tokens_[t].has(kClosing) && !tokens_[t].has(kLineStart)) ++t;
    return t;
  }

  bool EndsBefore(const Token& term, const Token& next) const {
    if (term.kind == TokenKind::kPunct && FirstClass(term) == CharClass::kHardTerminal) return true;
    if (term.has(kAbbreviation)) return AbbreviationEnds(term, next);
    return PunctuationEnds(next);
  }

  bool PunctuationEnds(const Token& next) const {
    switch (next.kind) {
      case TokenKind::kWord: return !StartsLowerCase(next);
      case TokenKind::kClitic: return false;
      case TokenKind::kPunct: return next.has(kOpening) || FirstClass(next) == CharClass::kDash;
      default: return true;
    }
  }

  bool StartsLowerCase(const Token& tok) const {
    for (size_t i = tok.start; i < tok.end;) {
      CharInfo c = ReadChar(text_, i);
      if (c.cls == CharClass::kLetter) return c.lower;
      i += c.len;
    }
    return false;
  }

  bool AbbreviationEnds(const Token& term, const Token& next) const {
    if (term.has(kTitle)) return false;
    if (next.kind == TokenKind::kQuote && next.has(kOpening)) return true;
    if (next.kind != TokenKind::kWord || !next.has(kCapitalized)) return false;
    std::string_view word = next.in(text_);
    if (word.size() > 16) return false;
    return lex_.starters.count(std::string(word)) > 0;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const Lexicon& lex_;
  const TextOptions& options_;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex,
                                     const TextOptions& options) {
  return Splitter(text, tokens, lex, options).Run();
}

}  // namespace dateline::text
