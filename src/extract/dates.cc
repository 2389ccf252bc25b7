// A small hand-written scanner: dates in news copy follow a handful of
// shapes (month-name first, day first, ISO, European dotted), each optionally
// followed by a clock time and a zone. Each shape is one function that either
// consumes its bytes or leaves the position unchanged.
#include "extract/dates.h"

#include <array>
#include <cstdio>

#include "util/strings.h"

namespace dateline::extract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  size_t pos() const { return pos_; }
  void set_pos(size_t p) { pos_ = p; }
  bool done() const { return pos_ >= s_.size(); }
  char peek(size_t k = 0) const { return pos_ + k < s_.size() ? s_[pos_ + k] : '\0'; }
  void SkipSpace() {
    while (!done()) {
      if (util::IsSpace(peek())) ++pos_;
      else if (peek() == '\xC2' && peek(1) == '\xA0') pos_ += 2;
      else break;
    }
  }
  // Skips spaces and the given punctuation characters.
  void SkipSeparators(std::string_view punct) {
    while (!done()) {
      SkipSpace();
      if (!done() && punct.find(peek()) != std::string_view::npos) { ++pos_; continue; }
      break;
    }
  }
  // Reads up to max_digits digits; -1 if none.
  int Number(size_t max_digits, size_t* ndigits = nullptr) {
    size_t start = pos_;
    int v = 0;
    while (!done() && IsDigit(peek()) && pos_ - start < max_digits) v = v * 10 + (s_[pos_++] - '0');
    if (ndigits) *ndigits = pos_ - start;
    if (pos_ == start || (!done() && IsDigit(peek()))) { pos_ = start; return -1; }
    return v;
  }
  std::string_view Word() {
    size_t start = pos_;
    while (!done() && IsAlpha(peek())) ++pos_;
    return s_.substr(start, pos_ - start);
  }
  bool Consume(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool IsWeekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  if (w.size() < 3) return false;
  std::string lower = util::AsciiLower(w);
  for (std::string_view d : kDays) {
    if (lower.compare(0, 3, d) != 0) continue;
    if (lower.size() == 3 || lower == "tues" || lower == "thur" || lower == "thurs" ||
        lower.ends_with("day"))
      return true;
  }
  return false;
}

void SkipWeekday(Scanner& sc) {
  size_t start = sc.pos();
  if (IsWeekday(sc.Word())) {
    sc.Consume('.');
    sc.SkipSeparators(",");
    return;
  }
  sc.set_pos(start);
}

int Year(Scanner& sc) {
  size_t start = sc.pos();
  size_t n = 0;
  int y = sc.Number(4, &n);
  if (n == 4 && y >= 1900 && y <= 2199) return y;
  sc.set_pos(start);
  return 0;
}

int Day(Scanner& sc) {
  size_t start = sc.pos();
  int d = sc.Number(2);
  if (d < 1 || d > 31) { sc.set_pos(start); return 0; }
  size_t after = sc.pos();
  std::string suffix = util::AsciiLower(sc.Word());
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") sc.set_pos(after);
  return d;
}

int MonthWord(Scanner& sc) {
  size_t start = sc.pos();
  int m = MonthFromName(sc.Word());
  if (!m) { sc.set_pos(start); return 0; }
  sc.Consume('.');
  return m;
}

// "Feb 27, 2025", "February 27", "Feb. 27th 2025"
bool MonthFirst(Scanner& sc, DateParts* d) {
  size_t start = sc.pos();
  d->month = MonthWord(sc);
  sc.SkipSpace();
  d->day = d->month ? Day(sc) : 0;
  if (!d->day) { sc.set_pos(start); return false; }
  size_t after_day = sc.pos();
  sc.SkipSeparators(",");
  d->year = Year(sc);
  if (!d->year) sc.set_pos(after_day);
  return true;
}

