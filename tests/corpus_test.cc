// Near-duplicate detection: shingles, MinHash and LSH against slow obvious
// references, and the syndication cases the store relies on (another
// headline, a trimmed paragraph, other boilerplate -> copy; another story on
// the same topic -> not a copy).
#include "dateline/corpus.h"

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

}  // namespace
}  // namespace dateline
