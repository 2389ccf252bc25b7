// The text stage: tokens, sentences and dates on the hard cases of news
// prose, checked against a slow, obvious reference where one fits, and on
// hostile input (empty, huge, random, degenerate) for its invariants.
#include "dateline/text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "text/internal.h"
#include "util/utf8.h"

namespace dateline {
namespace {

const std::optional<std::string> kThursday = "2025-02-27";  // a Thursday

std::vector<std::string> TokenTexts(std::string_view text) {
  TextAnalysis a = AnalyzeText(text, std::nullopt);
  std::vector<std::string> out;
  for (const Token& t : a.tokens) out.emplace_back(t.in(text));
  return out;
}

std::vector<std::string> SentenceTexts(std::string_view text, const TextOptions& options = {}) {
  TextAnalysis a = AnalyzeText(text, std::nullopt, options);
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

// "text=value" for every date mention.
std::vector<std::string> Dates(std::string_view text, const std::optional<std::string>& published = kThursday) {
  TextAnalysis a = AnalyzeText(text, published);
  std::vector<std::string> out;
  for (const DateMention& d : a.dates) out.push_back(d.text + "=" + d.value.value_or("null"));
  return out;
}

using V = std::vector<std::string>;

bool IsBoundary(std::string_view s, size_t i) { return i == s.size() || (((unsigned char)s[i]) & 0xC0) != 0x80; }

bool IsWhitespaceOnly(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    text::CharInfo c = text::ReadChar(s, i);
    if (c.cls != text::CharClass::kSpace && c.cls != text::CharClass::kNewline) return false;
    i += c.len;
  }
  return true;
}

// The slow, obvious reference for the structure: tokens in order, on code
// point boundaries, not overlapping, with only whitespace between them;
// sentences partition the tokens in order; dates lie inside the text and
// their text is the bytes they span.
void ExpectWellFormed(std::string_view text, const TextAnalysis& a, const TextOptions& options = {}) {
  size_t prev_end = 0;
  for (const Token& t : a.tokens) {
    ASSERT_LT(t.start, t.end);
    ASSERT_LE(t.end, text.size());
    ASSERT_LE(prev_end, t.start);
    ASSERT_TRUE(IsBoundary(text, t.start) && IsBoundary(text, t.end)) << t.start;
    ASSERT_TRUE(IsWhitespaceOnly(text.substr(prev_end, t.start - prev_end))) << prev_end;
    prev_end = t.end;
  }
  ASSERT_TRUE(IsWhitespaceOnly(text.substr(prev_end)));
  size_t next_token = 0;
  for (const Sentence& s : a.sentences) {
    ASSERT_EQ(s.token_begin, next_token);
    ASSERT_LT(s.token_begin, s.token_end);
    ASSERT_LE(s.token_end - s.token_begin, options.max_sentence_tokens);
    ASSERT_EQ(s.start, a.tokens[s.token_begin].start);
    ASSERT_EQ(s.end, a.tokens[s.token_end - 1].end);
    next_token = s.token_end;
  }
  ASSERT_EQ(next_token, a.tokens.size());
  for (const DateMention& d : a.dates) {
    ASSERT_LE(d.start, d.end);
    ASSERT_LE(d.end, text.size());
    ASSERT_EQ(d.text, text.substr(d.start, d.end - d.start));
  }
}

// --- Tokens ----------------------------------------------------------------

TEST(TextTokens, CurlyApostrophesAndPossessives) {
  EXPECT_EQ(TokenTexts("Russia’s President"), (V{"Russia", "’s", "President"}));
  EXPECT_EQ(TokenTexts("Russia's"), (V{"Russia", "'s"}));
  EXPECT_EQ(TokenTexts("the countries’ ability"), (V{"the", "countries", "’", "ability"}));
  EXPECT_EQ(TokenTexts("don’t can't we’re"), (V{"do", "n’t", "ca", "n't", "we", "’re"}));
  EXPECT_EQ(TokenTexts("O’Brien rock’n’roll"), (V{"O’Brien", "rock’n’roll"}));
  EXPECT_EQ(TokenTexts("U.S.’s 2014’s"), (V{"U.S.", "’s", "2014", "’s"}));
}

TEST(TextTokens, KindsOfClitics) {
  std::string text = "Russia’s";
  TextAnalysis a = AnalyzeText(text, std::nullopt);
  ASSERT_EQ(a.tokens.size(), 2u);
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kWord);
  EXPECT_TRUE(a.tokens[0].has(kCapitalized));
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kClitic);
}

