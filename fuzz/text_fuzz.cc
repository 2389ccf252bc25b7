// Fuzz target for the text stage: any bytes, repaired to UTF-8 as extract
// would, then AnalyzeText with a publication date, small limits (so the
// length bounds are exercised) and the first input byte choosing options.
// Traps when an invariant of the TextAnalysis contract breaks: tokens in
// order on code point boundaries with only whitespace between them,
// sentences partitioning the tokens within the length bound, date mentions
// inside the text with matching text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dateline/text.h"
#include "util/utf8.h"

namespace {

bool IsBoundary(const std::string& s, size_t i) { return i == s.size() || (((unsigned char)s[i]) & 0xC0) != 0x80; }

// Bytes between tokens may only be whitespace: ASCII space/control, or the
// UTF-8 of the Unicode spaces, which all start with C2/E1/E2/E3/EF.
bool GapIsBlank(const std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80 && c > ' ') return false;
  }
  return true;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text = dateline::util::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  dateline::TextOptions options;
  unsigned char knob = size ? data[0] : 0;
  options.max_sentence_tokens = 1 + knob % 64;
  options.max_token_bytes = 1 + knob % 128;
  options.newline_ends_sentence = knob & 1;
  std::optional<std::string> published;
  if (knob & 2) published = "2025-02-27";
  dateline::TextAnalysis a = dateline::AnalyzeText(text, published, options);

  size_t prev = 0;
  for (const dateline::Token& t : a.tokens) {
    Check(t.start < t.end && t.end <= text.size() && prev <= t.start);
    Check(IsBoundary(text, t.start) && IsBoundary(text, t.end));
    Check(t.end - t.start <= std::max<size_t>(options.max_token_bytes, 8));
    Check(GapIsBlank(text, prev, t.start));
    prev = t.end;
  }
  Check(GapIsBlank(text, prev, text.size()));
  size_t next = 0;
  for (const dateline::Sentence& s : a.sentences) {
    Check(s.token_begin == next && s.token_begin < s.token_end && s.token_end <= a.tokens.size());
    Check(s.token_end - s.token_begin <= options.max_sentence_tokens);
    Check(s.start == a.tokens[s.token_begin].start && s.end == a.tokens[s.token_end - 1].end);
    next = s.token_end;
  }
  Check(next == a.tokens.size());
  for (const dateline::DateMention& d : a.dates) {
    Check(d.start <= d.end && d.end <= text.size());
    Check(d.text == text.substr(d.start, d.end - d.start));
    Check(!d.value || d.value->size() == 4 || d.value->size() == 7 || d.value->size() == 10);
  }
  return 0;
}
