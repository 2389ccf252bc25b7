// A small cursor parser per format, tried in turn: ISO 8601 first (what
// JSON-LD and article:published_time use), then the month-name forms, which
// also cover RFC 822. Every field is range-checked (month 1-12, the day
// against the month's length, hours 0-23), so nothing invalid is emitted.
#include "extract/html_date.h"

#include <array>
#include <cstdio>

#include "util/strings.h"

namespace dateline::extract::html {
namespace {

struct Ymd {
  int year = 0, month = 0, day = 0;
};

struct Time {
  int hour = 0, minute = 0, second = 0;
  std::string zone;  // "Z", "+01:00", or "" when unknown
};

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool Done() const { return i_ >= s_.size(); }
  char Peek() const { return Done() ? '\0' : s_[i_]; }
  size_t pos() const { return i_; }
  void Reset(size_t pos) { i_ = pos; }
  bool Lit(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }
  void SkipSpace() {
    while (!Done() && (util::IsSpace(s_[i_]) || s_[i_] == ',')) ++i_;
  }
  // Exactly n digits.
  bool Digits(int n, int* out) {
    int v = 0;
    for (int k = 0; k < n; ++k) {
      char c = Peek();
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
      ++i_;
    }
    *out = v;
    return true;
  }
  // One to max digits.
  bool Number(int max, int* out) {
    int v = 0, k = 0;
    while (k < max && Peek() >= '0' && Peek() <= '9') v = v * 10 + (s_[i_++] - '0'), ++k;
    *out = v;
    return k > 0;
  }
  std::string_view Word() {
    size_t start = i_;
    while (!Done() && ((s_[i_] | 0x20) >= 'a' && (s_[i_] | 0x20) <= 'z')) ++i_;
    return s_.substr(start, i_ - start);
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool Valid(const Ymd& d) {
  static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1800 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  if (d.month == 2 && d.day == 29) return IsLeap(d.year);
  return d.day <= kDays[d.month - 1];
}

bool Valid(const Time& t) { return t.hour <= 23 && t.minute <= 59 && t.second <= 60; }

int MonthFromName(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths{
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (w.size() <= full.size() && util::IEquals(w, full.substr(0, w.size()))) {
      if (w.size() == 3 || w.size() == full.size() || (m == 8 && w.size() == 4)) return m + 1;
    }
  }
  return 0;
}

std::string Zone(int sign, int hours, int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign < 0 ? '-' : '+', hours % 100, minutes % 100);
  return buf;
}

// "Z", "+01:00", "+0100", "+01", "GMT", "UTC", US zone abbreviations.
std::string ParseZone(Cursor& c) {
  c.SkipSpace();
  if (c.Lit('Z') || c.Lit('z')) return "Z";
  char sign = c.Peek();
  if (sign == '+' || sign == '-') {
    c.Lit(sign);
    int h = 0, m = 0;
    if (!c.Digits(2, &h)) return {};
    c.Lit(':');
    c.Digits(2, &m);
    if (h > 14 || m > 59) return {};
    return Zone(sign == '-' ? -1 : 1, h, m);
  }
  std::string w = util::AsciiLower(c.Word());
  if (w == "gmt" || w == "utc" || w == "ut") return "Z";
  static constexpr std::array<std::pair<std::string_view, int>, 8> kUs{
      {{"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}}};
  for (auto [name, hours] : kUs)
    if (w == name) return Zone(-1, -hours, 0);
  return {};
}

// HH:MM[:SS[.fff]] [am|pm], zone left to the caller.
bool ParseClock(Cursor& c, Time* t) {
  if (!c.Number(2, &t->hour) || !c.Lit(':') || !c.Digits(2, &t->minute)) return false;
  if (c.Lit(':') && !c.Digits(2, &t->second)) return false;
  if (c.Lit('.') || c.Lit(',')) {
    int frac;
    c.Number(9, &frac);
  }
  size_t save = c.pos();
  c.SkipSpace();
  std::string ampm = util::AsciiLower(c.Word());
  if (ampm == "am" || ampm == "pm" || ampm == "a" || ampm == "p") {
    if (t->hour < 1 || t->hour > 12) return false;
    if (ampm[0] == 'p' && t->hour != 12) t->hour += 12;
    if (ampm[0] == 'a' && t->hour == 12) t->hour = 0;
  } else {
    c.Reset(save);
  }
  return Valid(*t);
}

std::string Format(const Ymd& d, const Time* t) {
  char buf[40];
  if (!t) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day, t->hour,
                  t->minute, t->second);
  }
  return std::string(buf) + (t ? t->zone : "");
}

// 2025-02-27, 2025/02/27, 20250227, each with an optional time and zone.
std::optional<std::string> ParseIso(std::string_view s) {
  Cursor c(s);
  Ymd d;
  if (!c.Digits(4, &d.year)) return std::nullopt;
  char sep = c.Peek();
  if (sep == '-' || sep == '/' || sep == '.') {
    c.Lit(sep);
    if (!c.Number(2, &d.month) || !c.Lit(sep) || !c.Number(2, &d.day)) return std::nullopt;
  } else if (!c.Digits(2, &d.month) || !c.Digits(2, &d.day)) {
    return std::nullopt;
  }
  if (!Valid(d) || (c.Peek() >= '0' && c.Peek() <= '9')) return std::nullopt;
  bool has_t = c.Lit('T') || c.Lit('t');
  if (!has_t && !c.Lit(' ')) return Format(d, nullptr);
  Time t;
  if (!ParseClock(c, &t)) return has_t ? std::nullopt : std::optional<std::string>(Format(d, nullptr));
  t.zone = ParseZone(c);
  return Format(d, &t);
}

// [Weekday,] 27 Feb[.] 2025 [10:00[:00] zone]  or  [Weekday,] February 27[th], 2025 [...].
// Without a recognised zone only the date is returned: a wall-clock time in
// an unknown zone would read as if it were UTC.
std::optional<std::string> ParseMonthName(std::string_view s) {
  Cursor c(s);
  c.SkipSpace();
  size_t start = c.pos();
  std::string_view w = c.Word();
  if (!w.empty() && !MonthFromName(w)) {
    c.Lit('.');
    c.SkipSpace();
    start = c.pos();
  }
  c.Reset(start);
  Ymd d;
  if (c.Number(2, &d.day)) {
    c.Lit('.');
    c.SkipSpace();
    d.month = MonthFromName(c.Word());
  } else {
    d.month = MonthFromName(c.Word());
    c.Lit('.');
    c.SkipSpace();
    if (!c.Number(2, &d.day)) return std::nullopt;
    std::string_view suffix = c.Word();  // 1st, 2nd, 27th
    if (!suffix.empty() && suffix.size() != 2) return std::nullopt;
  }
  c.Lit('.');
  c.SkipSpace();
  if (!d.month || !c.Digits(4, &d.year) || !Valid(d)) return std::nullopt;
  c.SkipSpace();
  if (c.Lit('a')) c.Lit('t');  // "February 27, 2025 at 10:00"
  c.SkipSpace();
  Time t;
  if (!ParseClock(c, &t)) return Format(d, nullptr);
  t.zone = ParseZone(c);
  return t.zone.empty() ? Format(d, nullptr) : Format(d, &t);
}

}  // namespace

std::optional<std::string> NormaliseMetaDate(std::string_view text) {
  std::string_view s = util::Trim(text);
  if (s.empty() || s.size() > 100) return std::nullopt;
  if (std::optional<std::string> iso = ParseIso(s)) return iso;
  return ParseMonthName(s);
}

}  // namespace dateline::extract::html
