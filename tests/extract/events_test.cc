#include "extract/events.h"

#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using amicus::v1::EventType;
using testing::EventContaining;
using testing::MustExtract;

// The lead sentence after a dateline is scanned like any other: only the
// dateline's own date is the document's.
TEST(EventsTest, TheLeadAfterADatelineStatesEvents) {
  auto e = MustExtract(
      "Court convicts five activists\n"
      "GENEVA, 9 June 2021 \xE2\x80\x93 The coalition deplored the conviction of five "
      "activists by the Regional Court on 8 June 2021.\n\n"
      "The coalition will appeal.\n");
  const amicus::v1::Event* ev = EventContaining(e, "the conviction of five activists");
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->date().day(), 8);
  EXPECT_EQ(ev->type(), amicus::v1::EVENT_TYPE_RULING);
  ASSERT_GT(ev->actors_size(), 0);
  EXPECT_EQ(ev->actors(0).name(), "Regional Court");
  EXPECT_EQ(e.events_size(), 1);
}

// "The following day", "two days later", "later that year": a sentence
// with no date of its own is dated by the happening told before it; a
// sequel that is only planned ("will resume the following day") is none.
TEST(EventsTest, SequelDatesCountFromTheHappeningToldBefore) {
  auto e = MustExtract(
      "Newspaper raided in Port Ellis\n\n"
      "GENEVA, 14 March 2023 \xE2\x80\x93 The Press Coalition condemned the raid.\n\n"
      "Police raided the offices of the Daily Lantern on 9 March 2023. The following day, "
      "the Interior Ministry announced that the paper's licence was suspended.\n\n"
      "Two days later, the editor was summoned for questioning by prosecutors.\n\n"
      "In 2019, the courts fined the paper over a report. Later that year, the Supreme "
      "Court overturned the fine.\n\n"
      "The editor's hearing will resume the following day.\n");
  const amicus::v1::Event* next = EventContaining(e, "The following day");
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->date().month(), 3);
  EXPECT_EQ(next->date().day(), 10);
  ASSERT_GT(next->actors_size(), 0);
  EXPECT_EQ(next->actors(0).name(), "Interior Ministry");
  const amicus::v1::Event* later = EventContaining(e, "Two days later");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->date().day(), 12);
  const amicus::v1::Event* year = EventContaining(e, "Later that year");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->date().year(), 2019);
  EXPECT_EQ(year->date().month(), 0);
  EXPECT_EQ(EventContaining(e, "will resume"), nullptr);
}

// "The day after the attack, X reported ...": the fronted phrase dates
// the clause; the attack it names is not the subject.
TEST(EventsTest, TheDayAfterAHappeningDatesTheNextClause) {
  auto e = MustExtract(
      "Journalist attacked\n\n"
      "The reporter Dana Kell was beaten outside her home in Lorn on 3 May 2021. "
      "The day after the attack, the Lorn Gazette reported that she had received threats.\n");
  const amicus::v1::Event* ev = EventContaining(e, "The day after the attack");
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->date().day(), 4);
  ASSERT_GT(ev->actors_size(), 0);
  EXPECT_EQ(ev->actors(0).name(), "Lorn Gazette");
}

// Markdown as organisations store it: a link's text is the verb ("had
// been [alerted](https://...)"), and a quotation opened with a straight
// mark and closed with a curly one after the date leaves the date outside.
TEST(EventsTest, LinkedVerbsAndMixedQuoteMarksInMarkdown) {
  auto e = MustExtract(
      "# Spyware case\n\nNovember 2, 2020\n\n"
      "The agency had been [warned](https://example.org/warning-in-june) by Veltrix Chat "
      "about the flaw in June 2019 but officials said the notice was \"too technical to "
      "act on.\xE2\x80\x9D\n",
      "text/markdown");
  const amicus::v1::Event* ev = EventContaining(e, "about the flaw in June 2019");
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->date().month(), 6);
  ASSERT_GT(ev->actors_size(), 0);
  EXPECT_EQ(ev->actors(0).name(), "Veltrix Chat");
}

