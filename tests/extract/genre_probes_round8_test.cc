// The eighth round of probes of the genre: short documents written for
// these tests (invented names, organisations and places) on the
// document's kind, its date line and the signers' layouts rounds 1 to 7
// left: a release signed by its own officers, a witness quoted in a
// blog post, a joint statement with no list, day-first slash dates,
// "Last updated" lines, city and region columns, dotted lines. One test
// per rule, each with the case that must not change.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using amicus::v1::DOCUMENT_KIND_JOINT_LETTER;
using amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
using amicus::v1::DOCUMENT_KIND_STATEMENT;
using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

// "SIGNED:" over "Name - Co-Convener" lines: one organisation's officers
// sign its press statement, which speaks of the organisation in the third
// person. Before, the block made it a joint letter. A list of bodies
// under "Signed by:" still makes one.
TEST(GenreProbesRound8Test, OfficersSignatureBlockMakesARelease) {
  auto e = MustExtract(
      "FORUM HAILS RELEASE OF DETAINED ACTIVISTS\n\n"
      "The Forum for Justice and Rule of Law (FJRL) is delighted by the release on bail of the "
      "six activists arrested in Belmont last month.\n\n"
      "We call on the authorities to drop all charges against them and to end the harassment "
      "of peaceful protesters.\n\n"
      "SIGNED:\n\n"
      "Amara Kone - Co-Convener\n\nTobias Renn - Programme Officer\n\n"
      "Ilse Marten - Co-Convener\n\nJonas Wilde - Co-Convener\n");
  EXPECT_EQ(e.document().kind(), DOCUMENT_KIND_PRESS_RELEASE);
  auto joint = MustExtract(
      "Veloria must release detained activists\n\n"
      "We call on the authorities of Veloria to drop all charges against the six activists "
      "arrested in Belmont last month.\n\n"
      "Signed by:\n\n"
      "Forum for Justice and Rule of Law\nCoastal Rights Network\nAndean Legal Aid\n"
      "Free Press Union\nLima Press Collective\n");
  EXPECT_EQ(joint.document().kind(), DOCUMENT_KIND_JOINT_LETTER);
}

// "as Jane says herself, she “…”": a blog post citing a witness by bare
// name inside a sentence is no newsroom's release. Before, any named
// person's quote made one. A spokesperson quoted in a sentence of its
// own ("“…,” said Name.") still does.
TEST(GenreProbesRound8Test, WitnessQuotedInASentenceMakesNoRelease) {
  const std::string head =
      "Solidarity with the detained observers\n\n"
      "The Election Watch Network condemns the detention of three election observers in "
      "Veloria, who were held on 2 May 2025 while monitoring the count.\n\n";
  auto witness = MustExtract(head +
                             "One of them, as Ilse Marten says herself, was \xE2\x80\x9Conly "
                             "writing down numbers\xE2\x80\x9D when police arrived.\n");
  ASSERT_NE(QuoteContaining(witness, "only writing down numbers"), nullptr);
  EXPECT_EQ(witness.document().kind(), DOCUMENT_KIND_STATEMENT);
  auto spokesperson = MustExtract(head +
                                  "\xE2\x80\x9CObservers are not criminals,\xE2\x80\x9D said "
                                  "Ilse Marten.\n");
  EXPECT_EQ(spokesperson.document().kind(), DOCUMENT_KIND_PRESS_RELEASE);
}

// "Joint statement on X" whose lead names the organisations issuing it:
// a statement issued jointly by several parties (FORMAT.md's
// joint_letter). Before, the heading made it a statement whatever its
// lead. One body's statement stays a statement.
TEST(GenreProbesRound8Test, JointStatementOfOrganisationsTheLeadNames) {
  auto e = MustExtract(
      "Joint statement on the arrest of Samir Tal\n\n"
      "Open Press Watch, the Digital Freedom League and the Andean Legal Aid condemn the arrest "
      "of blogger Samir Tal on 8 May 2025 and call for his immediate release.\n\n"
      "Samir Tal was detained after he criticised a government minister online.\n");
  EXPECT_EQ(e.document().kind(), DOCUMENT_KIND_JOINT_LETTER);
  auto one = MustExtract(
      "Statement on the closure of the Belmont Legal Clinic\n\n"
      "The Veloria Bar Council is deeply alarmed by the decision of the Ministry of Justice to "
      "close the Belmont Legal Clinic, which gave free legal advice to thousands.\n\n"
      "We urge the Ministry to reverse its decision without delay.\n");
  EXPECT_EQ(one.document().kind(), DOCUMENT_KIND_STATEMENT);
}

struct KindProbe {
  const char* shape;
  const char* text;
  amicus::v1::DocumentKind kind;
};

