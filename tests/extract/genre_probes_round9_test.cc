// The ninth round of probes of the genre: short documents written for
// these tests (invented names, organisations and places) in the shapes
// rounds 6 to 8 left: bodies whose names hold a title word, agents named
// with their role, relative clauses about laws, speakers named after the
// quotation, signers listed with no heading. One test per rule, each with
// the case that must not change.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::ActorOf;
using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

constexpr char kHead[] =
    "Halvoria: Defenders under pressure\n\n"
    "Corin, 18 November 2025 \xE2\x80\x93 ";

// "Lakeside Legal Clinic": "Legal" is part of a person's title only
// before the person's name ("Legal Adviser Ana Ruiz"); before one head
// noun it is part of the body's name. Before, the actor was "Clinic".
TEST(GenreProbesRound9Test, TitleAdjectiveInABodysNameKeepsTheName) {
  auto clinic = MustExtract(std::string(kHead) +
                            "The Lakeside Legal Clinic filed a complaint against the police "
                            "on 3 May 2025.\n");
  EXPECT_EQ(ActorOf(clinic, "complaint"), "Lakeside Legal Clinic");
  auto adviser = MustExtract(std::string(kHead) +
                             "Legal Adviser Tomas Berg filed a complaint against the police "
                             "on 3 May 2025.\n");
  EXPECT_EQ(ActorOf(adviser, "complaint"), "Tomas Berg");
}

// "founded by lawyer Ana Ruiz": a lowercase role noun before a person's
// full name gives the person as the agent. Before, no agent was found.
// "by the police" is still the body.
TEST(GenreProbesRound9Test, AgentNamedWithItsRole) {
  auto lawyer = MustExtract(std::string(kHead) +
                            "The clinic was founded by lawyer Ana Ruiz on 4 June 2019.\n");
  EXPECT_EQ(ActorOf(lawyer, "founded"), "Ana Ruiz");
  auto police = MustExtract(std::string(kHead) +
                            "Ana Ruiz was detained by the police on 4 June 2025.\n");
  EXPECT_EQ(ActorOf(police, "detained"), "police");
}

// "The law on foreign agents, which entered into force": "which" refers
// to the law, not to the body noun in its prepositional phrase. Before,
// the actor was "agents". "the Council of Ministers, which adopted"
// still acts.
TEST(GenreProbesRound9Test, WhichAfterAThingsPhraseHasNoActor) {
  auto law = MustExtract(std::string(kHead) +
                         "The law on foreign agents, which entered into force on 1 January "
                         "2025, has been used against journalists.\n");
  EXPECT_EQ(ActorOf(law, "entered into force"), "");
  auto council = MustExtract(std::string(kHead) +
                             "Critics spoke against the Council of Ministers, which adopted "
                             "the decree on 1 January 2025.\n");
  EXPECT_EQ(ActorOf(council, "adopted"), "Council of Ministers");
}

// "UN experts ... They previously raised concerns on 15 March": "they"
// stands for the plural group or body named last before it, in its
// sentence or the one before. Before, the event had no actor. A person
// named before ("Ana Ruiz met the lawyers. They ...") is never "they".
TEST(GenreProbesRound9Test, TheyIsTheGroupNamedBefore) {
  auto experts = MustExtract(std::string(kHead) +
                             "UN experts today expressed alarm at the detention of three "
                             "journalists. They previously raised concerns in a communication "
                             "sent to the Government on 15 March 2025.\n");
  EXPECT_EQ(ActorOf(experts, "raised concerns"), "UN experts");
  auto person = MustExtract(std::string(kHead) +
                            "Ana Ruiz met the families of the detained. They filed an appeal "
                            "on 10 April 2025.\n");
  EXPECT_EQ(ActorOf(person, "appeal"), "");
}

// "the three were released on bail on 7 March": a court grants bail.
// Before, the release had no actor. "The annual report was released"
// still implies no one.
TEST(GenreProbesRound9Test, ReleaseOnBailIsTheCourts) {
  auto bail = MustExtract(std::string(kHead) +
                          "The three journalists were arrested on 2 March 2025. The three were "
                          "released on bail on 7 March 2025.\n");
  EXPECT_EQ(ActorOf(bail, "bail"), "court");
  auto report = MustExtract(std::string(kHead) +
                            "The annual report was released on 10 March 2025.\n");
  EXPECT_EQ(ActorOf(report, "annual report"), "");
}

