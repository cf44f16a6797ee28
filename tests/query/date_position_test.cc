// A date-only query sends index entries without parsing their records:
// the date in the entry's key must decide exactly what the record's own
// date would.
#include <string>

#include "gtest/gtest.h"
#include "query_service/filters.h"
#include "store/date_key.h"
#include "store/key_codec.h"

namespace amicus::query {
namespace {

amicus::v1::Date MakeDate(int year, int month, int day) {
  amicus::v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

std::string Position(const amicus::v1::Date& date) {
  return store::EncodeDateKey(date) + store::EncodeRecordKey(7, 3);
}

TEST(DateInPositionTest, DecidesAsTheRecordsDateWould) {
  auto interval = DateFilter(MakeDate(2019, 6, 10), MakeDate(2019, 6, 30));
  ASSERT_TRUE(interval.ok() && interval->has_value());
  PositionFn matches = DateInPosition(**interval);
  struct Case {
    amicus::v1::Date date;
    bool expected;
  } cases[] = {
      {MakeDate(2019, 6, 15), true},   // inside
      {MakeDate(2019, 6, 10), true},   // first day
      {MakeDate(2019, 6, 0), true},    // "June 2019" overlaps
      {MakeDate(2019, 0, 0), true},    // "2019" overlaps
      {MakeDate(2019, 6, 9), false},   // the day before
      {MakeDate(2019, 7, 1), false},   // the day after
      {MakeDate(2019, 5, 0), false},   // "May 2019"
      {MakeDate(2018, 0, 0), false},   // another year
      {MakeDate(0, 0, 0), false},      // no known date
  };
  for (const Case& c : cases) {
    EXPECT_EQ(matches(Position(c.date)), c.expected) << c.date.DebugString();
    EXPECT_EQ(store::DateOverlaps(c.date, **interval), c.expected)
        << c.date.DebugString();
  }
  EXPECT_FALSE(matches("\x07"));  // shorter than a date key
}

}  // namespace
}  // namespace amicus::query
