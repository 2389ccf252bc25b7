// Three zones, as in the plain-text reader (plaintext.cc), on paragraphs:
//
//  1. Head: among the first six paragraphs, up to the last that is a byline
//     (byline.h), a date line (dates.h), a reading time, a count, the title
//     again or furniture, provided what lies before it is head too or the
//     article's header (a section label, a standfirst): what a page prints
//     above its byline and date is not the story. A short paragraph that
//     merely contains a date is kept as text but remembered as a visible
//     date.
//  2. Dateline: the first remaining paragraph (or the second, after a short
//     standfirst) is read with wire_dateline.h and its prefix cut off.
//  3. Tail: from the end backwards, while paragraphs are wire credits,
//     copyright/syndication notices, inline teasers, furniture (footer.h)
//     or an author's bio line ("Jane Doe covers energy for ...");
//     a teaser heading near the end ("More from Reuters", "Related") takes
//     the short paragraphs after it as teasers.
//
// Furniture anywhere ("Advertisement", "Share this article") is dropped
// first, and a one-line teaser anywhere ("WATCH: ...", "Related: ...", a
// headline with no sentence end) becomes a related item. Nothing else in the
// middle of the text is touched: these rules only ever remove a paragraph
// whose whole text matches.
#include "extract/html_cleanup.h"

#include <algorithm>
#include <array>

#include "extract/byline.h"
#include "extract/dates.h"
#include "extract/footer.h"
#include "extract/html_date.h"
#include "util/strings.h"

