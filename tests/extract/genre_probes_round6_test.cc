// The sixth round of probes of the genre: short documents written for
// these tests (invented names, places and bodies) in the shapes of events
// that rounds 2 to 5 did not reach: timelines with year labels, passive
// chains with one agent, founding dates, negated and reported acts,
// nominalized acts in openers, pronoun subjects and sequels inside one
// sentence. One test per rule, each with the case that must not change.
#include <string>

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::ActorOf;
using testing::EventContaining;
using testing::MustExtract;

// The event dated year-month-day (0 for a coarser date), or nullptr.
const amicus::v1::Event* EventOn(const amicus::v1::Extraction& e, int year, int month,
                                 int day) {
  for (const auto& ev : e.events()) {
    if (ev.date().year() == year && ev.date().month() == month && ev.date().day() == day) {
      return &ev;
    }
  }
  return nullptr;
}

std::string ActorOn(const amicus::v1::Extraction& e, int year, int month, int day) {
  const amicus::v1::Event* ev = EventOn(e, year, month, day);
  if (ev == nullptr) return "<no event>";
  return ev->actors_size() == 0 ? "" : ev->actors(0).name();
}

constexpr char kHead[] =
    "Halvoria: Defenders under pressure\n\n"
    "Corin, 18 November 2025 \xE2\x80\x93 ";

// "was not charged on 12 November": a negated verb the date modifies
// states that nothing happened that day. The detention in the same
// sentence, and "arrested on 3 May and has not been released", stay.
TEST(GenreProbesRound6Test, NegatedDatedVerbIsNoEvent) {
  auto e = MustExtract(std::string(kHead) +
                       "Defender Pavel Roux, who was detained on 10 November, was not charged "
                       "on 12 November as prosecutors had announced.\n");
  EXPECT_EQ(EventOn(e, 2025, 11, 12), nullptr);
  EXPECT_EQ(ActorOn(e, 2025, 11, 10), "police");
  auto kept = MustExtract(std::string(kHead) +
                          "Journalist Ines Dorr was arrested on 3 November and has not been "
                          "released since.\n");
  EXPECT_EQ(ActorOn(kept, 2025, 11, 3), "police");
}

// "arrested on 2 February, charged on 6 February and convicted by the
// Court on 8 July": the agent is the court's for the conviction only;
// the arrest is the police's, the charge the prosecutors'. An agent right
// after its own participle still acts for its date.
TEST(GenreProbesRound6Test, AgentBelongsToItsOwnConjunct) {
  auto e = MustExtract(std::string(kHead) +
                       "The five were arrested on 2 February 2025, charged on 6 February and "
                       "convicted by the Port Selby Criminal Court on 8 July 2025.\n");
  EXPECT_EQ(ActorOn(e, 2025, 2, 2), "police");
  EXPECT_EQ(ActorOn(e, 2025, 2, 6), "prosecutors");
  EXPECT_EQ(ActorOn(e, 2025, 7, 8), "Port Selby Criminal Court");
  auto own = MustExtract(std::string(kHead) +
                         "Blogger Miro Kallas was arrested by the State Security Service on 11 "
                         "November 2025 and charged on 13 November.\n");
  EXPECT_EQ(ActorOn(own, 2025, 11, 11), "State Security Service");
}

// "The HRLF was founded in 2009": the body founded is the one the genre
// names as acting (its full name). "founded by Ana Ruiz" names its agent.
TEST(GenreProbesRound6Test, FoundedBodyActsForItsFounding) {
  auto e = MustExtract(std::string(kHead) +
                       "The Regional Defenders Network condemns the harassment of the Human "
                       "Rights Lawyers Forum (HRLF).\n\n"
                       "The HRLF was founded in 2009. In 2016, the Ministry of Justice revoked "
                       "the licences of four of its members.\n");
  EXPECT_EQ(ActorOf(e, "was founded in 2009"), "Human Rights Lawyers Forum");
  EXPECT_EQ(ActorOf(e, "revoked the licences"), "Ministry of Justice");
  auto agent = MustExtract(std::string(kHead) +
                           "The Lakeside Tenants Union was founded by Ana Ruiz in 2009 to "
                           "defend tenants.\n");
  EXPECT_EQ(ActorOf(agent, "was founded by"), "Ana Ruiz");
}