TEST(TextTokens, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(TokenTexts("U.S. U.N. Sen. Gen. Lt. Col. Dr. Mr. Jan. Feb. St."),
            (V{"U.S.", "U.N.", "Sen.", "Gen.", "Lt.", "Col.", "Dr.", "Mr.", "Jan.", "Feb.", "St."}));
  EXPECT_EQ(TokenTexts("No. 10 Downing St."), (V{"No.", "10", "Downing", "St."}));
  EXPECT_EQ(TokenTexts("He said no."), (V{"He", "said", "no", "."}));
  EXPECT_EQ(TokenTexts("He said No. Then"), (V{"He", "said", "No", ".", "Then"}));
  EXPECT_EQ(TokenTexts("a Ph.D. student"), (V{"a", "Ph.D.", "student"}));
  EXPECT_EQ(TokenTexts("at 10 a.m. today"), (V{"at", "10", "a.m.", "today"}));
}

TEST(TextTokens, Initials) {
  EXPECT_EQ(TokenTexts("Stefan J. Bos"), (V{"Stefan", "J.", "Bos"}));
  EXPECT_EQ(TokenTexts("Donald J. Trump"), (V{"Donald", "J.", "Trump"}));
  EXPECT_EQ(TokenTexts("J.D. Vance"), (V{"J.D.", "Vance"}));
  TextAnalysis a = AnalyzeText("J. Bos", std::nullopt);
  EXPECT_TRUE(a.tokens[0].has(kInitial));
  EXPECT_TRUE(a.tokens[0].has(kAbbreviation));
  a = AnalyzeText("Sen. Bos", std::nullopt);
  EXPECT_TRUE(a.tokens[0].has(kTitle));
}

TEST(TextTokens, NumbersAndMoney) {
  EXPECT_EQ(TokenTexts("$1.5 million"), (V{"$", "1.5", "million"}));
  EXPECT_EQ(TokenTexts("2.75% of 3,000"), (V{"2.75", "%", "of", "3,000"}));
  EXPECT_EQ(TokenTexts("at 10:30, on 2025-02-27"), (V{"at", "10:30", ",", "on", "2025-02-27"}));
  EXPECT_EQ(TokenTexts("in 2014."), (V{"in", "2014", "."}));
  TextAnalysis a = AnalyzeText("3,000 27th", std::nullopt);
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kWord);
  EXPECT_TRUE(a.tokens[1].has(kHasDigit));
}

TEST(TextTokens, HyphensAndDashes) {
  EXPECT_EQ(TokenTexts("open-source U.S.-backed talks"), (V{"open-source", "U.S.-backed", "talks"}));
  EXPECT_EQ(TokenTexts("News) – Russia — and -- so"), (V{"News", ")", "–", "Russia", "—", "and", "--", "so"}));
  EXPECT_EQ(TokenTexts("AT&T and R&D"), (V{"AT&T", "and", "R&D"}));
}

