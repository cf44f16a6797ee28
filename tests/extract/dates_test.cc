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

namespace amicus::extract {
namespace {

using amicus::v1::DATE_PRECISION_DAY;
using amicus::v1::DATE_PRECISION_MONTH;
using amicus::v1::DATE_PRECISION_YEAR;

std::string DateOf(absl::string_view text, const DateValue& doc) {
  DateScan scan = FindDates(text, doc);
  if (scan.mentions.size() != 1) return std::to_string(scan.mentions.size()) + " dates";
  const DateValue& d = scan.mentions[0].date;
  return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day) +
         "/" + std::to_string(d.precision);
}

const std::string kD = "/" + std::to_string(DATE_PRECISION_DAY);
const std::string kM = "/" + std::to_string(DATE_PRECISION_MONTH);
const std::string kY = "/" + std::to_string(DATE_PRECISION_YEAR);

TEST(RelativeSpansTest, LastWeekIsDatedAsFinelyAsTheWholeWeekAllows) {
  // 2 October 2019 was a Wednesday: the week before ran 23-29 September.
  EXPECT_EQ(DateOf("the bill tabled last week", {2019, 10, 2, DATE_PRECISION_DAY}),
            "2019-9-0" + kM);
  // 9 April 2020 was a Thursday: the week before straddled March and April.
  EXPECT_EQ(DateOf("Last week, the union wrote to the minister",
                   {2020, 4, 9, DATE_PRECISION_DAY}),
            "2020-0-0" + kY);
}

TEST(RelativeSpansTest, TheWeekendStartsOnItsSaturday) {
  // 7 March 2023 was a Tuesday.
  EXPECT_EQ(DateOf("two organisers detained over the weekend", {2023, 3, 7, DATE_PRECISION_DAY}),
            "2023-3-4" + kD);
}

TEST(RelativeSpansTest, ThisMorningIsTheDocumentsDay) {
  EXPECT_EQ(DateOf("The director this morning gave evidence", {2021, 6, 3, DATE_PRECISION_DAY}),
            "2021-6-3" + kD);
}

TEST(RelativeSpansTest, BareAndParenthesizedMonthsTakeTheDocumentYear) {
  DateValue doc{2017, 10, 20, DATE_PRECISION_DAY};
  EXPECT_EQ(DateOf("The draft was made public in mid-June", doc), "2017-6-0" + kM);
  EXPECT_EQ(DateOf("the strike of early March", doc), "2017-3-0" + kM);
  // A month still to come in the document's year is last year's.
  EXPECT_EQ(DateOf("a decree signed in December", doc), "2016-12-0" + kM);
  DateScan scan = FindDates("two reporters, Ana Ruiz (January) and Li Wen (April), were jailed",
                            doc);
  ASSERT_EQ(scan.mentions.size(), 2u);
  EXPECT_EQ(scan.mentions[0].date.month, 1);
  EXPECT_EQ(scan.mentions[1].date.month, 4);
  // "May" the verb stays a verb.
  EXPECT_EQ(DateOf("The court may decide soon", doc), "0 dates");
}

TEST(RelativeSpansTest, AYearLessDateWellAfterTheDocumentsIsLastYears) {
  DateValue doc{2021, 1, 15, DATE_PRECISION_DAY};
  EXPECT_EQ(DateOf("arrested on 20 December at his home", doc), "2020-12-20" + kD);
  EXPECT_EQ(DateOf("released on 3 January", doc), "2021-1-3" + kD);
}

TEST(RelativeSpansTest, CutOffsMetadataAndPurposesAreNotEventDates) {
  DateScan scan = FindDates(
      "As of 31 March, 11 were freed. Date: 2019-05-02. A protest for 5 June was called.",
      DateValue{2019, 5, 2, DATE_PRECISION_DAY});
  ASSERT_EQ(scan.mentions.size(), 3u);
  for (const DateMention& m : scan.mentions) EXPECT_TRUE(m.bound);
}

TEST(RelativeSpansTest, WrappedAndTabbedDatesAreRead) {
  EXPECT_EQ(DateOf("On\n2016-02-02 his laptop was seized", {2017, 1, 1, DATE_PRECISION_DAY}),
            "2016-2-2" + kD);
  EXPECT_EQ(DateOf("the\tSeptember\t2017\tshutdown", {2018, 1, 1, DATE_PRECISION_DAY}),
            "2017-9-0" + kM);
}

}  // namespace
}  // namespace amicus::extract