// "27 Feb 2025", "27 February, 2025", "27th of February"
bool DayFirst(Scanner& sc, DateParts* d) {
  size_t start = sc.pos();
  d->day = Day(sc);
  sc.SkipSpace();
  size_t before_of = sc.pos();
  if (util::AsciiLower(sc.Word()) == "of") sc.SkipSpace(); else sc.set_pos(before_of);
  d->month = d->day ? MonthWord(sc) : 0;
  if (!d->month) { sc.set_pos(start); return false; }
  size_t after_month = sc.pos();
  sc.SkipSeparators(",");
  d->year = Year(sc);
  if (!d->year) sc.set_pos(after_month);
  return true;
}

// "2025-02-27", "2025/02/27", "2025.02.27"
bool IsoDate(Scanner& sc, DateParts* d) {
  size_t start = sc.pos();
  d->year = Year(sc);
  char sep = sc.peek();
  if (!d->year || (sep != '-' && sep != '/' && sep != '.')) { sc.set_pos(start); return false; }
  sc.Consume(sep);
  size_t n = 0;
  d->month = sc.Number(2, &n);
  if (!sc.Consume(sep)) { sc.set_pos(start); return false; }
  d->day = sc.Number(2);
  if (d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31) { sc.set_pos(start); return false; }
  return true;
}

// "27.02.2025" (European), "2/27/2025" or "27/2/2025" only when unambiguous.
bool NumericDate(Scanner& sc, DateParts* d) {
  size_t start = sc.pos();
  int a = sc.Number(2);
  char sep = sc.peek();
  if (a < 1 || (sep != '/' && sep != '.') || !sc.Consume(sep)) { sc.set_pos(start); return false; }
  int b = sc.Number(2);
  if (b < 1 || !sc.Consume(sep)) { sc.set_pos(start); return false; }
  d->year = Year(sc);
  if (!d->year) { sc.set_pos(start); return false; }
  if (sep == '.' || a > 12) { d->day = a; d->month = b; }
  else if (b > 12) { d->month = a; d->day = b; }
  else { sc.set_pos(start); return false; }
  if (d->month > 12 || d->day > 31) { sc.set_pos(start); return false; }
  return true;
}

struct Zone { std::string_view name, offset; };
constexpr std::array<Zone, 20> kZones = {{
    {"utc", "Z"}, {"gmt", "Z"}, {"z", "Z"}, {"est", "-05:00"}, {"edt", "-04:00"},
    {"cst", "-06:00"}, {"cdt", "-05:00"}, {"mst", "-07:00"}, {"mdt", "-06:00"},
    {"pst", "-08:00"}, {"pdt", "-07:00"}, {"bst", "+01:00"}, {"cet", "+01:00"},
    {"cest", "+02:00"}, {"eet", "+02:00"}, {"eest", "+03:00"}, {"msk", "+03:00"},
    {"jst", "+09:00"}, {"kst", "+09:00"}, {"aest", "+10:00"}}};

void TimeZone(Scanner& sc, DateParts* d) {
  size_t start = sc.pos();
  sc.SkipSpace();
  if (sc.peek() == '+' || sc.peek() == '-') {
    char sign = sc.peek();
    sc.Consume(sign);
    int h = sc.Number(2);
    sc.Consume(':');
    int m = sc.Number(2);
    if (h >= 0 && h <= 14 && m >= 0 && m < 60) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, h, m);
      d->zone = buf;
      return;
    }
    sc.set_pos(start);
    return;
  }
  std::string w = util::AsciiLower(sc.Word());
  for (const Zone& z : kZones)
    if (w == z.name) { d->zone = std::string(z.offset); return; }
  sc.set_pos(start);
}

