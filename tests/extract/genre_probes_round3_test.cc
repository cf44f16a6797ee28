// The third round of probes of the genre: short documents written for
// these tests (invented names and places) in shapes the rules missed, one
// test per rule, each with the case that must not change.
#include <string>

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::ActorOf;
using testing::EventContaining;
using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

// "said the Forum’s executive director, Petra Novak": the owner of the
// role is no speaker; so is a person owning one ("Ms Quispe's lawyer").
TEST(GenreProbesRound3Test, SpeakerAfterPossessedRole) {
  auto e = MustExtract(
      "Statement by the Forum for Civic Space\n\n23 January 2025\n\n"
      "\xE2\x80\x9CThis law will be used to shut down independent groups,\xE2\x80\x9D said the "
      "Forum\xE2\x80\x99s executive director, Petra Novak.\n\n"
      "\"The court listened to the evidence,\" added Ms Quispe's lawyer, Ana Torres.\n\n"
      "\"We will appeal,\" said Amnesty International.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "shut down independent groups");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Petra Novak");
  EXPECT_EQ(q->speaker().role(), "executive director");
  q = QuoteContaining(e, "listened to the evidence");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Torres");
  EXPECT_TRUE(q->speaker().organization().name().empty());
}

// "head of advocacy at Voices for Justice", "a media lawyer with Andean
// Legal Aid": after "at" or "with" a role names its workplace, whatever
// the workplace's name; "Director of Programmes" stays a role.
TEST(GenreProbesRound3Test, RoleAtOrganizationWithoutOrganizationWord) {
  auto e = MustExtract(
      "PRESS RELEASE\n\nLIMA, 2 June 2025 - Rights groups welcomed the acquittal of "
      "journalist Rosa Quispe on Friday.\n\n"
      "\"This verdict is a victory,\" said Nadia Keller, head of advocacy at Voices for "
      "Justice.\n\n"
      "\"She should never have been prosecuted,\" says Jorge Salas, a media lawyer with "
      "Andean Legal Aid.\n\n"
      "\"We are relieved,\" said Lena Ortiz, Director of Programmes.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "a victory");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().role(), "head of advocacy");
  EXPECT_EQ(q->speaker().organization().name(), "Voices for Justice");
  q = QuoteContaining(e, "never have been prosecuted");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().role(), "media lawyer");
  EXPECT_EQ(q->speaker().organization().name(), "Andean Legal Aid");
  q = QuoteContaining(e, "relieved");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().role(), "Director of Programmes");
  EXPECT_TRUE(q->speaker().organization().name().empty());
}

// "masked officers raided": a participle opening the subject before a
// body noun describes it; the clause's verb comes after.
TEST(GenreProbesRound3Test, ParticipleAdjectiveInSubject) {
  auto e = MustExtract(
      "Statement\n\n5 October 2025\n\n"
      "On 29 September 2025, masked officers raided the offices of the Tarnavian League.\n\n"
      "On 30 September 2025, armed men attacked the home of journalist Ana Bell.\n\n"
      "On 1 October 2025, police detained activists outside the court.\n");
  EXPECT_EQ(ActorOf(e, "raided the offices"), "masked officers");
  EXPECT_EQ(ActorOf(e, "attacked the home"), "armed men");
  EXPECT_EQ(ActorOf(e, "detained activists"), "police");
}

// "was sentenced to six years": a passive sentence, conviction or
// acquittal with no agent was a court's, the one the document names.
TEST(GenreProbesRound3Test, PassiveRulingImpliesCourt) {
  auto named = MustExtract(
      "Statement\n\n5 October 2025\n\n"
      "On 1 October 2025, Ana Bell was convicted of treason and sentenced to five years.\n\n"
      "The Kestria Regional Court has refused every defence motion since March.\n");
  EXPECT_EQ(ActorOf(named, "was convicted of treason"), "Kestria Regional Court");
  auto unnamed = MustExtract(
      "Statement\n\n5 October 2025\n\n"
      "Lawyer Mira Sokol was sentenced to six years in prison on 2 October 2025.\n");
  EXPECT_EQ(ActorOf(unnamed, "was sentenced to six years"), "court");
}

