// Charset decoding and language identification. Encoded samples were made
// with Python's codecs (an implementation independent of ICU), so these
// check ICU's conversion against another one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/charset.h"
#include "extract/language.h"
#include "util/utf8.h"

namespace dateline::extract {
namespace {

using std::string;

const string kShiftJis =
    "\x93\x8C\x8B\x9E\x82\xC5\x8E\xF1\x94]\x89\xEF\x92k\x82\xAA\x8AJ\x82\xA9\x82\xEA\x81" "A\x97\xBC\x8D\x91\x82"
    "\xCC\x8E\xF1\x91\x8A\x82\xCD\x96" "f\x88\xD5\x82\xC9\x82\xC2\x82\xA2\x82\xC4\x98" "b\x82\xB5\x8D\x87\x82\xC1"
    "\x82\xBD\x81" "B";
const string kShiftJisUtf8 = "東京で首脳会談が開かれ、両国の首相は貿易について話し合った。";

const string kGbk =
    "\xC1\xBD\xB9\xFA\xC1\xEC\xB5\xBC\xC8\xCB\xD6\xDC\xCB\xC4\xD4\xDA\xB1\xB1\xBE\xA9\xBE\xD9\xD0\xD0\xBB\xE1\xCC"
    "\xB8\xA3\xAC\xCC\xD6\xC2\xDB\xC1\xCB\xC3\xB3\xD2\xD7\xBA\xCD\xB0\xB2\xC8\xAB\xCE\xCA\xCC\xE2\xA1\xA3";
const string kGbkUtf8 = "两国领导人周四在北京举行会谈，讨论了贸易和安全问题。";

const string kEucKr =
    "\xBE\xE7\xB1\xB9 \xC1\xA4\xBB\xF3\xC0\xBA \xB8\xF1\xBF\xE4\xC0\xCF \xBC\xAD\xBF\xEF\xBF\xA1\xBC\xAD \xC8\xB8"
    "\xB4\xE3\xC0\xBB \xBF\xAD\xB0\xED \xB9\xAB\xBF\xAA \xB9\xAE\xC1\xA6\xB8\xA6 \xB3\xED\xC0\xC7\xC7\xDF\xB4\xD9.";
const string kEucKrUtf8 = "양국 정상은 목요일 서울에서 회담을 열고 무역 문제를 논의했다.";

const string kKoi8r =
    "\xED\xC9\xCE\xC9\xD3\xD4\xD2 \xC9\xCE\xCF\xD3\xD4\xD2\xC1\xCE\xCE\xD9\xC8 \xC4\xC5\xCC \xDA\xC1\xD1\xD7\xC9\xCC, "
    "\xDE\xD4\xCF \xD0\xC5\xD2\xC5\xC7\xCF\xD7\xCF\xD2\xD9 \xD0\xD2\xCF\xC4\xCF\xCC\xD6\xC1\xD4\xD3\xD1 \xD7 \xF3\xD4"
    "\xC1\xCD\xC2\xD5\xCC\xC5.";
const string kKoi8rUtf8 = "Министр иностранных дел заявил, что переговоры продолжатся в Стамбуле.";

const string kLatin2 = "Za\xBF\xF3\xB3\xE6 g\xEA\xB6l\xB1 ja\xBC\xF1. Prezydent spotka\xB3 si\xEA w \xA3odzi z ministrem.";
const string kLatin2Utf8 = "Zażółć gęślą jaźń. Prezydent spotkał się w Łodzi z ministrem.";

const string kCp1252 = "\x93Smart quotes\x94 and caf\xE9 r\xE9sum\xE9 \x97 na\xEFve.";
const string kCp1252Utf8 = "“Smart quotes” and café résumé — naïve.";

string Page(const string& head, const string& body) {
  return "<html><head>" + head + "</head><body><p>" + body + "</p></body></html>";
}

bool Contains(const string& haystack, const string& needle) { return haystack.find(needle) != string::npos; }

TEST(CharsetTest, Utf8FastPathKeepsText) {
  Decoded d = DecodeToUtf8("Grüße aus Köln, “quoted”.", std::nullopt);
  EXPECT_EQ(d.text, "Grüße aus Köln, “quoted”.");
  EXPECT_EQ(d.charset, "UTF-8");
}

TEST(CharsetTest, Windows1252FromContentType) {
  Decoded d = DecodeToUtf8(kCp1252, string("text/html; charset=windows-1252"));
  EXPECT_EQ(d.text, kCp1252Utf8);
}

TEST(CharsetTest, Latin1LabelMeansWindows1252) {
  // Browsers decode "iso-8859-1" as windows-1252: 0x93/0x94 are smart quotes.
  Decoded d = DecodeToUtf8(kCp1252, string("text/html; charset=\"ISO-8859-1\""));
  EXPECT_EQ(d.text, kCp1252Utf8);
  EXPECT_EQ(d.charset, "windows-1252");
}

TEST(CharsetTest, UndeclaredLatin1IsDetected) {
  string text = "Le pr\xE9sident a d\xE9" "clar\xE9 jeudi que les n\xE9gociations entre les deux gouvernements "
                "se poursuivraient la semaine prochaine \xE0 Istanbul, malgr\xE9 les objections.";
  Decoded d = DecodeToUtf8(text, std::nullopt);
  EXPECT_TRUE(util::IsValidUtf8(d.text));
  EXPECT_TRUE(Contains(d.text, "Le président a déclaré jeudi")) << d.text << " " << d.charset;
  EXPECT_TRUE(Contains(d.text, "prochaine à Istanbul, malgré")) << d.text;
}

TEST(CharsetTest, UndeclaredSmartQuotes) {
  Decoded d = DecodeToUtf8(kCp1252, std::nullopt);
  EXPECT_EQ(d.text, kCp1252Utf8) << d.charset;
}

TEST(CharsetTest, Iso88592FromMetaTag) {
  string html = Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", kLatin2);
  Decoded d = DecodeToUtf8(html, std::nullopt);
  EXPECT_TRUE(Contains(d.text, kLatin2Utf8)) << d.text;
}

TEST(CharsetTest, ShiftJisFromMetaCharset) {
  Decoded d = DecodeToUtf8(Page("<meta charset=\"Shift_JIS\">", kShiftJis), std::nullopt);
  EXPECT_TRUE(Contains(d.text, kShiftJisUtf8)) << d.text;
}

TEST(CharsetTest, GbkAndGb2312Labels) {
  for (const char* label : {"gbk", "GB2312", "gb18030"}) {
    Decoded d = DecodeToUtf8(Page(string("<meta charset=") + label + ">", kGbk), std::nullopt);
    EXPECT_TRUE(Contains(d.text, kGbkUtf8)) << label << ": " << d.text;
  }
}

TEST(CharsetTest, EucKrAndKoi8r) {
  EXPECT_TRUE(Contains(DecodeToUtf8(kEucKr, string("text/html;charset=euc-kr")).text, kEucKrUtf8));
  EXPECT_TRUE(Contains(DecodeToUtf8(kKoi8r, string("text/plain; charset=KOI8-R")).text, kKoi8rUtf8));
}

TEST(CharsetTest, UndeclaredCjkIsDetected) {
  string sjis = Page("", kShiftJis + kShiftJis + kShiftJis);
  Decoded d = DecodeToUtf8(sjis, std::nullopt);
  EXPECT_TRUE(Contains(d.text, kShiftJisUtf8)) << d.charset << ": " << d.text;
  string gbk = Page("", kGbk + kGbk + kGbk);
  d = DecodeToUtf8(gbk, std::nullopt);
  EXPECT_TRUE(Contains(d.text, kGbkUtf8)) << d.charset << ": " << d.text;
}

TEST(CharsetTest, Utf16LittleEndianWithBom) {
  string bytes = "\xFF\xFE";
  for (char c : string("<p>Hello, world</p>")) {
    bytes.push_back(c);
    bytes.push_back('\0');
  }
  bytes += string("\xE9\x00", 2);  // é
  Decoded d = DecodeToUtf8(bytes, std::nullopt);
  EXPECT_EQ(d.text, "<p>Hello, world</p>é");
}

TEST(CharsetTest, Utf16BigEndianWithBom) {
  string bytes = "\xFE\xFF";
  for (char c : string("Hi there")) {
    bytes.push_back('\0');
    bytes.push_back(c);
  }
  EXPECT_EQ(DecodeToUtf8(bytes, std::nullopt).text, "Hi there");
}

TEST(CharsetTest, Utf8BomIsRemoved) {
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBFplain", std::nullopt).text, "plain");
}

TEST(CharsetTest, DeclaredUtf8ButLatin1IsDetected) {
  string html = Page("<meta charset=\"utf-8\">",
                     "Der Au\xDF" "enminister sagte am Donnerstag, dass die Gespr\xE4" "che zwischen den "
                     "beiden Regierungen n\xE4" "chste Woche fortgesetzt w\xFCrden.");
  Decoded d = DecodeToUtf8(html, std::nullopt);
  EXPECT_TRUE(Contains(d.text, "Außenminister")) << d.charset << ": " << d.text;
  EXPECT_TRUE(Contains(d.text, "Gespräche")) << d.text;
}

TEST(CharsetTest, DeclaredLatin1ButUtf8KeepsUtf8) {
  Decoded d = DecodeToUtf8(Page("<meta charset=\"iso-8859-1\">", "Café “Zürich”"), std::nullopt);
  EXPECT_TRUE(Contains(d.text, "Café “Zürich”")) << d.text;
}

TEST(CharsetTest, UnknownDeclaredCharsetFallsBackToDetection) {
  Decoded d = DecodeToUtf8(kCp1252 + " " + kCp1252, string("text/html; charset=x-no-such-charset"));
  EXPECT_TRUE(Contains(d.text, kCp1252Utf8)) << d.charset << ": " << d.text;
}

TEST(CharsetTest, TruncatedUtf8StaysUtf8) {
  string text = "Grüße aus Köln \xE2\x80";  // cut inside a 3-byte sequence
  Decoded d = DecodeToUtf8(text, std::nullopt);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_TRUE(Contains(d.text, "Grüße aus Köln")) << d.text;
}

TEST(CharsetTest, OutputIsAlwaysValidUtf8WithoutControls) {
  string binary;
  for (int i = 0; i < 5000; ++i) binary.push_back(char((i * 7919 + 13) & 0xFF));
  for (const std::optional<string>& ct :
       {std::optional<string>(), std::optional<string>("text/html; charset=shift_jis"),
        std::optional<string>("text/html; charset=utf-16le"), std::optional<string>("text/html; charset=utf-8"),
        std::optional<string>("text/html; charset=iso-2022-jp")}) {
    Decoded d = DecodeToUtf8(binary, ct);
    EXPECT_TRUE(util::IsValidUtf8(d.text)) << d.charset;
    EXPECT_EQ(d.text.find('\0'), string::npos) << d.charset;
  }
  EXPECT_EQ(DecodeToUtf8(string("a\0b\x01" "c", 5), std::nullopt).text, "abc");
  EXPECT_EQ(DecodeToUtf8("", std::nullopt).text, "");
}

// The in-place fast path against the decoder it stands for: whenever
// AsCleanUtf8 accepts bytes, DecodeToUtf8 returns exactly those bytes.
TEST(CharsetTest, CleanUtf8FastPathAgreesWithDecoder) {
  std::vector<string> samples = {"", "plain ascii", "Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln", kShiftJisUtf8 + kGbkUtf8,
                                 "line\r\nbreaks", string("a\0b", 3), "tab\there\nand\x7F", "\xEF\xBB\xBF" "bom",
                                 kCp1252, "cut \xE2\x80", "surrogate \xED\xA0\x80", "overlong \xC0\xAF",
                                 Page("<meta charset=\"utf-16\">", "x"), Page("<meta charset=\"iso-8859-1\">", "Caf\xC3\xA9")};
  for (int i = 0; i < 3000; ++i) samples.back().push_back(char("ab\xC3\xA9 <p>\n"[i % 9]));
  for (const std::optional<string>& ct : {std::optional<string>(), std::optional<string>("text/html; charset=utf-16le"),
                                          std::optional<string>("text/html; charset=windows-1252")}) {
    for (const string& s : samples) {
      std::optional<std::string_view> clean = AsCleanUtf8(s, ct);
      if (clean) {
        EXPECT_EQ(string(*clean), DecodeToUtf8(s, ct).text) << s;
      }
    }
  }
  EXPECT_TRUE(AsCleanUtf8("Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln", std::nullopt));
  EXPECT_FALSE(AsCleanUtf8("line\r\nbreaks", std::nullopt));
  EXPECT_FALSE(AsCleanUtf8("\xEF\xBB\xBF" "bom", std::nullopt));
  EXPECT_FALSE(AsCleanUtf8(kCp1252, std::nullopt));
  EXPECT_FALSE(AsCleanUtf8("plain", string("text/html; charset=utf-16le")));
}

// ---- Language ----------------------------------------------------------------

TEST(LanguageTest, IdentifiesCommonLanguages) {
  EXPECT_EQ(DetectLanguage("The minister said on Thursday that the talks between the two governments "
                           "would continue next week in Istanbul, despite objections from the opposition."),
            "en");
  EXPECT_EQ(DetectLanguage("Der Minister sagte am Donnerstag, dass die Gespräche zwischen den beiden "
                           "Regierungen nächste Woche in Istanbul fortgesetzt würden."),
            "de");
  EXPECT_EQ(DetectLanguage("Le ministre a déclaré jeudi que les négociations entre les deux gouvernements "
                           "se poursuivraient la semaine prochaine à Istanbul."),
            "fr");
  EXPECT_EQ(DetectLanguage("两国领导人周四在北京举行会谈，讨论了贸易和安全问题。双方同意在下个月继续举行会谈。"), "zh");
  EXPECT_EQ(DetectLanguage("兩國領導人週四在北京舉行會談，討論了貿易和安全問題。雙方同意在下個月繼續舉行會談。"), "zh");
  EXPECT_EQ(DetectLanguage("השר אמר ביום חמישי כי השיחות בין שתי הממשלות יימשכו בשבוע הבא באיסטנבול."), "he");
}

TEST(LanguageTest, ShortOrMeaninglessTextIsUnknown) {
  EXPECT_EQ(DetectLanguage("Hello"), std::nullopt);
  EXPECT_EQ(DetectLanguage(""), std::nullopt);
  EXPECT_EQ(DetectLanguage("12345 67890 12345 67890 12345 67890"), std::nullopt);
}

TEST(LanguageTest, InvalidUtf8IsRejectedNotPassedToCld2) {
  EXPECT_EQ(DetectLanguage(string("The minister said on Thursday \xFF\xFE that the talks would go on.")),
            std::nullopt);
}

}  // namespace
}  // namespace dateline::extract
