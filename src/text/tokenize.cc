// The tokenizer: one left-to-right pass over the UTF-8 bytes, no allocation
// but the output vector. At each position the character class (chars.cc)
// picks a scanner: words (letters, digits and the joiners that may sit
// inside them: "open-source", "3,000", "don’t", "AT&T"), quotes, runs of
// terminal marks, brackets, dashes, symbols. Before the general word scanner,
// three cheap checks catch forms that must stay whole: URLs (a scheme or
// "www."; or a word followed by ".com"-like endings), e-mail addresses (only
// when an '@' is near), and single-letter initialisms ("U.S.", "J.D.", "J.").
// After a word, a listed abbreviation takes its period ("Sen.", "No." before a
// number), and clitics are split off ("Russia’s" -> "Russia" "’s",
// "countries’ ability" -> "countries" "’").
//
// A hand-written scanner: ICU's word BreakIterator (measured side by side in
// bench/text_bench.cc) is several times slower and knows nothing of
// abbreviations, so it would still need this logic on top.
#include <algorithm>
#include <cstring>

#include "text/internal.h"

namespace dateline::text {
namespace {

bool IsAlnum(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }
bool IsWordChar(CharClass c) { return IsAlnum(c) || c == CharClass::kJoiner; }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool IStartsWithAt(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k)
    if (AsciiLower(s[i + k]) != prefix[k]) return false;
  return true;
}

bool IsEmailLocalChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsDomainChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Top-level domains that make "word.tld" a web address even without a scheme.
bool IsCommonTld(std::string_view s) {
  static constexpr std::string_view kTlds[] = {"com", "org", "net", "gov", "edu", "int", "mil", "io",
                                               "uk",  "ru",  "ua",  "de",  "fr",  "eu",  "info", "news", "tv"};
  for (std::string_view t : kTlds)
    if (s == t) return true;
  return false;
}

// Counts kept while scanning a word, turned into flags at the end.
struct WordShape {
  int letters = 0, upper = 0, lower = 0, digits = 0;
  bool first_upper = false, hyphen = false;
  size_t apostrophe = std::string_view::npos;  // byte offset of the last inner apostrophe
  size_t apostrophe_len = 0;

  void Add(const CharInfo& c) {
    if (c.cls == CharClass::kLetter) {
      if (letters + digits == 0) first_upper = c.upper;
      ++letters;
      upper += c.upper;
      lower += c.lower;
    } else if (c.cls == CharClass::kDigit) {
      ++digits;
    }
  }
  uint16_t Flags() const {
    uint16_t f = 0;
    if (first_upper) f |= kCapitalized;
    if (upper >= 2 && lower == 0) f |= kAllCaps;
    if (digits && letters) f |= kHasDigit;
    if (hyphen) f |= kHyphenated;
    return f;
  }
  TokenKind Kind() const { return letters == 0 && digits > 0 ? TokenKind::kNumber : TokenKind::kWord; }
};

// Every token fits max(TextOptions::max_token_bytes, this): room for a clitic
// ("’re", 5 bytes) and any code point.
constexpr size_t kMinTokenBytes = 8;

class Scanner {
 public:
  Scanner(std::string_view text, const Lexicon& lex, const TextOptions& options)
      : text_(text),
        n_(text.size()),
        lex_(lex),
        max_token_(std::max<size_t>(options.max_token_bytes, kMinTokenBytes)),
        next_at_(text.find('@')) {}

  std::vector<Token> Run() {
    tokens_.reserve(n_ / 5 + 16);
    size_t i = 0;
    while (i < n_) i = ScanAt(i);
    return std::move(tokens_);
  }