// "“…” Those were the words of X, role." / "“…” The warning came from X.":
// the sentence after the quotation names its speaker. Before, the
// quotation had no speaker and was dropped. "“…” The newspaper closed
// its office" names no one.
TEST(GenreProbesRound9Test, SpeakerNamedInTheNextSentence) {
  auto e = MustExtract(
      "Veloria: journalists detained\n\n"
      "Belmont, 3 May 2025 \xE2\x80\x93 The Free Press Union condemned the detention of two "
      "reporters in Belmont.\n\n"
      "\xE2\x80\x9CNo one should be jailed for reporting the news.\xE2\x80\x9D Those were the "
      "words of Ilse Marten, director of the Free Press Union.\n\n"
      "\xE2\x80\x9CThe authorities must release them now.\xE2\x80\x9D The warning came from "
      "Tomas Berg, a lawyer for the reporters.\n\n"
      "\xE2\x80\x9CWe will keep reporting.\xE2\x80\x9D The newspaper closed its office on 2 May "
      "2025.\n");
  const amicus::v1::Quote* words = QuoteContaining(e, "reporting the news");
  ASSERT_NE(words, nullptr);
  EXPECT_EQ(words->speaker().name(), "Ilse Marten");
  const amicus::v1::Quote* warning = QuoteContaining(e, "release them now");
  ASSERT_NE(warning, nullptr);
  EXPECT_EQ(warning->speaker().name(), "Tomas Berg");
  const amicus::v1::Quote* none = QuoteContaining(e, "keep reporting");
  EXPECT_EQ(none, nullptr);
}

constexpr char kJointBody[] =
    "Joint statement on the detention of journalists in Veloria\n\n"
    "3 May 2025\n\n"
    "The Coastal Rights Network, the Free Press Union and the Andean Legal Aid today said that "
    "the detention of four journalists in Belmont must end.\n\n"
    "We call on the authorities of Veloria to release the journalists and drop all charges "
    "against them.\n\n";

std::vector<std::string> IssuerNames(const amicus::v1::Extraction& e) {
  std::vector<std::string> out;
  for (const auto& org : e.document().issuers()) out.push_back(org.name());
  return out;
}

// "A, B and C today said": a third name coordinated with two bodies is a
// body too, though no word of it ("Andean Legal Aid") says so. Before, it
// was left out of the issuers. An office in the list ("the Assistant
// Secretary-General for Human Rights") is still no issuer.
TEST(GenreProbesRound9Test, ThirdBodyOfTheLeadIsAnIssuer) {
  auto e = MustExtract(kJointBody);
  EXPECT_EQ(IssuerNames(e), (std::vector<std::string>{"Coastal Rights Network", "Free Press Union",
                                                      "Andean Legal Aid"}));
  auto office = MustExtract(
      "Joint statement on the detention of journalists in Veloria\n\n"
      "The Coastal Rights Network, the Free Press Union and the Assistant Secretary-General for "
      "Human Rights today said that the detention of four journalists in Belmont must end.\n");
  EXPECT_EQ(IssuerNames(office),
            (std::vector<std::string>{"Coastal Rights Network", "Free Press Union"}));
}

// A joint statement closed by its bodies' names, one a line, with no
// heading and page furniture after them: they are its signers. Before,
// no set was found. A release closed by related articles' titles gives
// none.
TEST(GenreProbesRound9Test, ClosingLinesOfBodiesAreSigners) {
  auto e = MustExtract(std::string(kJointBody) +
                       "Coastal Rights Network\nFree Press Union\nAndean Legal Aid\n\nShare\n");
  EXPECT_EQ(SignerNames(e), "Coastal Rights Network; Free Press Union; Andean Legal Aid; ");
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
  auto related = MustExtract(std::string(kJointBody) +
                             "Related articles\n\nVeloria Jails Two Editors\nBelmont Court "
                             "Hears Appeal\nPress Freedom Day in Corin\n");
  EXPECT_EQ(SignerNames(related), "");
}

}  // namespace
}  // namespace amicus::extract
