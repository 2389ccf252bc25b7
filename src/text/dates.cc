// Date mentions, found over the tokens sentence by sentence and resolved
// against the publication date P.
//
// Absolute forms: "February 27, 2025", "Feb. 27", "27 February 2025",
// "27th of February", "March 2025", "2025-02-27", "27/02/2025" (value only
// when day and month cannot be swapped), a year after a preposition ("in
// 2014", "since early 2014"), a month after a preposition or last/this/next
// ("in May", "last March"). A bare month or weekday name needs that context,
// and every month or weekday must be capitalised, so "may" the verb and
// "March" the noun at the start of a sentence are not dates.
//
// Resolution rules (a "future" sentence is one with "will", "shall", "’ll",
// "scheduled", "planned", "slated" or "upcoming" before the mention; a "past"
// one has "was", "were", "had", "did" or a lower-case -ed word other than
// "expected" before it):
//   weekday        the most recent such day on or before P (P itself if it is
//                  that day); in a future sentence the next one on or after P.
//                  "last Thursday": 1..7 days before P; "next Thursday": 1..7
//                  days after; "this Thursday": in P's Monday-to-Sunday week.
//   month and day  without a year: in a future sentence the first on or
//                  after P; in a past one the last on or before P; otherwise
//                  the one nearest P (within six months).
//   bare month     the same, at month granularity; after "since" always the
//                  last on or before P.
//   today/tonight/yesterday/tomorrow, "last night", "this morning": P + 0/-1/+1.
//   week           "last/this/next week": the Monday of that ISO week
//                  (granularity kWeek); "earlier/later this week" the same.
//   month/year     "last month" -> "YYYY-MM", "next year" -> "YYYY".
//   "N units ago"  from P: days give a day, weeks the Monday of that week,
//                  months a month, years and decades a year.
//   "N units earlier/later"  from the last resolved mention before it (P if
//                  none), at no finer granularity than that mention has.
// Without P every relative mention is reported with value nullopt.
#include <algorithm>
#include <array>
#include <cstdlib>

#include "text/internal.h"

