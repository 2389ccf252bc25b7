// Direct quotations and their speakers.
//
// Pairs: an opening double quote (curly or straight; the text stage decides
// opening/closing from the characters around it) with the next closing one
// in the same paragraph; an opening quote seen before the closing one
// restarts the pair, a quote never closed is dropped. Single quotes are
// left alone (too often apostrophes). The quote is the text between the
// marks, trimmed, whole or partial ("inspired hope", "constructive.").
//
// Speakers, in this order:
//   after the quote:  "..., " said Putin / Putin said / according to Putin
//   before the quote: the nearest verb of saying to the left in the
//                     sentence, and its subject: the nearest actor mention
//                     (person, organisation, agent, or a place standing for
//                     its government) before that verb.
// A pronoun subject ("he added") is the last named speaker (before any, the
// nearest person named before it), and so is the
// speaker of an unattributed quote that follows another in the same
// paragraph. The speaker is the mention's canonical name.
//
// A quotation that runs on over paragraphs follows the news convention: the
// paragraph ends without a closing mark and the next one opens with an
// opening mark. Each paragraph's part is a quote of its own; all parts share
// one speaker, read before the first part or after the last.
#include <algorithm>

#include "entities/internal.h"

namespace dateline::entities {
namespace {

bool IsDoubleQuote(const Doc& doc, const Tok& t) {
  if (t.kind != TokenKind::kQuote) return false;
  std::string_view s = doc.text.substr(t.start, t.end - t.start);
  return s == "\"" || s == "\u201C" || s == "\u201D" || s == "\u201E" || s == "\u00AB" || s == "\u00BB";
}

bool CanSpeak(const Mention& m) {
  return m.kind == Kind::kPerson || m.kind == Kind::kOrg || m.kind == Kind::kAgent ||
         (m.kind == Kind::kPlace && m.actor);
}

struct Speakers {
  const Doc* doc;
  std::vector<const Mention*> by_end;  // speaking-capable mentions sorted by end token
  std::vector<const Mention*> by_start;  // the same sorted by first token
  std::optional<std::string> last;     // the last named speaker

