// Documents of the genre written for these tests (invented names and
// places), in layouts the shared corpus has few of, and the rules of the
// accuracy round each on the smallest text that shows it.
#include <string>

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::EventContaining;
using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

// A joint letter whose signers are a Markdown table with a country column.
TEST(GenreProbesTest, JointLetterWithSignatoryTable) {
  auto e = MustExtract(
      "# Joint letter to the Minister of Justice of Norvale\n\n"
      "12 March 2025\n\n"
      "Dear Minister Ilse Brandvold,\n\n"
      "We, the undersigned organisations, write about the detention of journalist Teodor "
      "Valk. On 3 March 2025, police in Lakeport arrested Mr Valk at his home. On 5 March "
      "2025, the Lakeport District Court ordered his pre-trial detention for two months.\n\n"
      "Yours sincerely,\n\n"
      "| Organisation | Country |\n|---|---|\n"
      "| Free Voices Network | Kenya |\n| Centre for Media Liberty | Ghana |\n"
      "| Press Watch Coalition | Peru |\n| Lawyers for Open Courts | Chile |\n",
      "text/markdown");
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
  EXPECT_EQ(SignerNames(e),
            "Free Voices Network (Kenya); Centre for Media Liberty (Ghana); "
            "Press Watch Coalition (Peru); Lawyers for Open Courts (Chile); ");
  const amicus::v1::Event* arrest = EventContaining(e, "arrested Mr Valk");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->date().day(), 3);
  EXPECT_EQ(arrest->type(), amicus::v1::EVENT_TYPE_OTHER);
  ASSERT_GT(arrest->actors_size(), 0);
  EXPECT_EQ(arrest->actors(0).name(), "police");
  EXPECT_EQ(e.events_size(), 2);
}

// A press release whose quote is split by "said X" and runs on into the
// next paragraph, then resumes after a pronoun-free "X added".
TEST(GenreProbesTest, PressReleaseWithQuotesSplitAcrossParagraphs) {
  auto e = MustExtract(
      "PRESS RELEASE\n\n"
      "Velmora: Court jails rights defender Amina Sorel\n\n"
      "PORT HALVEN, 18 June 2024 - The Harbour Rights Centre condemned the four-year "
      "sentence of defender Amina Sorel.\n\n"
      "On 17 June 2024, the Halven High Court sentenced Ms Sorel to four years in prison.\n\n"
      "\"This sentence is an attack on everyone who speaks up,\" said Jonas Mireault, "
      "Director of the Harbour Rights Centre. \"Amina has done nothing but document abuses.\n\n"
      "\"We will take her case to every forum available,\" Mireault added.\n");
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_EQ(e.quotes_size(), 3);
  for (const char* words : {"an attack on everyone", "document abuses", "every forum"}) {
    const amicus::v1::Quote* q = QuoteContaining(e, words);
    ASSERT_NE(q, nullptr) << words;
    EXPECT_EQ(q->speaker().name(), "Jonas Mireault") << words;
  }
  const amicus::v1::Event* ruling = EventContaining(e, "sentenced Ms Sorel");
  ASSERT_NE(ruling, nullptr);
  EXPECT_EQ(ruling->type(), amicus::v1::EVENT_TYPE_RULING);
  ASSERT_GT(ruling->actors_size(), 0);
  EXPECT_EQ(ruling->actors(0).name(), "Halven High Court");
}

// A Markdown statement with front matter and a bulleted list of signers,
// each with its country in parentheses; a city before the country stays
// in the name.
TEST(GenreProbesTest, MarkdownStatementWithSignersAndCountries) {
  auto e = MustExtract(
      "---\ntitle: \"Statement on civic space in Estara\"\ndate: 2023-11-09\n---\n\n"
      "**Statement on civic space in Estara**\n\n"
      "The government of Estara adopted the Foreign Agents Law on 30 October 2023. On 6 "
      "November 2023, the Interior Ministry suspended the licences of seven associations.\n\n"
      "We call on the authorities to repeal the law.\n\n"
      "Signed by:\n\n"
      "- Estara Civic Forum (Kenya)\n"
      "- Brisania Human Rights League (Uganda)\n"
      "- Northern Lights Defenders, Nordlund (Norway)\n"
      "- Coalition for Free Assembly (Ghana)\n",
      "text/markdown");
  EXPECT_EQ(e.document().date().day(), 9);
  EXPECT_EQ(SignerNames(e),
            "Estara Civic Forum (Kenya); Brisania Human Rights League (Uganda); "
            "Northern Lights Defenders, Nordlund (Norway); Coalition for Free Assembly (Ghana); ");
  const amicus::v1::Event* law = EventContaining(e, "adopted the Foreign Agents Law");
  ASSERT_NE(law, nullptr);
  EXPECT_EQ(law->type(), amicus::v1::EVENT_TYPE_LEGISLATION);
  EXPECT_EQ(e.events_size(), 2);
}