namespace dateline::text {
namespace {

enum Cat : uint16_t {
  kMonthName = 1 << 0, kMonthAbbr = 1 << 1, kWeekdayName = 1 << 2, kWeekdayAbbr = 1 << 3,
  kRelDay = 1 << 4,      // value: day offset
  kModifier = 1 << 5,    // last -1, this 0, next +1
  kEdge = 1 << 6,        // earlier -1, later +1
  kUnit = 1 << 7,        // value: Unit
  kNumWord = 1 << 8,     // value: the number
  kAgo = 1 << 9, kPrep = 1 << 10, kPartOfDay = 1 << 11, kFuture = 1 << 12,
  kPast = 1 << 13,       // was, were, had, did
  kNotPast = 1 << 14,    // -ed words that look ahead: expected
};
enum Unit : int8_t { kDays = 1, kWeeks, kMonths, kYears, kDecades };

struct Entry {
  std::string_view word;
  uint16_t cats;
  int8_t value;
};

// Sorted by word (checked once at start-up).
constexpr Entry kWords[] = {
    {"a", kNumWord, 1}, {"after", kPrep, 0}, {"afternoon", kPartOfDay, 0}, {"ago", kAgo, 0},
    {"an", kNumWord, 1}, {"apr", kMonthAbbr, 4}, {"april", kMonthName, 4}, {"around", kPrep, 0},
    {"aug", kMonthAbbr, 8}, {"august", kMonthName, 8}, {"before", kPrep, 0}, {"between", kPrep, 0},
    {"by", kPrep, 0}, {"coming", kModifier, 1}, {"day", kUnit, kDays}, {"days", kUnit, kDays},
    {"dec", kMonthAbbr, 12}, {"decade", kUnit, kDecades}, {"decades", kUnit, kDecades},
    {"december", kMonthName, 12}, {"did", kPast, 0}, {"during", kPrep, 0}, {"earlier", kEdge, -1},
    {"early", kPrep, 0}, {"eight", kNumWord, 8}, {"eleven", kNumWord, 11}, {"evening", kPartOfDay, 0},
    {"expected", kNotPast, 0}, {"feb", kMonthAbbr, 2}, {"february", kMonthName, 2}, {"fifteen", kNumWord, 15},
    {"fifty", kNumWord, 50}, {"five", kNumWord, 5}, {"forty", kNumWord, 40}, {"four", kNumWord, 4},
    {"fri", kWeekdayAbbr, 4}, {"friday", kWeekdayName, 4}, {"from", kPrep, 0}, {"had", kPast, 0},
    {"in", kPrep, 0}, {"jan", kMonthAbbr, 1}, {"january", kMonthName, 1}, {"jul", kMonthAbbr, 7},
    {"july", kMonthName, 7}, {"jun", kMonthAbbr, 6}, {"june", kMonthName, 6}, {"last", kModifier, -1},
    {"late", kPrep, 0}, {"later", kEdge, 1}, {"mar", kMonthAbbr, 3}, {"march", kMonthName, 3},
    {"may", kMonthName, 5}, {"mid", kPrep, 0}, {"mon", kWeekdayAbbr, 0}, {"monday", kWeekdayName, 0},
    {"month", kUnit, kMonths}, {"months", kUnit, kMonths}, {"morning", kPartOfDay, 0}, {"next", kModifier, 1},
    {"night", kPartOfDay, 0}, {"nine", kNumWord, 9}, {"nov", kMonthAbbr, 11}, {"november", kMonthName, 11},
    {"oct", kMonthAbbr, 10}, {"october", kMonthName, 10}, {"one", kNumWord, 1}, {"planned", kFuture, 0},
    {"sat", kWeekdayAbbr, 5}, {"saturday", kWeekdayName, 5}, {"scheduled", kFuture, 0},
    {"sep", kMonthAbbr, 9}, {"sept", kMonthAbbr, 9}, {"september", kMonthName, 9}, {"seven", kNumWord, 7},
    {"shall", kFuture, 0}, {"since", kPrep, 0}, {"six", kNumWord, 6}, {"slated", kFuture, 0},
    {"sun", kWeekdayAbbr, 6}, {"sunday", kWeekdayName, 6}, {"ten", kNumWord, 10}, {"this", kModifier, 0},
    {"three", kNumWord, 3}, {"through", kPrep, 0}, {"throughout", kPrep, 0}, {"thu", kWeekdayAbbr, 3},
    {"thur", kWeekdayAbbr, 3}, {"thurs", kWeekdayAbbr, 3}, {"thursday", kWeekdayName, 3}, {"till", kPrep, 0},
    {"today", kRelDay, 0}, {"tomorrow", kRelDay, 1}, {"tonight", kRelDay, 0}, {"tue", kWeekdayAbbr, 1},
    {"tues", kWeekdayAbbr, 1}, {"tuesday", kWeekdayName, 1}, {"twelve", kNumWord, 12},
    {"twenty", kNumWord, 20}, {"two", kNumWord, 2}, {"until", kPrep, 0}, {"upcoming", kFuture, 0},
    {"was", kPast, 0}, {"wed", kWeekdayAbbr, 2}, {"wednesday", kWeekdayName, 2}, {"week", kUnit, kWeeks},
    {"weeks", kUnit, kWeeks}, {"were", kPast, 0}, {"will", kFuture, 0}, {"year", kUnit, kYears},
    {"years", kUnit, kYears}, {"yesterday", kRelDay, -1},
};

constexpr bool WordsSorted() {
  for (size_t i = 1; i < std::size(kWords); ++i)
    if (!(kWords[i - 1].word < kWords[i].word)) return false;
  return true;
}
static_assert(WordsSorted(), "kWords must be sorted");

constexpr Entry kNone{"", 0, 0};

// For each first letter, the kWords entries starting with it, with each
// word packed into an integer (up to 8 bytes) so a lookup compares one
// integer and a length.
struct LetterRange {
  uint8_t begin = 0, end = 0;
};
struct LetterIndex {
  LetterRange range[26];
  uint64_t packed[std::size(kWords)] = {};
};
constexpr uint64_t Pack(std::string_view s) {
  uint64_t v = 0;
  for (size_t i = 0; i < s.size() && i < 8; ++i) v |= uint64_t((unsigned char)s[i]) << (8 * i);
  return v;
}
constexpr LetterIndex MakeLetterIndex() {
  LetterIndex index;
  for (size_t i = 0; i < std::size(kWords); ++i) {
    LetterRange& r = index.range[kWords[i].word[0] - 'a'];
    if (r.begin == r.end) r.begin = uint8_t(i);
    r.end = uint8_t(i + 1);
    index.packed[i] = Pack(kWords[i].word);
  }
  return index;
}
constexpr LetterIndex kByFirstLetter = MakeLetterIndex();
constexpr size_t kMaxWordBytes = 10;  // "throughout"

struct Match {
  size_t begin = 0, end = 0;  // token range
  std::optional<CivilDate> date;
  DateGranularity granularity = DateGranularity::kDay;
  bool relative = false;
  bool ambiguous = false;  // a date, but no single value
};

class DateFinder {
 public:
  DateFinder(std::string_view text, const std::vector<Token>& tokens, std::optional<CivilDate> published)
      : text_(text), tokens_(tokens), pub_(published) {}