// A sentence that ends in an emphasized quotation ("... too technical.”_")
// ends there: the next sentence's date is not inside the quotation.
TEST(EventsTest, AnEmphasizedQuotationEndsItsSentence) {
  auto e = MustExtract(
      "# Spyware case\n\nNovember 2, 2020\n\n"
      "Officials said the notice was _\"too technical to act on.\xE2\x80\x9D_ At the state "
      "level, a panel was established by the Norland Government on 11 November 2019.\n",
      "text/markdown");
  const amicus::v1::Event* ev = EventContaining(e, "a panel was established");
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->date().day(), 11);
  ASSERT_GT(ev->actors_size(), 0);
  EXPECT_EQ(ev->actors(0).name(), "Norland Government");
}

TEST(EventTypeTest, CueWordsDecideTheType) {
  struct Case {
    const char* sentence;
    EventType type;
  };
  const Case cases[] = {
      {"the minister threatened to revoke or deny visas to court staff",
       amicus::v1::EVENT_TYPE_VISA_RESTRICTION},
      {"the senator threatened the judges with reprisals", amicus::v1::EVENT_TYPE_THREAT},
      {"the government imposed sanctions and an asset freeze on the prosecutor",
       amicus::v1::EVENT_TYPE_SANCTION},
      {"the coalition sent a letter to the president", amicus::v1::EVENT_TYPE_LETTER},
      {"the group had written to the ministry", amicus::v1::EVENT_TYPE_LETTER},
      {"in a speech to the assembly the adviser attacked the court",
       amicus::v1::EVENT_TYPE_SPEECH},
      {"the prosecutor opened an investigation into the killings",
       amicus::v1::EVENT_TYPE_INVESTIGATION},
      {"the prosecutor requested arrest warrants for two leaders",
       amicus::v1::EVENT_TYPE_WARRANT},
      {"the house passed a bill to punish cooperation with the court",
       amicus::v1::EVENT_TYPE_LEGISLATION},
      {"the appeals chamber ruled that the case was admissible", amicus::v1::EVENT_TYPE_RULING},
      {"the municipal court convicted the five defenders", amicus::v1::EVENT_TYPE_RULING},
      {"she was sentenced to five years in prison", amicus::v1::EVENT_TYPE_RULING},
      {"the ministry announced its position", amicus::v1::EVENT_TYPE_STATEMENT},
      {"the delegation arrived in the capital", amicus::v1::EVENT_TYPE_OTHER},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ClassifyEvent(c.sentence), c.type) << c.sentence;
  }
}

constexpr char kLetterRelease[] =
    "Rights groups protest threats against the tribunal\n\n"
    "The Forum for International Justice (FIJ) and the Lawyers Alliance condemn the "
    "threats by U.S. Attorney General Mark Feld against the tribunal.\n\n"
    "In a press briefing on 12 January 2023, Feld explicitly threatened to arrest "
    "tribunal staff who travel to the country.\n\n"
    "His remarks followed threats made by Senator Joan Pike in a 3 December 2022 "
    "speech to a veterans group.\n\n"
    "This comes on the heels of a letter sent to the tribunal on 9 January 2023 by "
    "the FIJ and the Lawyers Alliance urging it to stand firm.\n\n"
    "Since the election of the new government, the tribunal has faced constant "
    "pressure from officials.\n\n"
    "At least 12 letters were sent since May 2021 without any reply.";

// The verb of the date's clause decides before nouns elsewhere in the
// sentence: a detention after an investigation, an arrest under a warrant.
TEST(EventTypeTest, TheVerbOfTheDatesClauseDecidesFirst) {
  auto e = MustExtract(
      "Reporter detained\n\nVeloria City, 20 May 2025\n\n"
      "Police must release Ana Ruiz, who was detained on 11 May 2025 after "
      "publishing an investigation into abuses.\n\n"
      "Border guards arrested Omar Haddad on 12 May 2025 under a warrant issued "
      "by a regional court.\n\n"
      "On 14 May 2025 a court sentenced Omar Haddad to two years in prison for "
      "his letter to the minister.\n");
  const amicus::v1::Event* detained = EventContaining(e, "was detained");
  const amicus::v1::Event* arrested = EventContaining(e, "arrested Omar Haddad");
  const amicus::v1::Event* sentenced = EventContaining(e, "sentenced Omar Haddad");
  ASSERT_NE(detained, nullptr);
  ASSERT_NE(arrested, nullptr);
  ASSERT_NE(sentenced, nullptr);
  EXPECT_EQ(detained->type(), amicus::v1::EVENT_TYPE_OTHER);
  EXPECT_EQ(arrested->type(), amicus::v1::EVENT_TYPE_OTHER);
  EXPECT_EQ(sentenced->type(), amicus::v1::EVENT_TYPE_RULING);
}