TEST(TextTokens, UrlsAndEmailsStayWhole) {
  EXPECT_EQ(TokenTexts("See https://example.org/a/b?c=1&d=2. Then"),
            (V{"See", "https://example.org/a/b?c=1&d=2", ".", "Then"}));
  EXPECT_EQ(TokenTexts("(www.worthynews.com)"), (V{"(", "www.worthynews.com", ")"}));
  EXPECT_EQ(TokenTexts("on worthynews.com, and"), (V{"on", "worthynews.com", ",", "and"}));
  EXPECT_EQ(SentenceTexts("Read more at bbc.co.uk/news. Then"), (V{"Read more at bbc.co.uk/news.", "Then"}));
  EXPECT_EQ(TokenTexts("mail john.smith+news@example.co.uk."), (V{"mail", "john.smith+news@example.co.uk", "."}));
  TextAnalysis a = AnalyzeText("x@y.org https://a.b", std::nullopt);
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kEmail);
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kUrl);
}

TEST(TextTokens, QuotesOpenAndClose) {
  std::string text = "He said “yes” and \"no\" (maybe).";
  TextAnalysis a = AnalyzeText(text, std::nullopt);
  std::vector<std::pair<std::string, uint16_t>> quotes;
  for (const Token& t : a.tokens)
    if (t.kind == TokenKind::kQuote) quotes.push_back({std::string(t.in(text)), uint16_t(t.flags & (kOpening | kClosing))});
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_EQ(quotes[0].second, kOpening);
  EXPECT_EQ(quotes[1].second, kClosing);
  EXPECT_EQ(quotes[2].second, kOpening);
  EXPECT_EQ(quotes[3].second, kClosing);
}

TEST(TextTokens, CaseFlags) {
  std::string text = "MOSCOW Moscow moscow NATO I Ürümqi";
  TextAnalysis a = AnalyzeText(text, std::nullopt);
  ASSERT_EQ(a.tokens.size(), 6u);
  EXPECT_TRUE(a.tokens[0].has(kAllCaps) && a.tokens[0].has(kCapitalized));
  EXPECT_TRUE(a.tokens[1].has(kCapitalized) && !a.tokens[1].has(kAllCaps));
  EXPECT_FALSE(a.tokens[2].has(kCapitalized));
  EXPECT_TRUE(a.tokens[3].has(kAllCaps));
  EXPECT_FALSE(a.tokens[4].has(kAllCaps));  // one letter
  EXPECT_TRUE(a.tokens[5].has(kCapitalized));
}

TEST(TextTokens, NonLatinScriptsKeepSequencesWhole) {
  std::string text = "Президент заявил. 北京表示，谈判将于下周继续。 مرحبا بالعالم 😀👍🏽";
  TextAnalysis a = AnalyzeText(text, std::nullopt);
  ExpectWellFormed(text, a);
  EXPECT_EQ(TokenTexts("Президент заявил.")[0], "Президент");
  EXPECT_EQ(TokenTexts("café naïve")[1], "naïve");
  EXPECT_EQ(TokenTexts("cafe\xCC\x81 x")[0], "cafe\xCC\x81");  // combining accent stays in the word
}

TEST(TextTokens, LineAndParagraphFlags) {
  std::string text = "One\nTwo\n\nThree";
  TextAnalysis a = AnalyzeText(text, std::nullopt);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_TRUE(a.tokens[0].has(kParagraphStart));
  EXPECT_TRUE(a.tokens[1].has(kLineStart) && !a.tokens[1].has(kParagraphStart));
  EXPECT_TRUE(a.tokens[2].has(kParagraphStart));
}

// --- Sentences ---------------------------------------------------------------

TEST(TextSentences, SurvivesAbbreviationsInitialsAndMoney) {
  EXPECT_EQ(SentenceTexts("Putin said his contacts with U.S. President Donald J. Trump inspired hope. "
                          "New York Sen. Chuck Schumer filed a bill. Gen. Mark Milley agreed."),
            (V{"Putin said his contacts with U.S. President Donald J. Trump inspired hope.",
               "New York Sen. Chuck Schumer filed a bill.", "Gen. Mark Milley agreed."}));
  EXPECT_EQ(SentenceTexts("He stole $1.5 million in 2014. Rates rose 2.75%. Police came."),
            (V{"He stole $1.5 million in 2014.", "Rates rose 2.75%.", "Police came."}));
  EXPECT_EQ(SentenceTexts("They met at No. 10 Downing St. on Monday. Lt. Col. Smith said so."),
            (V{"They met at No. 10 Downing St. on Monday.", "Lt. Col. Smith said so."}));
  EXPECT_EQ(SentenceTexts("By Stefan J. Bos and J.D. Vance of the U.N. Security Council."),
            (V{"By Stefan J. Bos and J.D. Vance of the U.N. Security Council."}));
}

