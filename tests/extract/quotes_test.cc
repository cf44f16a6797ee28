// Quote extraction, exercised through Extract() on short press releases.
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;
using testing::QuoteContaining;

constexpr char kRelease[] =
    "Geneva, 4 June 2021\n\n"
    "The Geneva Rights Forum (GRF) and the Pacific Lawyers Network (PLN) condemn the "
    "threats against the Court.\n\n"
    "\xE2\x80\x9CThese threats are an attack on the rule of law itself,\xE2\x80\x9D said "
    "Lena Ortiz, Executive Director of the GRF.\n\n"
    "\xE2\x80\x9CWe will not be intimidated,\xE2\x80\x9D Ortiz added. \xE2\x80\x9CThe "
    "Court must be allowed to do its work without fear.\xE2\x80\x9D\n\n"
    "According to Tomas Reyes, Legal Adviser at the PLN, \xE2\x80\x9Cthe sanctions "
    "punish victims who are seeking justice for grave crimes.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9CIt is a dark day for accountability and for every survivor,\xE2\x80\x9D "
    "he said.\n\n"
    "The PLN called the measure \xE2\x80\x9Coutrageous\xE2\x80\x9D in a short note.\n\n"
    "\xE2\x80\x9CNo state should punish judges for doing their job.\n\n"
    "\xE2\x80\x9CWe call on all governments to speak out now,\xE2\x80\x9D said Reyes.";

TEST(QuotesTest, AttributionAfterTheQuoteWithRoleAndOrganization) {
  auto e = MustExtract(kRelease);
  const auto* q = QuoteContaining(e, "an attack on the rule of law");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text(), "These threats are an attack on the rule of law itself,");
  EXPECT_EQ(q->speaker().name(), "Lena Ortiz");
  EXPECT_EQ(q->speaker().role(), "Executive Director");
  EXPECT_EQ(q->speaker().organization().name(), "Geneva Rights Forum");
  EXPECT_EQ(q->cue(), "said");
  EXPECT_EQ(q->date().year(), 2021);
}

TEST(QuotesTest, SurnameAndSplitQuoteResolveToTheFullName) {
  auto e = MustExtract(kRelease);
  const auto* first = QuoteContaining(e, "We will not be intimidated");
  const auto* second = QuoteContaining(e, "must be allowed to do its work");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->speaker().name(), "Lena Ortiz");
  EXPECT_EQ(first->cue(), "added");
  EXPECT_EQ(second->speaker().name(), "Lena Ortiz");
}

TEST(QuotesTest, AttributionBeforeTheQuoteAndPronouns) {
  auto e = MustExtract(kRelease);
  const auto* q = QuoteContaining(e, "the sanctions punish victims");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Tomas Reyes");
  EXPECT_EQ(q->speaker().role(), "Legal Adviser");
  EXPECT_EQ(q->speaker().organization().name(), "Pacific Lawyers Network");
  EXPECT_EQ(q->cue(), "according to");
  const auto* he = QuoteContaining(e, "a dark day for accountability");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->speaker().name(), "Tomas Reyes");
}

// FORMAT.md: each paragraph of a multi-paragraph quote is its own quote,
// both attributed to the speaker named after the last one.
TEST(QuotesTest, EachParagraphOfAQuoteRunningOverParagraphsIsItsOwnQuote) {
  auto e = MustExtract(kRelease);
  const auto* first = QuoteContaining(e, "No state should punish judges");
  const auto* second = QuoteContaining(e, "We call on all governments");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->text(), "No state should punish judges for doing their job.");
  EXPECT_EQ(second->text(), "We call on all governments to speak out now,");
  EXPECT_EQ(first->speaker().name(), "Tomas Reyes");
  EXPECT_EQ(second->speaker().name(), "Tomas Reyes");
}

TEST(QuotesTest, ScareQuotesAreSkipped) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(QuoteContaining(e, "outrageous"), nullptr);
  EXPECT_EQ(e.quotes_size(), 7);
}

TEST(QuotesTest, SingleQuotesAndApostrophes) {
  auto e = MustExtract(
      "\xE2\x80\x98The Court\xE2\x80\x99s independence is not negotiable, and the US\xE2\x80\x99 "
      "pressure will fail\xE2\x80\x99 said Ana Lima, Counsel at the Rights Alliance.");
  const auto* q = QuoteContaining(e, "independence is not negotiable");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text(),
            "The Court\xE2\x80\x99s independence is not negotiable, and the US\xE2\x80\x99 "
            "pressure will fail");
  EXPECT_EQ(q->speaker().name(), "Ana Lima");
  EXPECT_EQ(q->speaker().organization().name(), "Rights Alliance");
}