// Shapes of each kind the earlier rounds had not tried; most were read
// right before this round and guard the rules above.
TEST(GenreProbesRound8Test, KindsOfOtherShapes) {
  const std::vector<KindProbe> probes = {
      {"a release about a joint letter",
       "Rights groups urge Veloria to free detained reporters\n\n"
       "Belmont, 4 June 2025 - Twelve press freedom organisations wrote to the Prime Minister "
       "of Veloria today, calling for the release of four reporters held since March.\n\n"
       "\xE2\x80\x9C" "Every week behind bars is a warning to their colleagues,\xE2\x80\x9D said "
       "Mara Ostrander, Advocacy Director at Open Press Watch.\n\n"
       "The joint letter, signed by the twelve groups, asks the government to drop all "
       "charges.\n",
       DOCUMENT_KIND_PRESS_RELEASE},
      {"a release in the past tense, no quote",
       "Court ruling on protest law welcomed\n\n"
       "Open Voices Watch welcomed on Tuesday a ruling by the Constitutional Court of Veloria "
       "that struck down parts of the public order law.\n\n"
       "The court found on 3 June 2025 that the ban on spontaneous assemblies violated the "
       "constitution.\n",
       DOCUMENT_KIND_PRESS_RELEASE},
      {"a statement of one organisation, signed by it",
       "Statement on the closure of the Belmont Legal Clinic\n\n"
       "The Veloria Bar Council is deeply alarmed by the decision of the Ministry of Justice to "
       "close the Belmont Legal Clinic.\n\n"
       "We urge the Ministry to reverse its decision without delay.\n\nVeloria Bar Council\n",
       DOCUMENT_KIND_STATEMENT},
      {"a statement in the organisation's own voice",
       "Veloria: free the observers\n\n"
       "The Election Watch Network condemns the detention of three observers and calls for "
       "their immediate release.\n\nWe stand with them and with their families.\n",
       DOCUMENT_KIND_STATEMENT},
      {"a UN press briefing note",
       "Press briefing notes on Veloria\n\n"
       "Spokesperson for the UN High Commissioner for Human Rights: Lena Sorvik\n\n"
       "Geneva, 14 June 2025\n\n"
       "We are deeply concerned by the arrest of at least 40 protesters in Veloria over the "
       "past week. We urge the authorities to release all those detained.\n",
       DOCUMENT_KIND_STATEMENT},
      {"UN experts' news release",
       "Veloria: UN experts alarmed by arrests of lawyers\n\n"
       "GENEVA (14 June 2025) - UN experts today called on Veloria to release five lawyers "
       "detained for defending protesters.\n",
       DOCUMENT_KIND_STATEMENT},
      {"an open letter to a company",
       "Open letter to Streamly on end-to-end encryption\n\n"
       "Dear Ms. Harlow,\n\n"
       "We write to urge Streamly to keep end-to-end encryption on by default for every "
       "user.\n\nSincerely,\n\nOpen Press Watch\nDigital Freedom League\n",
       DOCUMENT_KIND_JOINT_LETTER},
      {"a letter of one organisation to a minister",
       "To the Minister of the Interior\n\n"
       "Dear Minister Varro,\n\n"
       "Open Voices Watch writes to express concern about the draft law on foreign funding of "
       "associations.\n\nYours sincerely,\n\nJonas Wilde\nExecutive Director, Open Voices "
       "Watch\n",
       DOCUMENT_KIND_JOINT_LETTER},
      {"\"the undersigned\" with no list",
       "Veloria must end reprisals against lawyers\n\n"
       "We, the undersigned organisations, are alarmed by the disbarment of five human rights "
       "lawyers in Veloria on 20 April 2025.\n\nWe call on the Bar Association to reinstate "
       "them.\n",
       DOCUMENT_KIND_JOINT_LETTER},
      {"\"We, A, B and C\"",
       "Free Samir Tal\n\n"
       "We, Open Press Watch, the Digital Freedom League and Andean Legal Aid, call for the "
       "release of blogger Samir Tal.\n",
       DOCUMENT_KIND_JOINT_LETTER},
  };
  for (const KindProbe& p : probes) {
    EXPECT_EQ(MustExtract(p.text).document().kind(), p.kind) << p.shape;
  }
}

std::string DateOf(const std::string& text) {
  auto e = MustExtract(text);
  if (!e.document().has_date()) return "none";
  const auto& d = e.document().date();
  return std::to_string(d.year()) + "-" + std::to_string(d.month()) + "-" +
         std::to_string(d.day());
}

constexpr const char kBody[] =
    "The Press Guild condemned the closure of Radio Libre.\n\n"
    "Police raided the station on 2 May 2024.\n";