TEST(TextSentences, AbbreviationAtSentenceEnd) {
  EXPECT_EQ(SentenceTexts("Talks were held in the U.S. The next round is in Geneva."),
            (V{"Talks were held in the U.S.", "The next round is in Geneva."}));
  EXPECT_EQ(SentenceTexts("He works for Acme Inc. He is happy."), (V{"He works for Acme Inc.", "He is happy."}));
  EXPECT_EQ(SentenceTexts("They live on Downing St. But not for long."),
            (V{"They live on Downing St.", "But not for long."}));
  // A name-like word after "U.S." continues the sentence (documented limit).
  EXPECT_EQ(SentenceTexts("U.S. Southern Command struck boats."), (V{"U.S. Southern Command struck boats."}));
}

// A wire story's lines joined by spaces: byline, dateline and lead.
TEST(TextSentences, DatelineRunIntoItsNeighbours) {
  EXPECT_EQ(SentenceTexts("Boycott call rejected . Peter Blackburn BRUSSELS 1996-08-22 The Commission said so ."),
            (V{"Boycott call rejected .", "Peter Blackburn", "BRUSSELS 1996-08-22", "The Commission said so ."}));
  EXPECT_EQ(SentenceTexts("Upset . AL-AIN , United Arab Emirates 1996-12-06 Japan began well ."),
            (V{"Upset .", "AL-AIN , United Arab Emirates 1996-12-06", "Japan began well ."}));
  EXPECT_EQ(SentenceTexts("The vote on 1996-08-22 was close ."), (V{"The vote on 1996-08-22 was close ."}));
}

TEST(TextSentences, QuotesSpanningAndClosing) {
  EXPECT_EQ(SentenceTexts("He said “yes.” Then he left."), (V{"He said “yes.”", "Then he left."}));
  EXPECT_EQ(SentenceTexts("He said \"yes.\" Then he left."), (V{"He said \"yes.\"", "Then he left."}));
  EXPECT_EQ(SentenceTexts("“Why?” he asked. “Because.”"), (V{"“Why?” he asked.", "“Because.”"}));
  EXPECT_EQ(SentenceTexts("“We are ready. We will talk,” he said."),
            (V{"“We are ready.", "We will talk,” he said."}));
  EXPECT_EQ(SentenceTexts("(See below.) Next one."), (V{"(See below.)", "Next one."}));
}

TEST(TextSentences, EllipsesAndRunsOfMarks) {
  EXPECT_EQ(SentenceTexts("Wait... what? Really?! Yes… Fine."), (V{"Wait... what?", "Really?!", "Yes…", "Fine."}));
  EXPECT_EQ(SentenceTexts("e.g. this one. And etc. that."), (V{"e.g. this one.", "And etc. that."}));
}

TEST(TextSentences, LinesAndParagraphs) {
  EXPECT_EQ(SentenceTexts("PUTIN SAYS TALKS INSPIRED HOPE\nMoscow said so\n\nNew paragraph"),
            (V{"PUTIN SAYS TALKS INSPIRED HOPE", "Moscow said so", "New paragraph"}));
  TextOptions wrapped;
  wrapped.newline_ends_sentence = false;
  EXPECT_EQ(SentenceTexts("A hard-wrapped\nsentence here.\n\nNext", wrapped),
            (V{"A hard-wrapped\nsentence here.", "Next"}));
  EXPECT_EQ(SentenceTexts("Ends with Sen.\nNext line"), (V{"Ends with Sen.", "Next line"}));
}