// "Independent journalist Nina Corr said on 1 June": the capitalized
// adjective opening the sentence describes the person, who acts. "Kenyan
// police arrested" names no person after the description.
TEST(GenreProbesRound6Test, CapitalizedDescriptionBeforeAName) {
  auto e = MustExtract(std::string(kHead) +
                       "Independent journalist Nina Corr said on 1 November that officers had "
                       "told her she would be arrested if she continued her reporting.\n");
  EXPECT_EQ(ActorOn(e, 2025, 11, 1), "Nina Corr");
  auto body = MustExtract(std::string(kHead) +
                          "Halvorian police arrested the journalist Nina Corr on 1 November "
                          "at her home.\n");
  EXPECT_EQ(ActorOn(body, 2025, 11, 1), "Halvorian police");
}

// Agents named through the body they belong to: "investigators of the
// Prosecutor General's Office", "members of the ruling party's youth
// wing", "the National Guard" (a guard is a body, and "National" is no
// title here). "by police" stays "police".
TEST(GenreProbesRound6Test, AgentsNamedByTheirBodies) {
  auto e = MustExtract(std::string(kHead) +
                       "On 13 November, he was questioned by investigators of the Prosecutor "
                       "General's Office without a lawyer present. His colleague Lea Brun was "
                       "beaten by members of the ruling party's youth wing on 14 November. The "
                       "offices of the union were raided by the National Guard on 15 November. "
                       "Two students were detained by police on 16 November.\n");
  EXPECT_EQ(ActorOn(e, 2025, 11, 13), "Prosecutor General's Office");
  EXPECT_EQ(ActorOn(e, 2025, 11, 14), "members of the ruling party's youth wing");
  EXPECT_EQ(ActorOn(e, 2025, 11, 15), "National Guard");
  EXPECT_EQ(ActorOn(e, 2025, 11, 16), "police");
}

// "Press release, 22 January 2026" under the title dates the document, as
// "Statement, 22 January 2026" did; so does "Joint statement – ...". A
// title with a date in running words ("postponed to 30 January 2026") is
// no header: the dateline below dates the document.
TEST(GenreProbesRound6Test, LowercaseDocumentNounsInAHeaderLine) {
  for (const char* header : {"Press release, 22 January 2026",
                             "Joint statement \xE2\x80\x93 22 January 2026"}) {
    auto e = MustExtract(std::string("# Mirand: Court upholds ban on newspaper\n\n") + header +
                             "\n\nOn 20 January 2026, the Supreme Court of Mirand upheld the ban "
                             "on the newspaper, the Media Rights Centre said today.\n",
                         "text/markdown");
    EXPECT_EQ(e.document().date().day(), 22) << header;
    EXPECT_EQ(e.document().date().month(), 1) << header;
  }
  auto title = MustExtract(
      "Hearing of three journalists postponed to 30 January 2026\n\n"
      "Mirand City, 22 January 2026 \xE2\x80\x93 The trial of three journalists was postponed "
      "again on 21 January, the Media Rights Centre said.\n");
  EXPECT_EQ(title.document().date().day(), 22);
}

// A timeline whose items open with a year label ("* **2016** – ...",
// "- 2019: ...") dates each item by its year. A year that is the
// subject of a sentence ("2019 saw ...") labels nothing.
TEST(GenreProbesRound6Test, YearLabelsOfATimeline) {
  auto e = MustExtract(
      "# Zembla: ten years of pressure on the Open Voices Foundation\n\n"
      "Statement, 2 December 2025\n\n"
      "The Foundation has faced a decade of harassment:\n\n"
      "* **2016** \xE2\x80\x93 The Ministry of Interior refused to register the Foundation.\n"
      "* **2019** \xE2\x80\x93 Prosecutors opened a criminal case against its chair.\n"
      "- 2021: Police searched the Foundation's offices in Karsk.\n",
      "text/markdown");
  EXPECT_EQ(ActorOn(e, 2016, 0, 0), "Ministry of Interior");
  EXPECT_EQ(ActorOn(e, 2019, 0, 0), "Prosecutors");
  EXPECT_EQ(ActorOn(e, 2021, 0, 0), "Police");
  auto subject = MustExtract(std::string(kHead) +
                             "2019 saw a wave of arrests of students in Karsk.\n");
  EXPECT_EQ(EventOn(subject, 2019, 0, 0), nullptr);
}

