// The CLI's argument parsing: what users type becomes the right request.
#include <string>

#include "absl/status/status.h"
#include "cli/date_flags.h"
#include "cli/enum_names.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::cli {
namespace {

using ::testing::HasSubstr;

TEST(DateFlagsTest, AcceptsYearMonthAndDay) {
  absl::StatusOr<v1::Date> year = ParseDateFlag("from", "2019");
  absl::StatusOr<v1::Date> month = ParseDateFlag("from", "2019-03");
  absl::StatusOr<v1::Date> day = ParseDateFlag("from", "2019-03-15");
  ASSERT_TRUE(year.ok() && month.ok() && day.ok());
  EXPECT_EQ(year->year(), 2019);
  EXPECT_EQ(year->month(), 0);
  EXPECT_EQ(month->month(), 3);
  EXPECT_EQ(month->day(), 0);
  EXPECT_EQ(day->year(), 2019);
  EXPECT_EQ(day->month(), 3);
  EXPECT_EQ(day->day(), 15);
}

TEST(DateFlagsTest, AcceptsLeapDayOnlyInLeapYears) {
  EXPECT_TRUE(ParseDateFlag("to", "2020-02-29").ok());
  EXPECT_FALSE(ParseDateFlag("to", "2019-02-29").ok());
}

TEST(DateFlagsTest, RejectsMalformedAndImpossibleDatesNamingTheFlag) {
  for (const char* bad : {"", "19", "2019-3", "2019-03-5", "2019-13",
                          "2019-04-31", "2019-00", "0000", "15/03/2019",
                          "2019-03-15-01", "2019-03-15T00", "soon"}) {
    absl::StatusOr<v1::Date> parsed = ParseDateFlag("from", bad);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument)
        << bad;
    EXPECT_THAT(parsed.status().message(), HasSubstr("--from")) << bad;
  }
}

TEST(DateFlagsTest, FormatsAtTheDatesPrecision) {
  for (const char* text : {"2019", "2019-03", "2019-03-15"}) {
    absl::StatusOr<v1::Date> date = ParseDateFlag("from", text);
    ASSERT_TRUE(date.ok());
    EXPECT_EQ(FormatDate(*date), text);
  }
  EXPECT_EQ(FormatDate(v1::Date()), "undated");
}

TEST(EnumNamesTest, ParsesEveryEventTypeByItsShortName) {
  for (int i = 1; i < v1::EventType_descriptor()->value_count(); ++i) {
    const auto type = static_cast<v1::EventType>(
        v1::EventType_descriptor()->value(i)->number());
    absl::StatusOr<v1::EventType> parsed = ParseEventType(EventTypeName(type));
    ASSERT_TRUE(parsed.ok()) << EventTypeName(type);
    EXPECT_EQ(*parsed, type);
  }
  EXPECT_EQ(*ParseEventType("visa_restriction"),
            v1::EVENT_TYPE_VISA_RESTRICTION);
  EXPECT_EQ(*ParseEventType("Threat"), v1::EVENT_TYPE_THREAT);
}

TEST(EnumNamesTest, RejectsUnknownTypesListingTheValidOnes) {
  absl::StatusOr<v1::EventType> parsed = ParseEventType("bombing");
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(parsed.status().message(), HasSubstr("bombing"));
  EXPECT_THAT(parsed.status().message(), HasSubstr("threat"));
  EXPECT_FALSE(ParseEventType("unspecified").ok());
  EXPECT_FALSE(ParseDocumentKind("unspecified").ok());
}

TEST(EnumNamesTest, ParsesDocumentKinds) {
  EXPECT_EQ(*ParseDocumentKind("joint_letter"), v1::DOCUMENT_KIND_JOINT_LETTER);
  EXPECT_EQ(*ParseDocumentKind("press_release"),
            v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_EQ(DocumentKindName(v1::DOCUMENT_KIND_STATEMENT), "statement");
}

}  // namespace
}  // namespace amicus::cli
