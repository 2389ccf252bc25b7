// Tests for the plain-text article reader (src/extract/plaintext.cc) and its
// parts: dates, letter case, bylines, wire datelines, footers, data files.
// Whole-article cases are wire stories written for these tests in the
// styles of different outlets; none is copied from a real article.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "extract/byline.h"
#include "extract/datafile.h"
#include "extract/dates.h"
#include "extract/footer.h"
#include "extract/places.h"
#include "extract/plaintext.h"
#include "extract/textcase.h"
#include "extract/wire_dateline.h"
#include "util/utf8.h"

namespace dateline::extract {
namespace {

Article Parse(std::string_view text) {
  Article a;
  ParsePlainText(text, &a);
  return a;
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t at = text.find("\n\n", start);
    out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 2;
  }
  return out;
}

// ---------------------------------------------------------------- dates

std::string Iso(std::string_view line) {
  std::optional<DateParts> d = ParseDateLine(line);
  if (!d) return "none";
  return ToIso8601(*d).value_or("partial");
}

TEST(PlainTextDates, MonthNames) {
  EXPECT_EQ(MonthFromName("Feb."), 2);
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("september"), 9);
  EXPECT_EQ(MonthFromName("DEC"), 12);
  EXPECT_EQ(MonthFromName("Ma"), 0);
  EXPECT_EQ(MonthFromName("Mayor"), 0);
}

TEST(PlainTextDates, DateLines) {
  EXPECT_EQ(Iso("Published: Feb 27, 2025 10:00 AM"), "2025-02-27T10:00:00");
  EXPECT_EQ(Iso("Updated 3:15 p.m."), "none");
  EXPECT_EQ(Iso("February 27, 2025"), "2025-02-27");
  EXPECT_EQ(Iso("Thursday, 27 February 2025 10.00 GMT"), "2025-02-27T10:00:00Z");
  EXPECT_EQ(Iso("Posted on Sept. 3, 2025 at 3:15 pm EDT"), "2025-09-03T15:15:00-04:00");
  EXPECT_EQ(Iso("2025-02-27T10:00:00Z"), "2025-02-27T10:00:00Z");
  EXPECT_EQ(Iso("27.02.2025"), "2025-02-27");
  EXPECT_EQ(Iso("03/04/2025"), "none");  // ambiguous: never guessed
  EXPECT_EQ(Iso("02/27/2025"), "2025-02-27");
  EXPECT_EQ(Iso("Feb 27"), "partial");  // no year: never invented
  EXPECT_EQ(Iso("February 30, 2025"), "partial");
  EXPECT_EQ(Iso("On Feb 27, 2025, the president said the talks would go on."), "none");
  EXPECT_EQ(Iso("Mayor Jane Doe said"), "none");
}

TEST(PlainTextDates, UpdatedLabel) {
  bool updated = false;
  ASSERT_TRUE(ParseDateLine("Last updated: March 4, 2025", &updated));
  EXPECT_TRUE(updated);
}

// ---------------------------------------------------------------- case

TEST(PlainTextCase, NormalCase) {
  EXPECT_EQ(NormalCase("RIO DE JANEIRO"), "Rio de Janeiro");
  EXPECT_EQ(NormalCase("ST. LOUIS"), "St. Louis");
  EXPECT_EQ(NormalCase("NEW YORK"), "New York");
  EXPECT_EQ(NormalCase("MARY O'NEIL"), "Mary O'Neil");
  EXPECT_EQ(NormalCase("JEAN-LUC PICARD"), "Jean-Luc Picard");
  EXPECT_EQ(NormalCase("GABRIEL GARCÍA MÁRQUEZ"), "Gabriel García Márquez");
  EXPECT_EQ(NormalCase("J.D. VANCE"), "J.D. Vance");
  EXPECT_EQ(NormalCase("MCALLEN"), "McAllen");
  EXPECT_EQ(NormalCase("Already Mixed"), "Already Mixed");
  EXPECT_EQ(NormalCase("SÃO PAULO"), "São Paulo");
}

// ---------------------------------------------------------------- bylines

Byline MustByline(std::string_view line, std::vector<std::string> outlets = {}) {
  std::optional<Byline> b = ParseByline(line, outlets);
  EXPECT_TRUE(b.has_value()) << line;
  return b.value_or(Byline{});
}

TEST(PlainTextByline, NameRoleAndTrailingOutlet) {
  Byline b = MustByline("By Stefan J. Bos, Chief International Correspondent Worthy News", {"Worthy News"});
  ASSERT_EQ(b.authors.size(), 1u);
  EXPECT_EQ(b.authors[0].name, "Stefan J. Bos");
  EXPECT_EQ(b.authors[0].role.value_or(""), "Chief International Correspondent");
  EXPECT_EQ(b.outlet.value_or(""), "Worthy News");
}

TEST(PlainTextByline, TrailingOutletWithoutHint) {
  Byline b = MustByline("By Lena Fischer, Diplomatic Correspondent Daily Harbour");
  ASSERT_EQ(b.authors.size(), 1u);
  EXPECT_EQ(b.authors[0].role.value_or(""), "Diplomatic Correspondent");
  EXPECT_EQ(b.outlet.value_or(""), "Daily Harbour");
}

