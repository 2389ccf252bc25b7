// Reading a plain-text article is a walk over its lines in three zones:
//
//  1. Header: from the top, at most ten lines of headline, byline, date line
//     or outlet name, ending at the first line that is none of these. A
//     headline is kept only when something confirms it (a blank line, a
//     byline, a date line or a dateline after it).
//  2. Body and footer: every later line is classified on its own (junk,
//     wire credit, copyright/syndication notice, teaser heading, inline
//     teaser, text); text under a teaser heading becomes teasers. Weak
//     notices followed by more text are demoted back to text.
//  3. Paragraphs: text lines are grouped into paragraphs: one per line when
//     lines are long (scraper output), joined when lines are hard-wrapped
//     (wire copy at 72 columns), broken at blank lines and indents.
//
// The first paragraph's wire dateline is then parsed and cut off. Outlet
// names seen in the dateline or the copyright line are gathered first, so
// that a byline ending in the outlet's name ("... Correspondent Worthy
// News") can be split into role and outlet.
#include "extract/plaintext.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extract/byline.h"
#include "extract/dates.h"
#include "extract/footer.h"
#include "extract/places.h"
#include "extract/textcase.h"
#include "extract/wire_dateline.h"
#include "util/strings.h"

namespace dateline::extract {
namespace {

constexpr size_t kMaxHeaderLines = 10;
constexpr size_t kWrapWidth = 110;  // lines no longer than this may be hard-wrapped

// kContinuation: a hard-wrapped line that belongs to the notice or credit
// line before it.
enum class Kind { kBlank, kText, kJunk, kCredit, kNotice, kHeading, kTeaser, kInlineTeaser, kContinuation };

struct Line {
  std::string_view text;  // trimmed
  bool indented = false;
  Kind kind = Kind::kText;
};

struct Header {
  size_t body_begin = 0;
  std::optional<std::string> title;
  std::optional<Byline> byline;
  std::optional<DateParts> published, updated;
  std::optional<std::string> outlet;
};

std::vector<Line> SplitIntoLines(std::string_view text) {
  std::vector<Line> lines;
  for (std::string_view raw : util::SplitLines(text)) {
    Line l;
    l.text = util::Trim(raw);
    l.indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t') && !l.text.empty();
    l.kind = l.text.empty() ? Kind::kBlank : Kind::kText;
    lines.push_back(l);
  }
  return lines;
}

void AddUnique(std::string name, std::vector<std::string>* out) {
  if (std::find(out->begin(), out->end(), name) == out->end()) out->push_back(std::move(name));
}

// Outlet names stated by the article itself: dateline sources near the top,
// copyright holders near the end.
std::vector<std::string> DocumentOutlets(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  size_t seen = 0;
  for (size_t i = 0; i < lines.size() && seen < 12; ++i) {
    if (lines[i].kind == Kind::kBlank) continue;
    ++seen;
    if (std::optional<WireDateline> d = ParseWireDateline(lines[i].text); d && d->source) AddUnique(*d->source, &out);
  }
  for (size_t i = lines.size() > 40 ? lines.size() - 40 : 0; i < lines.size(); ++i) {
    if (lines[i].text.size() > 600) continue;
    for (const std::string& s : SplitNotices(lines[i].text).copyright)
      if (std::optional<std::string> h = CopyrightHolder(s)) AddUnique(KnownOutlet(*h).value_or(*h), &out);
  }
  return out;
}

bool EndsWithAny(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (std::string_view e : ends)
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  return false;
}

// A headline: short, starts with a capital or digit, no sentence-final
// period or trailing comma, not a URL.
bool TitleLike(std::string_view t) {
  size_t cp = CodePoints(t);
  if (cp < 3 || cp > 200 || !StartsAlnum(t) || (!StartsUpper(t) && !(t[0] >= '0' && t[0] <= '9'))) return false;
  if (EndsWithAny(t, {".", ",", ";", ":", "-"}) && !EndsWithAny(t, {"..."})) return false;
  if (t.find("://") != std::string_view::npos || IsRelatedHeading(t) || IsJunkLine(t)) return false;
  return std::count(t.begin(), t.end(), ' ') < 30;
}

size_t NextNonBlank(const std::vector<Line>& lines, size_t i) {
  while (i < lines.size() && lines[i].kind == Kind::kBlank) ++i;
  return i;
}

bool IsDatelineLine(const std::vector<Line>& lines, size_t i) {
  return i < lines.size() && ParseWireDateline(lines[i].text).has_value();
}

// Short lines between the header and a dateline within the next two lines
// are a deck (standfirst): the body starts at the dateline.
size_t SkipDeck(const std::vector<Line>& lines, size_t begin) {
  size_t i = begin;
  for (int step = 0; step < 2 && i < lines.size(); ++step) {
    if (CodePoints(lines[i].text) > 300) return begin;
    i = NextNonBlank(lines, i + 1);
    if (IsDatelineLine(lines, i)) return i;
  }
  return begin;
}

// "Published 2 hours ago", "Updated: 10:30 AM EST", "5 min read": header
// lines that carry no usable date.
bool IsRelativeDateLine(std::string_view t) {
  if (t.size() > 80) return false;
  std::string lower = util::AsciiLower(t);
  if (EndsWithAny(lower, {"min read", "minute read", "minutes read"})) return true;
  for (std::string_view label : {"published", "last updated", "updated", "posted"}) {
    if (lower.rfind(label, 0) != 0) continue;
    std::string_view rest = std::string_view(lower).substr(label.size());
    if (rest.size() > 40) return false;
    bool digit = std::any_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digit || rest.find("ago") != std::string_view::npos || rest.find("today") != std::string_view::npos ||
           rest.find("yesterday") != std::string_view::npos || rest.find("just now") != std::string_view::npos;
  }
  return false;
}

// Consumes one header line into *h; false when the line is not a header line.
bool ReadHeaderLine(std::string_view t, const std::vector<std::string>& outlets, Header* h) {
  if (std::optional<Byline> b = ParseByline(t, outlets)) {
    if (!h->byline) h->byline = std::move(b);
    else if (!h->byline->outlet) h->byline->outlet = b->outlet;
    return true;
  }
  bool updated = false;
  if (std::optional<DateParts> d = ParseDateLine(t, &updated)) {
    std::optional<DateParts>& slot = updated ? h->updated : h->published;
    if (!slot) slot = d;
    return true;
  }
  if (t.size() <= 60) {
    std::string_view name = t;
    if (util::IStartsWith(name, "from ")) name = util::Trim(name.substr(5));
    if (std::optional<std::string> known = KnownOutlet(name)) {
      if (!h->outlet) h->outlet = known;
      return true;
    }
  }
  return IsJunkLine(t) || IsRelativeDateLine(t);
}

// "Jane Doe" alone on a line, directly followed by a date line: a byline
// without "By" (a common scraped layout). Nothing weaker is accepted.
bool ReadBareNameLine(const std::vector<Line>& lines, size_t i, Header* h) {
  std::string_view t = lines[i].text;
  if (h->byline || t.size() > 40 || !IsPersonName(t)) return false;
  size_t next = NextNonBlank(lines, i + 1);
  if (next >= lines.size() || !ParseDateLine(lines[next].text)) return false;
  h->byline = Byline{{Author{NormalCase(t), std::nullopt}}, std::nullopt, std::nullopt};
  return true;
}

Header ReadHeader(const std::vector<Line>& lines, const std::vector<std::string>& outlets) {
  Header h;
  size_t i = NextNonBlank(lines, 0);
  size_t title_at = std::string_view::npos;
  bool header_after_title = false;
  for (size_t count = 0; i < lines.size() && count < kMaxHeaderLines; i = NextNonBlank(lines, i + 1), ++count) {
    std::string_view t = lines[i].text;
    if (ParseWireDateline(t)) break;
    if (ReadHeaderLine(t, outlets, &h) || ReadBareNameLine(lines, i, &h)) {
      header_after_title |= title_at != std::string_view::npos;
      continue;
    }
    if (count == 0 && TitleLike(t)) { title_at = i; continue; }
    break;
  }
  h.body_begin = i;
  if (title_at != std::string_view::npos) {
    bool blank_after = title_at + 1 < lines.size() && lines[title_at + 1].kind == Kind::kBlank;
    size_t deck_end = SkipDeck(lines, h.body_begin);
    bool confirmed = header_after_title || IsDatelineLine(lines, h.body_begin) || deck_end != h.body_begin ||
                     (blank_after && h.body_begin < lines.size());
    if (confirmed) h.title = util::CollapseSpace(lines[title_at].text);
    else h.body_begin = title_at;
  }
  if (h.title || h.byline || h.published || h.updated) h.body_begin = SkipDeck(lines, h.body_begin);
  return h;
}

Kind Classify(std::string_view t, bool seen_text) {
  if (seen_text && IsRelatedHeading(t)) return Kind::kHeading;
  if (IsJunkLine(t)) return Kind::kJunk;
  if (IsCreditLine(t)) return Kind::kCredit;
  if (seen_text && InlineRelated(t)) return Kind::kInlineTeaser;
  if (t.size() <= 2000) {
    Notices n = SplitNotices(t);
    if (n.rest.empty() && (!n.copyright.empty() || !n.syndication.empty())) return Kind::kNotice;
  }
  return Kind::kText;
}

// A footer line with the continuation lines after it, joined by spaces.
std::string FullText(const std::vector<Line>& lines, size_t i) {
  std::string out(lines[i].text);
  for (size_t j = i + 1; j < lines.size() && lines[j].kind == Kind::kContinuation; ++j) {
    out += ' ';
    out += lines[j].text;
  }
  return out;
}

bool EndsSentence(std::string_view t);

// A notice or credit hard-wrapped over two or three lines ("... may not be
// published,\nbroadcast, rewritten or redistributed.") is recognised on the
// joined lines.
void JoinWrappedFooters(std::vector<Line>& lines, size_t begin) {
  for (size_t i = begin; i + 1 < lines.size(); ++i) {
    Kind k = lines[i].kind;
    if ((k != Kind::kText && k != Kind::kNotice && k != Kind::kCredit) || lines[i].text.size() > 400 ||
        EndsSentence(lines[i].text))
      continue;
    std::string joined(lines[i].text);
    for (size_t n = 1; n <= 2 && i + n < lines.size() && lines[i + n].kind == Kind::kText; ++n) {
      joined += ' ';
      joined += lines[i + n].text;
      Kind jk = Classify(joined, true);
      if (jk != Kind::kNotice && jk != Kind::kCredit) continue;
      lines[i].kind = jk;
      for (size_t j = 1; j <= n; ++j) lines[i + j].kind = Kind::kContinuation;
      i += n;
      break;
    }
  }
}

size_t BlockLength(const std::vector<Line>& lines, size_t i) {
  size_t n = 0;
  for (; i < lines.size() && lines[i].kind != Kind::kBlank; ++i) n += CodePoints(lines[i].text) + 1;
  return n;
}

bool EndsSentence(std::string_view t) {
  return EndsWithAny(t, {".", "!", "?", "\"", "\xE2\x80\x9D", "\xE2\x80\x99", ")"});
}

// Text under a teaser heading is teasers, until (in a document that uses
// blank lines) a blank line is followed by a long, sentence-final paragraph
// after short teasers: the body resuming after a "Related" box.
void MarkTeasers(std::vector<Line>& lines, size_t begin, bool blank_separated) {
  bool in_list = false;
  size_t longest = 0, items = 0;
  for (size_t i = begin; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.kind == Kind::kHeading) { in_list = true; longest = items = 0; continue; }
    if (!in_list || l.kind != Kind::kText) continue;
    bool after_blank = i > 0 && lines[i - 1].kind == Kind::kBlank;
    if (blank_separated && after_blank && items > 0 && longest < 150 && BlockLength(lines, i) >= 200 &&
        EndsSentence(l.text)) {
      in_list = false;
      continue;
    }
    l.kind = Kind::kTeaser;
    longest = std::max(longest, CodePoints(l.text));
    ++items;
  }
}

// Weak notices ("distributed by ...") count only after the last text line,
// and only when some text comes before them: alone, the line is the story
// ("Kits were distributed by USAID to 12,000 families.").
void DemoteWeakNotices(std::vector<Line>& lines, size_t begin) {
  bool text_after = false;
  size_t first_text = lines.size();
  for (size_t i = begin; i < lines.size() && first_text == lines.size(); ++i)
    if (lines[i].kind == Kind::kText) first_text = i;
  for (size_t i = lines.size(); i-- > begin;) {
    Line& l = lines[i];
    if (l.kind == Kind::kText) text_after = true;
    else if (l.kind == Kind::kNotice && (text_after || i < first_text) && !SplitNotices(FullText(lines, i)).strong)
      l.kind = Kind::kText;
  }
}

bool HasBlankBetweenText(const std::vector<Line>& lines, size_t begin) {
  bool seen_text = false, blank = false;
  for (size_t i = begin; i < lines.size(); ++i) {
    if (lines[i].kind == Kind::kText) {
      if (seen_text && blank) return true;
      seen_text = true;
      blank = false;
    } else if (lines[i].kind == Kind::kBlank) {
      blank = true;
    }
  }
  return false;
}

void ClassifyBody(std::vector<Line>& lines, size_t begin) {
  bool seen_text = false;
  for (size_t i = begin; i < lines.size(); ++i) {
    if (lines[i].kind == Kind::kBlank) continue;
    lines[i].kind = Classify(lines[i].text, seen_text);
    seen_text |= lines[i].kind == Kind::kText;
  }
  JoinWrappedFooters(lines, begin);
  MarkTeasers(lines, begin, HasBlankBetweenText(lines, begin));
  DemoteWeakNotices(lines, begin);
}

bool IsBullet(std::string_view t) {
  for (std::string_view b : {"- ", "* ", "\xE2\x80\xA2 ", "\xC2\xB7 "})
    if (t.substr(0, b.size()) == b) return true;
  return false;
}

// Whether text line `a` and the next text line `b` (adjacent) belong to one
// hard-wrapped paragraph. `wrapped` says the document is hard-wrapped at all.
bool JoinsNext(const Line& a, const Line& b, size_t width, bool indent_mode, bool wrapped) {
  size_t cp = CodePoints(a.text);
  if (cp > kWrapWidth || IsBullet(b.text)) return false;
  if (indent_mode) return !b.indented;
  if (!wrapped || width < 50) return false;
  return !EndsSentence(a.text) || cp * 100 >= width * 85;
}

// Hard-wrapped copy has many lines that stop mid-sentence; scraped text with
// one paragraph a line has almost none.
bool LooksHardWrapped(const std::vector<Line>& lines, const std::vector<size_t>& text) {
  size_t candidates = 0, open = 0;
  for (size_t k = 0; k + 1 < text.size(); ++k) {
    if (text[k + 1] != text[k] + 1) continue;
    const Line& l = lines[text[k]];
    if (CodePoints(l.text) > kWrapWidth) continue;
    ++candidates;
    open += !EndsSentence(l.text);
  }
  return open > 0 && open * 10 >= candidates * 3;
}

std::vector<std::string> Paragraphs(const std::vector<Line>& lines, size_t begin) {
  std::vector<size_t> text;
  size_t indented = 0;
  for (size_t i = begin; i < lines.size(); ++i)
    if (lines[i].kind == Kind::kText) { text.push_back(i); indented += lines[i].indented; }
  bool indent_mode = indented >= 2 && indented < text.size() && !HasBlankBetweenText(lines, begin);
  bool wrapped = LooksHardWrapped(lines, text);
  std::vector<std::string> out;
  for (size_t k = 0; k < text.size();) {
    size_t end = k + 1;  // block of adjacent text lines [k, end)
    while (end < text.size() && text[end] == text[end - 1] + 1) ++end;
    size_t width = 0;
    for (size_t j = k; j < end; ++j) width = std::max(width, CodePoints(lines[text[j]].text));
    std::string para(lines[text[k]].text);
    for (size_t j = k + 1; j < end; ++j) {
      if (JoinsNext(lines[text[j - 1]], lines[text[j]], width, indent_mode, wrapped)) {
        para += ' ';
      } else {
        out.push_back(std::move(para));
        para.clear();
      }
      para += lines[text[j]].text;
    }
    out.push_back(std::move(para));
    k = end;
  }
  return out;
}

// The year of a "Feb 27" dateline, when the text states it: a full date with
// the same month and day, else the copyright year.
int ResolveYear(const DateParts& d, std::string_view text, int copyright_year) {
  size_t limit = std::min<size_t>(text.size(), 200000);
  for (size_t i = 0; i < limit; ++i) {
    if (!(i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n') || !StartsAlnum(text.substr(i, 1))) continue;
    size_t j = i;
    while (j < limit && ((text[j] | 0x20) >= 'a' && (text[j] | 0x20) <= 'z')) ++j;
    if (j == i || !MonthFromName(text.substr(i, j - i))) continue;
    std::optional<DateMatch> m = ParseDateAt(text.substr(i, 40));
    if (m && m->date.year && m->date.month == d.month && m->date.day == d.day) return m->date.year;
  }
  return copyright_year;
}

struct Footer {
  std::vector<std::string> copyright, syndication;
  std::vector<RelatedItem> related;
  std::vector<Credit> credits;
};

Footer CollectFooter(const std::vector<Line>& lines, size_t begin) {
  Footer f;
  for (size_t i = begin; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.kind == Kind::kTeaser) f.related.push_back(MakeTeaser(l.text));
    if (l.kind == Kind::kInlineTeaser) f.related.push_back(*InlineRelated(l.text));
    if (l.kind == Kind::kCredit)
      for (Credit& c : ParseCredits(FullText(lines, i))) f.credits.push_back(std::move(c));
    if (l.kind != Kind::kNotice) continue;
    Notices n = SplitNotices(FullText(lines, i));
    for (std::string& s : n.copyright) f.copyright.push_back(std::move(s));
    for (std::string& s : n.syndication) f.syndication.push_back(std::move(s));
  }
  return f;
}

std::optional<std::string> JoinSentences(const std::vector<std::string>& v) {
  if (v.empty()) return std::nullopt;
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

void SetAuthors(const Header& h, const Footer& f, Article* a) {
  if (h.byline && !h.byline->authors.empty()) {
    a->authors = h.byline->authors;
    return;
  }
  for (const Credit& c : f.credits)
    if (c.role != "Editing")
      for (const std::string& n : c.names) a->authors.push_back(Author{n, c.role});
}

std::optional<std::string> CopyrightSource(const Footer& f, int* year) {
  for (const std::string& s : f.copyright)
    if (std::optional<std::string> h = CopyrightHolder(s, year)) return KnownOutlet(*h).value_or(*h);
  return std::nullopt;
}

void SetPublished(const Header& h, const std::optional<WireDateline>& d, const std::string& body,
                  int copyright_year, Article* a) {
  std::optional<DateParts> date = h.published ? h.published : h.updated;
  if (!date && h.byline && h.byline->date) date = h.byline->date;
  if (date && !date->year) date.reset();
  if (!date && d && d->date) {
    date = d->date;
    if (!date->year) date->year = ResolveYear(*date, body, copyright_year);
  }
  if (date) a->published = ToIso8601(*date);
  if (h.updated && h.updated->year) a->modified = ToIso8601(*h.updated);
}

}  // namespace

void ParsePlainText(std::string_view text, Article* article) {
  std::vector<Line> lines = SplitIntoLines(text);
  std::vector<std::string> outlets = DocumentOutlets(lines);
  Header header = ReadHeader(lines, outlets);
  ClassifyBody(lines, header.body_begin);
  std::vector<std::string> paragraphs = Paragraphs(lines, header.body_begin);
  std::optional<WireDateline> dateline;
  if (!paragraphs.empty() && (dateline = ParseWireDateline(paragraphs[0])))
    paragraphs[0].erase(0, dateline->body_start);
  Footer footer = CollectFooter(lines, header.body_begin);

  std::string body;
  for (const std::string& p : paragraphs) body += (body.empty() ? "" : "\n\n") + p;
  int copyright_year = 0;
  std::optional<std::string> copyright_source = CopyrightSource(footer, &copyright_year);

  article->title = header.title;
  SetAuthors(header, footer, article);
  if (dateline) article->dateline = dateline->places;
  if (dateline && dateline->source) article->source.name = dateline->source;
  else if (header.byline && header.byline->outlet) article->source.name = KnownOutlet(*header.byline->outlet).value_or(*header.byline->outlet);
  else if (header.outlet) article->source.name = header.outlet;
  else if (copyright_source) article->source.name = copyright_source;
  SetPublished(header, dateline, body, copyright_year, article);
  article->boilerplate.copyright = JoinSentences(footer.copyright);
  article->boilerplate.syndication = JoinSentences(footer.syndication);
  article->boilerplate.related = std::move(footer.related);
  article->text = std::move(body);
}

}  // namespace dateline::extract