namespace dateline::extract::html {
namespace {

constexpr size_t kHeadParagraphs = 6;
constexpr size_t kMaxStandfirstBytes = 300;
constexpr size_t kMaxBylineBytes = 250;
constexpr size_t kMaxTeaserBytes = 200;
constexpr size_t kTailTeaserWindow = 12;

bool SameText(std::string_view a, std::string_view b) {
  return !a.empty() && util::IEquals(util::Trim(a), util::Trim(b));
}

bool IsFurniture(std::string_view p) {
  if (p.size() > 120) return false;
  if (IsJunkLine(p)) return true;
  std::string lower = util::AsciiLower(util::Trim(p));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.' || lower.back() == ' ')) lower.pop_back();
  for (std::string_view j : {"advertisement", "read more", "share this", "share this article", "share this story",
                             "share on facebook", "share on x", "share on twitter", "scroll to continue",
                             "continue reading below", "related", "related articles", "you may also like",
                             "tags", "topics", "related topics"})
    if (lower == j) return true;
  return false;
}

void DropFurniture(std::vector<std::string>* ps) {
  ps->erase(std::remove_if(ps->begin(), ps->end(), [](const std::string& p) { return IsFurniture(p); }), ps->end());
}

void AddAuthors(std::vector<Author> from, std::vector<Author>* to) {
  for (Author& a : from) {
    auto same = [&](const Author& b) { return util::IEquals(a.name, b.name); };
    if (std::none_of(to->begin(), to->end(), same)) to->push_back(std::move(a));
  }
}

constexpr std::array<std::string_view, 11> kByWords{"by ", "posted by ", "written by ", "par ", "von ", "por ",
                                                   "di ", "door ", "av ", "przez ", "de "};

bool StartsWithByWord(std::string_view p) {
  for (std::string_view by : kByWords)
    if (util::IStartsWith(p, by)) return true;
  return false;
}

// "Par Claire Martin", "Von Anna Schmidt", "Por Ana Gómez", "Door Jan de Vries":
// other languages' "By", read as an English byline when a name follows.
std::optional<Byline> ParseAnyByline(std::string_view p, const std::vector<std::string>& outlets) {
  if (std::optional<Byline> b = ParseByline(p, outlets)) return b;
  for (std::string_view by : kByWords) {
    if (by == "by " || by == "posted by " || by == "written by " || !util::IStartsWith(p, by)) continue;
    std::string_view rest = util::Trim(p.substr(by.size()));
    std::string_view first = rest.substr(0, rest.find_first_of(",|"));
    for (std::string_view conj : {" and ", " et ", " und ", " y ", " e ", " en ", " i ", " och "})
      first = first.substr(0, first.find(conj));
    if (!IsPersonName(util::Trim(first))) return std::nullopt;
    return ParseByline("By " + std::string(rest), outlets);
  }
  return std::nullopt;
}

bool EndsSentence(std::string_view p) {
  p = util::Trim(p);
  for (std::string_view end : {".", "!", "?", "\"", "\xE2\x80\x9D", "\xC2\xBB"})
    if (p.size() >= end.size() && p.substr(p.size() - end.size()) == end) return true;
  return false;
}

// "WATCH: Inspectors explain why the bridge closed", "Related: Council
// votes on budget" between two paragraphs of the story: a teaser for another
// page (a headline, no sentence end), kept as a related item.
void CutInlineTeasers(std::vector<std::string>* ps, BodyCleanup* out) {
  constexpr size_t kMaxInlineTeaserBytes = 200;
  auto teaser = [&](const std::string& p) {
    if (p.size() > kMaxInlineTeaserBytes || EndsSentence(p)) return false;
    std::optional<RelatedItem> r = InlineRelated(p);
    if (r) out->boilerplate.related.push_back(std::move(*r));
    return r.has_value();
  };
  ps->erase(std::remove_if(ps->begin(), ps->end(), teaser), ps->end());
}

bool StartsWithUpdateLabel(std::string_view p) {
  std::string lower = util::AsciiLower(p.substr(0, 24));
  for (std::string_view label : {"updated", "last updated", "aktualisiert", "mis \xc3\xa0 jour", "actualizado",
                                 "aggiornato", "atualizado", "bijgewerkt", "zaktualizowano", "uppdaterad"})
    if (lower.rfind(label, 0) == 0) return true;
  return false;
}

// A short line with a full date and no sentence end: "Published 27 Feb
// 2025", "Von Anna Schmidt Veröffentlicht am 27. Februar 2025, 10:30 Uhr".
bool IsDateMetaLine(std::string_view p) {
  return p.size() <= 160 && !EndsSentence(p) && FindTextDate(p).has_value();
}

void AddDateText(const std::string& p, BodyCleanup* out) {
  (StartsWithUpdateLabel(p) ? out->modified_texts : out->date_texts).push_back(p);
}

// "Diego Fuentes, Santiago", "BBC News, Cornwall", "Hannah Okafor Social
// affairs correspondent": a short line, no sentence, opening with a name the
// page's metadata gives as an author or the outlet.
bool IsNamedCreditLine(std::string_view p, const std::vector<std::string>& names) {
  constexpr size_t kMaxCreditLineBytes = 100;
  if (p.size() > kMaxCreditLineBytes || EndsSentence(p)) return false;
  for (const std::string& name : names) {
    if (name.size() < 3 || !util::IStartsWith(p, name)) continue;
    if (p.size() == name.size()) return true;
    char next = p[name.size()];
    if (next == ' ' || next == ',' || next == '|' || next == '/' || next == '(') return true;
  }
  return false;
}

// "5 min read", "14 min read", "Lesezeit: 4 Min." and a date run into one:
// the reading time header templates print beside the date.
bool IsReadingTime(std::string_view p) {
  std::string lower = util::AsciiLower(util::Trim(p));
  for (std::string_view end : {"min read", "mins read", "minute read", "minutes read", "min. read"})
    if (lower.size() >= end.size() && lower.compare(lower.size() - end.size(), end.size(), end) == 0) return true;
  return util::IStartsWith(lower, "reading time") || util::IStartsWith(lower, "lesezeit");
}

// "1.4K", "312", "2,048": a count of claps, shares or comments on its own.
bool IsLoneCount(std::string_view p) {
  p = util::Trim(p);
  if (p.empty() || p.size() > 8) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    bool last = i + 1 == p.size();
    if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || (last && (c == 'K' || c == 'k' || c == 'M'))))
      return false;
  }
  return p[0] >= '0' && p[0] <= '9';
}

// What a page prints above the byline and date: a section label ("Local
// News", "Features") or a standfirst of a sentence or two. Taken as head only
// when a byline or date line follows it.
bool IsHeaderLead(std::string_view p) { return p.size() <= kMaxStandfirstBytes; }