TEST(PlainTextByline, SeveralNames) {
  Byline b = MustByline("By Jane Doe, John Roe and Ann Poe");
  ASSERT_EQ(b.authors.size(), 3u);
  EXPECT_EQ(b.authors[2].name, "Ann Poe");
  b = MustByline("By Jane Doe and John Roe");
  ASSERT_EQ(b.authors.size(), 2u);
  EXPECT_EQ(b.authors[1].name, "John Roe");
}

TEST(PlainTextByline, AllCapsAndAgency) {
  Byline b = MustByline("By JOSH KELLER and ANA MARÍA LÓPEZ Associated Press");
  ASSERT_EQ(b.authors.size(), 2u);
  EXPECT_EQ(b.authors[0].name, "Josh Keller");
  EXPECT_EQ(b.authors[1].name, "Ana María López");
  EXPECT_EQ(b.outlet.value_or(""), "The Associated Press");
  b = MustByline("By JANE DOE");
  ASSERT_EQ(b.authors.size(), 1u);
  EXPECT_EQ(b.authors[0].name, "Jane Doe");
}

TEST(PlainTextByline, SeparatorsAndRoles) {
  Byline b = MustByline("By Jane Doe | Reuters");
  EXPECT_EQ(b.outlet.value_or(""), "Reuters");
  b = MustByline("By Jane Doe, Associated Press");
  EXPECT_EQ(b.outlet.value_or(""), "The Associated Press");
  b = MustByline("By Jane Doe, Staff Writer");
  EXPECT_EQ(b.authors.at(0).role.value_or(""), "Staff Writer");
  b = MustByline("By Amira Haddad and Thomas Keller, Staff Writers Meridian Wire", {"Meridian Wire"});
  ASSERT_EQ(b.authors.size(), 2u);
  EXPECT_EQ(b.authors[0].role.value_or(""), "Staff Writer");
  EXPECT_EQ(b.authors[1].role.value_or(""), "Staff Writer");
  b = MustByline("Posted by Mary O'Neil | Feb 27, 2025");
  EXPECT_EQ(b.authors.at(0).name, "Mary O'Neil");
  ASSERT_TRUE(b.date.has_value());
  EXPECT_EQ(b.date->year, 2025);
}

TEST(PlainTextByline, NamesWithParticlesAndInitials) {
  EXPECT_EQ(MustByline("By J.D. Vance").authors.at(0).name, "J.D. Vance");
  EXPECT_EQ(MustByline("Written by Jean-Luc Picard").authors.at(0).name, "Jean-Luc Picard");
  EXPECT_EQ(MustByline("By Gabriel García Márquez").authors.at(0).name, "Gabriel García Márquez");
  EXPECT_EQ(MustByline("By Ludwig van Beethoven").authors.at(0).name, "Ludwig van Beethoven");
}

TEST(PlainTextByline, OrganisationsAreNotPeople) {
  Byline b = MustByline("By Reuters Staff");
  EXPECT_TRUE(b.authors.empty());
  EXPECT_EQ(b.outlet.value_or(""), "Reuters");
  b = MustByline("By The Associated Press");
  EXPECT_TRUE(b.authors.empty());
  EXPECT_EQ(b.outlet.value_or(""), "The Associated Press");
  EXPECT_FALSE(IsPersonName("Staff Reporter"));
  EXPECT_FALSE(IsPersonName("Editorial Board"));
}

TEST(PlainTextByline, RiskyFormsNeedClearSignals) {
  Byline b = MustByline("Jane Doe, Reuters");
  EXPECT_EQ(b.authors.at(0).name, "Jane Doe");
  EXPECT_FALSE(ParseByline("Jane Doe, Springfield", {}));
  EXPECT_FALSE(ParseByline("By Thursday, officials said the talks had stalled.", {}));
  EXPECT_FALSE(ParseByline("By the end of the year the plant will close.", {}));
  EXPECT_FALSE(ParseByline("The council voted 7-2 on Tuesday.", {}));
}

TEST(PlainTextByline, Credits) {
  std::vector<Credit> c = ParseCredits(
      "(Reporting by William James in London and Sarah Young; Editing by Alex Richardson)");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].role, "Reporting");
  ASSERT_EQ(c[0].names.size(), 2u);
  EXPECT_EQ(c[0].names[0], "William James");
  EXPECT_EQ(c[0].names[1], "Sarah Young");
  EXPECT_EQ(c[1].role, "Editing");
  c = ParseCredits("Associated Press writer Tom Reed in Chicago contributed to this report.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].names.at(0), "Tom Reed");
  EXPECT_TRUE(ParseCredits("Reporting on the war has been difficult.").empty());
  c = ParseCredits("Rédigé par Claire Martin; édité par Paul Girard");  // accents next to hex escapes
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].role, "Writing");
  EXPECT_EQ(c[0].names.at(0), "Claire Martin");
  EXPECT_EQ(c[1].role, "Editing");
}

// ---------------------------------------------------------------- datelines

WireDateline MustDateline(std::string_view p) {
  std::optional<WireDateline> d = ParseWireDateline(p);
  EXPECT_TRUE(d.has_value()) << p;
  return d.value_or(WireDateline{});
}

std::string Places(const WireDateline& d) {
  std::string out;
  for (const DatelinePlace& p : d.places) out += (out.empty() ? "" : ";") + p.name + "/" + p.country.value_or("-");
  return out;
}

TEST(PlainTextDateline, Seed) {
  std::string p = "MOSCOW/ISTANBUL/BUDAPEST (Worthy News) – Russia’s President said.";
  WireDateline d = MustDateline(p);
  EXPECT_EQ(Places(d), "Moscow/RUS;Istanbul/TUR;Budapest/HUN");
  EXPECT_EQ(d.source.value_or(""), "Worthy News");
  EXPECT_EQ(p.substr(d.body_start), "Russia’s President said.");
}

