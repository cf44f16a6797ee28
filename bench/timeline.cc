#include "bench/timeline.h"

namespace amicus::bench {
namespace {

// Days from 1970-01-01 to y-m-d, proleptic Gregorian (H. Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The inverse (civil_from_days).
CalendarDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t year = yoe + era * 400 + (month <= 2);
  return {static_cast<int>(year), month, day};
}

}  // namespace

int64_t DocumentDay(int64_t index) { return index % kTimelineDays; }

CalendarDate DateOfDay(int64_t day) {
  static const int64_t kDayZero = DaysFromCivil(1801, 1, 1);
  return CivilFromDays(kDayZero + day);
}

}  // namespace amicus::bench