 private:
  size_t ScanAt(size_t i) {
    CharInfo c = ReadChar(text_, i);
    switch (c.cls) {
      case CharClass::kSpace: pending_ |= kSpaceBefore; return i + c.len;
      case CharClass::kNewline: return Newline(i + c.len);
      case CharClass::kLetter: case CharClass::kDigit: case CharClass::kJoiner: return Word(i, c);
      case CharClass::kApostrophe: case CharClass::kQuote: return Quote(i, c);
      case CharClass::kHyphen: case CharClass::kDash: return PunctRun(i, {CharClass::kHyphen, CharClass::kDash});
      case CharClass::kTerminal: return PunctRun(i, {CharClass::kTerminal, CharClass::kTerminal});
      case CharClass::kHardTerminal: return Emit(i, i + c.len, TokenKind::kPunct, 0);
      case CharClass::kOpenBracket: return Emit(i, i + c.len, TokenKind::kPunct, kOpening);
      case CharClass::kCloseBracket: return Emit(i, i + c.len, TokenKind::kPunct, kClosing);
      case CharClass::kPunct: return Emit(i, i + c.len, TokenKind::kPunct, 0);
      case CharClass::kSymbol: return Emit(i, i + c.len, TokenKind::kSymbol, 0);
    }
    return i + c.len;
  }

  size_t Newline(size_t next) {
    pending_ |= kSpaceBefore | kLineStart;
    if (++newlines_ >= 2) pending_ |= kParagraphStart;
    return next;
  }

  size_t Emit(size_t start, size_t end, TokenKind kind, uint16_t flags) {
    tokens_.push_back(Token{start, end, kind, uint16_t(flags | pending_)});
    pending_ = 0;
    newlines_ = 0;
    return end;
  }

  // A run of characters of the two given classes, one kPunct token ("...", "?!", "--").
  size_t PunctRun(size_t i, std::pair<CharClass, CharClass> classes) {
    size_t j = i;
    while (j < n_) {
      CharInfo c = ReadChar(text_, j);
      if (c.cls != classes.first && c.cls != classes.second) break;
      if (j > i && j + c.len - i > max_token_) break;
      j += c.len;
    }
    return Emit(i, j, TokenKind::kPunct, 0);
  }

  CharClass ClassAt(size_t i) const { return i < n_ ? ReadChar(text_, i).cls : CharClass::kSpace; }
  bool TouchesPrevious() const { return !tokens_.empty() && !(pending_ & kSpaceBefore); }

  // --- Quotes and apostrophes ---------------------------------------------

  size_t Quote(size_t i, const CharInfo& c) {
    if (c.cls == CharClass::kApostrophe && TouchesPrevious()) {
      size_t end = CliticAfterApostrophe(i, c.len);
      if (end) return Emit(i, end, TokenKind::kClitic, 0);
    }
    return Emit(i, i + c.len, TokenKind::kQuote, QuoteSide(c.cp));
  }

  // End of "’s"/"’re"/... when one starts at i, else 0.
  size_t CliticAfterApostrophe(size_t i, size_t len) const {
    size_t j = i + len, k = j;
    while (k < n_ && k - j < 3 && ReadChar(text_, k).cls == CharClass::kLetter && (unsigned char)text_[k] < 0x80) ++k;
    if (k == j || (k < n_ && IsWordChar(ClassAt(k)))) return 0;
    return IsCliticSuffix(text_.substr(j, k - j)) ? k : 0;
  }

  static bool IsCliticSuffix(std::string_view s) {
    char buf[4] = {};
    for (size_t k = 0; k < s.size() && k < 3; ++k) buf[k] = AsciiLower(s[k]);
    std::string_view l(buf, std::min<size_t>(s.size(), 3));
    return l == "s" || l == "re" || l == "ve" || l == "ll" || l == "d" || l == "m";
  }