TEST(PlainTextDateline, WireForms) {
  WireDateline d = MustDateline("LONDON, Feb 27 (Reuters) - Britain said.");
  EXPECT_EQ(Places(d), "London/GBR");
  EXPECT_EQ(d.source.value_or(""), "Reuters");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->month, 2);
  EXPECT_EQ(d.date->year, 0);
  d = MustDateline("KYIV, Ukraine (AP) — Ukraine said.");
  EXPECT_EQ(Places(d), "Kyiv/UKR;Ukraine/UKR");
  EXPECT_EQ(d.source.value_or(""), "The Associated Press");
  // A qualifier is a place only when it names one: "D.C." has no name of its own.
  EXPECT_EQ(Places(MustDateline("SAVANNAH, Ga. (AP) — Officials said.")), "Savannah/USA;Georgia/USA");
  EXPECT_EQ(Places(MustDateline("MOSCOW/KYIV, Feb 27 (Reuters) - Talks.")), "Moscow/RUS;Kyiv/UKR");
  EXPECT_EQ(Places(MustDateline("PARIS — France said.")), "Paris/FRA");
  d = MustDateline("NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Corp. today announced.");
  EXPECT_EQ(Places(d), "New York/USA");
  EXPECT_EQ(d.source.value_or(""), "PR Newswire");
  EXPECT_EQ(d.date->year, 2025);
  d = MustDateline("BEIJING, Feb. 27 (Xinhua) -- China said.");
  EXPECT_EQ(Places(d), "Beijing/CHN");
  EXPECT_EQ(d.source.value_or(""), "Xinhua");
  EXPECT_EQ(Places(MustDateline("ST. LOUIS (AP) — A jury said.")), "St. Louis/USA");
  EXPECT_EQ(Places(MustDateline("WASHINGTON, D.C. — Lawmakers said.")), "Washington/USA");
  EXPECT_EQ(Places(MustDateline("Tokyo (CNN) — Japan said.")), "Tokyo/JPN");
  EXPECT_EQ(Places(MustDateline("RIO DE JANEIRO — Brazil said.")), "Rio de Janeiro/BRA");
  EXPECT_EQ(Places(MustDateline("AUSTIN, Texas (AP) — A judge said.")), "Austin/USA;Texas/USA");
  EXPECT_EQ(Places(MustDateline("Miami, Fla. (AP) — Storms hit.")), "Miami/USA;Florida/USA");
  EXPECT_EQ(Places(MustDateline("PARIS, Texas — A small town.")), "Paris/USA;Texas/USA");
  EXPECT_EQ(Places(MustDateline("SPRINGFIELD, Ill. — The city said.")), "Springfield/USA;Illinois/USA");
  EXPECT_EQ(Places(MustDateline("TBILISI, Georgia (AP) — Protesters.")), "Tbilisi/GEO;Georgia/GEO");
  EXPECT_EQ(Places(MustDateline("SMALLVILLE — A farmer said.")), "Smallville/-");
  EXPECT_EQ(Places(MustDateline("UNITED NATIONS (AP) — The council.")), "United Nations/-");
  EXPECT_EQ(Places(MustDateline("SEOUL, South Korea (AP) — North Korea fired.")), "Seoul/KOR;South Korea/KOR");
  d = MustDateline("(Reuters) - Apple said on Thursday.");
  EXPECT_TRUE(d.places.empty());
  EXPECT_EQ(d.source.value_or(""), "Reuters");
}

TEST(PlainTextDateline, OrdinarySentencesAreNotDatelines) {
  EXPECT_FALSE(ParseWireDateline("The U.S. said — in a statement — that it would act."));
  EXPECT_FALSE(ParseWireDateline("NATO — the alliance — met on Monday."));
  EXPECT_FALSE(ParseWireDateline("BREAKING — Markets fall sharply."));
  EXPECT_FALSE(ParseWireDateline("Officials in the capital (which was shelled) - said it."));
  EXPECT_FALSE(ParseWireDateline("The company (NYSE: ACME) said profits rose."));
  EXPECT_FALSE(ParseWireDateline("He said the price rose 3 - 4 percent."));
  EXPECT_FALSE(ParseWireDateline("WASHINGTON (AP) —"));  // nothing after it
}

// ---------------------------------------------------------------- footer

TEST(PlainTextFooter, Notices) {
  Notices n = SplitNotices(
      "Copyright 1999-2026 Worthy News. This article was originally published on Worthy News and was "
      "reproduced with permission.");
  ASSERT_EQ(n.copyright.size(), 1u);
  EXPECT_EQ(n.copyright[0], "Copyright 1999-2026 Worthy News.");
  ASSERT_EQ(n.syndication.size(), 1u);
  EXPECT_TRUE(n.rest.empty());
  EXPECT_EQ(CopyrightHolder("Copyright 1999-2026 Worthy News.").value_or(""), "Worthy News");
  int year = 0;
  EXPECT_EQ(CopyrightHolder("(c) Copyright Thomson Reuters 2025", &year).value_or(""), "Thomson Reuters");
  EXPECT_EQ(year, 2025);
  EXPECT_EQ(CopyrightHolder("© 2025 Reuters").value_or(""), "Reuters");
  EXPECT_TRUE(SplitNotices("The group is a 501(c)(3) charity, officials said.").copyright.empty());
  EXPECT_TRUE(SplitNotices("Copyright law was not discussed at the meeting.").copyright.empty());
  EXPECT_EQ(SplitNotices("Copyright Example Media").copyright.size(), 1u);
}