// Returns whether paragraph p belongs to the head (and was consumed).
bool ReadHeadParagraph(const std::string& p, std::string_view title, const std::vector<std::string>& outlets,
                       const std::vector<std::string>& credit_names, BodyCleanup* out) {
  if (SameText(p, title)) return true;
  if (IsNamedCreditLine(p, credit_names)) return true;
  if (IsLoneCount(p)) return true;
  if (p.size() <= 80 && IsReadingTime(p)) {
    if (FindTextDate(p)) AddDateText(p, out);
    return true;
  }
  if (p.size() <= kMaxBylineBytes) {
    // ParseByline is thorough and not cheap: only lines that can be bylines
    // (a "By"-like opening, or short enough for "Jane Doe | Reuters") get it.
    std::optional<Byline> b;
    if (p.size() <= 80 || StartsWithByWord(p)) b = ParseAnyByline(p, outlets);
    if (b && !b->authors.empty()) {
      AddAuthors(std::move(b->authors), &out->byline_authors);
      if (b->date) out->date_texts.push_back(p);
      return true;
    }
    if (ParseDateLine(p) || IsDateMetaLine(p)) {
      AddDateText(p, out);
      return true;
    }
  }
  return false;
}

void CleanHead(std::vector<std::string>* ps, std::string_view title, const std::vector<std::string>& outlets,
               const std::vector<std::string>& authors, BodyCleanup* out) {
  std::vector<std::string> credit_names = authors;
  credit_names.insert(credit_names.end(), outlets.begin(), outlets.end());
  size_t n = 0;  // paragraphs [0, n) are head
  for (size_t i = 0; i + 1 < ps->size() && i < kHeadParagraphs; ++i) {
    if (ReadHeadParagraph((*ps)[i], title, outlets, credit_names, out)) n = i + 1;
    else if (!IsHeaderLead((*ps)[i])) break;
  }
  ps->erase(ps->begin(), ps->begin() + n);
  for (size_t i = 0; i < ps->size() && i < 3; ++i)
    if ((*ps)[i].size() <= 120 && FindTextDate((*ps)[i])) out->date_texts.push_back((*ps)[i]);
}

void CutDateline(std::vector<std::string>* ps, BodyCleanup* out) {
  for (size_t i = 0; i < ps->size() && i < 2; ++i) {
    std::string& p = (*ps)[i];
    std::optional<WireDateline> d = ParseWireDateline(p);
    if (d && d->body_start < p.size()) {
      p.erase(0, d->body_start);
      out->dateline = std::move(d);
      return;
    }
    if (p.size() > 300) return;  // only a short standfirst may come before the dateline
  }
}

// A notice paragraph: only notice sentences, or an unmistakable copyright
// line ("© Le Quotidien du Sud. Reproduction interdite.") short enough that
// its other sentences belong to it.
bool IsNotice(std::string_view p, BodyCleanup* out) {
  if (p.size() > 2000) return false;
  Notices n = SplitNotices(p);
  if (n.copyright.empty() && n.syndication.empty()) return false;
  if (!n.rest.empty()) {
    if (!n.strong || p.size() > 300) return false;
    n.copyright.push_back(n.rest);
  }
  auto add = [](const std::vector<std::string>& from, std::optional<std::string>* to) {
    for (const std::string& s : from) *to = to->has_value() ? **to + " " + s : s;
  };
  add(n.copyright, &out->boilerplate.copyright);
  add(n.syndication, &out->boilerplate.syndication);
  return true;
}

bool IsCapitalised(std::string_view word) {
  return !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') || (unsigned char)word[0] >= 0x80);
}

// The closing lines of a press release: "About Northwind Coffee Company:
// Founded in 1998, ..." (a name of capitalised words, "of", "the" or "&"
// before a colon) and "SOURCE Northwind Coffee Company".
bool IsPressReleaseTrailer(std::string_view p) {
  if (p.size() <= 100 && p.substr(0, 7) == "SOURCE " && !EndsSentence(p)) return true;
  size_t colon = p.find(':');
  if (p.substr(0, 6) != "About " || colon == std::string_view::npos || colon > 80) return false;
  std::string_view name = p.substr(6, colon - 6);
  if (name.empty() || !IsCapitalised(name)) return false;
  for (size_t at = 0; at < name.size();) {
    size_t sp = std::min(name.find(' ', at), name.size());
    std::string_view w = name.substr(at, sp - at);
    if (!IsCapitalised(w) && w != "of" && w != "the" && w != "&" && w != "and") return false;
    at = sp + 1;
  }
  return true;
}

