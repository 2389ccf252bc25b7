// Near-duplicate detection: shingles, MinHash and LSH against slow obvious
// references, and the syndication cases the store relies on (another
// headline, a trimmed paragraph, other boilerplate -> copy; another story on
// the same topic -> not a copy).
#include "dateline/corpus.h"

#include "corpus/stories.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

namespace dateline {
namespace {

const std::string kWire =
    "Dock workers at Europe's largest port began a 48-hour strike on Monday over pay and automation, halting "
    "container traffic and leaving dozens of ships waiting at anchor.\n\n"
    "The FNV union said about 3,000 workers had walked out after talks with employers collapsed late on Sunday. "
    "\"We did not want this strike, but the employers left us no choice,\" union spokesman Niek Stam said.\n\n"
    "The Port of Rotterdam Authority said it expected delays of up to a week. Dutch Economy Minister Dirk "
    "Beljaarts called on both sides to return to the negotiating table.\n\n"
    "Shipping group Maersk said it was diverting some vessels to Antwerp and Hamburg, where terminal operators "
    "were preparing for extra volumes and longer working hours through the weekend.\n\n"
    "Employers said the union's demand for a 14 percent rise over two years was unaffordable and that new "
    "automated cranes would not cost any jobs before 2030.\n\n"
    "The last major strike at the port, in 2023, lasted three days and cost the Dutch economy an estimated "
    "100 million euros, according to the employers' association.";

const std::string kSameTopic =
    "Thousands of dockers in Rotterdam walked off the job on Monday, the first stoppage at the Dutch port in "
    "three years, as a dispute over wages and robot cranes came to a head.\n\n"
    "Ships queued in the North Sea while union leaders and terminal operators traded blame. Stam, who leads the "
    "FNV's port section, told reporters the walkout could be extended if no new offer arrived by Wednesday.\n\n"
    "Economists warned that a long stoppage would ripple through European supply chains already strained by "
    "disruption in the Red Sea, and retailers said Easter stock could arrive late.\n\n"
    "Maersk and MSC both told customers to expect delays, and some cargo was rerouted through Belgian and "
    "German ports, where handlers said they could absorb only part of the extra volume.";

std::string WithoutParagraph(const std::string& text, int which) {
  std::vector<std::string> paras;
  for (size_t start = 0;;) {
    size_t end = text.find("\n\n", start);
    paras.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  std::string out;
  for (int i = 0; i < int(paras.size()); ++i)
    if (i != which) out += (out.empty() ? "" : "\n\n") + paras[i];
  return out;
}

bool Copies(const std::string& a, const std::string& b) { return IsNearDuplicate(Shingles(a), Shingles(b)); }

TEST(Shingles, IgnoreCasePunctuationAndSpacing) {
  EXPECT_EQ(Shingles("The union said: \"No deal.\""), Shingles("the UNION said no   deal"));
  EXPECT_EQ(Shingles("Europe\u2019s largest port \u2014 closed"), Shingles("Europe's largest port - closed"));
  EXPECT_EQ(ContentHash("A b, c."), ContentHash("a  B c"));
  EXPECT_NE(ContentHash("a b c"), ContentHash("a b d"));
}

TEST(Shingles, ShortTexts) {
  EXPECT_TRUE(Shingles("").empty());
  EXPECT_EQ(Shingles("two words").size(), 1u);
  EXPECT_EQ(Shingles("one two three four").size(), 2u);
}

ShingleSet RandomSet(std::mt19937_64& rng, size_t n, uint64_t range) {
  ShingleSet s;
  for (size_t i = 0; i < n; ++i) s.push_back(rng() % range);
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

TEST(Similarity, JaccardAndContainmentMatchASetReference) {
  std::mt19937_64 rng(7);
  for (int round = 0; round < 50; ++round) {
    ShingleSet a = RandomSet(rng, 1 + rng() % 200, 300), b = RandomSet(rng, 1 + rng() % 200, 300);
    std::set<uint64_t> sa(a.begin(), a.end()), sb(b.begin(), b.end()), all = sa;
    all.insert(sb.begin(), sb.end());
    size_t common = std::count_if(sa.begin(), sa.end(), [&](uint64_t x) { return sb.count(x) > 0; });
    EXPECT_DOUBLE_EQ(Jaccard(a, b), double(common) / all.size());
    EXPECT_DOUBLE_EQ(Containment(a, b), double(common) / std::min(sa.size(), sb.size()));
  }
}

TEST(Similarity, MinHashEstimatesJaccard) {
  ShingleSet base = Shingles(kWire);
  for (const std::string& other : {WithoutParagraph(kWire, 5), WithoutParagraph(kWire, 2), kSameTopic}) {
    ShingleSet s = Shingles(other);
    EXPECT_NEAR(EstimatedJaccard(ComputeMinHash(base), ComputeMinHash(s)), Jaccard(base, s), 0.15);
  }
}

int SharedBands(const std::string& a, const std::string& b) {
  LshKeys ka = LshBandKeys(ComputeMinHash(Shingles(a))), kb = LshBandKeys(ComputeMinHash(Shingles(b)));
  int n = 0;
  for (int i = 0; i < kLshBands; ++i) n += ka[i] == kb[i];
  return n;
}

TEST(Lsh, CopiesShareBandsAndOtherStoriesDoNot) {
  EXPECT_EQ(SharedBands(kWire, kWire), kLshBands);
  EXPECT_GT(SharedBands(kWire, WithoutParagraph(kWire, 5)), 0);
  EXPECT_EQ(SharedBands(kWire, kSameTopic), 0);
}

TEST(NearDuplicate, AnotherHeadline) {
  EXPECT_TRUE(Copies(kWire, "Rotterdam port at a standstill as dockers strike\n\n" + kWire));
}

TEST(NearDuplicate, TrimmedParagraph) {
  EXPECT_TRUE(Copies(kWire, WithoutParagraph(kWire, 5)));
  EXPECT_TRUE(Copies(WithoutParagraph(kWire, 3), kWire));
}

TEST(NearDuplicate, DifferentBoilerplate) {
  std::string republished = "By Staff Reporter\nROTTERDAM (Gulf Daily Mail) - " + kWire +
                            "\n\nCopyright 2026 Gulf Daily Mail. All rights reserved. This material may not be "
                            "published, broadcast, rewritten or redistributed.";
  EXPECT_TRUE(Copies(kWire, republished));
}

TEST(NearDuplicate, SameTopicIsNotACopy) {
  EXPECT_FALSE(Copies(kWire, kSameTopic));
  EXPECT_LT(Jaccard(Shingles(kWire), Shingles(kSameTopic)), 0.1);
}

TEST(NearDuplicate, ShortTextsNeverMatch) {
  EXPECT_FALSE(Copies("Markets closed higher.", "Markets closed higher."));
}

// ---- stories: profiles, similarity and the join rule

Article StoryArticle(const std::string& id, const std::string& title, const std::string& text,
                     std::vector<std::pair<std::string, std::string>> entities, const std::string& published) {
  Article a;
  a.id = id;
  a.title = title;
  a.text = text;
  a.published = published;
  for (auto& [type, name] : entities) {
    Entity e;
    e.type = type;
    e.text = e.canonical = name;
    a.entities.push_back(e);
  }
  return a;
}

const Article kTalksA = StoryArticle(
    "a", "Russia and Ukraine hold first direct talks in Istanbul",
    "Russian Foreign Minister Sergei Lavrov met his Ukrainian counterpart Andrii Sybiha in Istanbul on Monday for the "
    "first direct talks in more than a year. The two sides discussed a prisoner exchange and Black Sea shipping.",
    {{"PERSON", "Sergei Lavrov"}, {"PERSON", "Andrii Sybiha"}, {"PLACE", "Istanbul"}}, "2026-03-02");
const Article kTalksB = StoryArticle(
    "b", "Lavrov and Sybiha meet in Istanbul, discuss prisoner swap",
    "Ukraine's top diplomat Andrii Sybiha sat down with Sergei Lavrov in Istanbul, the highest-level contact in many "
    "months. A swap of prisoners and navigation in the Black Sea were on the table, officials in Ankara said.",
    {{"PERSON", "Andrii Sybiha"}, {"PERSON", "Sergei Lavrov"}, {"PLACE", "Istanbul"}},
    "2026-03-03");
const Article kFloodsC = StoryArticle(
    "c", "Danube floods force evacuations in Hungary",
    "Authorities in Austria and Hungary issued flood warnings as heavy rain swelled the Danube. Viktor Orban said "
    "emergency crews had been sent to Budapest and river traffic was halted between Vienna and Bratislava.",
    {{"PERSON", "Viktor Orban"}, {"PLACE", "Budapest"}, {"PLACE", "Vienna"}}, "2026-03-02");

TEST(Stories, SameHappeningIsSimilarAnUnrelatedArticleIsNot) {
  corpus::StoryOptions o;
  corpus::Profile a = corpus::ArticleProfile(kTalksA), b = corpus::ArticleProfile(kTalksB),
                  c = corpus::ArticleProfile(kFloodsC);
  EXPECT_LT(corpus::Cosine(a, c), o.min_similarity / 2) << corpus::Cosine(a, c);
  EXPECT_DOUBLE_EQ(corpus::Cosine(a, a), 1.0);
  EXPECT_EQ(a.at("e:Sergei Lavrov"), 3);
  EXPECT_EQ(a.at("l:Istanbul"), 2);
  EXPECT_TRUE(a.count("t:talks"));
  EXPECT_FALSE(a.count("t:istanbul"));  // a name counts once, as the entity
  EXPECT_FALSE(a.count("t:said"));
  corpus::Profile ia = a, ib = b;  // IDF in a young store changes little
  corpus::ApplyIdf(&ia, std::vector<uint64_t>(a.size(), 1), 2);
  corpus::ApplyIdf(&ib, std::vector<uint64_t>(b.size(), 1), 2);
  EXPECT_GE(corpus::Cosine(ia, ib), o.min_similarity) << corpus::Cosine(ia, ib);
  std::vector<int64_t> ka = corpus::LookupKeys(a), kb = corpus::LookupKeys(b);
  EXPECT_TRUE(std::any_of(ka.begin(), ka.end(), [&](int64_t k) { return std::count(kb.begin(), kb.end(), k); }));
}

TEST(Stories, JoinKeepsSpanCountLabelAndMainNames) {
  corpus::StoryState s;
  corpus::JoinStory(&s, kTalksA, corpus::ArticleProfile(kTalksA), "2026-03-02", false);
  corpus::JoinStory(&s, kTalksB, corpus::ArticleProfile(kTalksB), "2026-03-03T10:00:00Z", false);
  corpus::JoinStory(&s, kTalksA, {}, "2026-03-01", true);  // a copy: counted, span widened
  EXPECT_EQ(s.articles, 3u);
  EXPECT_EQ(s.first, "2026-03-01");
  EXPECT_EQ(s.last, "2026-03-03T10:00:00Z");
  EXPECT_FALSE(s.label.empty());
  auto actors = corpus::TopNames(s, "e:");
  EXPECT_EQ(actors.size(), 2u);
  EXPECT_EQ(corpus::TopNames(s, "l:").front(), "Istanbul");
  corpus::StoryState back = corpus::DecodeStory(corpus::EncodeStory(s));
  EXPECT_EQ(back.articles, 3u);
  EXPECT_EQ(back.label, s.label);
  EXPECT_EQ(back.first, s.first);
  EXPECT_EQ(back.profile.size(), s.profile.size());
  EXPECT_NEAR(back.profile.at("e:Sergei Lavrov"), 6, 1e-9);
  EXPECT_TRUE(corpus::DecodeStory("garbage").profile.empty());
}

TEST(Stories, ShiftDate) {
  EXPECT_EQ(corpus::ShiftDate("2026-03-02", 3), "2026-02-27");
  EXPECT_EQ(corpus::ShiftDate("2026-03-02T18:00:00Z", -3), "2026-03-05");
  EXPECT_EQ(corpus::ShiftDate("2024-12-30", -3), "2025-01-02");
  EXPECT_EQ(corpus::ShiftDate("2024-03-01", 1), "2024-02-29");
}

}  // namespace
}  // namespace dateline