TEST(PlainTextFooter, HeadingsTeasersJunk) {
  EXPECT_TRUE(IsRelatedHeading("More Worthy News"));
  EXPECT_TRUE(IsRelatedHeading("More from Reuters"));
  EXPECT_TRUE(IsRelatedHeading("Related Stories:"));
  EXPECT_TRUE(IsRelatedHeading("READ MORE:"));
  EXPECT_TRUE(IsRelatedHeading("You may also like"));
  EXPECT_FALSE(IsRelatedHeading("More than 50 people were killed."));
  EXPECT_FALSE(IsRelatedHeading("More talks are planned"));
  std::optional<RelatedItem> r = InlineRelated("RELATED: Senate passes stopgap bill https://example.com/a");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "Senate passes stopgap bill");
  EXPECT_EQ(r->url.value_or(""), "https://example.com/a");
  RelatedItem t = MakeTeaser("- Flood warnings issued (https://example.com/floods)");
  EXPECT_EQ(t.text, "Flood warnings issued");
  EXPECT_EQ(t.url.value_or(""), "https://example.com/floods");
  EXPECT_TRUE(IsJunkLine("Advertisement"));
  EXPECT_TRUE(IsJunkLine("Follow us on Twitter @example"));
  EXPECT_TRUE(IsJunkLine("Our Standards: The Thomson Reuters Trust Principles."));
  EXPECT_FALSE(IsJunkLine("Advertisements for the drug were banned in 2019."));
  EXPECT_TRUE(IsCreditLine("(Reporting by Jane Doe; Editing by John Roe)"));
}

TEST(PlainTextFooter, Sentences) {
  std::vector<std::string> s = SplitSentences("The U.S. said so. Acme Inc. agreed. Then J. Smith left! Done");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "The U.S. said so.");
  EXPECT_EQ(s[1], "Acme Inc. agreed.");
  EXPECT_EQ(s[2], "Then J. Smith left!");
}

// ---------------------------------------------------------------- data

TEST(PlainTextData, BadLinesReportedWithFileAndLine) {
  DataTable t = ParseDataTable("x.tsv", "# comment\nAP\tThe Associated Press\nbroken line\n\nA\t\n", 2);
  ASSERT_EQ(t.rows.size(), 1u);
  ASSERT_EQ(t.errors.size(), 2u);
  EXPECT_EQ(t.errors[0].rfind("x.tsv:3:", 0), 0u) << t.errors[0];
  EXPECT_EQ(t.errors[1].rfind("x.tsv:5:", 0), 0u) << t.errors[1];
}

TEST(PlainTextData, Gazetteer) {
  EXPECT_EQ(CountryCode("Ukraine").value_or(""), "UKR");
  EXPECT_EQ(CountryCode("Russian Federation").value_or(""), "RUS");
  EXPECT_EQ(CountryCode("Russia").value_or(""), "RUS");
  EXPECT_EQ(CountryCode("Korea, Republic of").value_or(""), "KOR");
  EXPECT_EQ(CountryCode("Republic of Korea").value_or(""), "KOR");
  EXPECT_EQ(CountryCode("South Korea").value_or(""), "KOR");
  EXPECT_EQ(CountryCode("U.S.").value_or(""), "USA");
  EXPECT_EQ(CountryCode("Britain").value_or(""), "GBR");
  EXPECT_EQ(CountryCode("Syria").value_or(""), "SYR");
  EXPECT_EQ(CountryCode("Vietnam").value_or(""), "VNM");
  EXPECT_EQ(CountryCode("Taiwan").value_or(""), "TWN");
  EXPECT_EQ(CountryCode("the Netherlands").value_or(""), "NLD");
  EXPECT_FALSE(CountryCode("Atlantis"));
  EXPECT_EQ(QualifierCountries("Georgia").size(), 2u);
  ASSERT_NE(FindCity("KIEV"), nullptr);
  EXPECT_EQ(FindCity("KIEV")->country.value_or(""), "UKR");
  EXPECT_EQ(KnownOutlet("AFP").value_or(""), "Agence France-Presse");
}

// ---------------------------------------------------------------- articles

// The seed's shape: byline with role and outlet, multi-city dateline, one
// paragraph a line, copyright and syndication on one line, teaser list.
constexpr std::string_view kSeedShaped =
    "By Maria L. Novak, Senior Political Correspondent Lakeside Courier\n"
    "KYIV/WARSAW/BERLIN (Lakeside Courier) – Ukraine’s foreign minister said Friday that talks with "
    "European partners on air defense had produced “concrete results” as winter attacks on the power grid "
    "intensified.\n"
    "The remarks followed a meeting in Warsaw where Polish officials pledged additional generators.\n"
    "German officials said a further package would be announced next week.\n"
    "Russia’s Defense Ministry said its forces had struck energy facilities in several regions.\n"
    "Copyright 2001-2026 Lakeside Courier. This article was originally published on Lakeside Courier and "
    "was reproduced with permission.\n"
    "More Lakeside Courier News\n"
    "Flood waters recede in northern Italy after days of heavy rain, officials said on Sunday.\n"
    "A court in Nairobi has ordered the release of two activists held without charge.\n"
    "Chile’s president named a new finance minister amid a row over pension reform.\n";