  // The nearest speaker mention ending at or before token `e`, in the sentence of `e - 1`.
  const Mention* EndingBefore(size_t e, size_t floor) const {
    auto it = std::upper_bound(by_end.begin(), by_end.end(), e, [](size_t v, const Mention* m) { return v < m->e; });
    if (it == by_end.begin()) return nullptr;
    const Mention* m = *(it - 1);
    return m->b >= floor ? m : nullptr;
  }
  // The first speaker mention starting in [b, limit) in the sentence of b:
  // "said Foreign Minister Sergei Lavrov".
  const Mention* StartingWithin(size_t b, size_t limit) const {
    auto it = std::lower_bound(by_start.begin(), by_start.end(), b, [](const Mention* m, size_t v) { return m->b < v; });
    if (it == by_start.end() || (*it)->b >= limit || !doc->SameSentence(b, (*it)->b)) return nullptr;
    return *it;
  }
  // Who a pronoun subject at token `at` is: the last named speaker, else the
  // nearest person named before it ("Dr. Anita Rao said ... “...,” she said").
  std::optional<std::string> Pronoun(size_t at) const {
    if (last) return last;
    auto it = std::upper_bound(by_end.begin(), by_end.end(), at, [](size_t v, const Mention* m) { return v < m->e; });
    while (it != by_end.begin()) {
      const Mention* m = *--it;
      if (m->kind == Kind::kPerson) return m->canonical;
    }
    return std::nullopt;
  }
  const Mention* StartingAt(size_t b) const {
    auto it = std::lower_bound(by_start.begin(), by_start.end(), b, [](const Mention* m, size_t v) { return m->b < v; });
    return it != by_start.end() && (*it)->b == b ? *it : nullptr;
  }
};

// The speaker's canonical name; a place's is the fullest name the article
// gives it ("Washington", not the gazetteer's "Washington, D.C.").
std::optional<std::string> Name(const Doc& doc, const Mention* m) {
  if (!m) return std::nullopt;
  return m->canonical.empty() ? std::string(doc.Bytes(m->b, m->e)) : m->canonical;
}

std::optional<std::string> SubjectOf(const Speakers& sp, size_t verb, size_t floor) {
  const Doc& doc = *sp.doc;
  if (verb > floor && (doc.toks[verb - 1].cls & kPronoun)) return sp.Pronoun(verb - 1);
  return Name(doc, sp.EndingBefore(verb, floor));
}

// ..." said Putin. / ..." Putin said. / ..." according to Putin.
std::optional<std::string> SpeakerAfter(const Speakers& sp, size_t close) {
  const Doc& doc = *sp.doc;
  size_t i = close + 1;
  while (i < doc.toks.size() && doc.toks[i].kind == TokenKind::kPunct && doc.SameSentence(close, i)) ++i;
  for (size_t k = i; k < i + 6 && k < doc.toks.size() && doc.SameSentence(i, k); ++k) {
    const Tok& t = doc.toks[k];
    if (t.kind == TokenKind::kQuote) break;
    if (t.key == "according" && k + 2 < doc.toks.size() && doc.toks[k + 1].key == "to") return Name(doc, sp.StartingAt(k + 2));
    if (!(t.cls & kSpeech)) continue;
    if (k > i && (doc.toks[k - 1].cls & kPronoun)) return sp.Pronoun(k - 1);
    if (const Mention* m = sp.EndingBefore(k, i)) return Name(doc, m);
    return Name(doc, sp.StartingWithin(k + 1, k + 6));
  }
  return std::nullopt;
}

std::optional<std::string> SpeakerBefore(const Speakers& sp, size_t open) {
  const Doc& doc = *sp.doc;
  size_t floor = doc.analysis->sentences[doc.toks[open].sentence].token_begin;
  for (size_t v = open; v > floor; --v)
    if (doc.toks[v - 1].cls & kSpeech) return SubjectOf(sp, v - 1, floor);
  return std::nullopt;
}

// The closing quote for the opening quote at `open`, or 0. When the
// paragraph ends first, *paragraph is the next paragraph's first token.
size_t ClosingQuote(const Doc& doc, size_t open, size_t* resume, size_t* paragraph) {
  *paragraph = 0;
  for (size_t j = open + 1; j < doc.toks.size(); ++j) {
    const Tok& t = doc.toks[j];
    if (t.has(kParagraphStart)) {
      *paragraph = j;
      break;
    }
    if (!IsDoubleQuote(doc, t)) continue;
    if (t.has(kOpening)) {
      *resume = j;
      return 0;
    }
    return j;
  }
  *resume = open + 1;
  return 0;
}

bool OpensQuote(const Doc& doc, size_t i) {
  return i < doc.toks.size() && IsDoubleQuote(doc, doc.toks[i]) && doc.toks[i].has(kOpening);
}

// One quotation: its parts as (opening mark, token after the last quoted
// token), one per paragraph it runs over. Empty when it is never closed.
std::vector<std::pair<size_t, size_t>> QuotationAt(const Doc& doc, size_t open, size_t* resume) {
  std::vector<std::pair<size_t, size_t>> parts;
  while (true) {
    size_t paragraph = 0, close = ClosingQuote(doc, open, resume, &paragraph);
    if (close) {
      parts.emplace_back(open, close);
      *resume = close + 1;
      return parts;
    }
    if (!paragraph || !OpensQuote(doc, paragraph)) return {};
    parts.emplace_back(open, paragraph);
    open = paragraph;
  }
}

// The first token of the paragraph holding token i.
size_t ParagraphOf(const Doc& doc, size_t i) {
  while (i > 0 && !doc.toks[i].has(kParagraphStart)) --i;
  return i;
}

Quote MakeQuote(const Doc& doc, size_t open, size_t end) {
  Quote q;
  q.start = doc.toks[open + 1].start;
  q.end = doc.toks[end - 1].end;
  q.text = std::string(doc.text.substr(q.start, q.end - q.start));
  return q;
}

}  // namespace

std::vector<Quote> FindQuotes(const Doc& doc) {
  Speakers sp{&doc, {}, {}, std::nullopt};
  for (const Mention& m : doc.mentions)
    if (CanSpeak(m)) sp.by_end.push_back(&m);
  sp.by_start = sp.by_end;
  std::stable_sort(sp.by_end.begin(), sp.by_end.end(), [](const Mention* a, const Mention* b) { return a->e < b->e; });
  std::stable_sort(sp.by_start.begin(), sp.by_start.end(), [](const Mention* a, const Mention* b) { return a->b < b->b; });
  std::vector<Quote> quotes;
  std::optional<size_t> last_paragraph;  // first token of the last quote's paragraph
  for (size_t i = 0; i < doc.toks.size();) {
    if (!OpensQuote(doc, i)) {
      ++i;
      continue;
    }
    size_t resume = i + 1;
    auto parts = QuotationAt(doc, i, &resume);
    i = std::max(resume, i + 1);
    std::erase_if(parts, [](const auto& p) { return p.second <= p.first + 1; });
    if (parts.empty()) continue;
    std::optional<std::string> speaker;
    if (parts.size() == 1) {
      speaker = SpeakerAfter(sp, parts.back().second);
      if (!speaker) speaker = SpeakerBefore(sp, parts.front().first);
    } else {  // runs over paragraphs: the speaker is usually named before it starts
      speaker = SpeakerBefore(sp, parts.front().first);
      if (!speaker && doc.toks[parts.back().second].kind == TokenKind::kQuote)
        speaker = SpeakerAfter(sp, parts.back().second);
    }
    size_t paragraph = ParagraphOf(doc, parts.front().first);
    if (!speaker && last_paragraph && *last_paragraph == paragraph) speaker = sp.last;  // a second quote, same paragraph
    if (speaker) sp.last = speaker;
    last_paragraph = ParagraphOf(doc, parts.back().first);
    for (const auto& [open, end] : parts) {
      quotes.push_back(MakeQuote(doc, open, end));
      quotes.back().speaker = speaker;
    }
  }
  return quotes;
}

}  // namespace dateline::entities