// "Places - date" on a line of its own dates the document; the lead below
// it is the organisation's stance, not an event of that date. (A guard:
// this text was already read right before the date-line rule.)
TEST(GenreProbesTest, DatelineOfPlacesOnItsOwnLineIsNoEvent) {
  auto e = MustExtract(
      "Joint Statement\n"
      "Lakeport, Marrow Bay - 14 May 2024\n"
      "The Coalition for Open Courts is deeply alarmed by the suspension of two legal aid "
      "groups and calls for its immediate reversal.\n"
      "In letters issued on 7 May 2024, the Registration Board suspended the licences of the "
      "Legal Aid Forum and the Justice Access Network.\n");
  EXPECT_EQ(EventContaining(e, "deeply alarmed"), nullptr);
  const amicus::v1::Event* suspension = EventContaining(e, "suspended the licences");
  ASSERT_NE(suspension, nullptr);
  EXPECT_EQ(suspension->date().day(), 7);
  EXPECT_EQ(e.events_size(), 1);
}

// "We, the Baltic and Nordic PEN centres, ..." names the signers as a
// class: no set of "Baltic" and "Nordic PEN centres".
TEST(GenreProbesTest, WeAndAClassOfSignersIsNoList) {
  auto e = MustExtract(
      "Statement on the attacks on writers in Kassandra\n\n"
      "We, the Baltic and Nordic PEN centres, stand with the writers of Kassandra in "
      "their right to freedom of expression.\n\n"
      "We, Free Voices Network, Centre for Media Liberty and Lawyers for Open Courts, call "
      "for the release of the detained writers.\n");
  EXPECT_EQ(SignerNames(e),
            "Free Voices Network; Centre for Media Liberty; Lawyers for Open Courts; ");
}

// "the student-led uprising in December 1990": the students did what the
// phrase dates, not the subject of the main clause.
TEST(GenreProbesTest, CompoundLeaderActsForTheDatedPhrase) {
  auto e = MustExtract(
      "Statement on Kassandra\n\n"
      "After the student-led uprising in March 2011, Kassandra held its first free "
      "elections in 2012.\n");
  const amicus::v1::Event* uprising = nullptr;
  for (const auto& ev : e.events()) {
    if (ev.date().year() == 2011) uprising = &ev;
  }
  ASSERT_NE(uprising, nullptr);
  ASSERT_GT(uprising->actors_size(), 0);
  EXPECT_EQ(uprising->actors(0).name(), "students");
}

// "Following the May 2024 raid, X joined ...": the raid is dated to the
// day elsewhere, so the fronted phrase states no second happening.
TEST(GenreProbesTest, FrontedRecallOfADatedHappeningIsNoEvent) {
  auto e = MustExtract(
      "Joint letter on the raid on the Daily Lantern\n\n"
      "Following the May 2024 raid on the Daily Lantern, the Press Coalition has joined "
      "the undersigned in an open letter to the Interior Minister.\n\n"
      "On 9 May 2024, police raided the offices of the Daily Lantern in Port Ellis and "
      "seized its servers.\n");
  EXPECT_EQ(EventContaining(e, "Following the May 2024 raid"), nullptr);
  const amicus::v1::Event* raid = EventContaining(e, "police raided");
  ASSERT_NE(raid, nullptr);
  EXPECT_EQ(raid->date().day(), 9);
}

// The type comes from the verb the date modifies: "wrote ... and was
// murdered in Port Ellis on 6 April" is a killing, not a letter; "The day
// after, X reported ..." a statement.
TEST(GenreProbesTest, TypeComesFromTheVerbTheDateModifies) {
  auto e = MustExtract(
      "Statement on the killing of blogger Omar Taleb\n\n"
      "Omar Taleb, a student, wrote critically about the government on his blog and was "
      "brutally murdered in Port Ellis on 6 April 2016.\n\n"
      "The day after the murder, the Ellis Gazette reported that the police had made no "
      "arrests.\n");
  const amicus::v1::Event* murder = EventContaining(e, "brutally murdered");
  ASSERT_NE(murder, nullptr);
  EXPECT_EQ(murder->type(), amicus::v1::EVENT_TYPE_OTHER);
  const amicus::v1::Event* report = EventContaining(e, "reported that");
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->date().day(), 7);
  EXPECT_EQ(report->type(), amicus::v1::EVENT_TYPE_STATEMENT);
}

// Round 2 of the accuracy work (branch acc2): one test per rule.

std::string FirstActor(const amicus::v1::Event* e) {
  return e == nullptr || e->actors_size() == 0 ? "" : e->actors(0).name();
}

// "the union's offices on Friday": a possessor dates an act only through
// an act noun; the subject raided.
TEST(GenreProbesTest, PossessedPlaceIsNoActOfItsOwner) {
  auto e = MustExtract(
      "Eastfield, 12 September 2024 - The Centre for Civic Freedom condemned the raid.\n\n"
      "Police raided the union's offices on Friday, seizing computers.\n");
  EXPECT_EQ(FirstActor(EventContaining(e, "Police raided")), "Police");
}