// "Three weeks after the arrest of X on 29 August, the authorities have
// still not ...": the date in the opener dates the arrest it names, by
// the body an arrest implies; no second event counted three weeks from
// the dateline. "..., two days after she published a report" with the
// date before it still dates the clause it follows.
TEST(GenreProbesRound6Test, OpenerNamingADatedAct) {
  auto e = MustExtract(
      "Ostrelia: Free Lena Vos\n\n"
      "Marrow City, 20 September 2025 \xE2\x80\x93 Three weeks after the arrest of Lena Vos on "
      "29 August, the authorities have still not told her family where she is held.\n");
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_EQ(e.events(0).date().day(), 29);
  EXPECT_EQ(e.events(0).type(), amicus::v1::EVENT_TYPE_OTHER);
  EXPECT_EQ(ActorOn(e, 2025, 8, 29), "police");
  auto after = MustExtract(
      "Ostrelia: Free Lena Vos\n\n"
      "Marrow City, 20 September 2025 \xE2\x80\x93 The Free Expression Alliance demands her "
      "release.\n\n"
      "On 1 September, following the arrest of Lena Vos, the Interior Ministry banned her "
      "newspaper.\n");
  EXPECT_EQ(ActorOn(after, 2025, 9, 1), "Interior Ministry");
}

// "Police arrested her on 29 August. ... Following her arrest on 29
// August, ...": the fronted phrase retells the arrest, which is one
// event. Alone, the fronted phrase is the event.
TEST(GenreProbesRound6Test, FrontedPhraseRetellingADay) {
  constexpr char kDoc[] = "Ostrelia: Free Lena Vos\n\nMarrow City, 20 September 2025 \xE2\x80\x93 ";
  auto e = MustExtract(std::string(kDoc) +
                       "Police arrested Lena Vos on 29 August. Following her arrest on 29 "
                       "August, her lawyer was denied access to her.\n");
  EXPECT_EQ(e.events_size(), 1);
  EXPECT_EQ(ActorOn(e, 2025, 8, 29), "Police");
  auto alone = MustExtract(std::string(kDoc) +
                           "Following her arrest on 29 August, her lawyer was denied access to "
                           "her.\n");
  EXPECT_EQ(ActorOn(alone, 2025, 8, 29), "police");
}

// "Rosa Quint leads the union. In 2021 she won ...": "she" acting in a
// paragraph that opened with a person is that person. In a paragraph of
// its own, with no person opening it, "she" stays unresolved.
TEST(GenreProbesRound6Test, PronounIsTheParagraphsPerson) {
  auto e = MustExtract(
      "Calvera: Defender honoured and harassed\n\n"
      "Port Amal, 12 November 2025 \xE2\x80\x93 The Andean Defenders Fund congratulates a land "
      "rights defender from the Alta valley.\n\n"
      "Rosa Quint leads the Alta Valley Farmers Union. In 2021 she won the National Justice "
      "Award. On 3 October 2025 she filed a complaint against the mining company Orotec.\n");
  EXPECT_EQ(ActorOn(e, 2021, 0, 0), "Rosa Quint");
  EXPECT_EQ(ActorOn(e, 2025, 10, 3), "Rosa Quint");
  auto apart = MustExtract(
      "Calvera: Defender harassed\n\n"
      "Port Amal, 12 November 2025 \xE2\x80\x93 Rosa Quint leads the Alta Valley Farmers "
      "Union.\n\n"
      "On 3 October 2025 she filed a complaint against the mining company Orotec.\n");
  EXPECT_NE(ActorOn(apart, 2025, 10, 3), "Rosa Quint");
}

