// Proleptic Gregorian calendar arithmetic on day numbers (days since
// 1970-01-01), after Howard Hinnant's civil-date algorithms: exact for every
// year a news article can name, no tables, no time zones.
#include "text/internal.h"

namespace dateline::text {

int64_t DaysFromCivil(CivilDate date) {
  int64_t y = date.y - (date.m <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (date.m + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + date.d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = int(doy - (153 * mp + 2) / 5 + 1);
  int m = int(mp < 10 ? mp + 3 : mp - 9);
  return {int(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

int Weekday(CivilDate date) {
  int64_t z = DaysFromCivil(date);  // 1970-01-01 was a Thursday (3)
  return int(((z % 7) + 7 + 3) % 7);
}

bool IsValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  auto digits = [&](size_t at, size_t n, int* out) {
    if (s.size() < at + n) return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate d;
  if (!digits(0, 4, &d.y) || s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(5, 2, &d.m) || !digits(8, 2, &d.d) || !IsValidDate(d.y, d.m, d.d)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
  return d;
}

std::string FormatDate(CivilDate date, DateGranularity g) {
  if (date.y < 0 || date.y > 9999) return "";
  char buf[10] = {char('0' + date.y / 1000), char('0' + date.y / 100 % 10), char('0' + date.y / 10 % 10),
                  char('0' + date.y % 10), '-', char('0' + date.m / 10), char('0' + date.m % 10), '-',
                  char('0' + date.d / 10), char('0' + date.d % 10)};
  size_t n = g == DateGranularity::kYear ? 4 : g == DateGranularity::kMonth ? 7 : 10;
  return std::string(buf, n);
}

}  // namespace dateline::text