  std::vector<DateMention> Run(const std::vector<Sentence>& sentences) {
    for (const dateline::Sentence& s : sentences) Scan(s);
    return std::move(out_);
  }

 private:
  void Scan(const dateline::Sentence& s) {
    begin_ = s.token_begin;
    end_ = s.token_end;
    future_ = false;
    past_ = false;
    for (size_t t = s.token_begin; t < end_;) {
      const Entry& e = Word(t);
      Match m;
      if (MayStartDate(t, e) && TryAt(t, e, &m)) {
        Add(m);
        t = m.end;
        continue;
      }
      if ((e.cats & kFuture) || IsFutureClitic(t)) future_ = true;
      if ((e.cats & kPast) || LooksPastTense(t)) past_ = true;
      ++t;
    }
  }

  // --- Token readers --------------------------------------------------------

  const Entry& Word(size_t t) const {
    if (t >= end_ || t < begin_) return kNone;
    const Token& tok = tokens_[t];
    size_t len = tok.end - tok.start;
    if (tok.kind != TokenKind::kWord || len > kMaxWordBytes + 1) return kNone;
    char buf[kMaxWordBytes + 1];
    size_t n = 0;
    for (size_t i = tok.start; i < tok.end; ++i) {
      char c = text_[i];
      if (c == '.' && i + 1 == tok.end) break;
      c = char(c | 0x20);  // ASCII letters to lower case; others fail the range check
      if (c < 'a' || c > 'z' || n == kMaxWordBytes) return kNone;
      buf[n++] = c;
    }
    if (n == 0) return kNone;
    std::string_view key(buf, n);
    uint64_t packed = Pack(key);
    const LetterRange& r = kByFirstLetter.range[buf[0] - 'a'];
    for (size_t k = r.begin; k < r.end; ++k)
      if (kByFirstLetter.packed[k] == packed && kWords[k].word.size() == n && (n <= 8 || kWords[k].word == key))
        return kWords[k];
    return kNone;
  }

  bool Is(size_t t, uint16_t cats) const { return (Word(t).cats & cats) != 0; }
  bool Capitalized(size_t t) const { return tokens_[t].has(kCapitalized); }
  std::string_view Text(size_t t) const { return tokens_[t].in(text_); }
  bool IsPunct(size_t t, char c) const { return t < end_ && Text(t).size() == 1 && Text(t)[0] == c; }

  // A lower-case word ending in "ed" ("announced", "invaded"), not one of
  // the forward-looking ones.
  bool LooksPastTense(size_t t) const {
    const Token& tok = tokens_[t];
    if (tok.kind != TokenKind::kWord || tok.end - tok.start < 4 || tok.has(kCapitalized)) return false;
    if (text_[tok.end - 2] != 'e' || text_[tok.end - 1] != 'd') return false;
    return !(Word(t).cats & (kNotPast | kFuture));
  }

  bool IsFutureClitic(size_t t) const {
    if (tokens_[t].kind != TokenKind::kClitic) return false;
    std::string_view s = Text(t);
    return s.size() >= 2 && (s.substr(s.size() - 2) == "ll" || s.substr(s.size() - 2) == "LL");
  }

  // Every pattern starts at a listed word, a token with a digit or a
  // hyphenated word ("mid-March").
  bool MayStartDate(size_t t, const Entry& e) const {
    return (e.cats & ~(kFuture | kPast | kNotPast)) != 0 || tokens_[t].kind == TokenKind::kNumber ||
           tokens_[t].has(kHasDigit) || tokens_[t].has(kHyphenated);
  }

