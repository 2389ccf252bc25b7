// A small cursor parser per format, tried in turn: ISO 8601 first (what
// JSON-LD and article:published_time use), then the month-name forms, which
// also cover RFC 822. Every field is range-checked (month 1-12, the day
// against the month's length, hours 0-23), so nothing invalid is emitted.
#include "extract/html_date.h"

#include <array>
#include <cstdint>
#include <cstdio>

#include "extract/dates.h"
#include "extract/month_names.h"
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

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
bool IsAlnumChar(char c) { return IsDigitChar(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// Seconds since the epoch of an ISO 8601 value; *zoned says a time with a
// zone was given (else the value is read as UTC).
std::optional<int64_t> EpochSeconds(std::string_view iso, bool* zoned) {
  Cursor c(iso);
  Ymd d;
  if (!c.Digits(4, &d.year) || !c.Lit('-') || !c.Digits(2, &d.month) || !c.Lit('-') || !c.Digits(2, &d.day) ||
      !Valid(d))
    return std::nullopt;
  int64_t secs = DaysFromCivil(d.year, d.month, d.day) * 86400;
  *zoned = false;
  if (!c.Lit('T') && !c.Lit(' ')) return secs;
  Time t;
  if (!ParseClock(c, &t)) return secs;
  secs += t.hour * 3600 + t.minute * 60 + t.second;
  std::string zone = ParseZone(c);
  if (zone.empty()) return secs;
  *zoned = true;
  if (zone == "Z") return secs;
  int sign = zone[0] == '-' ? -1 : 1;
  int offset = ((zone[1] - '0') * 10 + (zone[2] - '0')) * 3600 + ((zone[4] - '0') * 10 + (zone[5] - '0')) * 60;
  return secs - sign * offset;
}

// Y sep M sep D (sep one of "/-_", the same both times) or YYYYMMDD at url[i].
std::optional<std::string> UrlDateAt(std::string_view url, size_t i) {
  Cursor c(url.substr(i));
  Ymd d;
  if (!c.Digits(4, &d.year) || d.year < 1990 || d.year > 2100) return std::nullopt;
  char sep = c.Peek();
  if (sep == '/' || sep == '-' || sep == '_') {
    c.Lit(sep);
    if (!c.Digits(2, &d.month) || !c.Lit(sep) || !c.Digits(2, &d.day)) return std::nullopt;
  } else if (!c.Digits(2, &d.month) || !c.Digits(2, &d.day)) {
    return std::nullopt;
  }
  if (!Valid(d) || IsAlnumChar(c.Peek())) return std::nullopt;
  return Format(d, nullptr);
}

std::optional<std::string> FirstNotAfter(const std::vector<std::string>& values,
                                         std::optional<std::string> (*parse)(std::string_view),
                                         const std::optional<std::string>& fetch_time) {
  for (const std::string& v : values) {
    std::optional<std::string> d = parse(v);
    if (d && !(fetch_time && IsAfterFetch(*d, *fetch_time))) return d;
  }
  return std::nullopt;
}

std::optional<std::string> MetaOrTextDate(std::string_view s) {
  if (std::optional<std::string> d = NormaliseMetaDate(s)) return d;
  return FindTextDate(s);
}

}  // namespace

std::optional<std::string> FindTextDate(std::string_view text) {
  text = text.substr(0, 300);
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsAlnumChar(text[i]) || (i > 0 && IsAlnumChar(text[i - 1]))) continue;
    std::string_view rest = text.substr(i);
    if (IsDigitChar(text[i]))
      if (std::optional<DateMatch> m = ParseLocalDateAt(rest)) return ToIso8601(m->date);
    std::optional<DateMatch> m = ParseDateAt(rest);
    if (!m || !m->date.year) continue;
    if (m->date.zone.empty()) m->date.hour = -1;
    if (std::optional<std::string> iso = ToIso8601(m->date)) return iso;
  }
  return std::nullopt;
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  url = url.substr(0, url.find('#'));
  for (size_t i = path + 1; i + 8 <= url.size(); ++i) {
    char before = url[i - 1];
    if (!IsDigitChar(url[i]) || (before != '/' && before != '-' && before != '_' && before != '=')) continue;
    if (std::optional<std::string> d = UrlDateAt(url, i)) return d;
  }
  return std::nullopt;
}

bool IsAfterFetch(std::string_view iso, std::string_view fetch_time) {
  bool zoned = false, fetch_zoned = false;
  std::optional<int64_t> t = EpochSeconds(iso, &zoned);
  std::optional<int64_t> f = EpochSeconds(util::Trim(fetch_time), &fetch_zoned);
  if (!t || !f) return false;
  int64_t slack = zoned ? 300 : 14 * 3600;
  return *t > *f + slack;
}

ChosenDates ChooseDates(const DateCandidates& c, const std::optional<std::string>& fetch_time) {
  ChosenDates out;
  out.published = FirstNotAfter(c.published, MetaOrTextDate, fetch_time);
  if (!out.published) out.published = FirstNotAfter(c.urls, DateFromUrl, fetch_time);
  if (!out.published) out.published = FirstNotAfter(c.visible, FindTextDate, fetch_time);
  out.modified = FirstNotAfter(c.modified, MetaOrTextDate, fetch_time);
  if (!out.modified) out.modified = FirstNotAfter(c.visible_modified, FindTextDate, fetch_time);
  if (!out.published) out.published = out.modified;
  bool z1 = false, z2 = false;
  if (out.published && out.modified) {
    std::optional<int64_t> p = EpochSeconds(*out.published, &z1), m = EpochSeconds(*out.modified, &z2);
    if (p && m && *m < *p) out.modified.reset();
  }
  return out;
}

std::optional<std::string> NormaliseMetaDate(std::string_view text) {
  std::string_view s = util::Trim(text);
  if (s.empty() || s.size() > 100) return std::nullopt;
  if (std::optional<std::string> iso = ParseIso(s)) return iso;
  return ParseMonthName(s);
}

}  // namespace dateline::extract::html