// "10:00", "10:00:30", "10.00 GMT", "3:15 p.m. EST", "T10:00:00Z"
void ClockTime(Scanner& sc, DateParts* d) {
  size_t start = sc.pos();
  sc.SkipSeparators(",|-");
  size_t before_at = sc.pos();
  if (util::AsciiLower(sc.Word()) != "at") sc.set_pos(before_at);
  sc.SkipSpace();
  sc.Consume('T');
  int h = sc.Number(2);
  char sep = sc.peek();
  if (h < 0 || h > 23 || (sep != ':' && sep != '.') || !sc.Consume(sep)) { sc.set_pos(start); return; }
  size_t n = 0;
  int m = sc.Number(2, &n);
  if (n != 2 || m > 59) { sc.set_pos(start); return; }
  int s = 0;
  if (sc.peek() == ':' && IsDigit(sc.peek(1))) { sc.Consume(':'); s = sc.Number(2); }
  if (sc.peek() == '.' && IsDigit(sc.peek(1))) { sc.Consume('.'); while (IsDigit(sc.peek())) sc.Consume(sc.peek()); }
  size_t before_ampm = sc.pos();
  sc.SkipSpace();
  std::string ampm;
  for (int i = 0; i < 4 && (IsAlpha(sc.peek()) || sc.peek() == '.'); ++i) {
    char c = sc.peek();
    sc.Consume(c);
    if (c != '.') ampm.push_back(char(c | 0x20));
  }
  if (ampm == "am" || ampm == "pm") {
    if (h > 12 || h == 0) { sc.set_pos(start); return; }
    if (ampm == "pm" && h != 12) h += 12;
    if (ampm == "am" && h == 12) h = 0;
  } else {
    sc.set_pos(before_ampm);
    if (sep == '.' ) {  // "10.00" is a time only with a zone after it
      DateParts probe;
      size_t p = sc.pos();
      TimeZone(sc, &probe);
      if (probe.zone.empty()) { sc.set_pos(start); return; }
      sc.set_pos(p);
    }
  }
  d->hour = h;
  d->minute = m;
  d->second = s;
  TimeZone(sc, d);
}

}  // namespace

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  std::string w = util::AsciiLower(word);
  if (w == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (w == kMonths[i] || (w.size() == 3 && kMonths[i].compare(0, 3, w) == 0)) return int(i) + 1;
  return 0;
}

std::optional<DateMatch> ParseDateAt(std::string_view s) {
  Scanner sc(s);
  SkipWeekday(sc);
  DateParts d;
  if (!IsoDate(sc, &d) && !NumericDate(sc, &d) && !MonthFirst(sc, &d) && !DayFirst(sc, &d))
    return std::nullopt;
  if (d.year) ClockTime(sc, &d);
  return DateMatch{d, sc.pos()};
}

std::optional<DateParts> ParseDateLine(std::string_view line, bool* updated) {
  std::string_view t = util::Trim(line);
  if (t.size() > 120) return std::nullopt;
  static constexpr std::array<std::string_view, 11> kLabels = {
      "last updated", "updated on", "updated", "published on", "published", "posted on",
      "posted", "first published", "date", "dated", "on"};
  bool is_update = false;
  for (std::string_view label : kLabels) {
    if (!util::IStartsWith(t, label)) continue;
    std::string_view rest = t.substr(label.size());
    if (!rest.empty() && IsAlpha(rest[0])) continue;
    is_update = label.find("updated") != std::string_view::npos;
    t = util::Trim(rest);
    while (!t.empty() && (t[0] == ':' || t[0] == '-' || t[0] == '|')) t = util::Trim(t.substr(1));
    if (util::IStartsWith(t, "on ")) t = t.substr(3);
    break;
  }
  std::optional<DateMatch> m = ParseDateAt(t);
  if (!m) return std::nullopt;
  std::string_view rest = util::Trim(t.substr(m->end));
  // Allowed after the date: nothing, a zone word, or a short tail set off by
  // '|' or '(' ("| Updated 2 hours ago"); never the rest of a sentence.
  if (rest.size() > 4) {
    bool set_off = rest[0] == '|' || rest[0] == '(' || rest[0] == '/';
    if (!set_off || rest.size() > 60) return std::nullopt;
  }
  if (updated) *updated = is_update;
  return m->date;
}

std::optional<std::string> ToIso8601(const DateParts& d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1])
    return std::nullopt;
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month == 2 && d.day == 29 && !leap) return std::nullopt;
  char buf[64];
  if (d.hour < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year, d.month, d.day, d.hour,
                  d.minute, d.second, d.zone.c_str());
  }
  return std::string(buf);
}

}  // namespace dateline::extract
