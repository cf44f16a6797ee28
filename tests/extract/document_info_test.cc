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

// A lead whose subject hides the issuer ("X and its partners launched
// ...") leaves the release's closing "About X" section to name it, and
// "we" in the release is X; "About us" and a sentence opening with
// "About" name no one.
TEST(DocumentInfoTest, TheAboutSectionNamesTheIssuer) {
  auto e = MustExtract(
      "Campaign for open networks launched\n\n"
      "May 4, 2022 \xE2\x80\x93 Open Wire Alliance and its partners launched a campaign "
      "today for encrypted messaging in schools, libraries and public offices.\n\n"
      "In March 2019, we published a survey of school networks in nine countries.\n\n"
      "About Open Wire Alliance\n\n"
      "Open Wire Alliance works for private and secure communications for everyone.\n");
  ASSERT_EQ(e.document().issuers_size(), 1);
  EXPECT_EQ(e.document().issuers(0).name(), "Open Wire Alliance");
  const amicus::v1::Event* founded = testing::EventContaining(e, "we published a survey");
  ASSERT_NE(founded, nullptr);
  ASSERT_GT(founded->actors_size(), 0);
  EXPECT_EQ(founded->actors(0).name(), "Open Wire Alliance");

  auto none = MustExtract(
      "Campaign for open networks launched\n\n"
      "May 4, 2022 \xE2\x80\x93 Activists and their partners launched a campaign today "
      "for encrypted messaging in schools, libraries and public offices.\n\n"
      "About us\n\nWe work for private communications.\n\n"
      "About 300 People Joined\n\nThe campaign grew.\n");
  EXPECT_EQ(none.document().issuers_size(), 0);
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

// A date the body mentions is not the document's. (This test used to
// expect no date for a lead "The Forum said on 2 March 2020 that ...": a
// relaying lead dating the statement it reports is the document's stated
// date in the reference gold, see RelayingLeadDatesTheStatement.)
TEST(DocumentInfoTest, NoDateLineMeansNoDocumentDate) {
  auto e = MustExtract(
      "Court must be protected\n\nThe Forum condemned the threats against the Court, "
      "which began on 2 March 2020, and said they must stop at once.\n\n"
      "On 5 March 2020 the Forum wrote to the minister.");
  EXPECT_FALSE(e.document().has_date());
  EXPECT_EQ(e.document().place(), "");
}

TEST(DocumentInfoTest, RelayingLeadDatesTheStatement) {
  auto e = MustExtract(
      "The authorities should drop the charges against the five defenders, the Forum "
      "said on 2 March 2020. The defenders were arrested in 2019.");
  EXPECT_EQ(e.document().date().month(), 3);
  EXPECT_EQ(e.document().date().day(), 2);
}

TEST(DocumentInfoTest, HeaderDatesOfPages) {
  auto e = MustExtract(
      "Mar 2, 2021 | News\nToday, the Forum called on the government to release the "
      "journalists detained since January and to drop all charges against them.");
  EXPECT_EQ(e.document().date().day(), 2);
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_NE(e.document().title(), "Mar 2, 2021 | News");
  e = MustExtract(
      "11/28/2024 | Press release | Distributed by Wire on 11/28/2024 11:27\n"
      "Forum alarmed by the suspension of three organisations\n"
      "The Forum is deeply alarmed by the suspension of three human rights organisations "
      "and calls for the decision to be reversed.");
  EXPECT_EQ(e.document().date().month(), 11);
  EXPECT_EQ(e.document().date().day(), 28);
  EXPECT_EQ(e.document().title(), "Forum alarmed by the suspension of three organisations");
}

TEST(DocumentInfoTest, DatelinesOfManyPlacesAndInParentheses) {
  auto e = MustExtract(
      "Lima, Quito, Paris, 25 February 2021. We, the Andean Forum and the Paris "
      "Federation, today launch a campaign against impunity for enforced disappearances.");
  EXPECT_EQ(e.document().place(), "Lima, Quito, Paris");
  EXPECT_EQ(e.document().date().day(), 25);
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
  e = MustExtract(
      "Country must arrest the visitor\n\n(Kampala, April 4, 2025) \xE2\x80\x93 The "
      "government must arrest the visiting suspect, the Forum said today.");
  EXPECT_EQ(e.document().place(), "Kampala");
  EXPECT_EQ(e.document().date().day(), 4);
}

TEST(DocumentInfoTest, TheTextsOwnDateLineBeatsTheRepostsFrontMatter) {
  auto e = MustExtract(
      "---\nTitle: Writers condemn the killings\nPublished: 2016-05-01 22:48:25 +06:00\n---\n\n"
      "<strong>27.4.2016</strong>\n\nWe condemn the killings of four writers this month "
      "and demand protection for those in danger.\n",
      "text/markdown");
  EXPECT_EQ(e.document().date().month(), 4);
  EXPECT_EQ(e.document().date().day(), 27);
  EXPECT_EQ(e.document().title(), "Writers condemn the killings");
}

TEST(DocumentKindTest, SievesFromBannerToTense) {
  using amicus::v1::DOCUMENT_KIND_JOINT_LETTER;
  using amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
  using amicus::v1::DOCUMENT_KIND_STATEMENT;
  // A UN body leading is a statement, whatever the page calls it.
  EXPECT_EQ(MustExtract("NEWS RELEASE\n\nGENEVA (3 May 2021) \xE2\x80\x93 United Nations "
                        "human rights experts today called on the authorities to release "
                        "the detained lawyers at once.")
                .document()
                .kind(),
            DOCUMENT_KIND_STATEMENT);
  // A banner declares the kind.
  EXPECT_EQ(MustExtract("JOINT STATEMENT\n\nThe undersigned organisations call on the "
                        "Council to renew the mandate of the expert group this session.")
                .document()
                .kind(),
            DOCUMENT_KIND_STATEMENT);
  // A letter from one organisation to an addressee.
  EXPECT_EQ(MustExtract("Your Excellencies,\n\nWe the 40 undersigned organisations write to "
                        "urge you to release the journalists detained in your countries.")
                .document()
                .kind(),
            DOCUMENT_KIND_JOINT_LETTER);
  // A statement a few parties endorse, listed after a signing cue, is a
  // joint one however short the list.
  EXPECT_EQ(MustExtract("Statement on the protest law\n\nLima, 3 April 2024\n\nThis "
                        "statement is endorsed by the following organisations: Centro de "
                        "Derechos Humanos, Observatorio Ciudadano, and Front Line Defenders.\n\n"
                        "The organisations urge Parliament to repeal the law.\n")
                .document()
                .kind(),
            DOCUMENT_KIND_JOINT_LETTER);
  // A site's filing in the front matter.
  EXPECT_EQ(MustExtract("---\ntitle: Experts welcome the vote\ncategory:\n  - Media releases\n"
                        "---\nDigital rights experts have welcomed the vote against the bill "
                        "in the Senate today.\n",
                        "text/markdown")
                .document()
                .kind(),
            DOCUMENT_KIND_PRESS_RELEASE);
  // The organisation speaking in its own voice, nobody quoted.
  EXPECT_EQ(MustExtract("Network condemns conviction of observer\n\nThe Network strongly "
                        "condemns the conviction of the observer and calls for his release "
                        "and the end of all reprisals.")
                .document()
                .kind(),
            DOCUMENT_KIND_STATEMENT);
  // A release reports what was done.
  EXPECT_EQ(MustExtract("Groups urge nations to call for release\n\nRights groups wrote to "
                        "the governments of forty states urging them to call for the release "
                        "of the defender.")
                .document()
                .kind(),
            DOCUMENT_KIND_PRESS_RELEASE);
  // A report on a statement with its spokespeople quoted is a release.
  EXPECT_EQ(MustExtract("Joint Statement: Council should act on reprisals\n\nA statement "
                        "calling on the Council to act on reprisals has been signed by more "
                        "than 50 organisations, the Forum said today.\n\n\xE2\x80\x9CThe "
                        "Council must act now,\xE2\x80\x9D said Jane Doe, director of the "
                        "Forum.")
                .document()
                .kind(),
            DOCUMENT_KIND_PRESS_RELEASE);
}

TEST(DocumentTitleTest, FurnitureAndTeasersAreSkipped) {
  auto e = MustExtract(
      "Posts Tagged 'lawyers'\n\nFloods: Help the displaced families now\n\n"
      "Forum condemns the arrest of lawyers in the capital\n\nApril 9, 2020\n\n"
      "The Forum condemned the arrest of four lawyers in the capital and called for their "
      "release.");
  EXPECT_EQ(e.document().title(), "Forum condemns the arrest of lawyers in the capital");
  e = MustExtract(
      "Forum condemns arrest of lawyers | The Forum\n\nForum condemns arrest of lawyers\n\n"
      "The Forum condemned the arrest of four lawyers in the capital and called for their "
      "release.",
      "text/plain");
  EXPECT_EQ(e.document().title(), "Forum condemns arrest of lawyers");
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

namespace amicus::extract {
namespace {

TEST(DocumentInfoTest, IssuersPastOfficesAndClauses) {
  auto e = testing::MustExtract(
      "Jane Roe, President of the Northern Bar Association, wrote to the Prime Minister "
      "to raise the cases of the detained lawyers and seek his support.");
  ASSERT_GE(e.document().issuers_size(), 1);
  EXPECT_EQ(e.document().issuers(0).name(), "Northern Bar Association");
  e = testing::MustExtract(
      "The authorities should quash the convictions of four members of the Regional Rights "
      "and Development Association (RRDA), the Global Rights Watch said today in a statement.");
  ASSERT_EQ(e.document().issuers_size(), 1);
  EXPECT_EQ(e.document().issuers(0).name(), "Global Rights Watch");
}

// A name with no word such as Watch or Network issues the release when
// the document introduces its staff ("Open Voice’s director").
TEST(DocumentInfoTest, AnIssuerKnownByItsStaff) {
  const std::string lead =
      "Open Voice today called on the authorities of Veloria to free the twelve activists "
      "held since the protest.\n\n";
  auto e = testing::MustExtract(lead + "\xE2\x80\x9C" "Free them now,\xE2\x80\x9D said Lina "
                                "Haddad, Open Voice\xE2\x80\x99s regional director.\n");
  ASSERT_EQ(e.document().issuers_size(), 1);
  EXPECT_EQ(e.document().issuers(0).name(), "Open Voice");
  EXPECT_EQ(testing::MustExtract(lead).document().issuers_size(), 0);
}

}  // namespace
}  // namespace amicus::extract
