// AnalyzeText: tokens (tokenize.cc), then sentences over the tokens
// (sentences.cc), then dates over the sentences (dates.cc). Each pass is
// linear; the text is read once by the scanner and the later passes touch
// the bytes of a few tokens only.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "dateline/text.h"
#include "text/internal.h"

namespace dateline {

TextAnalysis AnalyzeText(std::string_view text, const std::optional<std::string>& published,
                         const TextOptions& options) {
  const text::Lexicon& lex = text::DefaultLexicon().lexicon;
  TextAnalysis out;
  out.tokens = text::Tokenize(text, lex, options);
  out.sentences = text::SplitSentences(text, out.tokens, lex, options);
  if (options.dates) {
    std::optional<text::CivilDate> pub;
    if (published) pub = text::ParseIsoDate(*published);
    out.dates = text::FindDates(text, out.tokens, out.sentences, pub);
  }
  return out;
}

Result<size_t> LoadTextData() {
  const text::LoadedLexicon& loaded = text::DefaultLexicon();
  if (!loaded.errors.empty()) return loaded.errors.front();
  return loaded.lexicon.abbreviations.size() + loaded.lexicon.starters.size();
}

namespace {

// ASCII replacement for a code point the lookup form folds, or nullptr.
const char* FoldPunctuation(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return "-";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: return "";
  }
  if (u_isUWhiteSpace(c)) return " ";
  return nullptr;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::string NormalizeForLookup(std::string_view s) {
  if (IsAscii(s)) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), int32_t(s.size())));
  icu::UnicodeString folded;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    if (const char* r = FoldPunctuation(c)) folded.append(icu::UnicodeString::fromUTF8(r));
    else folded.append(c);
    i += U16_LENGTH(c);
  }
  icu::UnicodeString normal = U_SUCCESS(status) ? nfkc->normalize(folded, status) : folded;
  std::string out;
  (U_SUCCESS(status) ? normal : folded).toUTF8String(out);
  return out;
}

}  // namespace dateline