TEST(PlainTextArticle, SeedShaped) {
  Article a = Parse(kSeedShaped);
  EXPECT_FALSE(a.title);
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Maria L. Novak");
  EXPECT_EQ(a.authors[0].role.value_or(""), "Senior Political Correspondent");
  ASSERT_EQ(a.dateline.size(), 3u);
  EXPECT_EQ(a.dateline[0].name, "Kyiv");
  EXPECT_EQ(a.dateline[0].country.value_or(""), "UKR");
  EXPECT_EQ(a.dateline[1].country.value_or(""), "POL");
  EXPECT_EQ(a.dateline[2].name, "Berlin");
  EXPECT_EQ(a.dateline[2].country.value_or(""), "DEU");
  EXPECT_EQ(a.source.name.value_or(""), "Lakeside Courier");
  std::vector<std::string> paras = Paragraphs(a.text);
  ASSERT_EQ(paras.size(), 4u);
  EXPECT_EQ(paras[0].rfind("Ukraine’s foreign minister said Friday", 0), 0u);
  EXPECT_EQ(paras[3], "Russia’s Defense Ministry said its forces had struck energy facilities in several regions.");
  EXPECT_EQ(a.boilerplate.copyright.value_or(""), "Copyright 2001-2026 Lakeside Courier.");
  EXPECT_EQ(a.boilerplate.syndication.value_or(""),
            "This article was originally published on Lakeside Courier and was reproduced with permission.");
  ASSERT_EQ(a.boilerplate.related.size(), 3u);
  EXPECT_EQ(a.boilerplate.related[1].text, "A court in Nairobi has ordered the release of two activists held without charge.");
  EXPECT_FALSE(a.boilerplate.related[1].url);
  EXPECT_EQ(a.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(a.text.find("Nairobi"), std::string::npos);
  EXPECT_FALSE(a.published);
}

// AP: headline, all-caps byline with the agency, 72-column hard wrap,
// contributor credit and the AP copyright block.
constexpr std::string_view kApStyle =
    "Lawmakers weigh new tariffs on steel imports\n"
    "\n"
    "By JOSH KELLER and ANA MARÍA LÓPEZ Associated Press\n"
    "\n"
    "WASHINGTON (AP) — House lawmakers on Tuesday weighed a proposal to raise\n"
    "tariffs on imported steel, a move that supporters say would protect\n"
    "domestic jobs.\n"
    "\n"
    "The measure, backed by a bipartisan group from industrial states, faces\n"
    "opposition from manufacturers who rely on cheaper foreign metal.\n"
    "\n"
    "“We are not going to stand by,” said Rep. Maria Gomez, D-Ohio.\n"
    "\n"
    "Associated Press writer Tom Reed in Chicago contributed to this report.\n"
    "\n"
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published,\n"
    "broadcast, rewritten or redistributed.\n";

TEST(PlainTextArticle, AssociatedPress) {
  Article a = Parse(kApStyle);
  EXPECT_EQ(a.title.value_or(""), "Lawmakers weigh new tariffs on steel imports");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0].name, "Josh Keller");
  EXPECT_EQ(a.authors[1].name, "Ana María López");
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Washington");
  EXPECT_EQ(a.dateline[0].country.value_or(""), "USA");
  EXPECT_EQ(a.source.name.value_or(""), "The Associated Press");
  std::vector<std::string> paras = Paragraphs(a.text);
  ASSERT_EQ(paras.size(), 3u) << a.text;
  EXPECT_EQ(paras[0],
            "House lawmakers on Tuesday weighed a proposal to raise tariffs on imported steel, a move that "
            "supporters say would protect domestic jobs.");
  EXPECT_EQ(paras[2], "“We are not going to stand by,” said Rep. Maria Gomez, D-Ohio.");
  EXPECT_NE(a.boilerplate.copyright.value_or("").find("All rights reserved."), std::string::npos);
  EXPECT_EQ(a.text.find("contributed"), std::string::npos);
}

// Reuters: no byline, date in the dateline without a year, credits and the
// trust-principles line at the end.
constexpr std::string_view kReutersStyle =
    "LONDON, Feb 27 (Reuters) - Britain's economy grew faster than expected in the final quarter of last "
    "year, official data showed on Thursday, easing fears of a recession.\n"
    "\n"
    "Gross domestic product rose 0.3% quarter-on-quarter, the Office for National Statistics said.\n"
    "\n"
    "Finance minister Rachel Reeves welcomed the figures but said more work was needed.\n"
    "\n"
    "(Reporting by William James in London and Sarah Young; Editing by Alex Richardson)\n"
    "\n"
    "Our Standards: The Thomson Reuters Trust Principles.\n";

TEST(PlainTextArticle, ReutersCreditsBecomeAuthorsWithoutByline) {
  Article a = Parse(kReutersStyle);
  EXPECT_FALSE(a.title);
  EXPECT_EQ(a.source.name.value_or(""), "Reuters");
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "London");
  EXPECT_FALSE(a.published);  // "Feb 27" and no year anywhere: never invented
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0].name, "William James");
  EXPECT_EQ(a.authors[0].role.value_or(""), "Reporting");
  EXPECT_EQ(Paragraphs(a.text).size(), 3u);
  EXPECT_EQ(a.text.find("Reporting by"), std::string::npos);
  EXPECT_EQ(a.text.find("Trust Principles"), std::string::npos);
  EXPECT_EQ(a.text.rfind("Britain's economy grew", 0), 0u);
}

