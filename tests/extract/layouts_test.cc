// Extraction rules exercised on documents of the genre in layouts the
// reference seeds do not use: every fixture here is written for the test.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;
using testing::EventContaining;
using testing::MustExtract;
using testing::QuoteContaining;

std::vector<std::pair<std::string, std::string>> Signers(const amicus::v1::Extraction& e) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& set : e.signatory_sets()) {
    for (const auto& s : set.signatories()) out.emplace_back(s.name(), s.country());
  }
  return out;
}

std::string DateOf(const amicus::v1::Date& d) {
  return absl::StrCat(d.year(), "-", d.month(), "-", d.day());
}

// The country field holds a country given in parentheses (FORMAT.md; the
// reference gold keeps "International Commission of Jurists – Kenya"
// whole): a dash suffix stays part of the name.
TEST(LayoutsTest, CountriesAfterADashStayInTheName) {
  auto e = MustExtract(
      "12 February 2025\n\nDear Minister Okafor,\n\nWe, the undersigned organizations, "
      "write to urge you to protect the tribunal's staff.\n\nSincerely,\n\n"
      "Amnesty International \xE2\x80\x93 Kenya\n"
      "Lawyers for Justice \xE2\x80\x93 Nigeria\n"
      "Civic Space Watch - Uganda\n"
      "Open Courts Initiative\n");
  EXPECT_THAT(Signers(e),
              ElementsAre(Pair("Amnesty International \xE2\x80\x93 Kenya", ""),
                          Pair("Lawyers for Justice \xE2\x80\x93 Nigeria", ""),
                          Pair("Civic Space Watch - Uganda", ""),
                          Pair("Open Courts Initiative", "")));
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
  EXPECT_EQ(DateOf(e.document().date()), "2025-2-12");
}

TEST(LayoutsTest, WrappedHyphenatedAndPageBrokenEntriesAreRejoined) {
  auto e = MustExtract(
      "3 May 2024\n\nDear Prosecutor,\n\nWe, the undersigned, support the Court.\n\n"
      "Signed by:\n\n"
      "Alliance of Independent Journalists of the Southern\n"
      "Coast (Chile)\n"
      "Centre for Human Rights Advo-\n"
      "cacy (Ghana)\n"
      "Fair Trials Watch (Spain)\n"
      "\f\n\n\n"
      "Justice Now Collective (India)\n"
      "Organiza?on for Transi?onal Justice (Nepal)\n");
  EXPECT_THAT(Signers(e),
              ElementsAre(Pair("Alliance of Independent Journalists of the Southern Coast", "Chile"),
                          Pair("Centre for Human Rights Advocacy", "Ghana"),
                          Pair("Fair Trials Watch", "Spain"),
                          Pair("Justice Now Collective", "India"),
                          Pair("Organization for Transitional Justice", "Nepal")));
}

constexpr char kRelease[] =
    "Nairobi, 14 March 2024\n\n"
    "The East African Law Society (EALS) condemns the arrest of two lawyers.\n\n"
    "According to Grace Wanjiru, President of the EALS, \xE2\x80\x9Cthe arrests are a "
    "message to every lawyer who takes on a human rights case.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9CWe will not be silenced,\xE2\x80\x9D Wanjiru told reporters outside the "
    "court. \xE2\x80\x9COur members will keep representing their clients.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9CThe charges,\xE2\x80\x9D said Peter Odhiambo, a senior counsel at the "
    "EALS, \xE2\x80\x9C"
    "are an abuse of the criminal law and must be withdrawn.\xE2\x80\x9D\n\n"
    "Odhiambo added: 'The courts must release both lawyers without delay.'\n\n"
    "On 11 March 2024, police arrested the two lawyers at their office in Nairobi.";

TEST(LayoutsTest, AccordingToAndToldReportersWithALaterSurname) {
  auto e = MustExtract(kRelease);
  const auto* according = QuoteContaining(e, "the arrests are a message");
  ASSERT_NE(according, nullptr);
  EXPECT_EQ(according->speaker().name(), "Grace Wanjiru");
  EXPECT_EQ(according->speaker().role(), "President");
  EXPECT_EQ(according->speaker().organization().name(), "East African Law Society");
  const auto* told = QuoteContaining(e, "We will not be silenced");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->speaker().name(), "Grace Wanjiru");
  const auto* follow = QuoteContaining(e, "keep representing their clients");
  ASSERT_NE(follow, nullptr);
  EXPECT_EQ(follow->speaker().name(), "Grace Wanjiru");
}

