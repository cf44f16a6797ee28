#include "extract/document_info.h"

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;

TEST(DocumentInfoTest, DateLineAndDatelinePlace) {
  auto e = MustExtract(
      "FOR IMMEDIATE RELEASE\n\nApril 9, 2021\n\n"
      "Forum Urges Senate to Reject Sanctions Bill\n\n"
      "NAIROBI \xE2\x80\x94 The Africa Justice Forum (AJF) today urged the Senate to reject "
      "a bill that would sanction judges of the regional court.");
  EXPECT_EQ(e.document().date().year(), 2021);
  EXPECT_EQ(e.document().date().month(), 4);
  EXPECT_EQ(e.document().date().day(), 9);
  EXPECT_EQ(e.document().place(), "Nairobi");
  EXPECT_EQ(e.document().title(), "Forum Urges Senate to Reject Sanctions Bill");
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
  ASSERT_GE(e.document().issuers_size(), 1);
  EXPECT_EQ(e.document().issuers(0).name(), "Africa Justice Forum");
  EXPECT_EQ(e.document().issuers(0).acronym(), "AJF");
}

TEST(DocumentInfoTest, CityAndDateOnOneLine) {
  auto e = MustExtract(
      "Brussels, 3 February 2022\n\nYour Excellency,\n\nWe, the undersigned organizations, "
      "write to you about the threats against the Court.\n\nSincerely,\n\n"
      "Alpha Rights\nBeta Watch\nGamma Forum (Belgium)\n");
  EXPECT_EQ(e.document().place(), "Brussels");
  EXPECT_EQ(e.document().date().year(), 2022);
  EXPECT_EQ(e.document().date().day(), 3);
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
}

TEST(DocumentInfoTest, NoDateLineMeansNoDocumentDate) {
  auto e = MustExtract(
      "Court must be protected\n\nThe Forum said on 2 March 2020 that the threats "
      "against the Court were unacceptable and must stop at once.");
  EXPECT_FALSE(e.document().has_date());
  EXPECT_EQ(e.document().place(), "");
}

TEST(DocumentInfoTest, StatementsAreRecognizedByTheirHeading) {
  auto e = MustExtract(
      "Joint statement on the protection of human rights defenders\n\n"
      "We, civil society organizations from the region, express our concern at the new law.");
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_STATEMENT);
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

TEST(DocumentInfoTest, DatelineWithTheDateInParentheses) {
  auto e = testing::MustExtract(
      "Forum condemns arrest of lawyers\n\n"
      "KAMPALA (7 October 2022) \xE2\x80\x93 The Forum condemned the arrest of four lawyers "
      "who represent victims before the Court.");
  EXPECT_EQ(e.document().place(), "Kampala");
  EXPECT_EQ(e.document().date().year(), 2022);
  EXPECT_EQ(e.document().date().month(), 10);
  EXPECT_EQ(e.document().date().day(), 7);
}

}  // namespace
}  // namespace amicus::extract