TEST(PlainTextArticle, ReutersYearFromTheText) {
  std::string text(kReutersStyle);
  text += "(c) Copyright Thomson Reuters 2025\n";
  Article a = Parse(text);
  EXPECT_EQ(a.published.value_or(""), "2025-02-27");
  EXPECT_EQ(a.boilerplate.copyright.value_or(""), "(c) Copyright Thomson Reuters 2025");
}

constexpr std::string_view kReutersStaff =
    "Oil prices climb on supply worries\n"
    "By Reuters Staff\n"
    "SINGAPORE (Reuters) - Oil prices rose on Monday as traders weighed supply disruptions in the Middle "
    "East against signs of slowing demand in China.\n"
    "Brent crude futures rose 45 cents to $74.10 a barrel.\n";

TEST(PlainTextArticle, OrganisationByline) {
  Article a = Parse(kReutersStaff);
  EXPECT_EQ(a.title.value_or(""), "Oil prices climb on supply worries");
  EXPECT_TRUE(a.authors.empty());
  EXPECT_EQ(a.source.name.value_or(""), "Reuters");
  EXPECT_EQ(a.dateline.at(0).country.value_or(""), "SGP");
  EXPECT_EQ(Paragraphs(a.text).size(), 2u);
}

// AFP: mixed-case dateline, copyright sign, "Read more" teasers with URLs.
constexpr std::string_view kAfpStyle =
    "Paris (AFP) - French farmers blocked roads around the capital on Monday to protest against "
    "rising costs and a European trade deal, police said.\n"
    "\n"
    "Hundreds of tractors converged on the ring road in the early morning.\n"
    "\n"
    "© 2025 AFP\n"
    "\n"
    "Read more:\n"
    "- Farm unions vow to keep up pressure https://example.org/farm-unions\n"
    "- EU trade deal explained https://example.org/eu-deal\n";

TEST(PlainTextArticle, AgenceFrancePresse) {
  Article a = Parse(kAfpStyle);
  EXPECT_EQ(a.source.name.value_or(""), "Agence France-Presse");
  ASSERT_EQ(a.dateline.size(), 1u);
  EXPECT_EQ(a.dateline[0].name, "Paris");
  EXPECT_EQ(a.dateline[0].country.value_or(""), "FRA");
  EXPECT_EQ(a.boilerplate.copyright.value_or(""), "© 2025 AFP");
  ASSERT_EQ(a.boilerplate.related.size(), 2u);
  EXPECT_EQ(a.boilerplate.related[0].text, "Farm unions vow to keep up pressure");
  EXPECT_EQ(a.boilerplate.related[0].url.value_or(""), "https://example.org/farm-unions");
  EXPECT_EQ(Paragraphs(a.text).size(), 2u);
}

constexpr std::string_view kXinhuaStyle =
    "BEIJING, Feb. 27 (Xinhua) -- China's foreign ministry on Thursday urged all parties to the Ukraine "
    "conflict to keep up dialogue, spokesperson Guo Jiakun told a regular press briefing.\n"
    "Guo said China welcomed all efforts conducive to peace.\n"
    "The spokesperson made the remarks on Feb. 27, 2025 in response to a question.\n";

TEST(PlainTextArticle, XinhuaYearFromAFullDateInTheText) {
  Article a = Parse(kXinhuaStyle);
  EXPECT_EQ(a.source.name.value_or(""), "Xinhua");
  EXPECT_EQ(a.dateline.at(0).name, "Beijing");
  EXPECT_EQ(a.published.value_or(""), "2025-02-27");
  EXPECT_EQ(a.text.rfind("China's foreign ministry", 0), 0u);
}

constexpr std::string_view kPrNewswire =
    "Acme Robotics Unveils Warehouse Assistant\n"
    "\n"
    "NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Robotics Inc. (NASDAQ: ACMR) today announced a new "
    "warehouse robot designed to work alongside people.\n"
    "\n"
    "The company said shipments would begin in the second quarter.\n";

TEST(PlainTextArticle, PressRelease) {
  Article a = Parse(kPrNewswire);
  EXPECT_EQ(a.title.value_or(""), "Acme Robotics Unveils Warehouse Assistant");
  EXPECT_EQ(a.source.name.value_or(""), "PR Newswire");
  EXPECT_EQ(a.published.value_or(""), "2025-03-03");
  EXPECT_EQ(a.dateline.at(0).name, "New York");
  EXPECT_EQ(a.text.rfind("Acme Robotics Inc. (NASDAQ: ACMR) today", 0), 0u);
}

// Local paper: staff byline, published line, state in the dateline, social
// footer junk.
constexpr std::string_view kLocalPaper =
    "City council approves $40 million budget\n"
    "By Jane Doe, Staff Writer\n"
    "Published: March 4, 2025 6:30 p.m.\n"
    "\n"
    "SPRINGFIELD, Ill. — The city council approved a $40 million budget on Tuesday after a three-hour "
    "debate over police overtime and road repairs.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "Mayor Tom Reilly called the vote “a good day for the city.”\n"
    "\n"
    "Share this article\n"
    "Follow us on Twitter @sjr\n"
    "Sign up for our newsletter\n";