// "..., and on 24 February a court placed her under house arrest": a
// second clause that opens with its own date has its own subject. One
// subject with two verbs ("raided ... and seized") is one actor.
TEST(GenreProbesRound6Test, SecondClauseOpeningWithADate) {
  auto e = MustExtract(std::string(kHead) +
                       "On 22 February, the Prosecutor General charged her with incitement, and "
                       "on 24 February a court placed her under house arrest. On 20 February, "
                       "police raided the home of opposition leader Mika Stern and seized her "
                       "laptop.\n");
  EXPECT_EQ(ActorOn(e, 2025, 2, 22), "Prosecutor General");
  EXPECT_EQ(ActorOn(e, 2025, 2, 24), "court");
  EXPECT_EQ(ActorOn(e, 2025, 2, 20), "police");
}

// "the daily Torvia Today": a capitalized "Today" after a capitalized
// word ends a name and dates nothing. "The Media Authority today revoked"
// is dated by the document.
TEST(GenreProbesRound6Test, TodayInsideAName) {
  constexpr char kDoc[] =
      "# Torvia: Timeline\n\n"
      "**Oslin, 6 March 2025** \xE2\x80\x93 The Torvian Media Council condemned the closure of "
      "three newspapers.\n\n";
  auto e = MustExtract(std::string(kDoc) +
                           "- 10 January 2025: The Media Authority revoked the licence of the "
                           "daily Torvia Today.\n",
                       "text/markdown");
  EXPECT_EQ(EventOn(e, 2025, 3, 6), nullptr);
  EXPECT_EQ(ActorOn(e, 2025, 1, 10), "Media Authority");
  auto today = MustExtract(std::string(kDoc) +
                               "The Media Authority today revoked the licence of the daily "
                               "Free Word.\n",
                           "text/markdown");
  EXPECT_EQ(ActorOn(today, 2025, 3, 6), "Media Authority");
}

// "detained on 5 October and released two days later", "arrested on 9
// October and charged the next day": the second predicate is a second
// event, dated from the first. "and, two days later, his family was
// told" joins no predicate of the subject's.
TEST(GenreProbesRound6Test, SequelOfAPredicateInTheSameSentence) {
  constexpr char kDoc[] = "Kordia: Activists\n\nRivo, 20 October 2025 \xE2\x80\x93 ";
  auto e = MustExtract(std::string(kDoc) +
                       "Activist Tomas Lind was detained on 5 October 2025 and released two "
                       "days later. His colleague Mira Holt was arrested on 9 October and "
                       "charged the next day.\n");
  EXPECT_NE(EventOn(e, 2025, 10, 7), nullptr);
  EXPECT_EQ(ActorOn(e, 2025, 10, 9), "police");
  EXPECT_EQ(ActorOn(e, 2025, 10, 10), "prosecutors");
  auto told = MustExtract(std::string(kDoc) +
                          "Activist Tomas Lind was detained on 5 October 2025 and, two days "
                          "later, his family was told where he was held.\n");
  EXPECT_EQ(EventOn(told, 2025, 10, 7), nullptr);
  EXPECT_NE(EventOn(told, 2025, 10, 5), nullptr);
}

// "Omar Vick said police had searched his office on 3 June": the
// reported clause, without "that", has its own subject. "said on 3 June
// that ..." dates the saying, which is the speaker's.
TEST(GenreProbesRound6Test, ReportedClauseWithoutThat) {
  constexpr char kDoc[] = "Kordia: Lawyers\n\nRivo, 10 June 2025 \xE2\x80\x93 ";
  auto e = MustExtract(std::string(kDoc) +
                       "Lawyer Omar Vick said police had searched his office on 3 June.\n");
  EXPECT_EQ(ActorOn(e, 2025, 6, 3), "police");
  auto said = MustExtract(std::string(kDoc) +
                          "Lawyer Omar Vick said on 3 June that the charges against him were "
                          "baseless.\n");
  EXPECT_NE(ActorOn(said, 2025, 6, 3), "police");
  EXPECT_NE(ActorOn(said, 2025, 6, 3), "<no event>");
}