TEST(TextSentences, CjkTerminalsEndSentences) {
  EXPECT_EQ(SentenceTexts("北京表示。谈判继续。"), (V{"北京表示。", "谈判继续。"}));
}

TEST(TextSentences, SeedArticleBody) {
  std::string text =
      "MOSCOW/ISTANBUL/BUDAPEST (Worthy News) – Russia’s President Vladimir Putin said Thursday that his "
      "contacts with U.S. President Donald J. Trump and his administration had “inspired hope” as both sides "
      "began talks.\nWashington described Thursday’s talks as “constructive.”";
  V s = SentenceTexts(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Washington described Thursday’s talks as “constructive.”");
}

// --- Dates -------------------------------------------------------------------

TEST(TextDates, WeekdaysResolveToTheMostRecentOnOrBefore) {
  EXPECT_EQ(Dates("Putin said Thursday that"), (V{"Thursday=2025-02-27"}));
  EXPECT_EQ(Dates("Putin said Thursday that", "2025-02-28"), (V{"Thursday=2025-02-27"}));
  EXPECT_EQ(Dates("Putin said Thursday that", "2025-02-28T09:00:00Z"), (V{"Thursday=2025-02-27"}));
  EXPECT_EQ(Dates("talks on Monday night ended"), (V{"Monday night=2025-02-24"}));
  EXPECT_EQ(Dates("Washington described Thursday’s talks"), (V{"Thursday=2025-02-27"}));
  EXPECT_EQ(Dates("They will meet on Monday."), (V{"Monday=2025-03-03"}));
  EXPECT_EQ(Dates("last Thursday and next Thursday and this Friday"),
            (V{"last Thursday=2025-02-20", "next Thursday=2025-03-06", "this Friday=2025-02-28"}));
  EXPECT_EQ(Dates("police announced Monday they will deploy"), (V{"Monday=2025-02-24"}));
}

TEST(TextDates, RelativeDays) {
  EXPECT_EQ(Dates("yesterday, today and tomorrow"),
            (V{"yesterday=2025-02-26", "today=2025-02-27", "tomorrow=2025-02-28"}));
  EXPECT_EQ(Dates("Today the talks began. Last night, this morning"),
            (V{"Today=2025-02-27", "Last night=2025-02-26", "this morning=2025-02-27"}));
}

TEST(TextDates, WeeksMonthsYears) {
  EXPECT_EQ(Dates("last week, this week, next week"),
            (V{"last week=2025-02-17", "this week=2025-02-24", "next week=2025-03-03"}));
  EXPECT_EQ(Dates("last month and next month, earlier this month"),
            (V{"last month=2025-01", "next month=2025-03", "earlier this month=2025-02"}));
  EXPECT_EQ(Dates("last year; this year; next year", "2025-01-03"),
            (V{"last year=2024", "this year=2025", "next year=2026"}));
}

TEST(TextDates, AgoAndEarlier) {
  EXPECT_EQ(Dates("Moscow invaded three years ago."), (V{"three years ago=2022"}));
  EXPECT_EQ(Dates("two days ago, a week ago, 6 months ago"),
            (V{"two days ago=2025-02-25", "a week ago=2025-02-17", "6 months ago=2024-08"}));
  EXPECT_EQ(Dates("The deal was signed on March 3, 2024. Two days earlier, talks failed."),
            (V{"March 3, 2024=2024-03-03", "Two days earlier=2024-03-01"}));
  EXPECT_EQ(Dates("It began in 2014. Two years later it ended."), (V{"2014=2014", "Two years later=2016"}));
  EXPECT_EQ(Dates("It began in 2014. Two days later it ended."), (V{"2014=2014", "Two days later=null"}));
}

TEST(TextDates, AbsoluteForms) {
  EXPECT_EQ(Dates("on February 27, 2025 and 27 February 2025 and 2025-02-27"),
            (V{"February 27, 2025=2025-02-27", "27 February 2025=2025-02-27", "2025-02-27=2025-02-27"}));
  EXPECT_EQ(Dates("on Feb. 27 and Dec. 30 and the 5th of March"),
            (V{"Feb. 27=2025-02-27", "Dec. 30=2024-12-30", "5th of March=2025-03-05"}));
  EXPECT_EQ(Dates("in March 2025 and in 2014, since May"),
            (V{"March 2025=2025-03", "2014=2014", "May=2024-05"}));
  EXPECT_EQ(Dates("A hearing is expected in May. It was held in May. It will open in January."),
            (V{"May=2025-05", "May=2024-05", "January=2026-01"}));
  EXPECT_EQ(Dates("Thursday, Feb. 27, 2025"), (V{"Thursday, Feb. 27, 2025=2025-02-27"}));
  EXPECT_EQ(Dates("last March"), (V{"last March=2024-03"}));
  EXPECT_EQ(Dates("It was signed in mid-March. Talks resume in early-May"), (V{"mid-March=2024-03", "early-May=2025-05"}));
}

TEST(TextDates, NumericDatesOnlyWhenUnambiguous) {
  EXPECT_EQ(Dates("on 27/02/2025 and 02/27/2025 and 03/04/2025 and 31/02/2025"),
            (V{"27/02/2025=2025-02-27", "02/27/2025=2025-02-27", "03/04/2025=null"}));
}

TEST(TextDates, NotDates) {
  EXPECT_EQ(Dates("May God bless you. March on. It may rain. He marched in March."), (V{"March=2024-03"}));
  EXPECT_EQ(Dates("There were 2,000 people and 1.5 million dollars; 2014 was hard."), V{});
  EXPECT_EQ(Dates("in 2000 cases, Copyright 1999-2026, at 10:30"), V{});
  EXPECT_EQ(Dates("Monday", std::nullopt), (V{"Monday=null"}));
  EXPECT_EQ(Dates("Feb. 27", std::nullopt), (V{"Feb. 27=null"}));
  EXPECT_EQ(Dates("Feb. 27", "not a date"), (V{"Feb. 27=null"}));
  EXPECT_EQ(Dates("February 30, 2025"), V{});
}

TEST(TextDates, GranularityAndRelativeFlags) {
  TextAnalysis a = AnalyzeText("last week, in 2014, Feb. 27, 2025", kThursday);
  ASSERT_EQ(a.dates.size(), 3u);
  EXPECT_EQ(a.dates[0].granularity, DateGranularity::kWeek);
  EXPECT_TRUE(a.dates[0].relative);
  EXPECT_EQ(a.dates[1].granularity, DateGranularity::kYear);
  EXPECT_FALSE(a.dates[2].relative);
}

TEST(TextCalendar, AgreesWithDayByDayCounting) {
  // Slow reference: walk one day at a time from 1970-01-01 (a Thursday).
  text::CivilDate d{1970, 1, 1};
  for (int64_t n = 0; n < 60000; ++n) {
    ASSERT_EQ(text::DaysFromCivil(d), n);
    text::CivilDate back = text::CivilFromDays(n);
    ASSERT_TRUE(back.y == d.y && back.m == d.m && back.d == d.d);
    ASSERT_EQ(text::Weekday(d), int((n + 3) % 7));
    if (++d.d > text::DaysInMonth(d.y, d.m)) { d.d = 1; if (++d.m > 12) { d.m = 1; ++d.y; } }
  }
}

// --- Data files ----------------------------------------------------------------

TEST(TextData, ShippedFilesLoadCleanly) {
  Result<size_t> r = LoadTextData();
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_GT(r.value(), 100u);
}

TEST(TextData, BadLinesAreReportedWithFileAndLine) {
  text::Lexicon lex;
  std::vector<Error> errors;
  text::ParseAbbreviations("# comment\nSen. title\nGen title\nDr. doctor\nMr. title extra\n\nMrs. title\n",
                           "abbreviations.txt", &lex, &errors);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].message.rfind("abbreviations.txt:3:", 0), 0u) << errors[0].message;
  EXPECT_EQ(errors[1].message.rfind("abbreviations.txt:4:", 0), 0u) << errors[1].message;
  EXPECT_EQ(errors[2].message.rfind("abbreviations.txt:5:", 0), 0u) << errors[2].message;
  EXPECT_EQ(lex.abbreviations.size(), 2u);
}