// "12/05/2024" in a text that writes its dates day first ("2 May 2024")
// is the 12th of May, as outside the United States. Before, a slash date
// was always month first. In a text that writes "May 2, 2024" it stays
// the 5th of December, and "12/25/2024" can only be month first.
TEST(GenreProbesRound8Test, AmbiguousSlashDateReadsInTheTextsOrder) {
  EXPECT_EQ(DateOf(std::string("Guild condemns closure\n\n12/05/2024\n\n") + kBody), "2024-5-12");
  EXPECT_EQ(DateOf(std::string("Guild condemns closure\n\nGeneva, 12/05/2024 - ") + kBody),
            "2024-5-12");
  EXPECT_EQ(DateOf("Guild condemns closure\n\n12/05/2024\n\n"
                   "The Press Guild condemned the closure of Radio Libre.\n\n"
                   "Police raided the station on May 2, 2024.\n"),
            "2024-12-5");
  EXPECT_EQ(DateOf(std::string("Guild condemns closure\n\n12/25/2024\n\n") + kBody),
            "2024-12-25");
}

// "Last updated: 20 June 2024" above "Published 12 May 2024": the
// revision's date yields to the publication's (FORMAT.md: the document's
// own date). Before, the first date line won. Alone, it still dates the
// document.
TEST(GenreProbesRound8Test, LastUpdatedYieldsToThePublicationDate) {
  EXPECT_EQ(DateOf(std::string("Guild condemns closure\n\nLast updated: 20 June 2024\n\n"
                               "Published 12 May 2024\n\n") +
                   kBody),
            "2024-5-12");
  EXPECT_EQ(DateOf(std::string("Guild condemns closure\n\n") + kBody +
                   "\nLast updated: 20 June 2024\n"),
            "2024-6-20");
}

// Date lines of other publishers that were already read right: a guard.
TEST(GenreProbesRound8Test, OtherPublishersDateLines) {
  const std::string title = "Guild condemns closure\n\n";
  EXPECT_EQ(DateOf(title + "Published: 12.05.2024\n\n" + kBody), "2024-5-12");
  EXPECT_EQ(DateOf(title + "May 12, 2024\n\n" + kBody), "2024-5-12");
  EXPECT_EQ(DateOf(title + "Posted on 12 May 2024 by Ana Ruiz\n\n" + kBody), "2024-5-12");
  EXPECT_EQ(DateOf(title + "Published: 12.05.2024 | Updated: 14.05.2024\n\n" + kBody),
            "2024-5-12");
  EXPECT_EQ(DateOf(title + kBody + "\nPublished on 12 May 2024\n"), "2024-5-12");
  auto letter = MustExtract(
      "Letter to the Minister\n\nDear Minister,\n\n"
      "We write about the closure of Radio Libre, raided on 2 May 2024.\n\n"
      "Sincerely,\n\nPress Guild\nMedia Watch Collective\n\nGeneva, 12 May 2024\n");
  EXPECT_EQ(letter.document().date().day(), 12);
  EXPECT_EQ(letter.document().place(), "Geneva");
}

constexpr const char kLetterHead[] =
    "Veloria: end the crackdown on civil society\n\n12 May 2025\n\n"
    "We, the undersigned organisations, call on the authorities of Veloria to reopen the "
    "three rights groups closed on 2 May 2025.\n\nSigned by:\n\n";

// "Org, City, Country" and "Org – City, Country": the city is no part of
// the name and no country (FORMAT.md). Before, it stayed in the name. A
// single comma in one name of a plain country column stays.
TEST(GenreProbesRound8Test, CityBeforeTheCountryColumn) {
  auto e = MustExtract(std::string(kLetterHead) +
                       "Coastal Rights Network, Mombasa, Kenya\nAndean Legal Aid, Lima, Peru\n"
                       "Free Press Union, Accra, Ghana\n");
  EXPECT_EQ(SignerNames(e),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); ");
  auto dashed = MustExtract(std::string(kLetterHead) +
                            "Coastal Rights Network \xE2\x80\x93 Mombasa, Kenya\n"
                            "Andean Legal Aid \xE2\x80\x93 Lima, Peru\n"
                            "Free Press Union \xE2\x80\x93 Accra, Ghana\n");
  EXPECT_EQ(SignerNames(dashed),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); ");
  auto plain = MustExtract(std::string(kLetterHead) +
                           "Coastal Rights Network, Kenya\nAndean Legal Aid, Peru\n"
                           "Free Press Union, Ghana\nLawyers for Peace, Justice, Uganda\n");
  EXPECT_EQ(SignerNames(plain),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); "
            "Lawyers for Peace, Justice (Uganda); ");
}