// "Statement, 5 October 2025" opens with what the text is, not where it
// was written; "Belmont, 5 October 2025" names a place.
TEST(GenreProbesRound3Test, DocumentNounIsNoDatelinePlace) {
  auto statement = MustExtract(
      "Tarnavia: Crackdown on rights groups\n\nStatement, 5 October 2025\n\n"
      "The Observatory for Civic Freedoms is concerned by the crackdown in Tarnavia.\n");
  EXPECT_TRUE(statement.document().place().empty()) << statement.document().place();
  EXPECT_EQ(statement.document().date().day(), 5);
  auto city = MustExtract(
      "Tarnavia: Crackdown on rights groups\n\nBelmont, 5 October 2025 - The Observatory "
      "for Civic Freedoms is concerned by the crackdown in Tarnavia.\n");
  EXPECT_EQ(city.document().place(), "Belmont");
}

// "Kampala, 18 August 2025 – We, A, B and C, condemn ...": the dateline
// before "We," does not hide the list of co-issuers.
TEST(GenreProbesRound3Test, WeListAfterDateline) {
  auto e = MustExtract(
      "Joint statement on the closure of Radio Libre\n\n"
      "Kampala, 18 August 2025 \xE2\x80\x93 We, the Lakeside Media Council, the Eastern "
      "Editors Forum and the Digital Rights Network of Ostmark, condemn the closure of Radio "
      "Libre.\n\n"
      "On 15 August 2025, the Communications Commission suspended the licence of Radio "
      "Libre.\n");
  EXPECT_EQ(SignerNames(e),
            "Lakeside Media Council; Eastern Editors Forum; Digital Rights Network of Ostmark; ");
  EXPECT_EQ(e.document().place(), "Kampala");
}

// "We condemn the arrest of X on 8 February by police": the issuers'
// present-tense reaction dates the happening it names; "We are writing
// to ..." is a letter's own act, no announced plan. A plan stays out.
TEST(GenreProbesRound3Test, IssuersReactionDatesTheHappening) {
  auto e = MustExtract(
      "Open letter\n\n12 February 2025\n\nDear Minister,\n\n"
      "We condemn the arrest of Dana Kurt on 8 February 2025 by police.\n\n"
      "We are writing to express alarm at the detention of Omar Haddad on 9 February "
      "2025.\n\n"
      "We are launching a campaign on 20 February 2025.\n");
  EXPECT_EQ(ActorOf(e, "arrest of Dana Kurt"), "police");
  EXPECT_EQ(ActorOf(e, "detention of Omar Haddad"), "police");
  EXPECT_EQ(EventContaining(e, "launching a campaign"), nullptr);
}

// "On Monday, the Attorney General accused ...": the fronted day is no
// person whose title follows it.
TEST(GenreProbesRound3Test, FrontedWeekdayIsNoPerson) {
  auto e = MustExtract(
      "Statement\n\nThursday, 20 March 2025\n\n"
      "On Monday, the Attorney General accused rights groups of conspiring against the "
      "Republic.\n\n"
      "Last Friday, the Minister of Justice announced new restrictions on NGOs.\n");
  EXPECT_EQ(ActorOf(e, "Attorney General accused"), "Attorney General");
  EXPECT_EQ(ActorOf(e, "Minister of Justice announced"), "Minister of Justice");
}

// A signers' list in groups: "Organisations:" opens it, "Individual
// signatories:" runs on inside it and signs nothing, and the people of
// the second group lose their honorifics and roles.
TEST(GenreProbesRound3Test, GroupedSignatoryList) {
  auto e = MustExtract(
      "Open letter on lawyers\n\n4 July 2025\n\n"
      "We, the undersigned, call for the release of lawyer Amir Said.\n\n"
      "Organisations:\nLawyers for Lawyers (Netherlands)\n"
      "Bar Human Rights Committee (United Kingdom)\nArab Lawyers Network (Jordan)\n\n"
      "Individual signatories:\nProf. Helen Marr, University of Kestmoor\n"
      "Dr. Samuel Okoro\nLeila Farouk, human rights lawyer\n");
  EXPECT_EQ(SignerNames(e),
            "Lawyers for Lawyers (Netherlands); Bar Human Rights Committee (United Kingdom); "
            "Arab Lawyers Network (Jordan); Helen Marr; Samuel Okoro; Leila Farouk; ");
}

// The same people as a list of their own: the last entry, a name with a
// lowercase role, is a signer and not page furniture.
TEST(GenreProbesRound3Test, PeopleListEndingInLowercaseRole) {
  auto e = MustExtract(
      "Open letter on lawyers\n\n4 July 2025\n\n"
      "We, the undersigned, call for the release of lawyer Amir Said.\n\n"
      "Signatories:\nProf. Helen Marr, University of Kestmoor\nDr. Samuel Okoro\n"
      "Leila Farouk, human rights lawyer\n");
  EXPECT_EQ(SignerNames(e), "Helen Marr; Samuel Okoro; Leila Farouk; ");
}