  uint16_t QuoteSide(char32_t cp) const {
    switch (cp) {
      case 0x201C: case 0x2018: case 0x201E: case 0x201A: case 0x00AB: case 0x2039: case 0x201B: case 0x201F:
        return kOpening;
      case 0x201D: case 0x00BB: case 0x203A:
        return kClosing;
    }
    // Straight quotes and ’: closing when glued to the previous token, unless
    // that token opens something itself ("(\"", "—\"").
    if (!TouchesPrevious()) return kOpening;
    const Token& prev = tokens_.back();
    CharClass prev_class = ClassAt(prev.start);
    bool prev_opens = prev.has(kOpening) || prev_class == CharClass::kHyphen || prev_class == CharClass::kDash;
    return prev_opens ? kOpening : kClosing;
  }

  // --- Words ----------------------------------------------------------------

  size_t Word(size_t i, const CharInfo& first) {
    if (first.cls == CharClass::kLetter && (unsigned char)text_[i] < 0x80) {
      if (size_t end = UrlWithScheme(i)) return Emit(i, end, TokenKind::kUrl, 0);
      if (size_t end = Email(i)) return Emit(i, end, TokenKind::kEmail, 0);
    }
    if (first.cls == CharClass::kLetter)
      if (size_t end = Initialism(i)) return end;
    return GeneralWord(i);
  }

  size_t GeneralWord(size_t i) {
    WordShape shape;
    size_t j = ScanWordBody(i, &shape, i + max_token_);
    uint16_t flags = shape.Flags();
    if (j < n_ && text_[j] == '.' && shape.digits == 0 && !shape.hyphen) {
      if (size_t end = Abbreviation(i, j, &flags)) return Emit(i, end, TokenKind::kWord, flags);
      if (size_t end = DomainName(i, j)) return Emit(i, end, TokenKind::kUrl, 0);
    }
    if (shape.apostrophe != std::string_view::npos && SplitClitic(i, j, shape)) return j;
    size_t end = Emit(i, j, shape.Kind(), flags);
    if (size_t q = PluralPossessive(j, shape)) return Emit(j, q, TokenKind::kClitic, 0);
    return end;
  }

  // Consumes letters, digits, joiners and the inner punctuation that binds
  // them; returns the end.
  size_t ScanWordBody(size_t i, WordShape* shape, size_t limit) {
    size_t j = i;
    CharClass prev = CharClass::kSpace;
    while (j < n_) {
      CharInfo c = ReadChar(text_, j);
      if (j + c.len > limit) break;
      if (IsWordChar(c.cls)) {
        shape->Add(c);
      } else if (!Binds(c, prev, j)) {
        break;
      } else {
        if (c.cls == CharClass::kHyphen) shape->hyphen = true;
        if (c.cls == CharClass::kApostrophe) { shape->apostrophe = j; shape->apostrophe_len = c.len; }
      }
      if (c.cls != CharClass::kJoiner) prev = c.cls;
      j += c.len;
    }
    return j;
  }