// "the lawyer's detention on 4 March": done to the possessor, not by it.
TEST(GenreProbesTest, WhatIsDoneToAPossessorIsNotItsAct) {
  auto e = MustExtract(
      "Lawyer detained in Norvale\n\n12 March 2020\n\n"
      "The lawyer\xE2\x80\x99s detention on 4 March drew protests.\n\n"
      "The Court\xE2\x80\x99s ruling on 6 March ordered her release.\n");
  EXPECT_NE(FirstActor(EventContaining(e, "detention on 4 March")), "lawyer");
  EXPECT_EQ(FirstActor(EventContaining(e, "ruling on 6 March")), "Court");
}

// A quotation opening the sentence is what was said; the speaker after it
// acts.
TEST(GenreProbesTest, QuoteBeforeTheSpeakerIsNotTheActor) {
  auto e = MustExtract(
      "Norvale: stop harassing defenders\n\n15 October 2025\n\n"
      "\"Harassment of defenders has become routine,\" Jonas Meyer, spokesperson for "
      "Defenders Watch, said on Tuesday.\n");
  EXPECT_EQ(FirstActor(EventContaining(e, "said on Tuesday")), "Jonas Meyer");
}

// Country lines heading groups of signers give their country to the
// entries below them and sign nothing themselves.
TEST(GenreProbesTest, SignersGroupedUnderCountryHeadings) {
  auto e = MustExtract(
      "Joint letter: Release the Lakeport Three\n\n3 June 2025\n\n"
      "Your Excellency,\n\n"
      "We, the undersigned civil society organisations, urge you to release the journalists.\n\n"
      "Sincerely,\n\nKenya\nAssociation of Women Lawyers (AWL)\nDefenders Network East "
      "Africa\n\nBrazil\nInstituto Liberdade\nColetivo Vozes Livres\n\nFrance\nLigue pour la "
      "Presse Libre\n");
  EXPECT_EQ(SignerNames(e),
            "Association of Women Lawyers (AWL) (Kenya); Defenders Network East Africa "
            "(Kenya); Instituto Liberdade (Brazil); Coletivo Vozes Livres (Brazil); Ligue pour "
            "la Presse Libre (France); ");
}

// A list of people with roles: "Dr." and "Justice" go with the role, and
// a lowercase role after the comma goes too; the set is kept.
TEST(GenreProbesTest, PeopleWithHonorificsAndRoles) {
  auto e = MustExtract(
      "Judges and lawyers call for the release of Tamsin Orlov\n\n10 April 2025\n\n"
      "We call on the authorities of Norvale to release the lawyer Tamsin Orlov.\n\n"
      "Aldo Ferrante, former judge\nMaria Kowalczyk, former judge of the Constitutional "
      "Court\nDr. Henrik Baumann, Professor of Law\nLena Ostrova, lawyer, Eastfield Bar\n"
      "Samuel Achebe-Njoku, Dean of the Law Faculty, University of Lakeport\n");
  EXPECT_EQ(SignerNames(e),
            "Aldo Ferrante; Maria Kowalczyk; Henrik Baumann; Lena Ostrova; "
            "Samuel Achebe-Njoku; ");
}

// A report naming signers of a joint statement by what they say.
TEST(GenreProbesTest, PersonWhoSaysSheSignedIsASigner) {
  auto e = MustExtract(
      "Editors demand release of detained reporter\n\n"
      "The editor Hanna Vogel said that she signed the statement because the case concerns "
      "every journalist.\n\n"
      "Tomas Reyes, who also signed the letter, said the arrest was a warning.\n\n"
      "Karl Berg said he hoped the government would sign the declaration soon.\n\n"
      "Eva Lund said she had not signed the letter.\n");
  EXPECT_EQ(SignerNames(e), "Hanna Vogel; Tomas Reyes; ");
}

// A law whose name ends in its year dates its adoption; "X's adoption"
// makes X the actor.
TEST(GenreProbesTest, LawNamedWithItsYearDatesItsAdoption) {
  auto e = MustExtract(
      "Court ruling on cybercrime law\n\n12 March 2020\n\n"
      "The judge affirmed that Norvale\xE2\x80\x99s adoption of Section 9 of the Cybercrimes "
      "Act 2015 is in violation of the right to freedom of expression.\n\n"
      "Reporter Ana Ruiz was charged under the Cybercrimes Act 2015 last week.\n");
  const amicus::v1::Event* adoption = EventContaining(e, "adoption of Section 9");
  ASSERT_NE(adoption, nullptr);
  EXPECT_EQ(adoption->date().year(), 2015);
  EXPECT_EQ(FirstActor(adoption), "Norvale");
  // "charged under the ... Act 2015" dates the charge, not the law.
  int in_2015 = 0;
  for (const auto& ev : e.events()) in_2015 += ev.date().year() == 2015;
  EXPECT_EQ(in_2015, 1);
}

// "…,” the activist X told us": a lowercase role before the speaker.
TEST(GenreProbesTest, QuoteAttributedToARoleAndName) {
  auto e = MustExtract(
      "Norvale: defenders under watch\n\n15 October 2025\n\n"
      "\"We are being watched day and night,\" the activist Petra Lind told us.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "watched day and night");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Petra Lind");
  EXPECT_EQ(q->speaker().role(), "activist");
}

}  // namespace
}  // namespace amicus::extract