// A body is a speaker only of its own document's words: here the issuer
// quotes its letter. (FORMAT.md: other quotes attributed only to an
// organization are no quotes; see OrganizationsThatAreNotIssuers...)
TEST(QuotesTest, StraightQuotesAndTheIssuersLetterWithAcronyms) {
  auto e = MustExtract(
      "The Coalition for Judicial Independence (CJI) condemns the attacks on the tribunal "
      "and today wrote to the minister to demand that they stop.\n\n"
      "\"We are appalled that your government has chosen to undermine the tribunal,\" "
      "wrote the CJI in the letter.");
  const auto* q = QuoteContaining(e, "We are appalled");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Coalition for Judicial Independence");
  EXPECT_EQ(q->cue(), "wrote");
  EXPECT_LT(q->confidence(), 0.5);
}

TEST(QuotesTest, TitledSpeakerBeforeTheQuote) {
  auto e = MustExtract(
      "On 2 May 2022, Interior Minister Karl Brandt called for \xE2\x80\x9C"
      "sanctions against the court, its staff and its supporters.\xE2\x80\x9D");
  const auto* q = QuoteContaining(e, "sanctions against the court");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Karl Brandt");
  EXPECT_EQ(q->speaker().role(), "Interior Minister");
}

TEST(QuotesTest, EvidenceSliceOfTheOriginalHoldsTheQuote) {
  std::string content = kRelease;
  auto e = MustExtract(content);
  for (const auto& q : e.quotes()) {
    const auto& span = q.evidence();
    ASSERT_LE(span.end_offset(), static_cast<int64_t>(content.size()));
    std::string slice = content.substr(span.start_offset(),
                                       span.end_offset() - span.start_offset());
    EXPECT_EQ(slice, span.text());
    EXPECT_NE(span.text().find(q.text().substr(0, 20)), std::string::npos);
  }
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

TEST(QuotesTest, OwnerPossessiveBeforeATitledName) {
  auto e = testing::MustExtract(
      "\xE2\x80\x9CThe sanctions are an assault on international justice,\xE2\x80\x9D said "
      "Justice Watch\xE2\x80\x99s Executive Director Mara Quint.");
  const auto* q = testing::QuoteContaining(e, "assault on international justice");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Mara Quint");
  EXPECT_EQ(q->speaker().role(), "Executive Director");
  EXPECT_EQ(q->speaker().organization().name(), "Justice Watch");
}

TEST(QuotesTest, CourtesyTitleIsNotTheSpeaker) {
  auto e = MustExtract(
      "GENEVA, 3 April 2024 \xE2\x80\x93 The detention must end.\n\n"
      "\xE2\x80\x98Reprisals against lawyers must stop,\xE2\x80\x99 said Dr. Petra K. Vallen, "
      "Secretary General of the Lawyers Forum.\n");
  const auto* q = QuoteContaining(e, "Reprisals against lawyers");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Petra K. Vallen");
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

using testing::MustExtract;
using testing::QuoteContaining;

// Abbreviated titles and given names ("Atty.", "Ma.", "Gen.", initials)
// end no sentence, and a shortened given name stays part of the name.
TEST(AbbreviatedNamesTest, TitlesAndShortGivenNamesDoNotCutTheAttribution) {
  auto e = MustExtract(
      "Cebu City, 8 April 2025\n\n"
      "\xE2\x80\x9CThe raid on our office was meant to frighten every witness,\xE2\x80\x9D "
      "said Atty. Ma. Teodora P. Lacson, counsel of the Visayas Legal Aid Circle. "
      "\xE2\x80\x9CWe will keep filing our reports.\xE2\x80\x9D\n\n"
      "Ret. Gen. Arturo V. Dimalanta denied that soldiers took part in the raid.\n");
  const auto* q = QuoteContaining(e, "frighten every witness");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ma. Teodora P. Lacson");
  const auto* second = QuoteContaining(e, "keep filing");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker().name(), "Ma. Teodora P. Lacson");
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

using testing::MustExtract;
using testing::QuoteContaining;

// "X, <role>, said:" ending a paragraph attributes the quotation that
// opens the next paragraph, with the role taken from the appositive.
TEST(IntroducedQuotesTest, SaidWithAColonIntroducesTheNextParagraph) {
  auto e = MustExtract(
      "Nairobi, 2 July 2025\n\n"
      "Reacting to the expulsion of the tribunal's liaison officer, Wanjiru Odhiambo, "
      "the Lake Region Justice Forum's head of advocacy, said:\n\n"
      "\xE2\x80\x9C" "Expelling the officer tells every witness that cooperation has a price. "
      "The decision must be reversed.\xE2\x80\x9D\n\n"
      "Forum Director Samuel K. Achieng said:\n\n"
      "\xE2\x80\x9C" "We will raise the expulsion at the next session of the Assembly.\xE2\x80\x9D\n");
  const auto* first = QuoteContaining(e, "cooperation has a price");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->speaker().name(), "Wanjiru Odhiambo");
  const auto* second = QuoteContaining(e, "next session of the Assembly");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker().name(), "Samuel K. Achieng");
}

}  // namespace
}  // namespace amicus::extract