  // Leading ASCII digits of token t (at most 9) and where they stop.
  static int ParseDigits(std::string_view s, size_t* stop) {
    int v = 0;
    size_t i = 0;
    while (i < s.size() && i < 9 && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
    *stop = i;
    return v;
  }

  // 1..31 from "27", "27th", "1st"; 0 otherwise.
  int DayNumber(size_t t) const {
    if (t >= end_ || (tokens_[t].kind != TokenKind::kNumber && tokens_[t].kind != TokenKind::kWord)) return 0;
    std::string_view s = Text(t);
    size_t stop;
    int v = ParseDigits(s, &stop);
    if (stop == 0 || stop > 2 || v < 1 || v > 31) return 0;
    std::string_view rest = s.substr(stop);
    bool ordinal = rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "ST" ||
                   rest == "ND" || rest == "RD" || rest == "TH";
    return rest.empty() || ordinal ? v : 0;
  }

  // A four-digit year 1000..2199, else 0.
  int Year(size_t t) const {
    if (t >= end_ || tokens_[t].kind != TokenKind::kNumber) return 0;
    std::string_view s = Text(t);
    size_t stop;
    int v = ParseDigits(s, &stop);
    return stop == 4 && s.size() == 4 && v >= 1000 && v <= 2199 ? v : 0;
  }

  // A small count: "three", "a", "3" (1..99); 0 otherwise.
  int Count(size_t t) const {
    if (t >= end_) return 0;
    if (tokens_[t].kind == TokenKind::kNumber) {
      size_t stop;
      int v = ParseDigits(Text(t), &stop);
      return stop == Text(t).size() && stop <= 2 ? v : 0;
    }
    const Entry& e = Word(t);
    return e.cats & kNumWord ? e.value : 0;
  }

  // Month 1..12 at t if it is a capitalised month name (abbreviations too
  // when allow_abbr), else 0.
  int Month(size_t t, bool allow_abbr) const {
    if (t >= end_ || !Capitalized(t)) return 0;
    const Entry& e = Word(t);
    if (e.cats & kMonthName) return e.value;
    if (allow_abbr && (e.cats & kMonthAbbr)) return e.value;
    return 0;
  }

  // --- Patterns -------------------------------------------------------------

  bool TryAt(size_t t, const Entry& e, Match* m) const {
    if ((e.cats & kEdge) && Is(t + 1, kModifier)) return Modified(t, t + 1, m);
    if (e.cats & kModifier) return Modified(t, t, m);
    if (e.cats & kRelDay) return RelativeDay(t, e.value, m);
    if ((e.cats & (kWeekdayName | kWeekdayAbbr)) && Capitalized(t)) return WeekdayAt(t, m);
    if (e.cats & (kMonthName | kMonthAbbr)) return MonthFirst(t, m) || BareMonth(t, m);
    if (tokens_[t].kind == TokenKind::kNumber && NumericDate(t, m)) return true;
    if (tokens_[t].has(kHyphenated) && PartOfMonth(t, m)) return true;
    return DayFirst(t, m) || UnitsAgo(t, m) || YearAfterPrep(t, m);
  }

  // "last week", "this month", "next year", "earlier this week", "last
  // Thursday", "last March", "last night", "this morning".
  bool Modified(size_t begin, size_t mod, Match* m) const {
    int v = Word(mod).value;
    size_t next = mod + 1;
    const Entry& e = Word(next);
    m->begin = begin;
    m->end = next + 1;
    m->relative = true;
    if (e.cats & kUnit) return ModifiedUnit(Unit(e.value), v, m);
    if ((e.cats & kWeekdayName) && Capitalized(next)) {
      m->date = ResolveWeekday(e.value, v == 0 ? 'w' : v < 0 ? 'l' : 'n');
      ExtendPartOfDay(m);
      return true;
    }
    if (int month = Month(next, false)) {
      m->relative = false;
      m->granularity = DateGranularity::kMonth;
      if (pub_) m->date = CivilDate{ModifiedMonthYear(month, v), month, 1};
      return true;
    }
    if ((e.cats & kPartOfDay) && Word(mod).word != "next") {
      if (pub_) m->date = Shift(*pub_, Text(next) == "night" && v < 0 ? -1 : 0);
      return true;
    }
    return false;
  }

  bool ModifiedUnit(Unit unit, int v, Match* m) const {
    if (unit == kDays || unit == kDecades) return false;
    if (unit == kWeeks) {
      m->granularity = DateGranularity::kWeek;
      if (pub_) m->date = Shift(*pub_, -Weekday(*pub_) + 7 * v);
    } else if (unit == kMonths) {
      m->granularity = DateGranularity::kMonth;
      if (pub_) m->date = AddMonths(*pub_, v);
    } else {
      m->granularity = DateGranularity::kYear;
      if (pub_) m->date = CivilDate{pub_->y + v, 1, 1};
    }
    return true;
  }

  int ModifiedMonthYear(int month, int v) const {
    if (v < 0) return month < pub_->m ? pub_->y : pub_->y - 1;
    if (v > 0) return month > pub_->m ? pub_->y : pub_->y + 1;
    return pub_->y;
  }

  bool RelativeDay(size_t t, int offset, Match* m) const {
    m->begin = t;
    m->end = t + 1;
    m->relative = true;
    if (pub_) m->date = Shift(*pub_, offset);
    ExtendPartOfDay(m);
    return true;
  }

  void ExtendPartOfDay(Match* m) const {
    if (Is(m->end, kPartOfDay)) ++m->end;
  }

  // "Thursday", "Monday night", "Thursday, Feb. 27, 2025".
  bool WeekdayAt(size_t t, Match* m) const {
    const Entry& e = Word(t);
    if ((e.cats & kWeekdayAbbr) && !tokens_[t].has(kAbbreviation)) return false;
    if (IsPunct(t + 1, ',') && MonthFirst(t + 2, m) && m->date) {
      m->begin = t;
      return true;
    }
    *m = Match{};
    m->begin = t;
    m->end = t + 1;
    m->relative = true;
    m->date = ResolveWeekday(e.value, future_ ? 'f' : 'p');
    ExtendPartOfDay(m);
    return true;
  }

  // "February 27, 2025", "Feb. 27", "March 2025".
  bool MonthFirst(size_t t, Match* m) const {
    int month = Month(t, true);
    if (!month) return false;
    m->begin = t;
    if (int day = DayNumber(t + 1)) {
      size_t after = t + 2;
      if (IsPunct(after, ',') && Year(after + 1)) ++after;
      return Finish(m, after, month, day);
    }
    if (int year = Year(t + 1)) {
      m->end = t + 2;
      m->granularity = DateGranularity::kMonth;
      m->date = CivilDate{year, month, 1};
      return true;
    }
    return false;
  }

  // "27 February 2025", "27th of February", "27 Feb".
  bool DayFirst(size_t t, Match* m) const {
    int day = DayNumber(t);
    if (!day) return false;
    size_t mt = Text(t + 1 < end_ ? t + 1 : t) == "of" ? t + 2 : t + 1;
    int month = Month(mt, true);
    if (!month) return false;
    m->begin = t;
    return Finish(m, mt + 1, month, day);
  }

  // Completes a month-and-day match with the year at token `at`, if any.
  bool Finish(Match* m, size_t at, int month, int day) const {
    if (int year = Year(at)) {
      if (!IsValidDate(year, month, day)) return false;
      m->end = at + 1;
      m->date = CivilDate{year, month, day};
      return true;
    }
    if (day > DaysInMonth(2024, month)) return false;
    m->end = at;
    if (pub_) m->date = NearestYear(month, day);
    m->relative = true;
    return true;
  }

  // "in May", "since March", "in early June": a full month name after a
  // preposition.
  bool BareMonth(size_t t, Match* m) const {
    int month = Month(t, false);
    if (!month || t == 0 || !Is(t - 1, kPrep)) return false;
    m->begin = t;
    m->end = t + 1;
    m->granularity = DateGranularity::kMonth;
    m->relative = true;
    if (pub_) m->date = NearestYear(month, 1, /*month_only=*/true, Word(t - 1).word == "since");
    return true;
  }

  // "mid-March", "early-May", "late-June": a month at month granularity,
  // placed like a bare month.
  bool PartOfMonth(size_t t, Match* m) const {
    std::string_view s = Text(t);
    size_t hyphen = s.find('-');
    if (hyphen == std::string_view::npos) return false;
    std::string_view head = s.substr(0, hyphen), month_name = s.substr(hyphen + 1);
    if (head != "mid" && head != "early" && head != "late" && head != "Mid" && head != "Early" && head != "Late")
      return false;
    if (month_name.empty() || month_name[0] < 'A' || month_name[0] > 'Z') return false;
    int month = MonthByName(month_name);
    if (!month) return false;
    m->begin = t;
    m->end = t + 1;
    m->granularity = DateGranularity::kMonth;
    m->relative = true;
    if (pub_) m->date = NearestYear(month, 1, /*month_only=*/true);
    return true;
  }

  static int MonthByName(std::string_view name) {
    if (name.size() > 9) return 0;
    char buf[9];
    for (size_t i = 0; i < name.size(); ++i)
      buf[i] = (name[i] >= 'A' && name[i] <= 'Z') ? char(name[i] - 'A' + 'a') : name[i];
    std::string_view key(buf, name.size());
    for (const Entry& e : kWords)
      if ((e.cats & kMonthName) && e.word == key) return e.value;
    return 0;
  }

  // "2025-02-27", "2025/02/27", "27/02/2025", "02.27.2025".
  bool NumericDate(size_t t, Match* m) const {
    std::string_view s = Text(t);
    int part[3];
    size_t len[3], at = 0;
    char sep = 0;
    for (int k = 0; k < 3; ++k) {
      size_t stop;
      part[k] = ParseDigits(s.substr(at), &stop);
      len[k] = stop;
      at += stop;
      if (k < 2) {
        if (at >= s.size() || (sep && s[at] != sep) || (s[at] != '-' && s[at] != '/' && s[at] != '.')) return false;
        sep = s[at++];
      }
    }
    if (at != s.size()) return false;
    m->begin = t;
    m->end = t + 1;
    if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
      if (!IsValidDate(part[0], part[1], part[2])) return false;
      m->date = CivilDate{part[0], part[1], part[2]};
      return true;
    }
    if (len[2] != 4 || len[0] > 2 || len[1] > 2 || sep == '-') return false;
    return DayMonthOrMonthDay(part[0], part[1], part[2], m);
  }

