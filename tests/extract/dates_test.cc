#include "extract/dates.h"

#include <string>

#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using amicus::v1::DATE_PRECISION_DAY;
using amicus::v1::DATE_PRECISION_MONTH;
using amicus::v1::DATE_PRECISION_YEAR;

// The only date found in `text`, as "Y-M-D/precision", or a description
// of what was found instead.
std::string Only(absl::string_view text,
                 absl::optional<DateValue> doc = absl::nullopt) {
  DateScan scan = FindDates(text, doc);
  if (scan.mentions.size() != 1) {
    return std::to_string(scan.mentions.size()) + " dates";
  }
  const DateValue& d = scan.mentions[0].date;
  return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" +
         std::to_string(d.day) + "/" + std::to_string(d.precision);
}

const std::string kDay = "/" + std::to_string(DATE_PRECISION_DAY);
const std::string kMonth = "/" + std::to_string(DATE_PRECISION_MONTH);
const std::string kYear = "/" + std::to_string(DATE_PRECISION_YEAR);

TEST(DatesTest, AbsoluteForms) {
  EXPECT_EQ(Only("In remarks on 15 March 2019, he spoke."), "2019-3-15" + kDay);
  EXPECT_EQ(Only("in a letter dated March 27, 2020."), "2020-3-27" + kDay);
  EXPECT_EQ(Only("On 17  March 2020, the minister"), "2020-3-17" + kDay);
  EXPECT_EQ(Only("published 2019-03-15 online"), "2019-3-15" + kDay);
  EXPECT_EQ(Only("on the 4th of July 2021"), "2021-7-4" + kDay);
  EXPECT_EQ(Only("on Sept. 9, 2022 the court"), "2022-9-9" + kDay);
  EXPECT_EQ(Only("the March 2019 decision"), "2019-3-0" + kMonth);
  EXPECT_EQ(Only("In 2019, the court ruled"), "2019-0-0" + kYear);
}

TEST(DatesTest, BareNumbersAndModalMayAreNotDates) {
  EXPECT_EQ(Only("The ICC has issued 34 arrest warrants since its founding."), "0 dates");
  EXPECT_EQ(Only("Any company or State may face sanctions."), "0 dates");
}

TEST(DatesTest, DayAndMonthTakeTheDocumentYear) {
  DateValue doc{2024, 5, 22, DATE_PRECISION_DAY};
  EXPECT_EQ(Only("the letter sent on April 24 by Senators", doc), "2024-4-24" + kDay);
  EXPECT_EQ(Only("On 20 May, the prosecutor requested warrants", doc), "2024-5-20" + kDay);
  EXPECT_TRUE(FindDates("on April 24", doc).mentions[0].relative);
}

TEST(DatesTest, RelativeDatesResolveAgainstTheDocumentDate) {
  DateValue doc{2020, 3, 1, DATE_PRECISION_DAY};
  EXPECT_EQ(Only("The experts spoke today.", doc), "2020-3-1" + kDay);
  EXPECT_EQ(Only("The letter arrived yesterday.", doc), "2020-2-29" + kDay);
  EXPECT_EQ(Only("since its withdrawal last June", doc), "2019-6-0" + kMonth);
  EXPECT_EQ(Only("earlier this month the court", doc), "2020-3-0" + kMonth);
  EXPECT_EQ(Only("a ruling issued last year", doc), "2019-0-0" + kYear);
}

TEST(DatesTest, RelativeDatesWithoutADocumentDateAreLeftOut) {
  EXPECT_EQ(Only("The experts spoke today about the letter sent on May 20."), "0 dates");
  EXPECT_EQ(Only("since last June"), "0 dates");
}

TEST(DatesTest, ImpossibleDatesAreSkippedAndCounted) {
  DateScan scan = FindDates("a meeting on 31 April 2020 and on 29 February 2021", absl::nullopt);
  EXPECT_TRUE(scan.mentions.empty());
  EXPECT_EQ(scan.invalid, 2u);
}

TEST(DatesTest, BoundsOfPeriodsAreMarked) {
  DateScan scan = FindDates("letters sent since May 2018 and the decision of 2 May 2019",
                            absl::nullopt);
  ASSERT_EQ(scan.mentions.size(), 2u);
  EXPECT_TRUE(scan.mentions[0].bound);
  EXPECT_FALSE(scan.mentions[1].bound);
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

// 14 November 2024 was a Thursday.
const DateValue kThursday{2024, 11, 14, amicus::v1::DATE_PRECISION_DAY};
const std::string kDayPrecision = "/" + std::to_string(amicus::v1::DATE_PRECISION_DAY);

std::string OnlyDate(absl::string_view text) {
  DateScan scan = FindDates(text, kThursday);
  if (scan.mentions.size() != 1) return std::to_string(scan.mentions.size()) + " dates";
  const DateValue& d = scan.mentions[0].date;
  return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" +
         std::to_string(d.day) + "/" +
         std::to_string(d.precision);
}

TEST(WeekdayDatesTest, OnAWeekdayIsTheMostRecentOneUpToTheDocumentDate) {
  EXPECT_EQ(OnlyDate("On Monday, the ministry revoked the permits."), "2024-11-11" + kDayPrecision);
  EXPECT_EQ(OnlyDate("the envoy spoke in Geneva on Wednesday"), "2024-11-13" + kDayPrecision);
  EXPECT_EQ(OnlyDate("police raided the office on **Saturday**"), "2024-11-9" + kDayPrecision);
  EXPECT_EQ(OnlyDate("On Thursday, the court ruled."), "2024-11-14" + kDayPrecision);
  EXPECT_EQ(OnlyDate("last Thursday the court ruled"), "2024-11-7" + kDayPrecision);
}

TEST(WeekdayDatesTest, BareWeekdaysAreNotDates) {
  EXPECT_EQ(OnlyDate("Monday's hearing was postponed"), "0 dates");
  EXPECT_EQ(OnlyDate("the vigil is held every Friday"), "0 dates");
  EXPECT_EQ(FindDates("On Monday, the ministry acted.", absl::nullopt).mentions.size(), 0u);
}

}  // namespace
}  // namespace amicus::extract
