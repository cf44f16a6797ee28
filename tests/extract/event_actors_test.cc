#include <map>
#include <string>

#include "extract/events.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::EventContaining;
using testing::MustExtract;

std::string ActorOf(const amicus::v1::Extraction& e, absl::string_view fragment) {
  const amicus::v1::Event* ev = EventContaining(e, fragment);
  if (ev == nullptr) return "<no event>";
  if (ev->actors_size() == 0) return "<no actor>";
  return ev->actors(0).name();
}

// A release dated Thursday 14 November 2024.
constexpr char kRelease[] =
    "Lawyers detained in crackdown\n\n"
    "Veloria City, 14 November 2024\n\n"
    "The Veloria authorities have stepped up their campaign against lawyers.\n\n"
    "On 2 November, Ana Ruiz, a defence lawyer, was arrested at her office.\n\n"
    "Founded in 2009, the Bar Council has defended lawyers for years.\n\n"
    "Such a warning was issued by the Interior Ministry on 4 November.\n\n"
    "The case is before the Regional Court of Appeal, which rejected her bail "
    "request on 6 November.\n\n"
    "In March 2023 the ministry’s Anti-Fraud Unit raided the offices of two firms.\n\n"
    "Responding to the detention of two clerks by municipal police on 8 November, "
    "the Bar Council said it would appeal.\n\n"
    "The association will hold a vigil on 20 November.\n";

TEST(EventActorsTest, APassiveWithoutAgentImpliesTheAuthoritiesTheDocumentNames) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(ActorOf(e, "was arrested at her office"), "Veloria authorities");
}

// A release that reacts, on its own date, to an arrest made that day: the
// arrest is the event, and the reacting organization did not make it.
TEST(EventActorsTest, AReactionOnTheDocumentDateReportsTheHappening) {
  auto e = MustExtract(
      "Lawyer arrested\n\n3 March 2021\n\n"
      "The Bar Council condemned the arrest of lawyer Ana Ruiz on 3 March 2021. "
      "It said on 3 March 2021 that it would appeal.\n");
  EXPECT_EQ(ActorOf(e, "condemned the arrest"), "police");
  EXPECT_EQ(EventContaining(e, "it would appeal"), nullptr);
}

TEST(EventActorsTest, ADateBetweenSubjectAndVerbIsNotPartOfTheSubject) {
  auto e = MustExtract(
      "Crackdown\n\n5 May 2022\n\nPolice on 4 May arrested the journalist Ana Lima.\n\n"
      "The Interior Ministry on Tuesday suspended three NGOs.\n");
  EXPECT_EQ(ActorOf(e, "arrested the journalist"), "Police");
  EXPECT_EQ(ActorOf(e, "suspended three NGOs"), "Interior Ministry");
}

TEST(EventActorsTest, InALetterYourActIsTheAddressees) {
  auto e = MustExtract(
      "Open letter\n\n3 March 2025\n\nMinister Ana Torres\nMinistry of Justice\n"
      "Veloria City\n\nDear Minister Torres,\n\nWe write about your decision of "
      "10 February 2025 to close the bar association.\n\nSincerely,\n\n"
      "Centre for Civic Space (Kenya)\nLawyers for Liberty (Malaysia)\n"
      "Legal Aid Network (Peru)\n");
  EXPECT_EQ(ActorOf(e, "your decision"), "Ana Torres");
}

TEST(EventActorsTest, ParticipleOpenersAndDeterminersAreNotActors) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(ActorOf(e, "Founded in 2009"), "Bar Council");
  EXPECT_EQ(ActorOf(e, "Such a warning"), "Interior Ministry");
}

TEST(EventActorsTest, ARelativePronounStandsForItsAntecedent) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(ActorOf(e, "rejected her bail"), "Regional Court of Appeal");
}

TEST(EventActorsTest, AnOpeningDateWithoutCommaAndAPossessedBody) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(ActorOf(e, "raided the offices"), "Anti-Fraud Unit");
}

TEST(EventActorsTest, AnAgentInTheFrontedPhraseOfItsDate) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(ActorOf(e, "detention of two clerks"), "municipal police");
}

TEST(EventActorsTest, AnnouncedEventsAreNotEvents) {
  auto e = MustExtract(kRelease);
  EXPECT_EQ(EventContaining(e, "hold a vigil"), nullptr);
}

// "recalls that X did A in <date>, and that Y did B in <date>": each date's
// clause has its own subject.
TEST(EventActorsTest, EachReportedClauseAfterAndThatHasItsOwnSubject) {
  auto e = MustExtract(
      "Court case resumes\n\nVeloria City, 3 May 2025\n\n"
      "The Forum recalls that the Chief Prosecutor opened an inquiry into the "
      "killings in November 2021, and that the Appeals Chamber authorised its "
      "resumption in March 2024.\n");
  std::map<int, std::string> actor_by_year;
  for (const amicus::v1::Event& ev : e.events()) {
    if (ev.actors_size() > 0) actor_by_year[ev.date().year()] = ev.actors(0).name();
  }
  EXPECT_EQ(actor_by_year[2021], "Chief Prosecutor");
  EXPECT_EQ(actor_by_year[2024], "Appeals Chamber");
}