TEST(PlainTextArticle, LocalPaper) {
  Article a = Parse(kLocalPaper);
  EXPECT_EQ(a.title.value_or(""), "City council approves $40 million budget");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Jane Doe");
  EXPECT_EQ(a.authors[0].role.value_or(""), "Staff Writer");
  EXPECT_EQ(a.published.value_or(""), "2025-03-04T18:30:00");
  ASSERT_EQ(a.dateline.size(), 2u);  // the town, then its state as a place of its own
  EXPECT_EQ(a.dateline[0].name, "Springfield");
  EXPECT_EQ(a.dateline[0].country.value_or(""), "USA");
  std::vector<std::string> paras = Paragraphs(a.text);
  ASSERT_EQ(paras.size(), 2u) << a.text;
  EXPECT_EQ(paras[1], "Mayor Tom Reilly called the vote “a good day for the city.”");
}

// Blog repost: inline "Related:" teaser in the body, a list under a heading,
// syndication notice, no dateline.
constexpr std::string_view kBlogRepost =
    "Why the river keeps flooding\n"
    "\n"
    "Residents of the valley have seen three floods in five years. Engineers say the old levees were "
    "never designed for this much rain.\n"
    "\n"
    "Related: Town hall meeting on flood defenses set for April https://example.net/town-hall\n"
    "\n"
    "The county has applied for federal money to rebuild them, but work would not start before 2027.\n"
    "\n"
    "This story was originally published by Valley Voice and is republished with permission.\n"
    "\n"
    "Related Stories\n"
    "How levees work\n"
    "Five years of floods in pictures\n";

TEST(PlainTextArticle, BlogRepost) {
  Article a = Parse(kBlogRepost);
  EXPECT_EQ(a.title.value_or(""), "Why the river keeps flooding");
  EXPECT_TRUE(a.dateline.empty());
  std::vector<std::string> paras = Paragraphs(a.text);
  ASSERT_EQ(paras.size(), 2u) << a.text;
  EXPECT_NE(a.boilerplate.syndication.value_or("").find("originally published by Valley Voice"), std::string::npos);
  ASSERT_EQ(a.boilerplate.related.size(), 3u);
  EXPECT_EQ(a.boilerplate.related[0].text, "Town hall meeting on flood defenses set for April");
  EXPECT_EQ(a.boilerplate.related[0].url.value_or(""), "https://example.net/town-hall");
  EXPECT_EQ(a.boilerplate.related[2].text, "Five years of floods in pictures");
}

constexpr std::string_view kCnnStyle =
    "Tokyo (CNN) — Japan’s central bank raised interest rates on Friday for the first time in months.\n"
    "The move had been widely expected by markets.\n";

TEST(PlainTextArticle, BroadcasterDateline) {
  Article a = Parse(kCnnStyle);
  EXPECT_EQ(a.source.name.value_or(""), "CNN");
  EXPECT_EQ(a.dateline.at(0).country.value_or(""), "JPN");
  EXPECT_EQ(a.text.rfind("Japan’s central bank", 0), 0u);
}

// Wire copy with indented paragraph starts and no blank lines.
constexpr std::string_view kIndented =
    "   RIO DE JANEIRO — Brazil’s government announced on Monday a plan to\n"
    "protect the Amazon rainforest from illegal mining, officials\n"
    "said.\n"
    "   The plan includes new satellite monitoring and more federal\n"
    "police in the region.\n";

TEST(PlainTextArticle, IndentedParagraphs) {
  Article a = Parse(kIndented);
  EXPECT_EQ(a.dateline.at(0).name, "Rio de Janeiro");
  EXPECT_EQ(a.dateline.at(0).country.value_or(""), "BRA");
  std::vector<std::string> paras = Paragraphs(a.text);
  ASSERT_EQ(paras.size(), 2u) << a.text;
  EXPECT_EQ(paras[1], "The plan includes new satellite monitoring and more federal police in the region.");
}

constexpr std::string_view kHeadlineDeck =
    "Storm batters coast\n"
    "Thousands without power as winds reach 100 mph\n"
    "MIAMI (AP) — A powerful storm battered Florida’s coast on Wednesday.\n"
    "Officials urged residents to stay indoors.\n";

TEST(PlainTextArticle, HeadlineAndDeckBeforeDateline) {
  Article a = Parse(kHeadlineDeck);
  EXPECT_EQ(a.title.value_or(""), "Storm batters coast");
  EXPECT_EQ(a.text.rfind("A powerful storm", 0), 0u) << a.text;
  EXPECT_EQ(a.dateline.at(0).country.value_or(""), "USA");
}

TEST(PlainTextArticle, HeaderNoiseIsNotBody) {
  Article a = Parse(
      "Ceasefire holds for a second day\n"
      "By Omar Farouk\n"
      "Published 2 hours ago\n"
      "4 min read\n"
      "(AP Photo/Jane Smith)\n"
      "GAZA CITY, Gaza Strip (AP) — A ceasefire held for a second day on Friday.\n"
      "Aid trucks crossed into the territory.\n");
  EXPECT_EQ(a.title.value_or(""), "Ceasefire holds for a second day");
  EXPECT_EQ(a.authors.at(0).name, "Omar Farouk");
  EXPECT_EQ(a.dateline.at(0).name, "Gaza City");
  EXPECT_EQ(a.dateline.at(0).country.value_or(""), "PSE");
  EXPECT_EQ(a.text, "A ceasefire held for a second day on Friday.\n\nAid trucks crossed into the territory.");
}