TEST(LayoutsTest, QuoteSplitAroundItsAttributionAndSingleQuotes) {
  auto e = MustExtract(kRelease);
  const auto* head = QuoteContaining(e, "The charges");
  const auto* tail = QuoteContaining(e, "abuse of the criminal law");
  ASSERT_NE(head, nullptr);
  ASSERT_NE(tail, nullptr);
  EXPECT_EQ(tail->speaker().name(), "Peter Odhiambo");
  EXPECT_EQ(tail->speaker().organization().name(), "East African Law Society");
  const auto* single = QuoteContaining(e, "release both lawyers");
  ASSERT_NE(single, nullptr);
  EXPECT_EQ(single->speaker().name(), "Peter Odhiambo");
}

TEST(LayoutsTest, DocumentListsItsOrganizationsAndPeopleOnce) {
  auto e = MustExtract(kRelease);
  std::vector<std::string> orgs, people;
  for (const auto& o : e.document().organizations()) orgs.push_back(o.name() + "/" + o.acronym());
  for (const auto& p : e.document().people()) people.push_back(p.name());
  EXPECT_THAT(orgs, ::testing::Contains("East African Law Society/EALS"));
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "East African Law Society/EALS"), 1);
  EXPECT_THAT(people, ::testing::UnorderedElementsAre("Grace Wanjiru", "Peter Odhiambo"));
}

TEST(LayoutsTest, RelativeDatesResolveAgainstTheDocumentDate) {
  auto e = MustExtract(
      "Geneva, 22 May 2024\n\n"
      "On May 20, the Prosecutor requested arrest warrants for three officials.\n\n"
      "Last June, the Ministry of Justice threatened to expel the Court's staff.\n\n"
      "Earlier this month, the Senate passed a bill restricting visas for judges.\n\n"
      "Today the Forum for Fair Trials sent a letter to the Security Council.\n\n"
      "At some point the Ministry may act again, officials said.");
  const auto* may20 = EventContaining(e, "On May 20");
  ASSERT_NE(may20, nullptr);
  EXPECT_EQ(DateOf(may20->date()), "2024-5-20");
  EXPECT_EQ(may20->type(), amicus::v1::EVENT_TYPE_WARRANT);
  const auto* june = EventContaining(e, "Last June");
  ASSERT_NE(june, nullptr);
  EXPECT_EQ(DateOf(june->date()), "2023-6-0");
  EXPECT_EQ(june->actors(0).name(), "Ministry of Justice");
  const auto* month = EventContaining(e, "Earlier this month");
  ASSERT_NE(month, nullptr);
  EXPECT_EQ(DateOf(month->date()), "2024-5-0");
  const auto* today = EventContaining(e, "Today the Forum");
  ASSERT_NE(today, nullptr);
  EXPECT_EQ(DateOf(today->date()), "2024-5-22");
  EXPECT_EQ(EventContaining(e, "At some point"), nullptr);
}

TEST(LayoutsTest, UndatedDocumentLeavesRelativeDatesOut) {
  auto e = MustExtract(
      "Rights groups alarmed by new threats\n\n"
      "On May 20, the Prosecutor requested arrest warrants for three officials.\n\n"
      "Last June, the Ministry of Justice threatened to expel the Court's staff.");
  EXPECT_EQ(e.events_size(), 0);
}

TEST(LayoutsTest, HtmlPressReleasePageWithoutItsFurniture) {
  std::string html =
      "<!DOCTYPE html><html><head><title>Forum condemns sanctions | Forum</title>"
      "<script>window.track = function() {};</script></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/donate\">Donate</a></nav>"
      "<article><h1>Forum condemns sanctions on judges</h1>"
      "<p>Brussels, 5 April 2025 \xE2\x80\x93 The Forum for Fair Trials condemned the "
      "sanctions imposed on three judges of the tribunal.</p>"
      "<p>On 2 April 2025, the Ministry of Finance froze the assets of the judges.</p>"
      "<p>\xE2\x80\x9CSanctioning judges for their rulings is an attack on justice,"
      "\xE2\x80\x9D said Ines Duarte, Director of the Forum for Fair Trials.</p>"
      "<div class=\"share\">Share this: Facebook Twitter Email</div></article>"
      "<aside><h2>Related articles</h2><ul><li>Forum welcomes ruling on 3 March 2025</li>"
      "</ul></aside><footer>\xC2\xA9 2025 Forum for Fair Trials. All rights reserved.</footer>"
      "</body></html>";
  auto e = MustExtract(html, "text/html");
  EXPECT_EQ(DateOf(e.document().date()), "2025-4-5");
  EXPECT_EQ(e.document().place(), "Brussels");
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_EQ(e.events(0).type(), amicus::v1::EVENT_TYPE_SANCTION);
  EXPECT_EQ(e.events(0).actors(0).name(), "Ministry of Finance");
  ASSERT_EQ(e.quotes_size(), 1);
  EXPECT_EQ(e.quotes(0).speaker().name(), "Ines Duarte");
  EXPECT_EQ(e.document().text().find("Share this"), std::string::npos);
  EXPECT_EQ(e.document().text().find("Donate"), std::string::npos);
  EXPECT_EQ(html.substr(e.quotes(0).evidence().start_offset(), 20),
            e.quotes(0).evidence().text().substr(0, 20));
}