  bool DayMonthOrMonthDay(int a, int b, int year, Match* m) const {
    bool dm = IsValidDate(year, b, a), md = IsValidDate(year, a, b);
    if (!dm && !md) return false;
    if (dm && md && a != b) {
      m->ambiguous = true;
      return true;
    }
    m->date = dm ? CivilDate{year, b, a} : CivilDate{year, a, b};
    return true;
  }

  // "three years ago", "two days earlier", "a week later".
  bool UnitsAgo(size_t t, Match* m) const {
    int n = Count(t);
    const Entry& unit = Word(t + 1);
    if (!n || !(unit.cats & kUnit)) return false;
    const Entry& how = Word(t + 2);
    if (!(how.cats & (kAgo | kEdge))) return false;
    m->begin = t;
    m->end = t + 3;
    m->relative = true;
    int sign = (how.cats & kAgo) ? -1 : how.value;
    if (how.cats & kAgo) {
      if (pub_) ShiftUnits(*pub_, DateGranularity::kDay, Unit(unit.value), -n, m);
    } else if (anchor_) {
      ShiftUnits(anchor_->first, anchor_->second, Unit(unit.value), sign * n, m);
    } else if (pub_) {
      ShiftUnits(*pub_, DateGranularity::kDay, Unit(unit.value), sign * n, m);
    }
    if (!m->date) m->granularity = UnitGranularity(Unit(unit.value));
    return true;
  }

