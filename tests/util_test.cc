#include <gtest/gtest.h>

#include <random>

#include "util/hash.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline::util {
namespace {

// The slow, obvious reference: decode one code point at a time by the
// definition in RFC 3629 and check its range.
bool ReferenceValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    int n;
    uint32_t cp;
    if (c < 0x80) { n = 1; cp = c; }
    else if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
    else return false;
    if (i + n > s.size()) return false;
    for (int k = 1; k < n; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

TEST(Utf8, AgreesWithReferenceOnRandomBytes) {
  std::mt19937 rng(42);
  for (int t = 0; t < 20000; ++t) {
    std::string s(rng() % 8, '\0');
    for (char& c : s) c = char(rng() % 3 == 0 ? 0x80 + rng() % 0x80 : rng() % 0x100);
    ASSERT_EQ(IsValidUtf8(s), ReferenceValidUtf8(s)) << t;
  }
}

TEST(Utf8, RejectsOverlongSurrogateAndOutOfRange) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_TRUE(IsValidUtf8("Zelenskyy \xE2\x80\x99s \xF0\x9F\x98\x80"));
}

TEST(Utf8, RepairReplacesInvalidBytesAndDropsControls) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8(std::string("a\0b\r\nc\td", 8)), "ab\nc\td");
  std::string repaired = RepairUtf8("\xE2\x80");  // truncated sequence
  EXPECT_TRUE(IsValidUtf8(repaired));
}

TEST(Strings, TrimHandlesNbsp) {
  EXPECT_EQ(Trim("\xC2\xA0 hello \xC2\xA0"), "hello");
  EXPECT_EQ(Trim("   "), "");
}

TEST(Strings, CollapseSpace) { EXPECT_EQ(CollapseSpace("  a \n\t b\xC2\xA0 c "), "a b c"); }

TEST(Strings, SplitLinesDropsCarriageReturns) {
  auto lines = SplitLines("a\r\nb\n\nc\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "a");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "c");
}

TEST(Strings, CaseInsensitiveFind) {
  EXPECT_EQ(IFind("More Worthy News", "worthy"), 5u);
  EXPECT_EQ(IFind("abc", "x"), std::string_view::npos);
}

TEST(Hash, StableAcrossRuns) {
  EXPECT_EQ(Hex64(Fnv1a64("dateline")), Hex64(Fnv1a64("dateline")));
  EXPECT_EQ(Hex64(Fnv1a64("")), "cbf29ce484222325");
}

}  // namespace
}  // namespace dateline::util
