#include "store/date_key.h"

#include <tuple>

#include "store/key_codec.h"

namespace amicus::store {
namespace {

using amicus::v1::Date;

Date MakeDate(int year, int month, int day) {
  Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

// Full dates compare as tuples; the end bound may use day 31 for any month
// because only ordering matters here, not calendar validity.
std::tuple<int, int, int> AsTuple(const Date& date) {
  return {date.year(), date.month(), date.day()};
}

Date FirstDay(const Date& date) {
  return MakeDate(date.year(), date.month() == 0 ? 1 : date.month(),
                  date.day() == 0 ? 1 : date.day());
}

Date LastDay(const Date& date) {
  return MakeDate(date.year(), date.month() == 0 ? 12 : date.month(),
                  date.day() == 0 ? 31 : date.day());
}

}  // namespace

std::string EncodeDateKey(const Date& date) {
  std::string key(kDateKeyBytes, '\0');
  key[0] = static_cast<char>((date.year() >> 8) & 0xff);
  key[1] = static_cast<char>(date.year() & 0xff);
  key[2] = static_cast<char>(date.month() & 0xff);
  key[3] = static_cast<char>(date.day() & 0xff);
  return key;
}

Date DecodeDateKey(absl::string_view key) {
  auto byte = [&](int i) { return static_cast<unsigned char>(key[i]); };
  return MakeDate((byte(0) << 8) | byte(1), byte(2), byte(3));
}

DateInterval RequestInterval(const Date& start, const Date& end) {
  DateInterval interval;
  if (start.year() != 0) interval.start = FirstDay(start);
  if (end.year() != 0) interval.end = LastDay(end);
  return interval;
}

bool DateOverlaps(const Date& date, const DateInterval& interval) {
  if (date.year() == 0) return false;
  if (interval.start.year() != 0 &&
      AsTuple(LastDay(date)) < AsTuple(interval.start)) {
    return false;
  }
  if (interval.end.year() != 0 &&
      AsTuple(FirstDay(date)) > AsTuple(interval.end)) {
    return false;
  }
  return true;
}

DateKeyRange DateKeyRangeFor(const DateInterval& interval) {
  DateKeyRange range;
  // Partial dates of the start year sort before its first full day but may
  // still overlap, so the scan starts at the year's own key.
  int first_year = interval.start.year() != 0 ? interval.start.year() : 1;
  range.lower = EncodeDateKey(MakeDate(first_year, 0, 0));
  if (interval.end.year() != 0) {
    range.upper = PrefixSuccessor(EncodeDateKey(interval.end));
  }
  if (interval.start.year() != 0) {
    const Date& start = interval.start;
    std::string month = EncodeDateKey(MakeDate(start.year(), start.month(), 0));
    range.gaps.push_back({PrefixSuccessor(range.lower), month});
    range.gaps.push_back({PrefixSuccessor(month), EncodeDateKey(start)});
  }
  return range;
}

bool IsValidDate(const Date& date) {
  if (date.year() < 0 || date.year() > 9999) return false;
  if (date.month() < 0 || date.month() > 12) return false;
  if (date.day() < 0 || date.day() > 31) return false;
  if (date.year() == 0 && (date.month() != 0 || date.day() != 0)) return false;
  if (date.month() == 0 && date.day() != 0) return false;
  return true;
}

}  // namespace amicus::store