  static DateGranularity UnitGranularity(Unit u) {
    switch (u) {
      case kDays: return DateGranularity::kDay;
      case kWeeks: return DateGranularity::kWeek;
      case kMonths: return DateGranularity::kMonth;
      default: return DateGranularity::kYear;
    }
  }

  // from shifted by n units, reported at the coarser of the unit's and from's granularity.
  void ShiftUnits(CivilDate from, DateGranularity g, Unit unit, int n, Match* m) const {
    DateGranularity ug = UnitGranularity(unit);
    bool fine_unit = ug == DateGranularity::kDay || ug == DateGranularity::kWeek;
    if (fine_unit && g != DateGranularity::kDay) return;  // "two days later" after "in 2014"
    if (ug == DateGranularity::kMonth && g == DateGranularity::kYear) return;
    m->granularity = ug;
    switch (unit) {
      case kDays: m->date = Shift(from, n); break;
      case kWeeks: {
        CivilDate d = Shift(from, 7 * n);
        m->date = Shift(d, -Weekday(d));
        break;
      }
      case kMonths: m->date = AddMonths(from, n); break;
      case kYears: m->date = CivilDate{from.y + n, 1, 1}; break;
      case kDecades: m->date = CivilDate{from.y + 10 * n, 1, 1}; break;
    }
  }