// "The verdict ... was announced on 8 June": a verdict is a court's (the
// one the document names, else "court"); a prosecutor who announces is
// the prosecutor.
TEST(GenreProbesRound6Test, AnnouncedVerdictIsTheCourts) {
  constexpr char kDoc[] = "Kordia: Trial\n\nRivo, 10 June 2025 \xE2\x80\x93 ";
  auto e = MustExtract(std::string(kDoc) +
                       "The verdict in the case of the five students was announced on 8 June.\n");
  EXPECT_EQ(ActorOn(e, 2025, 6, 8), "court");
  auto prosecutor = MustExtract(std::string(kDoc) +
                                "The Prosecutor General announced on 8 June that the students "
                                "would be charged.\n");
  EXPECT_EQ(ActorOn(prosecutor, 2025, 6, 8), "Prosecutor General");
}

// "Her appeal was rejected on 9 May", "The trial of X opened on 2 June
// before the Y Court": court steps, the court's (the one the document
// names). "Her lawyer, Ivan Petrov, filed an appeal on 2 May" is the
// lawyer's: the name in apposition to a possessed role acts (before, the
// event had no actor).
TEST(GenreProbesRound6Test, CourtStepsWithoutAnAgent) {
  constexpr char kDoc[] =
      "Palvia: Lawyer jailed\n\nPalvia City, 12 May 2025 \xE2\x80\x93 On 28 April 2025, the "
      "Palvia City Court sentenced lawyer Selma Ortiz to four years in prison. ";
  auto e = MustExtract(std::string(kDoc) +
                       "Her appeal was rejected on 9 May 2025. The trial of her colleague Ola "
                       "Berg opened on 6 May before the same court.\n");
  EXPECT_EQ(ActorOn(e, 2025, 5, 9), "Palvia City Court");
  EXPECT_EQ(ActorOn(e, 2025, 5, 6), "Palvia City Court");
  auto lawyer = MustExtract(std::string(kDoc) +
                            "Her lawyer, Ivan Petrov, filed an appeal on 2 May 2025.\n");
  EXPECT_EQ(ActorOn(lawyer, 2025, 5, 2), "Ivan Petrov");
}

// A listing page: "Veloria: Stop the raids on NGOs" heads its item and
// does not run on into the item's lead, so the lead's subject acts. A
// hard-wrapped line of prose still runs on into the next.
TEST(GenreProbesRound6Test, HeadlineDoesNotRunOnIntoTheLead) {
  auto e = MustExtract(
      "News | Veloria Rights Watch\n\n"
      "10 March 2025 | Statement\n"
      "Veloria: Stop the raids on NGOs\n"
      "Police raided the offices of four NGOs in Lindora on 7 March, seizing documents. Read "
      "more\n");
  EXPECT_EQ(ActorOn(e, 2025, 3, 7), "Police");
  auto wrapped = MustExtract(
      "Veloria: Raids\n\n"
      "Lindora, 10 March 2025 \xE2\x80\x93 The Veloria Rights Watch condemned the raids that\n"
      "police carried out on the offices of four NGOs in Lindora on 7 March.\n");
  EXPECT_EQ(ActorOn(wrapped, 2025, 3, 7), "police");
}

// "On 7 May, A, B and C were arrested": one arrest of three people, one
// event (before, the last name and its verb read as a second passive
// clause). "In 2013, X was slain and Y was attacked" is still two.
TEST(GenreProbesRound6Test, ListedSubjectsOfOnePassive) {
  auto e = MustExtract(std::string(kHead) +
                       "On 7 November, Jan Holt, Mia Berg and Tom Lys were arrested in "
                       "Corin.\n");
  EXPECT_EQ(e.events_size(), 1);
  auto two = MustExtract(std::string(kHead) +
                         "In 2013, Ahmed Haider was slain and Asif Mohan was attacked.\n");
  EXPECT_EQ(two.events_size(), 2);
}