// "The ruling, issued on 17 September" retells the court's decision the
// lead dated: one happening, one event.
TEST(EventsTest, ALaterSentenceWithoutActorRetellsTheSameHappening) {
  auto e = MustExtract(
      "Court upholds ban\n\nVeloria City, 18 September 2025\n\n"
      "The Supreme Court yesterday upheld the decision to dissolve the teachers' union.\n\n"
      "The ruling, issued on 17 September, ends a two-year legal battle.\n\n"
      "A second ruling, issued on 16 September, had rejected the union's appeal.\n");
  int on_17th = 0;
  for (const amicus::v1::Event& ev : e.events()) on_17th += ev.date().day() == 17;
  EXPECT_EQ(on_17th, 1);
  EXPECT_NE(EventContaining(e, "upheld the decision"), nullptr);
  EXPECT_NE(EventContaining(e, "16 September"), nullptr);
}

TEST(EventsTest, SubjectIsResolvedToTheFullNameFirstGiven) {
  auto e = MustExtract(kLetterRelease);
  const auto* ev = EventContaining(e, "Feld explicitly threatened");
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->date().year(), 2023);
  EXPECT_EQ(ev->date().month(), 1);
  EXPECT_EQ(ev->date().day(), 12);
  EXPECT_EQ(ev->date_precision(), amicus::v1::DATE_PRECISION_DAY);
  EXPECT_EQ(ev->type(), amicus::v1::EVENT_TYPE_THREAT);
  ASSERT_EQ(ev->actors_size(), 1);
  EXPECT_EQ(ev->actors(0).name(), "Mark Feld");
}

TEST(EventsTest, AgentOfAPassiveIsTheActor) {
  auto e = MustExtract(kLetterRelease);
  const auto* threat = EventContaining(e, "Joan Pike");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->type(), amicus::v1::EVENT_TYPE_THREAT);
  ASSERT_EQ(threat->actors_size(), 1);
  EXPECT_EQ(threat->actors(0).name(), "Joan Pike");
  const auto* letter = EventContaining(e, "a letter sent to the tribunal");
  ASSERT_NE(letter, nullptr);
  EXPECT_EQ(letter->type(), amicus::v1::EVENT_TYPE_LETTER);
  ASSERT_EQ(letter->actors_size(), 1);
  EXPECT_EQ(letter->actors(0).name(), "FIJ and the Lawyers Alliance");
}

TEST(EventsTest, UndatedBackgroundAndPeriodsAreNotEvents) {
  auto e = MustExtract(kLetterRelease);
  EXPECT_EQ(EventContaining(e, "Since the election"), nullptr);
  EXPECT_EQ(EventContaining(e, "since May 2021"), nullptr);
  EXPECT_EQ(e.events_size(), 3);
}

TEST(EventsTest, RelativeDatesUseTheLettersDate) {
  auto e = MustExtract(
      "On May 22, 40 organizations sent a joint letter to the president.\n\n"
      "May 22, 2024\n\nDear President Moreno:\n\n"
      "On May 20, the prosecutor requested warrants for three commanders.\n\n"
      "Sincerely,\n\nAlpha Rights\nBeta Watch\nGamma Forum\n");
  const auto* warrant = EventContaining(e, "requested warrants");
  ASSERT_NE(warrant, nullptr);
  EXPECT_EQ(warrant->date().year(), 2024);
  EXPECT_EQ(warrant->date().day(), 20);
  EXPECT_EQ(warrant->type(), amicus::v1::EVENT_TYPE_WARRANT);
  ASSERT_EQ(warrant->actors_size(), 1);
  EXPECT_EQ(warrant->actors(0).name(), "prosecutor");
  const auto* letter = EventContaining(e, "sent a joint letter");
  ASSERT_NE(letter, nullptr);
  EXPECT_EQ(letter->date().month(), 5);
  EXPECT_EQ(letter->actors(0).name(), "40 organizations");
}

