// Article tone with the VADER method (Hutto and Gilbert 2014) over the
// VADER lexicon (tone_lexicon.tsv, generated from npm vader-sentiment by
// scripts/build-tone.mjs): each word's valence, scaled by boosters in the
// three words before it ("very", "slightly") and flipped by a negation
// there ("not", "never"); after "but" the valence weighs 1.5, before it 0.5.
// A sentence's compound score is sum / sqrt(sum^2 + 15). The article's
// positive and negative are the shares of positive and negative mass among
// all words (VADER's pos/neg proportions, pooled over the article);
// polarity is the mean compound score of the sentences with any sentiment.
#include <cctype>
#include <cmath>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/events.h"
#include "util/embedded.h"

namespace dateline::events {
namespace {

constexpr double kNegationScalar = -0.74;  // VADER's N_SCALAR
constexpr double kAlpha = 15;              // VADER's normalisation constant

struct Lexicon {
  std::unordered_map<std::string, double> valence, boost;
  std::unordered_set<std::string> negate;
};

const Lexicon& GetLexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    std::istringstream in(util::LoadData("tone_lexicon.tsv"));
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      std::istringstream fs(line);
      for (std::string x; std::getline(fs, x, '\t');) f.push_back(x);
      try {
        if (f[0] == "@negate" && f.size() == 2) l->negate.insert(f[1]);
        else if (f[0] == "@boost" && f.size() == 3) l->boost[f[1]] = std::stod(f[2]);
        else if (f.size() == 2) l->valence[f[0]] = std::stod(f[1]);
      } catch (const std::exception&) {  // a damaged generated line: skipped
      }
    }
    return l;
  }();
  return *lex;
}

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

struct Mass {
  double pos = 0, neg = 0, neutral = 0;
};

// Valences of one sentence's words, VADER-adjusted; returns the compound.
double ScoreSentence(const std::vector<std::string>& w, const Lexicon& lex, Mass* mass) {
  std::vector<double> v(w.size(), 0);
  size_t but = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "but" && but == w.size()) but = i;
    auto it = lex.valence.find(w[i]);
    if (it == lex.valence.end() || lex.boost.count(w[i])) continue;
    double val = it->second;
    for (size_t back = 1; back <= 3 && back <= i; ++back) {
      const std::string& p = w[i - back];
      auto b = lex.boost.find(p);
      if (b != lex.boost.end()) val += (val > 0 ? 1 : -1) * b->second * (back == 1 ? 1 : back == 2 ? 0.95 : 0.9);
      if (lex.negate.count(p) || p == "n't") val *= kNegationScalar;
    }
    v[i] = val;
  }
  double sum = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (but < v.size()) v[i] *= i < but ? 0.5 : i > but ? 1.5 : 1;
    sum += v[i];
    if (v[i] > 0) mass->pos += v[i] + 1;
    else if (v[i] < 0) mass->neg += -v[i] + 1;
    else mass->neutral += 1;
  }
  return sum / std::sqrt(sum * sum + kAlpha);
}

}  // namespace

void ScoreTone(const TextAnalysis& text, Article* article) {
  const Lexicon& lex = GetLexicon();
  Mass mass;
  double compound = 0;
  size_t scored = 0;
  std::vector<std::string> words;
  for (const Sentence& s : text.sentences) {
    words.clear();
    for (size_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = text.tokens[k];
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kClitic) words.push_back(Lower(t.in(article->text)));
    }
    Mass before = mass;
    double c = ScoreSentence(words, lex, &mass);
    if (mass.pos != before.pos || mass.neg != before.neg) compound += c, ++scored;
  }
  double total = mass.pos + mass.neg + mass.neutral;
  article->tone = {};
  if (total > 0) article->tone.positive = mass.pos / total, article->tone.negative = mass.neg / total;
  if (scored) article->tone.polarity = compound / static_cast<double>(scored);
}

}  // namespace dateline::events