  // "in 2014", "since early 2014"; not "in 2000 cases".
  bool YearAfterPrep(size_t t, Match* m) const {
    int year = Year(t);
    if (!year || t == 0 || !Is(t - 1, kPrep)) return false;
    if (t + 1 < end_) {
      std::string_view next = Text(t + 1);
      if (next == "%") return false;
      bool plural = tokens_[t + 1].kind == TokenKind::kWord && !tokens_[t + 1].has(kCapitalized) &&
                    next.size() > 2 && next.back() == 's' && next != "was" && next != "has" && next != "this";
      if (plural) return false;
    }
    m->begin = t;
    m->end = t + 1;
    m->granularity = DateGranularity::kYear;
    m->date = CivilDate{year, 1, 1};
    return true;
  }

  // --- Resolution -----------------------------------------------------------

  static CivilDate Shift(CivilDate d, int64_t days) { return CivilFromDays(DaysFromCivil(d) + days); }

  static CivilDate AddMonths(CivilDate d, int n) {
    int64_t k = int64_t(d.y) * 12 + (d.m - 1) + n;
    int64_t y = k >= 0 ? k / 12 : (k - 11) / 12;
    return CivilDate{int(y), int(k - y * 12) + 1, 1};
  }

  // mode: 'p' on or before P, 'f' on or after P, 'l' last (1..7 before),
  // 'n' next (1..7 after), 'w' in P's week.
  std::optional<CivilDate> ResolveWeekday(int weekday, char mode) const {
    if (!pub_) return std::nullopt;
    int pw = Weekday(*pub_);
    int back = (pw - weekday + 7) % 7, ahead = (weekday - pw + 7) % 7;
    switch (mode) {
      case 'p': return Shift(*pub_, -back);
      case 'f': return Shift(*pub_, ahead);
      case 'l': return Shift(*pub_, -(back ? back : 7));
      case 'n': return Shift(*pub_, ahead ? ahead : 7);
      default: return Shift(*pub_, weekday - pw);
    }
  }

  // The year for a month and day given without one: on or after P in a
  // future sentence, on or before P in a past one (or when `past`), else
  // nearest P.
  CivilDate NearestYear(int month, int day, bool month_only = false, bool past = false) const {
    const CivilDate& p = *pub_;
    int64_t pd = DaysFromCivil(month_only ? CivilDate{p.y, p.m, 1} : p);
    auto at = [&](int y) { return CivilDate{y, month, std::min(day, DaysInMonth(y, month))}; };
    if (future_ && !past) {
      CivilDate d = at(p.y);
      return DaysFromCivil(d) >= pd ? d : at(p.y + 1);
    }
    if (past_ || past) {
      CivilDate d = at(p.y);
      return DaysFromCivil(d) <= pd ? d : at(p.y - 1);
    }
    CivilDate best = at(p.y);
    for (int y : {p.y - 1, p.y + 1}) {
      int64_t dist = std::llabs(DaysFromCivil(at(y)) - pd), best_dist = std::llabs(DaysFromCivil(best) - pd);
      if (dist < best_dist || (dist == best_dist && y < best.y)) best = at(y);
    }
    return best;
  }

  void Add(const Match& m) {
    DateMention d;
    d.start = tokens_[m.begin].start;
    d.end = tokens_[m.end - 1].end;
    d.text.assign(text_.substr(d.start, d.end - d.start));
    d.granularity = m.granularity;
    d.relative = m.relative;
    if (m.date && !m.ambiguous && m.date->y >= 1 && m.date->y <= 9999) {
      d.value = FormatDate(*m.date, m.granularity);
      anchor_ = {*m.date, m.granularity};
    }
    out_.push_back(std::move(d));
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::optional<CivilDate> pub_;
  std::vector<DateMention> out_;
  size_t begin_ = 0;     // start of the current sentence (token index)
  size_t end_ = 0;       // end of the current sentence (token index)
  bool future_ = false;  // the current sentence has a future marker before this point
  bool past_ = false;    // ... or a past-tense one (was, had, an -ed verb)
  std::optional<std::pair<CivilDate, DateGranularity>> anchor_;  // last resolved mention
};

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences, std::optional<CivilDate> published) {
  return DateFinder(text, tokens, published).Run(sentences);
}

}  // namespace dateline::text