TEST(EventsTest, EvidenceOffsetsSliceTheOriginal) {
  std::string content = kLetterRelease;
  auto e = MustExtract(content);
  for (const auto& ev : e.events()) {
    std::string slice = content.substr(ev.evidence().start_offset(),
                                       ev.evidence().end_offset() - ev.evidence().start_offset());
    EXPECT_EQ(slice, ev.evidence().text());
  }
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

TEST(EventsTest, OffsetFromAnotherDateIsItsOwnEvent) {
  auto e = testing::MustExtract(
      "On 20 January 2020, one month after the Prosecutor announced an investigation "
      "into the killings, Interior Minister Karl Brandt called for sanctions against the court.");
  const amicus::v1::Event* earlier = nullptr;
  for (const auto& ev : e.events()) {
    if (ev.evidence().text().rfind("one month after", 0) == 0) earlier = &ev;
  }
  ASSERT_NE(earlier, nullptr);
  EXPECT_EQ(earlier->evidence().text(),
            "one month after the Prosecutor announced an investigation into the killings");
  EXPECT_EQ(earlier->date().year(), 2019);
  EXPECT_EQ(earlier->date().month(), 12);
  EXPECT_EQ(earlier->date_precision(), amicus::v1::DATE_PRECISION_MONTH);
  EXPECT_EQ(earlier->type(), amicus::v1::EVENT_TYPE_INVESTIGATION);
  ASSERT_EQ(earlier->actors_size(), 1);
  EXPECT_EQ(earlier->actors(0).name(), "Prosecutor");
  const auto* threat = testing::EventContaining(e, "called for sanctions");
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->date().day(), 20);
  EXPECT_EQ(threat->type(), amicus::v1::EVENT_TYPE_THREAT);
  ASSERT_EQ(threat->actors_size(), 1);
  EXPECT_EQ(threat->actors(0).name(), "Karl Brandt");
}

TEST(EventsTest, DatedBackgroundWithoutActorOrCueIsNotAnEvent) {
  auto e = testing::MustExtract(
      "Geneva, 2 March 2021\n\nProtecting the independence of the Court is particularly "
      "important today in the face of hostility.");
  EXPECT_EQ(e.events_size(), 0);
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

using testing::EventContaining;
using testing::MustExtract;

// After an opening adverbial, a clause that starts in lowercase is still
// the subject when it names a body; a place after the body is not part
// of the actor, the body the people belong to is.
TEST(LowercaseSubjectTest, BodiesAfterAnOpeningAdverbialAreActors) {
  auto e = MustExtract(
      "PRESS RELEASE\n\n14 November 2024\n\n"
      "On Tuesday, border officers at the northern crossing turned back two "
      "investigators of the tribunal.\n\n"
      "On 2 October, eleven members of parliament wrote to the Registrar "
      "demanding the closure of the field office.\n\n"
      "On 5 November, agents of the State Security Bureau detained a lawyer "
      "who had filed evidence with the tribunal.\n");
  const auto* border = EventContaining(e, "turned back");
  ASSERT_NE(border, nullptr);
  EXPECT_EQ(border->date().day(), 12);
  ASSERT_EQ(border->actors_size(), 1);
  EXPECT_EQ(border->actors(0).name(), "border officers");
  const auto* letter = EventContaining(e, "wrote to the Registrar");
  ASSERT_NE(letter, nullptr);
  ASSERT_EQ(letter->actors_size(), 1);
  EXPECT_EQ(letter->actors(0).name(), "eleven members of parliament");
  const auto* arrest = EventContaining(e, "detained a lawyer");
  ASSERT_NE(arrest, nullptr);
  ASSERT_EQ(arrest->actors_size(), 1);
  EXPECT_NE(arrest->actors(0).name().find("State Security Bureau"), std::string::npos);
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

using testing::EventContaining;
using testing::MustExtract;

// "Earlier this year, on 2 March, ..." is one event on 2 March; a date
// the speaker says inside a quotation is not the document's event.
TEST(EventDatesTest, ANarrowedDateIsOneEventAndQuotedDatesAreNone) {
  auto e = MustExtract(
      "PRESS RELEASE\n\n20 June 2024\n\n"
      "Earlier this year, on 2 March, nine deputies wrote to the Registrar "
      "demanding the closure of the field office.\n\n"
      "\xE2\x80\x9CWe waited years for this. Today the families can finally "
      "see the accused in a courtroom,\xE2\x80\x9D said Lidia Marsh, director of "
      "the Victims Support Forum.\n");
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_EQ(e.events(0).date().month(), 3);
  EXPECT_EQ(e.events(0).date().day(), 2);
  EXPECT_EQ(EventContaining(e, "courtroom"), nullptr);
}

}  // namespace
}  // namespace amicus::extract
