// RecentDates keeps what FindSequelDates can anchor on, however many dates
// a text tells: a text of dated paragraphs used to copy every date told
// so far for each sentence (quadratic in the number of paragraphs).
#include "extract/recent_dates.h"

#include <vector>

#include "extract/sequel_dates.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

DateValue Day(int year, int month, int day) { return {year, month, day}; }

TEST(RecentDatesTest, KeepsAtMostTheLatestDayMonthAndYear) {
  RecentDates told(3);
  for (int i = 0; i < 200000; ++i) {
    told.Add(i / 4, Day(1990 + i % 30, 1 + i % 12, 1 + i % 28));
  }
  told.Add(50000, Day(2001, 0, 0));
  std::vector<DateValue> anchors = told.AnchorsFor(50000);
  ASSERT_EQ(anchors.size(), 2u);
  EXPECT_EQ(anchors[0], Day(1990 + 199999 % 30, 1 + 199999 % 12, 1 + 199999 % 28));
  EXPECT_EQ(anchors[1], Day(2001, 0, 0));
}

TEST(RecentDatesTest, DatesOlderThanTheWindowNoLongerCount) {
  RecentDates told(3);
  told.Add(0, Day(2020, 5, 3));
  told.Add(2, Day(2021, 0, 0));
  EXPECT_EQ(told.AnchorsFor(3).size(), 2u);
  ASSERT_EQ(told.AnchorsFor(4).size(), 1u);
  EXPECT_EQ(told.AnchorsFor(4)[0], Day(2021, 0, 0));
  told.Clear();
  EXPECT_TRUE(told.AnchorsFor(4).empty());
}

// The anchors give the same sequel dates as every date told would.
TEST(RecentDatesTest, SequelDatesCountFromTheSameAnchors) {
  const std::vector<DateValue> all = {Day(2019, 3, 1), Day(2020, 6, 0), Day(2018, 2, 9),
                                      Day(2022, 0, 0), Day(2017, 0, 0)};
  RecentDates told(3);
  for (const DateValue& d : all) told.Add(7, d);
  const std::vector<DateValue> anchors = told.AnchorsFor(8);
  for (const char* sentence :
       {"The following day the court ruled.", "Later that month the court ruled.",
        "Two years later the court ruled."}) {
    std::vector<DateMention> from_all = FindSequelDates(sentence, all);
    std::vector<DateMention> from_anchors = FindSequelDates(sentence, anchors);
    ASSERT_EQ(from_all.size(), 1u) << sentence;
    ASSERT_EQ(from_anchors.size(), 1u) << sentence;
    EXPECT_EQ(from_anchors[0].date, from_all[0].date) << sentence;
    EXPECT_EQ(from_anchors[0].begin, from_all[0].begin) << sentence;
  }
}

}  // namespace
}  // namespace amicus::extract