// A weekday opening a full date ("on Monday 3 March 2025") says which
// Monday: one event on 3 March, none on the Monday before the document.
TEST(GenreProbesRound3Test, WeekdayBeforeFullDate) {
  auto e = MustExtract(
      "Statement\n\n10 March 2025\n\n"
      "Police detained the journalist Ana Bell on Monday 3 March 2025 in Belmont.\n\n"
      "Police detained the lawyer Tom Lee on Monday, March 3, outside his office.\n\n"
      "Police raided the office of Radio Libre on Friday.\n");
  ASSERT_EQ(e.events_size(), 3);
  for (const char* words : {"Ana Bell", "Tom Lee"}) {
    const amicus::v1::Event* event = EventContaining(e, words);
    ASSERT_NE(event, nullptr) << words;
    EXPECT_EQ(event->date().day(), 3) << words;
  }
  const amicus::v1::Event* raid = EventContaining(e, "Radio Libre");
  ASSERT_NE(raid, nullptr);
  EXPECT_EQ(raid->date().day(), 7);
}

// "on the 3rd of March 2025 in Belmont" tells a day; "the Jan 18th
// blackout" qualifies a noun. Day-first numeric dates ("03.03.2025")
// are dates, "1.5 million" is not.
TEST(GenreProbesRound3Test, OtherDateShapes) {
  auto e = MustExtract(
      "Statement\n\n10.03.2025\n\n"
      "Police detained the journalist Ana Bell on the 3rd of March 2025 in Belmont.\n\n"
      "Police detained the lawyer Tom Lee on 04.03.2025 outside his office.\n\n"
      "The fine of 1.5 million was imposed on the Jan 18th protest organisers.\n");
  EXPECT_EQ(e.document().date().day(), 10);
  EXPECT_EQ(e.document().date().month(), 3);
  const amicus::v1::Event* first = EventContaining(e, "Ana Bell");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->date().day(), 3);
  const amicus::v1::Event* second = EventContaining(e, "Tom Lee");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->date().day(), 4);
  EXPECT_EQ(EventContaining(e, "1.5 million"), nullptr);
}

// "said EADN Executive Director Grace Achieng": a defined acronym before
// the office names its organization, in this quote and the next one;
// "according to his wife, Mary Wanjiru" names the speaker after kin.
TEST(GenreProbesRound3Test, AcronymTitleAndKinAttribution) {
  auto e = MustExtract(
      "Nairobi, 20 May 2025 - The East Africa Defenders Network (EADN) today condemned the "
      "jailing of blogger Peter Mwangi.\n\n"
      "\"Peter has been jailed for asking questions,\" said EADN Executive Director Grace "
      "Achieng.\n\n"
      "\"Parliament must repeal the law,\" Achieng said.\n\n"
      "\"His family has not been allowed to visit him,\" according to his wife, Mary "
      "Wanjiru.\n");
  for (const char* words : {"asking questions", "repeal the law"}) {
    const amicus::v1::Quote* q = QuoteContaining(e, words);
    ASSERT_NE(q, nullptr) << words;
    EXPECT_EQ(q->speaker().name(), "Grace Achieng") << words;
    EXPECT_EQ(q->speaker().role(), "Executive Director") << words;
    EXPECT_EQ(q->speaker().organization().name(), "East Africa Defenders Network") << words;
  }
  const amicus::v1::Quote* kin = QuoteContaining(e, "allowed to visit");
  ASSERT_NE(kin, nullptr);
  EXPECT_EQ(kin->speaker().name(), "Mary Wanjiru");
}

// "The UN Special Rapporteur on human rights defenders, Mary Lawlor,
// said on 12 March": an office named by what it covers, then the name of
// the person who holds it, who acted.
TEST(GenreProbesRound3Test, NameAfterOfficeWithLowercaseScope) {
  auto e = MustExtract(
      "GENEVA (14 March 2025) - Rights groups called for the release of detained activists."
      "\n\nThe UN Special Rapporteur on human rights defenders, Mary Lawlor, said on 12 "
      "March 2025 that she had written to the government.\n");
  EXPECT_EQ(ActorOf(e, "Mary Lawlor, said"), "Mary Lawlor");
}