// "Org / Country" sets a country column off with a slash. Before, the
// slash and the country stayed in the name. One "A / B" name among plain
// names is a name.
TEST(GenreProbesRound8Test, SlashCountryColumn) {
  auto e = MustExtract(std::string(kLetterHead) +
                       "Coastal Rights Network / Kenya\nAndean Legal Aid / Peru\n"
                       "Free Press Union / Ghana\n");
  EXPECT_EQ(SignerNames(e),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); ");
  auto name = MustExtract(std::string(kLetterHead) +
                          "Coastal Rights Network\nAndean Legal Aid / Peru\nFree Press Union\n");
  EXPECT_EQ(SignerNames(name),
            "Coastal Rights Network; Andean Legal Aid / Peru; Free Press Union; ");
}

// "A · B · C" (or "A • B") on one line, under "Signed by:" or after it on
// its line: each is a signer. Before, the line was one signer, or only
// its first name was. A line without dots is unchanged.
TEST(GenreProbesRound8Test, DottedLineOfSigners) {
  auto below = MustExtract(std::string(kLetterHead) +
                           "Coastal Rights Network \xC2\xB7 Andean Legal Aid \xC2\xB7 "
                           "Free Press Union\n");
  EXPECT_EQ(SignerNames(below), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
  auto inline_list = MustExtract(
      "Veloria: end the crackdown on civil society\n\n12 May 2025\n\n"
      "We, the undersigned organisations, call on the authorities of Veloria to reopen the "
      "three rights groups closed on 2 May 2025.\n\n"
      "Signed by: Coastal Rights Network \xE2\x80\xA2 Andean Legal Aid \xE2\x80\xA2 Free Press "
      "Union\n");
  EXPECT_EQ(SignerNames(inline_list),
            "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
  auto lines = MustExtract(std::string(kLetterHead) +
                           "Coastal Rights Network\nAndean Legal Aid\nFree Press Union\n");
  EXPECT_EQ(SignerNames(lines), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
}

// "Name, Regional" / "Name – International" in a country column: a scope,
// no country; it leaves the name. Before, a comma column holding regions
// was no column at all, and a dash column gave the region as the country.
// A body whose own name ends in "International" keeps it.
TEST(GenreProbesRound8Test, RegionInACountryColumnIsNoCountry) {
  auto e = MustExtract(std::string(kLetterHead) +
                       "Coastal Rights Network, Kenya\nAndean Legal Aid, Regional\n"
                       "Free Press Union, International\nLima Press Collective, Peru\n");
  EXPECT_EQ(SignerNames(e),
            "Coastal Rights Network (Kenya); Andean Legal Aid; Free Press Union; "
            "Lima Press Collective (Peru); ");
  auto own = MustExtract(std::string(kLetterHead) +
                         "Coastal Rights Network, Kenya\nPress Freedom International\n"
                         "Andean Legal Aid, Peru\nFree Press Union, Ghana\n");
  EXPECT_EQ(SignerNames(own),
            "Coastal Rights Network (Kenya); Press Freedom International; Andean Legal Aid "
            "(Peru); Free Press Union (Ghana); ");
}

// "— Tomas Berg, Ana Ruiz's lawyer": a person's lawyer, not an
// organization's staff. Before, "Ana Ruiz" was given as his organization.
// "— Lea Marsh, Open Press Watch's director" still names the body.
TEST(GenreProbesRound8Test, PersonsLawyerNamesNoOrganization) {
  auto e = MustExtract(
      "<html><body><h1>Court jails journalist</h1>"
      "<p>Belmont, 12 May 2025 - The court today sentenced journalist Ana Ruiz to five years "
      "in prison.</p>"
      "<blockquote><p>This verdict has no basis in law and we will appeal.</p>"
      "<footer>\xE2\x80\x94 Tomas Berg, Ana Ruiz\xE2\x80\x99s lawyer</footer></blockquote>"
      "<blockquote><p>We will keep reporting on this trial.</p>"
      "<footer>\xE2\x80\x94 Lea Marsh, Open Press Watch\xE2\x80\x99s director</footer>"
      "</blockquote></body></html>",
      "text/html");
  const amicus::v1::Quote* lawyer = QuoteContaining(e, "no basis in law");
  ASSERT_NE(lawyer, nullptr);
  EXPECT_EQ(lawyer->speaker().name(), "Tomas Berg");
  EXPECT_EQ(lawyer->speaker().organization().name(), "");
  const amicus::v1::Quote* director = QuoteContaining(e, "keep reporting");
  ASSERT_NE(director, nullptr);
  EXPECT_EQ(director->speaker().organization().name(), "Open Press Watch");
}

}  // namespace
}  // namespace amicus::extract
