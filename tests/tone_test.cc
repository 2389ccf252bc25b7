// Tone: VADER-style scoring of whole articles (lexicon valence, negation,
// boosters, "but"), proportions and polarity in range, hostile input.
#include <gtest/gtest.h>

#include <string>

#include "dateline/events.h"
#include "dateline/text.h"

namespace dateline {
namespace {

Tone ToneOf(std::string text) {
  Article a;
  a.text = std::move(text);
  TextAnalysis t = AnalyzeText(a.text, std::nullopt);
  EventOptions o;
  o.events = false;
  CodeEvents(t, &a, o);
  return a.tone;
}

TEST(ToneTest, PositiveNegativeNeutral) {
  Tone good = ToneOf("The talks were constructive and the leaders praised the good progress.");
  EXPECT_GT(good.polarity, 0.5);
  EXPECT_GT(good.positive, good.negative);
  Tone bad = ToneOf("The attack killed dozens and wounded hundreds in a terrible war.");
  EXPECT_LT(bad.polarity, -0.5);
  EXPECT_GT(bad.negative, bad.positive);
  Tone flat = ToneOf("The committee meets on Tuesday in the capital.");
  EXPECT_EQ(flat.polarity, 0);
  EXPECT_EQ(flat.positive, 0);
  EXPECT_EQ(flat.negative, 0);
}

TEST(ToneTest, NegationFlips) {
  EXPECT_GT(ToneOf("The talks were good.").polarity, 0);
  EXPECT_LT(ToneOf("The talks were not good.").polarity, 0);
  EXPECT_LT(ToneOf("The talks weren’t good.").polarity, 0);
}

TEST(ToneTest, BoostersAndBut) {
  EXPECT_GT(ToneOf("The talks were very good.").polarity, ToneOf("The talks were good.").polarity);
  EXPECT_LT(ToneOf("The talks were good, but the outcome was bad.").polarity, 0);
}

TEST(ToneTest, RangesAndHostileInput) {
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += i % 2 ? "great " : "terrible ";
  for (const std::string& s : {std::string(), huge, std::string("\"Great!\" \"Awful.\""), std::string("\xff\xfe")}) {
    Tone t = ToneOf(s);
    EXPECT_GE(t.positive, 0);
    EXPECT_LE(t.positive + t.negative, 1.0 + 1e-9);
    EXPECT_GE(t.polarity, -1);
    EXPECT_LE(t.polarity, 1);
  }
}

}  // namespace
}  // namespace dateline