TEST(PlainTextArticle, BareNameOverDateLine) {
  Article a = Parse(
      "Updated guidance on masks\n"
      "\n"
      "Jane Doe\n"
      "Thu 27 Feb 2025 10.00 GMT\n"
      "\n"
      "Health officials issued new guidance on Thursday.\n");
  EXPECT_EQ(a.title.value_or(""), "Updated guidance on masks");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0].name, "Jane Doe");
  EXPECT_EQ(a.published.value_or(""), "2025-02-27T10:00:00Z");
  EXPECT_EQ(a.text, "Health officials issued new guidance on Thursday.");
}

TEST(PlainTextArticle, DatelineWithCountryAndDate) {
  Article a = Parse("KYIV, Ukraine, Feb. 27, 2025 (UPI) -- Ukraine said.\nMore later.\n");
  EXPECT_EQ(a.dateline.at(0).country.value_or(""), "UKR");
  EXPECT_EQ(a.source.name.value_or(""), "United Press International");
  EXPECT_EQ(a.published.value_or(""), "2025-02-27");
}

TEST(PlainTextArticle, PlainProseKeepsEverything) {
  std::string prose =
      "The mayor said on Tuesday that the city would expand its bus network.\n"
      "More buses will run on weekends, officials said.\n"
      "By the end of the year, fares will fall by 10 percent.\n"
      "Copyright law was not discussed.\n";
  Article a = Parse(prose);
  EXPECT_EQ(Paragraphs(a.text).size(), 4u) << a.text;
  EXPECT_TRUE(a.authors.empty());
  EXPECT_TRUE(a.dateline.empty());
  EXPECT_FALSE(a.boilerplate.copyright);
  EXPECT_TRUE(a.boilerplate.related.empty());
}

TEST(PlainTextArticle, NoHeadlineWhenNotConfirmed) {
  Article a = Parse("Officials said the talks would resume\nThe next round is due in March.\n");
  EXPECT_FALSE(a.title);
  EXPECT_EQ(Paragraphs(a.text).size(), 2u);
}

TEST(PlainTextArticle, ExistingExamplesShape) {
  Article a = Parse(
      "By Lena Fischer, Diplomatic Correspondent\n"
      "BERLIN (Daily Harbour) - German Chancellor Friedrich Merz hosted French President Emmanuel Macron.\n"
      "The two leaders agreed to present a joint proposal.\n"
      "Copyright 2026 Daily Harbour.");
  EXPECT_EQ(a.authors.at(0).role.value_or(""), "Diplomatic Correspondent");
  EXPECT_EQ(a.source.name.value_or(""), "Daily Harbour");
  EXPECT_EQ(a.boilerplate.copyright.value_or(""), "Copyright 2026 Daily Harbour.");
  EXPECT_EQ(Paragraphs(a.text).size(), 2u);
}

// ---------------------------------------------------------------- bad input

template <typename F>
double Seconds(F f) {
  auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(PlainTextBadInput, EmptyAndWhitespace) {
  EXPECT_TRUE(Parse("").text.empty());
  EXPECT_TRUE(Parse("   \n\n\t\n  ").text.empty());
  EXPECT_TRUE(Parse("\n").authors.empty());
}

TEST(PlainTextBadInput, GiantLine) {
  std::string big;
  while (big.size() < (1u << 20)) big += "WASHINGTON (AP) — word word. By Jane Doe. Copyright 2025 (c) ";
  Article a;
  EXPECT_LT(Seconds([&] { a = Parse(big); }), 5.0);
  EXPECT_FALSE(a.text.empty());
}

TEST(PlainTextBadInput, ReplacementCharacters) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk.push_back(char((i * 7919 + 13) & 0xFF));
  std::string text = util::RepairUtf8(junk);
  Article a = Parse(text);
  EXPECT_TRUE(util::IsValidUtf8(a.text));
}

TEST(PlainTextBadInput, ManyByLines) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "By By By\n";
  Article a;
  EXPECT_LT(Seconds([&] { a = Parse(text); }), 5.0);
  EXPECT_TRUE(a.authors.empty());
}

TEST(PlainTextBadInput, ManyHeadingsAndParens) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "Related:\n(Reuters) -\nMore News\n© \n";
  Article a;
  EXPECT_LT(Seconds([&] { a = Parse(text); }), 5.0);
}

TEST(PlainTextBadInput, NoBody) {
  Article a = Parse("By Jane Doe, Staff Writer\nCopyright 2025 Example News.\n");
  EXPECT_TRUE(a.text.empty());
  EXPECT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.boilerplate.copyright.value_or(""), "Copyright 2025 Example News.");
}

// A weak notice phrase is a footer only after the story: a one-line story
// that uses it ("distributed by") is the story.
TEST(PlainTextArticle, WeakNoticePhraseInsideTheOnlySentenceIsText) {
  Article alone = Parse("Emergency kits were distributed by USAID to 12,000 families in central Mozambique.\n");
  EXPECT_EQ(alone.text, "Emergency kits were distributed by USAID to 12,000 families in central Mozambique.");
  EXPECT_FALSE(alone.boilerplate.syndication.has_value());
  Article footer = Parse("The city council approved the budget on Monday after a long debate.\n\n"
                         "Distributed by Tribune Content Agency.\n");
  EXPECT_EQ(footer.text, "The city council approved the budget on Monday after a long debate.");
  EXPECT_EQ(footer.boilerplate.syndication.value_or(""), "Distributed by Tribune Content Agency.");
}

}  // namespace
}  // namespace dateline::extract