// "the Bill introduced into Parliament last week", "a draft law tabled
// on 3 November": a government puts bills before parliament (before,
// the bill itself was the actor). A bill "tabled by the Justice
// Committee" is the committee's.
TEST(GenreProbesRound6Test, BillIntroducedIsTheGovernments) {
  auto e = MustExtract(std::string(kHead) +
                       "The Civic Forum warns that the draft law tabled on 3 November would "
                       "ban foreign funding of NGOs.\n");
  EXPECT_EQ(ActorOn(e, 2025, 11, 3), "government");
  auto committee = MustExtract(std::string(kHead) +
                               "The Civic Forum warns that the bill tabled by the Justice "
                               "Committee on 3 November would ban foreign funding of NGOs.\n");
  EXPECT_EQ(ActorOn(committee, 2025, 11, 3), "Justice Committee");
}

// "A diverse group of unions and NGOs joined forces on 3 November under
// the banner Fair Homes for All": the collective acts as the body it
// forms (before, the event had no actor). A named subject that joins
// forces with others is itself the actor.
TEST(GenreProbesRound6Test, CollectiveActsUnderItsBanner) {
  auto e = MustExtract(std::string(kHead) +
                       "A diverse group of tenants' unions, housing charities and lawyers "
                       "joined forces on 3 November under the banner Fair Homes for All to "
                       "oppose the eviction law.\n");
  EXPECT_EQ(ActorOn(e, 2025, 11, 3), "Fair Homes for All");
  auto named = MustExtract(std::string(kHead) +
                           "The Press Guild joined forces with three unions on 3 November to "
                           "oppose the media law.\n");
  EXPECT_EQ(ActorOn(named, 2025, 11, 3), "Press Guild");
}

// A photo caption "Name, Org – winner of the X Award 2021" states the
// prize without a verb; the page's second caption repeating it (with the
// organization spelled out) is the same happening. A caption naming no
// prize states nothing, and two short sentences alike in words but about
// two people are two events.
TEST(GenreProbesRound6Test, AwardCaptionAndItsRepeat) {
  auto e = MustExtract(
      "Rights groups urge release of Lina Haddad\n\n"
      "Lindora, 3 May 2023 \xE2\x80\x93 Rights groups today urged the authorities to free "
      "Lina Haddad.\n\n"
      "Lina Haddad, LRC \xE2\x80\x93 winner of the Golden Pen Award for Courage at the Free "
      "Media Awards 2021 with the jury's chair Tomas Berg\n\n"
      "Lina Haddad, Lakeside Rights Centre, \xE2\x80\x93 winner of the Golden Pen Award for "
      "Courage at the Free Media Awards 2021 with the jury's chair Tomas Berg\n");
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_EQ(ActorOn(e, 2021, 0, 0), "Lina Haddad");
  auto two = MustExtract(std::string(kHead) +
                         "In 2019, police arrested Ana Ruiz. In 2019, police arrested Omar "
                         "Castell.\n\nLina Haddad, LRC \xE2\x80\x93 at the Free Media Forum "
                         "2021\n");
  EXPECT_EQ(two.events_size(), 2);
}

// "Police arrested Ana Ruiz in 2019 and Omar Castell in 2020.": a
// paragraph with seven digits and "tel" inside a name ("Castell") is no
// contact line (before, it was dropped as boilerplate with its events).
// "Tel: +00 123 456 789" still is.
TEST(GenreProbesRound6Test, NamesHoldingTelAreNoPhoneLine) {
  auto e = MustExtract(std::string(kHead) +
                       "The Forum condemns the harassment of defenders.\n\n"
                       "Police arrested Ana Ruiz in 2019 and her friend Omar Castell in "
                       "2020.\n");
  EXPECT_EQ(ActorOn(e, 2019, 0, 0), "Police");
  auto contact = MustExtract(std::string(kHead) +
                             "The Forum condemns the harassment of defenders.\n\n"
                             "Press office, Tel: +00 123 456 789, opened in 2019\n");
  EXPECT_EQ(EventOn(contact, 2019, 0, 0), nullptr);
}

}  // namespace
}  // namespace amicus::extract