TEST(TextNormalize, FoldsTypographyAndCompatibilityForms) {
  EXPECT_EQ(NormalizeForLookup("Russia’s “hope” – ﬁne\u00A0x"), "Russia's \"hope\" - fine x");
  EXPECT_EQ(NormalizeForLookup("plain"), "plain");
  EXPECT_EQ(NormalizeForLookup("cafe\xCC\x81"), "caf\xC3\xA9");
}

// --- Bad and hostile input -------------------------------------------------------

TEST(TextHostile, Empty) {
  TextAnalysis a = AnalyzeText("", kThursday);
  EXPECT_TRUE(a.tokens.empty() && a.sentences.empty() && a.dates.empty());
  a = AnalyzeText(" \n\n \t", kThursday);
  EXPECT_TRUE(a.tokens.empty() && a.sentences.empty());
}

TEST(TextHostile, MegabyteWithoutSpaces) {
  std::string text(1 << 20, 'a');
  TextOptions options;
  TextAnalysis a = AnalyzeText(text, kThursday, options);
  ExpectWellFormed(text, a, options);
  for (const Token& t : a.tokens) EXPECT_LE(t.end - t.start, options.max_token_bytes);
}

TEST(TextHostile, HundredThousandPeriods) {
  std::string text(100000, '.');
  TextAnalysis a = AnalyzeText(text, kThursday);
  ExpectWellFormed(text, a);
  std::string mixed;
  for (int i = 0; i < 50000; ++i) mixed += "A. ";
  a = AnalyzeText(mixed, kThursday);
  ExpectWellFormed(mixed, a);
}