// "Parliament passed the Bill, and the President signed it into law on
// 10 June": two clauses, two actors; a bare "Parliament" is the country's,
// not the European Parliament the document names later; a regulator acts.
TEST(GenreProbesRound3Test, CoordinatedClausesAndBareStateOrgan) {
  auto e = MustExtract(
      "Statement\n\n20 June 2025\n\n"
      "On 9 June 2025, Parliament passed the Public Order Bill, and the President signed "
      "it into law on 10 June 2025.\n\n"
      "On 2 June 2025, the telecommunications regulator blocked access to messaging apps."
      "\n\nOn 16 June 2025, the European Parliament adopted a resolution condemning the "
      "crackdown.\n");
  ASSERT_GE(e.events_size(), 4);
  std::string actors;
  for (const auto& event : e.events()) {
    actors += std::to_string(event.date().day()) + ":" +
              (event.actors_size() > 0 ? event.actors(0).name() : "") + "; ";
  }
  EXPECT_EQ(actors,
            "9:Parliament; 10:President; 2:telecommunications regulator; "
            "16:European Parliament; ");
}

// "said activist Ana Ruiz", "tweeted opposition MP Davit Kaan": a role in
// lowercase between the cue and the name; a collective after the cue
// ("said the experts", "said several activists") names no one.
TEST(GenreProbesRound3Test, LowercaseRoleAfterCue) {
  auto e = MustExtract(
      "Statement\n\n3 April 2025\n\n"
      "\"This is a dark day,\" said activist Ana Ruiz.\n\n"
      "\"We will fight this law,\" tweeted opposition MP Davit Kaan.\n\n"
      "\"The law must go,\" said several activists.\n\n"
      "\"It breaches the Covenant,\" said the experts.\n");
  ASSERT_EQ(e.quotes_size(), 2);
  const amicus::v1::Quote* q = QuoteContaining(e, "dark day");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
  EXPECT_EQ(q->speaker().role(), "activist");
  q = QuoteContaining(e, "fight this law");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Davit Kaan");
  EXPECT_EQ(q->speaker().role(), "opposition MP");
}

// "Omar Haddad from the Coastal Rights Group said: “…”": the person, with
// the body as organization; an unnamed spokesperson gives no quote.
TEST(GenreProbesRound3Test, PersonFromOrganizationBeforeCue) {
  auto e = MustExtract(
      "Statement\n\n3 April 2025\n\n"
      "Omar Haddad from the Coastal Rights Group said: \"We saw the police beat "
      "protesters.\"\n\n"
      "A spokesperson for the Coastal Rights Group said: \"We will publish our report.\"\n");
  ASSERT_EQ(e.quotes_size(), 1);
  EXPECT_EQ(e.quotes(0).speaker().name(), "Omar Haddad");
  EXPECT_EQ(e.quotes(0).speaker().organization().name(), "Coastal Rights Group");
}

// "Published 7 August 2025" is a page's date label, not a place; "for
// organising a strike in May" after a clause dated "On 4 August" dates
// what the sentence punished, not a second act of the court.
TEST(GenreProbesRound3Test, DateLabelAndDatedReason) {
  auto e = MustExtract(
      "<html><body><h1>Kestria: Release jailed trade unionists</h1>"
      "<p>Published 7 August 2025</p>"
      "<p>Workers Rights Watch calls for the release of five trade unionists.</p>"
      "<p>On 4 August 2025, a court in Port Avel sentenced the five leaders of the "
      "Dockworkers Union to prison for organising a strike in May.</p>"
      "<p>The court sentenced their lawyer for insulting the president on 3 August 2025.</p>"
      "</body></html>",
      "text/html");
  EXPECT_TRUE(e.document().place().empty()) << e.document().place();
  EXPECT_EQ(e.document().date().day(), 7);
  ASSERT_EQ(e.events_size(), 2);
  EXPECT_EQ(e.events(0).date().day(), 4);
  EXPECT_EQ(e.events(1).date().day(), 3);
}

// A listing page's teasers end in "[Read more](#)": the sentence before
// the link is the item's, and a short call to action alone stays out.
TEST(GenreProbesRound3Test, ListingTeaserWithReadMore) {
  auto e = MustExtract(
      "# Latest news\n\n"
      "## Velmora: Lawyer sentenced\n*12 September 2025*\n\n"
      "On 10 September 2025, the Velmora City Court sentenced lawyer Ana Kell to five "
      "years in prison. [Read more](#)\n\n"
      "## Ostmark: Journalists detained\n*1 September 2025*\n\n"
      "Police detained four journalists of Radio Ost on 30 August 2025. [Read more](#)\n\n"
      "Read more about our work on 2 September 2025 here.\n",
      "text/markdown");
  ASSERT_EQ(e.events_size(), 2);
  EXPECT_NE(EventContaining(e, "Velmora City Court"), nullptr);
  EXPECT_NE(EventContaining(e, "Radio Ost"), nullptr);
}

}  // namespace
}  // namespace amicus::extract
