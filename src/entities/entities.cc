// AnalyzeEntities: the entities stage in order. Recognition works on the
// text stage's tokens with dictionary look-ups only (no model, no regular
// expressions), so the stage runs at tokenizer speed:
//   1. tokens -> keys and word classes (one hash probe per word)
//   2. candidate names from capitalised runs, cut by dictionaries
//      (recognize.cc), leftovers classified once every person is known;
//      capitals headlines, sports score lines and one type per name read
//      with the whole document in view (context.cc)
//   3. places geocoded in the article's context (actors.cc)
//   4. roles and affiliations around names, country agents (roles.cc)
//   5. canonical names and office holders (coref.cc)
//   6. countries and capitals as actors (actors.cc)
//   7. quotations and speakers (quotes.cc)
// Entity types: PERSON, ORG, PLACE, NORP (nationalities, religions and other
// groups: "Ukrainian", "European", "Muslim"; country when there is one), MISC
// (named events, wars, holidays, laws, prizes: "World War II", "Ramadan"), and
// AGENT: a group or office named by its country and function without a
// proper name ("Israeli police" ISRCOP, "Russia's prosecutor general"
// RUSJUD); an AGENT may contain a PLACE or NORP mention.
#include <algorithm>

#include "dateline/entities.h"
#include "entities/internal.h"

namespace dateline {
namespace entities {

Doc MakeDoc(const TextAnalysis& text, std::string_view bytes) {
  Doc doc;
  doc.text = bytes;
  doc.analysis = &text;
  doc.lex = &GetLexicon();
  doc.gaz = &Gazetteer::Get();
  doc.toks.resize(text.tokens.size());
  for (size_t i = 0; i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    Tok& d = doc.toks[i];
    d.start = t.start;
    d.end = t.end;
    d.kind = t.kind;
    d.flags = t.flags;
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kClitic) continue;
    d.key = TokenKey(t.in(bytes));
    auto it = doc.lex->words.find(d.key);
    if (it != doc.lex->words.end()) d.cls = it->second;
    if (d.has(kAllCaps)) d.cls &= ~kFirstName;  // "AMR Corp" is no "Amr"; headlines are read by the body's names
  }
  for (size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sentence = text.sentences[s];
    for (size_t i = sentence.token_begin; i < sentence.token_end; ++i) doc.toks[i].sentence = s;
    if (sentence.token_begin < sentence.token_end) {
      size_t first = sentence.token_begin;  // the first word, after any opening quote or bracket
      while (first + 1 < sentence.token_end && doc.toks[first].kind != TokenKind::kWord) ++first;
      doc.toks[first].sentence_start = true;
    }
  }
  return doc;
}

namespace {

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kPerson: return "PERSON";
    case Kind::kOrg: return "ORG";
    case Kind::kPlace: return "PLACE";
    case Kind::kNorp: return "NORP";
    case Kind::kAgent: return "AGENT";
    case Kind::kMisc: return "MISC";
    case Kind::kUnknown: break;
  }
  return "UNKNOWN";
}

Entity ToEntity(const Doc& doc, const Mention& m) {
  Entity e;
  e.start = doc.toks[m.b].start;
  e.end = doc.toks[m.e - 1].end;
  e.text = std::string(doc.text.substr(e.start, e.end - e.start));
  e.type = KindName(m.kind);
  e.canonical = m.canonical.empty() ? e.text : m.canonical;
  e.role = m.role;
  e.country = m.country;
  e.actor = m.actor;
  e.lat = m.lat;
  e.lon = m.lon;
  return e;
}

}  // namespace
}  // namespace entities

void AnalyzeEntities(const TextAnalysis& text, Article* article, const EntityOptions& options) {
  using namespace entities;
  Doc doc = MakeDoc(text, article->text);
  doc.sports = IsSportsStory(doc, *article);
  doc.nouns_capitalised = article->language && (*article->language == "de" || *article->language == "lb");
  RecognizeMentions(&doc);
  ClassifyUnknown(&doc);
  GeocodePlaces(&doc, article);
  ReadRoles(&doc);
  ResolveCoreference(&doc, article->published);
  AssignPlaceActors(&doc);
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.b != b.b ? a.b < b.b : a.e > b.e; });
  article->entities.clear();
  article->entities.reserve(doc.mentions.size());
  for (const Mention& m : doc.mentions) article->entities.push_back(ToEntity(doc, m));
  article->quotes.clear();
  if (options.quotes) article->quotes = FindQuotes(doc);
}

}  // namespace dateline