TEST(LayoutsTest, MultiPagePdfLetterWithASignatoryListAcrossThePageBreak) {
  std::string pdf = testing::MultiPagePdf({
      {"12 February 2025", "", "Dear Minister Okafor,", "",
       "We, the undersigned organizations, write to urge you to protect the",
       "tribunal. On 10 February 2025, the Ministry of Interior revoked the visas",
       "of two investigators.", "", "Sincerely,", "", "Forum for Fair Trials (Belgium)",
       "Society for Civil Rights (Germany)"},
      {"Rule of Law Network (Peru)", "Justice Now Collective (India)"}});
  auto e = Extract("letter.pdf", pdf, "", testing::OptionsWithDictionary());
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
  EXPECT_EQ(DateOf(e->document().date()), "2025-2-12");
  EXPECT_THAT(Signers(*e), ElementsAre(Pair("Forum for Fair Trials", "Belgium"),
                                       Pair("Society for Civil Rights", "Germany"),
                                       Pair("Rule of Law Network", "Peru"),
                                       Pair("Justice Now Collective", "India")));
  const auto* visas = EventContaining(*e, "revoked the visas");
  ASSERT_NE(visas, nullptr);
  EXPECT_EQ(visas->type(), amicus::v1::EVENT_TYPE_VISA_RESTRICTION);
  EXPECT_EQ(visas->actors(0).name(), "Ministry of Interior");
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

using ::testing::UnorderedElementsAre;
using testing::MustExtract;

std::vector<std::string> SignerNames(const amicus::v1::Extraction& e) {
  std::vector<std::string> out;
  for (const auto& set : e.signatory_sets()) {
    for (const auto& s : set.signatories()) out.push_back(s.name());
  }
  return out;
}

// PDF extraction flattens a two-column signature block into lines that
// hold one entry of each column, separated by a wide gap: each entry is
// its own signatory, a wrapped right entry is rejoined, and the page
// number under the list names nobody.
TEST(ColumnsTest, TwoColumnSignatureBlockSplitsIntoEntries) {
  auto e = MustExtract(
      "                                              4 April 2025\n\n"
      "Dear Ambassador Lindqvist,\n\n"
      "We, the undersigned organizations, ask your delegation to defend the\n"
      "independence of the tribunal and of the people who cooperate with it\n"
      "at the coming session of the Assembly of States Parties this year.\n\n"
      "Sincerely,\n\n"
      "Andean Jurists Network                     Observatory for Civic Freedoms\n"
      "Baltic Legal Aid Centre                    Pacific Women Lawyers\n"
      "Coastal Communities Forum                  Regional Network for Transitional\n"
      "                                           Justice (RNTJ)\n\n"
      "                                   2\n");
  EXPECT_THAT(SignerNames(e),
              UnorderedElementsAre("Andean Jurists Network", "Baltic Legal Aid Centre",
                                   "Coastal Communities Forum",
                                   "Observatory for Civic Freedoms", "Pacific Women Lawyers",
                                   "Regional Network for Transitional Justice (RNTJ)"));
}

// Prose with an odd wide gap on one line is not a column block.
TEST(ColumnsTest, ProseWithOneWideGapStaysAParagraph) {
  auto e = MustExtract(
      "The undersigned groups are alarmed by the pressure placed on lawyers\n"
      "and researchers who document crimes for the tribunal in the region.\n"
      "On 3 March 2025, the Ministry of Justice announced   that it would\n"
      "review the registration of every organization that cooperates with\n"
      "the tribunal, a step the undersigned groups condemned the same day.\n"
      "We ask the Council to respond to this measure at its next session.\n");
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_THAT(e.events(0).evidence().text(), ::testing::HasSubstr("review the registration"));
}

}  // namespace
}  // namespace amicus::extract
