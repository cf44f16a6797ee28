#include "store/date_key.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/store/sample_records.h"

namespace amicus::store {
namespace {

using amicus::testing::MakeDate;

TEST(DateKeyTest, RoundTrips) {
  for (auto date : {MakeDate(2019, 3, 15), MakeDate(2019, 3, 0),
                    MakeDate(1999, 0, 0), MakeDate(0, 0, 0),
                    MakeDate(9999, 12, 31)}) {
    amicus::v1::Date back = DecodeDateKey(EncodeDateKey(date));
    EXPECT_EQ(back.year(), date.year());
    EXPECT_EQ(back.month(), date.month());
    EXPECT_EQ(back.day(), date.day());
  }
}

TEST(DateKeyTest, PartialDatesSortBeforeTheDaysTheyCover) {
  std::vector<std::string> keys = {
      EncodeDateKey(MakeDate(0, 0, 0)),     EncodeDateKey(MakeDate(2018, 12, 31)),
      EncodeDateKey(MakeDate(2019, 0, 0)),  EncodeDateKey(MakeDate(2019, 3, 0)),
      EncodeDateKey(MakeDate(2019, 3, 1)),  EncodeDateKey(MakeDate(2019, 3, 31)),
      EncodeDateKey(MakeDate(2019, 4, 0)),  EncodeDateKey(MakeDate(2020, 1, 1))};
  for (size_t i = 1; i < keys.size(); ++i) EXPECT_LT(keys[i - 1], keys[i]) << i;
}

TEST(DateKeyTest, PartialDatesOverlapRequestedIntervals) {
  DateInterval march = RequestInterval(MakeDate(2019, 3, 1), MakeDate(2019, 3, 31));
  DateInterval year = RequestInterval(MakeDate(2019, 1, 1), MakeDate(2019, 12, 31));
  DateInterval mid_march =
      RequestInterval(MakeDate(2019, 3, 10), MakeDate(2019, 3, 12));
  DateInterval april = RequestInterval(MakeDate(2019, 4, 1), MakeDate(2019, 4, 30));
  amicus::v1::Date march_2019 = MakeDate(2019, 3, 0);
  EXPECT_TRUE(DateOverlaps(march_2019, march));
  EXPECT_TRUE(DateOverlaps(march_2019, year));
  EXPECT_TRUE(DateOverlaps(march_2019, mid_march));
  EXPECT_FALSE(DateOverlaps(march_2019, april));
  EXPECT_TRUE(DateOverlaps(MakeDate(2019, 0, 0), april));
  EXPECT_FALSE(DateOverlaps(MakeDate(2019, 3, 9), mid_march));
  EXPECT_FALSE(DateOverlaps(MakeDate(0, 0, 0), year));
}

TEST(DateKeyTest, PartialRequestDatesWiden) {
  DateInterval interval = RequestInterval(MakeDate(2019, 3, 0), MakeDate(2019, 0, 0));
  EXPECT_TRUE(DateOverlaps(MakeDate(2019, 3, 1), interval));
  EXPECT_TRUE(DateOverlaps(MakeDate(2019, 12, 31), interval));
  EXPECT_FALSE(DateOverlaps(MakeDate(2019, 2, 28), interval));
  EXPECT_FALSE(DateOverlaps(MakeDate(2020, 1, 1), interval));
}

TEST(DateKeyTest, KeyRangeHoldsEveryOverlappingDate) {
  DateInterval interval =
      RequestInterval(MakeDate(2019, 3, 10), MakeDate(2019, 5, 0));
  DateKeyRange range = DateKeyRangeFor(interval);
  for (auto date : {MakeDate(2019, 0, 0), MakeDate(2019, 3, 0),
                    MakeDate(2019, 3, 10), MakeDate(2019, 5, 0),
                    MakeDate(2019, 5, 31)}) {
    std::string key = EncodeDateKey(date) + std::string(12, '\xfe');
    EXPECT_TRUE(DateOverlaps(date, interval));
    EXPECT_GE(key, range.lower);
    EXPECT_LT(key, range.upper);
  }
  EXPECT_GE(EncodeDateKey(MakeDate(2019, 6, 0)), range.upper);
  EXPECT_LT(EncodeDateKey(MakeDate(2018, 12, 31)), range.lower);
}

// Whether a scan of `range` visits index entry `key`.
bool Visits(const DateKeyRange& range, const std::string& key) {
  if (key < range.lower || (!range.upper.empty() && key >= range.upper)) {
    return false;
  }
  for (const KeyGap& gap : range.gaps) {
    if (key >= gap.from && key < gap.to) return false;
  }
  return true;
}

// A scan visits exactly the dates that overlap: a short range late in the
// year does not read the months before it.
TEST(DateKeyTest, KeyRangeSkipsTheStartYearBeforeTheStart) {
  DateInterval interval =
      RequestInterval(MakeDate(2019, 12, 10), MakeDate(2019, 12, 11));
  DateKeyRange range = DateKeyRangeFor(interval);
  for (int month = 0; month <= 12; ++month) {
    for (int day = 0; day <= 31; ++day) {
      if (month == 0 && day != 0) continue;
      amicus::v1::Date date = MakeDate(2019, month, day);
      for (char fill : {'\x00', '\xff'}) {
        std::string key = EncodeDateKey(date) + std::string(12, fill);
        EXPECT_EQ(Visits(range, key), DateOverlaps(date, interval))
            << month << "-" << day;
      }
    }
  }
}

TEST(DateKeyTest, ValidatesShape) {
  EXPECT_TRUE(IsValidDate(MakeDate(2019, 3, 0)));
  EXPECT_TRUE(IsValidDate(MakeDate(0, 0, 0)));
  EXPECT_FALSE(IsValidDate(MakeDate(2019, 13, 1)));
  EXPECT_FALSE(IsValidDate(MakeDate(2019, 0, 5)));
  EXPECT_FALSE(IsValidDate(MakeDate(0, 3, 0)));
}

}  // namespace
}  // namespace amicus::store