// "X called on ... to free activists detained during a protest on 28 May":
// the detention is the authorities' act, not the caller's.
TEST(EventActorsTest, AParticipleAfterANounDatesAHappeningOfItsOwn) {
  auto e = MustExtract(
      "Free the activists\n\nVeloria City, 3 June 2025\n\n"
      "The Lakeside Rights Forum today called on the authorities to free 12 "
      "activists detained during a peaceful protest in the capital on 28 May.\n\n"
      "The Forum called for the release of two students abducted by armed men "
      "on 30 May.\n");
  EXPECT_EQ(ActorOf(e, "activists detained"), "police");
  EXPECT_EQ(ActorOf(e, "students abducted"), "armed men");
}

TEST(EventActorsTest, AnAdverbBeforeTheVerbIsNoPartOfTheSubject) {
  auto e = MustExtract(
      "Union banned\n\nVeloria City, 18 September 2025\n\n"
      "The government first suspended the teachers' union in March 2023, after a "
      "strike over unpaid salaries.\n");
  EXPECT_EQ(ActorOf(e, "first suspended"), "government");
}

constexpr char kListing[] =
    "Mar 3, 2022 | News\n"
    "Today, the Forum for Fair Trials called on the authorities to release the lawyers.\n"
    "Jan 12, 2021 | Statements\n"
    "The Forum today delivered a statement to the Council on the trials of lawyers.\n";

// "the Prosecutor, Lena Varga, said": the name in apposition to a title
// is the actor, not the office; a place in apposition to a body is not.
TEST(EventActorsTest, ANameInAppositionToATitleActs) {
  auto e = MustExtract(
      "Court responds to threats\n\n"
      "The Prosecutor of the Regional Court was threatened.\n\n"
      "On 3 April 2024, the Prosecutor, Lena Varga, said that her office would go on.\n\n"
      "On 5 April 2024, the Tribunal, in Arlen, said that it had received the file.\n");
  EXPECT_EQ(ActorOf(e, "Lena Varga, said"), "Lena Varga");
  EXPECT_EQ(ActorOf(e, "in Arlen"), "Tribunal");
}

// "the terror of radical militants", "attacks by pro-government
// militias": the group a document blames carried out its agentless
// killings and attacks; "the killings of protesters" names victims, and
// an attack pinned on no one is by "unknown attackers".
TEST(EventActorsTest, TheGroupBlamedForTheViolenceCarriedOutItsAttacks) {
  auto blamed = MustExtract(
      "Bloggers killed in Tarsa\n\n"
      "On 12 October 2022, two bloggers were shot dead in their office. On 14 October "
      "2022, a publisher was stabbed in his home.\n\n"
      "The spiralling terror of radical militants against writers is alarming.\n");
  EXPECT_EQ(ActorOf(blamed, "were shot dead"), "radical militants");
  EXPECT_EQ(ActorOf(blamed, "was stabbed"), "radical militants");

  auto unblamed = MustExtract(
      "Reporter attacked in Lorn\n\n"
      "We condemn the killings of peaceful protesters and a campaign of harassment "
      "against journalists.\n\n"
      "The reporter Dana Kell was walking home when she was violently assaulted outside "
      "a bar in Lorn on 3 May 2021.\n");
  EXPECT_EQ(ActorOf(unblamed, "violently assaulted"), "unknown attackers");
  for (const auto& person : unblamed.document().people()) {
    EXPECT_NE(person.name(), "unknown attackers");
  }
}

// "X wrote ... and was detained on <date>": the dated predicate is a
// passive joined by "and"; its subject suffered it, and the agent or the
// body the verb implies acted.
TEST(EventActorsTest, ACoordinatedPassiveBeforeTheDateIsSuffered) {
  auto e = MustExtract(
      "Editor held in Lorn\n\n"
      "The editor Sami Orr criticised the minister and was detained at the airport on "
      "7 April 2021.\n\n"
      "The lawyer Ada Venn visited the court and was greeted by judges on 9 April 2021.\n");
  EXPECT_EQ(ActorOf(e, "was detained at the airport"), "police");
  EXPECT_EQ(ActorOf(e, "was greeted by judges"), "judges");
}

TEST(EventListingTest, ADateLineDatesTheItemBelowIt) {
  auto e = MustExtract(kListing);
  const auto* item = EventContaining(e, "delivered a statement");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->date().year(), 2021);
  EXPECT_EQ(item->date().month(), 1);
  EXPECT_EQ(item->date().day(), 12);
  // The first item is the page's own release: its publication, no event.
  EXPECT_EQ(EventContaining(e, "called on the authorities"), nullptr);
}

constexpr char kWrapped[] =
    "Writers attacked\n\n"
    "12 December 2016\n\n"
    "Earlier this year, the writers Ana Ruiz (February), Tomas\n"
    "Berg (May) and Li Wen (September) were attacked in their homes. The attacks were\n"
    "claimed by the Northern Front.\n";

TEST(EventListingTest, MonthsInParenthesesAreOneEventEachAcrossAHardWrap) {
  auto e = MustExtract(kWrapped);
  int attacks = 0;
  for (const auto& ev : e.events()) {
    if (ev.evidence().text().find("were attacked") == std::string::npos) continue;
    ++attacks;
    EXPECT_EQ(ev.date().year(), 2016);
    ASSERT_GT(ev.actors_size(), 0);
    EXPECT_EQ(ev.actors(0).name(), "Northern Front");
  }
  EXPECT_EQ(attacks, 3);
}

}  // namespace
}  // namespace amicus::extract