  // Whether the non-word character c at j joins the word around it.
  bool Binds(const CharInfo& c, CharClass prev, size_t j) const {
    if (!IsAlnum(prev) || j + c.len >= n_) return false;
    CharInfo next = ReadChar(text_, j + c.len);
    switch (c.cls) {
      case CharClass::kHyphen: return IsAlnum(next.cls);
      case CharClass::kApostrophe: return next.cls == CharClass::kLetter;
      default: break;
    }
    if (c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/')
      return prev == CharClass::kDigit && next.cls == CharClass::kDigit;
    if (c.cp == '&') return prev == CharClass::kLetter && next.upper && j > 0 && (unsigned char)text_[j - 1] < 0x80 &&
                            text_[j - 1] >= 'A' && text_[j - 1] <= 'Z';
    return false;
  }

  // "Sen." at [i, dot]: the end after the period when the word with its
  // period is a listed abbreviation (tried also with further letter-period
  // groups: "Ph.D."), else 0.
  size_t Abbreviation(size_t i, size_t dot, uint16_t* flags) const {
    size_t limit = std::min({n_, i + lex_.max_abbreviation_bytes, i + max_token_});
    for (size_t end = dot + 1; end <= limit; ++end) {
      if (end > dot + 1 && ClassAt(end - 1) != CharClass::kLetter && text_[end - 1] != '.') return 0;
      if (text_[end - 1] != '.') continue;
      auto it = lex_.abbreviations.find(std::string(text_.substr(i, end - i)));
      if (it == lex_.abbreviations.end()) continue;
      if (end < n_ && IsWordChar(ClassAt(end))) continue;
      if (it->second == AbbrevClass::kNumber && !NumberFollows(end)) return 0;
      *flags |= kAbbreviation | (it->second == AbbrevClass::kTitle ? kTitle : 0);
      return end;
    }
    return 0;
  }

  bool NumberFollows(size_t j) const {
    while (j < n_ && (text_[j] == ' ' || text_[j] == '\t')) ++j;
    return j < n_ && text_[j] >= '0' && text_[j] <= '9';
  }

  // One or more single letters each followed by a period ("U.S.", "a.m.",
  // "J."); a lone letter counts only in upper case (an initial). May carry on
  // with a hyphen ("U.S.-backed"). Emits and returns the end, or 0.
  size_t Initialism(size_t i) {
    size_t j = i;
    int groups = 0, upper = 0;
    while (j < n_) {
      CharInfo c = ReadChar(text_, j);
      if (j + c.len + 1 - i > max_token_) break;
      if (c.cls != CharClass::kLetter || j + c.len >= n_ || text_[j + c.len] != '.') break;
      upper += c.upper;
      ++groups;
      j += c.len + 1;
    }
    if (groups == 0 || (j < n_ && IsWordChar(ClassAt(j)) && groups < 2)) return 0;
    if (groups == 1 && !upper) return 0;
    uint16_t flags = kAbbreviation | (ReadChar(text_, i).upper ? kCapitalized : 0);
    if (groups == 1) flags |= kInitial;
    if (groups >= 2 && upper == groups) flags |= kAllCaps;
    CharInfo after = j < n_ ? ReadChar(text_, j) : CharInfo{};
    if (after.cls == CharClass::kHyphen && IsAlnum(ClassAt(j + after.len))) {
      WordShape rest;
      size_t body = ScanWordBody(j + after.len, &rest, i + max_token_);
      if (body > j + after.len) {
        j = body;
        flags = uint16_t((flags & ~(kAbbreviation | kInitial)) | kHyphenated);
      }
    }
    return Emit(i, j, TokenKind::kWord, flags);
  }

  // "Russia’s" -> "Russia" "’s"; "don’t" -> "do" "n’t". Emits and returns
  // true when the word ends in a clitic.
  bool SplitClitic(size_t i, size_t end, const WordShape& shape) {
    size_t a = shape.apostrophe, after = a + shape.apostrophe_len;
    std::string_view suffix = text_.substr(after, end - after);
    size_t cut = std::string_view::npos;
    if (IsCliticSuffix(suffix) && suffix.size() <= 2) cut = a;
    else if ((suffix == "t" || suffix == "T") && a > i + 1 && AsciiLower(text_[a - 1]) == 'n') cut = a - 1;
    if (cut == std::string_view::npos || cut <= i) return false;
    Emit(i, cut, ShapeOf(i, cut).Kind(), ShapeOf(i, cut).Flags());
    Emit(cut, end, TokenKind::kClitic, 0);
    return true;
  }

  WordShape ShapeOf(size_t i, size_t end) const {
    WordShape shape;
    for (size_t j = i; j < end;) {
      CharInfo c = ReadChar(text_, j);
      shape.Add(c);
      if (c.cls == CharClass::kHyphen) shape.hyphen = true;
      j += c.len;
    }
    return shape;
  }

  // "countries’ ability": an apostrophe right after a word ending in s and
  // before a space and a word is a plural possessive. Returns its end or 0.
  size_t PluralPossessive(size_t j, const WordShape& shape) const {
    if (j >= n_ || shape.letters == 0 || AsciiLower(text_[j - 1]) != 's') return 0;
    CharInfo c = ReadChar(text_, j);
    if (c.cls != CharClass::kApostrophe) return 0;
    size_t k = j + c.len;
    if (k + 1 >= n_ || text_[k] != ' ' || !IsAlnum(ClassAt(k + 1))) return 0;
    return k;
  }

  // --- Addresses ------------------------------------------------------------

  size_t UrlWithScheme(size_t i) const {
    char c = AsciiLower(text_[i]);
    if (c != 'h' && c != 'f' && c != 'w') return 0;
    bool url = IStartsWithAt(text_, i, "http://") || IStartsWithAt(text_, i, "https://") ||
               IStartsWithAt(text_, i, "ftp://") ||
               (IStartsWithAt(text_, i, "www.") && i + 4 < n_ && IsAlnum(ClassAt(i + 4)));
    return url ? UrlTail(i) : 0;
  }

  // "example.com", "bbc.co.uk/news" at [i, dot): a URL when the last of
  // the dotted lower-case labels is a common TLD.
  size_t DomainName(size_t i, size_t dot) const {
    std::string_view last;
    size_t k = dot;
    while (k + 1 < n_ && text_[k] == '.' && IsLowerAlnum(text_[k + 1])) {
      size_t b = ++k;
      while (k < n_ && IsLowerAlnum(text_[k]) && k - b < 63) ++k;
      last = text_.substr(b, k - b);
    }
    if (last.empty() || (k < n_ && IsWordChar(ClassAt(k)))) return 0;
    return IsCommonTld(last) ? UrlTail(i) : 0;
  }

  static bool IsLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

  // End of the URL starting at i: up to whitespace, a quote or angle
  // bracket, less trailing punctuation (and a ')' it did not open).
  size_t UrlTail(size_t i) const {
    size_t j = i;
    bool paren = false;
    while (j < n_) {
      unsigned char b = (unsigned char)text_[j];
      if (b <= ' ' || b == '"' || b == '<' || b == '>' || b == '\'') break;
      CharInfo c = ReadChar(text_, j);
      if (c.cls == CharClass::kSpace || c.cls == CharClass::kNewline || c.cls == CharClass::kQuote ||
          c.cls == CharClass::kApostrophe)
        break;
      if (j + c.len - i > max_token_) break;
      if (b == '(') paren = true;
      j += c.len;
    }
    while (j > i + 1 && std::strchr(".,;:!?]}", text_[j - 1]) != nullptr) --j;
    if (j > i + 1 && text_[j - 1] == ')' && !paren) --j;
    return j;
  }

  size_t Email(size_t i) {
    if (next_at_ != std::string_view::npos && next_at_ < i) next_at_ = text_.find('@', i);
    if (next_at_ == std::string_view::npos || next_at_ - i > 64 || next_at_ == i || next_at_ - i + 4 > max_token_) return 0;
    for (size_t k = i; k < next_at_; ++k)
      if (!IsEmailLocalChar(text_[k])) return 0;
    size_t k = next_at_ + 1;
    while (k < n_ && IsDomainChar(text_[k]) && k + 1 - i <= max_token_) ++k;
    while (k > next_at_ + 1 && (text_[k - 1] == '.' || text_[k - 1] == '-')) --k;
    std::string_view domain = text_.substr(next_at_ + 1, k - next_at_ - 1);
    size_t dot = domain.find('.');
    if (dot == 0 || dot == std::string_view::npos) return 0;
    return k;
  }

  std::string_view text_;
  size_t n_;
  const Lexicon& lex_;
  size_t max_token_;
  std::vector<Token> tokens_;
  uint16_t pending_ = kLineStart | kParagraphStart | kSpaceBefore;
  int newlines_ = 0;
  size_t next_at_;  // the next '@' at or after the scan position, or npos
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lex, const TextOptions& options) {
  return Scanner(text, lex, options).Run();
}

}  // namespace dateline::text