TEST(TextHostile, MegabyteSentenceIsCut) {
  std::string text;
  while (text.size() < (1 << 20)) text += "word and Sen. J. U.S. 3,000 ";
  TextOptions options;
  options.max_sentence_tokens = 2000;
  auto t0 = std::chrono::steady_clock::now();
  TextAnalysis a = AnalyzeText(text, kThursday, options);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ExpectWellFormed(text, a, options);
  EXPECT_GT(a.sentences.size(), 50u);
  EXPECT_TRUE(a.sentences[0].forced);
  EXPECT_LT(seconds, 5.0);
}

TEST(TextHostile, RandomBytesAfterRepair) {
  std::mt19937 rng(7);
  const std::string alphabet = "aZ9 .,'\"\n-$%@/:?!()’“”—…Ж北😀\xCC\x81";
  for (int round = 0; round < 300; ++round) {
    std::string raw(rng() % 400, '\0');
    for (char& c : raw) c = rng() % 3 ? alphabet[rng() % alphabet.size()] : char(rng() & 0xFF);
    std::string text = util::RepairUtf8(raw);
    TextOptions options;
    options.max_sentence_tokens = 1 + rng() % 50;
    options.max_token_bytes = 1 + rng() % 40;
    TextAnalysis a = AnalyzeText(text, kThursday, options);
    ExpectWellFormed(text, a, options);
    if (HasFatalFailure()) return;
  }
}

TEST(TextHostile, InvalidUtf8DoesNotCrash) {
  std::string text = "abc\xFF\xFE def \xE2\x80 “x\xF0\x9F";
  TextAnalysis a = AnalyzeText(text, kThursday);
  for (const Token& t : a.tokens) EXPECT_LE(t.end, text.size());
}

}  // namespace
}  // namespace dateline