// "Marisol Vega covers technology for the paper. Contact her on Signal at
// ...", "Jane Doe is a former diplomat.": a short paragraph that opens with
// the full name of one of the article's authors and goes on with a verb (a
// lowercase word) is the author's bio line.
bool IsAuthorBio(std::string_view p, const std::vector<std::string>& authors) {
  constexpr size_t kMaxBioBytes = 500;
  if (p.size() > kMaxBioBytes) return false;
  for (const std::string& name : authors) {
    if (name.find(' ') == std::string::npos || p.size() < name.size() + 3 || !util::IStartsWith(p, name)) continue;
    char next = p[name.size() + 1];
    if (p[name.size()] == ' ' && next >= 'a' && next <= 'z') return true;
  }
  return false;
}

// One tail paragraph, read from the end: true when it is footer matter.
bool ReadTailParagraph(const std::string& p, const std::vector<std::string>& authors, BodyCleanup* out,
                       std::vector<RelatedItem>* related) {
  if (IsPressReleaseTrailer(p) || IsAuthorBio(p, authors)) return true;
  if (IsCreditLine(p)) {
    // Lines are read from the end: this line's names go before the later ones.
    std::vector<Author> names;
    for (Credit& c : ParseCredits(p))
      if (c.role != "Editing")
        for (std::string& name : c.names) AddAuthors({Author{std::move(name), c.role}}, &names);
    AddAuthors(std::move(out->credit_authors), &names);
    out->credit_authors = std::move(names);
    return true;
  }
  if (std::optional<RelatedItem> r = InlineRelated(p)) {
    related->push_back(std::move(*r));
    return true;
  }
  return IsNotice(p, out) || IsFurniture(p);
}

// A teaser heading among the last paragraphs with only short paragraphs
// after it: the heading and those become related items.
void CutTeaserList(std::vector<std::string>* ps, BodyCleanup* out) {
  size_t begin = ps->size() > kTailTeaserWindow ? ps->size() - kTailTeaserWindow : 1;
  for (size_t h = begin; h < ps->size(); ++h) {
    if (!IsRelatedHeading((*ps)[h])) continue;
    bool short_after = std::all_of(ps->begin() + h + 1, ps->end(),
                                   [](const std::string& p) { return p.size() <= kMaxTeaserBytes; });
    if (!short_after) continue;
    for (size_t i = h + 1; i < ps->size(); ++i) {
      if (IsNotice((*ps)[i], out)) continue;
      out->boilerplate.related.push_back(MakeTeaser((*ps)[i]));
    }
    ps->erase(ps->begin() + h, ps->end());
    return;
  }
}

void CleanTail(std::vector<std::string>* ps, const std::vector<std::string>& authors, BodyCleanup* out) {
  CutTeaserList(ps, out);
  std::vector<std::string> names = authors;
  for (const Author& a : out->byline_authors) names.push_back(a.name);
  std::vector<RelatedItem> related;
  size_t n = ps->size();
  while (n > 1 && ReadTailParagraph((*ps)[n - 1], names, out, &related)) --n;
  ps->erase(ps->begin() + n, ps->end());
  std::reverse(related.begin(), related.end());
  for (RelatedItem& r : related) out->boilerplate.related.push_back(std::move(r));
}

}  // namespace

std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> out;
  for (size_t at = 0; at < text.size();) {
    size_t end = std::min(text.find("\n\n", at), text.size());
    if (end > at) out.emplace_back(text.substr(at, end - at));
    at = end + 2;
  }
  return out;
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

BodyCleanup CleanBody(std::vector<std::string>* paragraphs, std::string_view title,
                      const std::vector<std::string>& outlets, const std::vector<std::string>& authors) {
  BodyCleanup out;
  DropFurniture(paragraphs);
  CutInlineTeasers(paragraphs, &out);
  CleanHead(paragraphs, title, outlets, authors, &out);
  CutDateline(paragraphs, &out);
  CleanTail(paragraphs, authors, &out);
  return out;
}

}  // namespace dateline::extract::html
