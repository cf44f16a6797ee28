// The tenth round of probes of the genre: short documents written for
// these tests (invented names, organisations and places) in the house
// styles of the third held-out set (tests/accuracy/devset3): urgent
// actions with a "Date:" field, newsletters with "·" between header
// fields, press-freedom alerts with an em dash glued to the dateline.
// One test per rule, each with the near-miss that must not change.
#include <string>

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

// "UA: 12/25 Index: EUR 01/2345/2025 Halvoria Date: 3 March 2025": a
// short line of labelled fields dates the document by its "Date:" label.
// Before, the line held too many words for a header and the document had
// no date. A "Deadline date:" names another date and still dates nothing.
TEST(GenreProbesRound10Test, DateFieldOfALabelledHeaderLine) {
  const std::string body =
      "\n\nLawyer Ana Ruiz was detained by police in Corin on 27 February 2025. "
      "Her family has not been told where she is held.\n";
  auto ua = MustExtract("URGENT ACTION\n\nLAWYER HELD INCOMMUNICADO\n\n"
                        "UA: 12/25 Index: EUR 01/2345/2025 Halvoria Date: 3 March 2025" + body);
  EXPECT_EQ(ua.document().date().year(), 2025);
  EXPECT_EQ(ua.document().date().month(), 3);
  EXPECT_EQ(ua.document().date().day(), 3);
  auto deadline = MustExtract("URGENT ACTION\n\nLAWYER HELD INCOMMUNICADO\n\n"
                              "UA: 12/25 Index: EUR 01/2345/2025 Halvoria Deadline date: "
                              "3 March 2025" + body);
  EXPECT_FALSE(deadline.document().date().month() == 3 && deadline.document().date().day() == 3);
}

// "Issue 9 · 16 May 2025 · A monthly newsletter of ...": a middle dot
// separates header fields as '|' does, so the date's field is a header
// even when the next field is a sentence. The newsletter's "on 8 May"
// then resolves. A sentence with a dot and a date in running text is not
// a header.
TEST(GenreProbesRound10Test, MiddleDotSeparatesNewsletterHeaderFields) {
  auto issue = MustExtract(
      "# The Corin Justice Letter\n\n"
      "**Issue 9 \xC2\xB7 16 May 2025** \xC2\xB7 A monthly newsletter of the Corin Network "
      "for Justice and Rights\n\n"
      "## Halvoria: court frees organiser\n\n"
      "The Corin High Court ordered the release of organiser Ana Ruiz on 8 May, finding "
      "that the charges against her had no basis.\n",
      "text/markdown");
  EXPECT_EQ(issue.document().date().month(), 5);
  EXPECT_EQ(issue.document().date().day(), 16);
  EXPECT_EQ(ActorOf(issue, "ordered the release"), "Corin High Court");
}

// "Corin, July 8, 2025\xE2\x80\x94Halvorian authorities must ...": an em dash
// glued to the dateline's date closes the dateline. Before, only spaced
// dashes did, and the document had no date. A glued em dash after a
// word ("the Court\xE2\x80\x94and its staff") is not a dateline.
TEST(GenreProbesRound10Test, EmDashGluedToTheDatelinesDate) {
  auto alert = MustExtract(
      "Halvorian journalist jailed over reporting\n\n"
      "Corin, July 8, 2025\xE2\x80\x94Halvorian authorities must immediately release "
      "journalist Ana Ruiz, the Press Freedom Forum said Tuesday.\n\n"
      "On July 3, police arrested Ruiz as she covered an eviction.\n");
  EXPECT_EQ(alert.document().date().month(), 7);
  EXPECT_EQ(alert.document().date().day(), 8);
  EXPECT_EQ(alert.document().place(), "Corin");
  EXPECT_EQ(ActorOf(alert, "arrested Ruiz"), "police");
  auto prose = MustExtract(
      "Halvorian journalist jailed over reporting\n\n"
      "Corin officials\xE2\x80\x94" "and the police with them\xE2\x80\x94have harassed journalist "
      "Ana Ruiz for years, the Press Freedom Forum said.\n");
  EXPECT_EQ(prose.document().place(), "");
}

// "since the Court opened its investigation in January 2016": a
// subordinating "since" followed by its own subject and verb opens a
// clause whose subject acts; "the Court" then resolves to the court the
// document named. "since it opened" stands for the subject of the clause
// "since" hangs on. Before, both events had no actor. "detained since
// his arrest on 3 May" still names no actor after "since".
TEST(GenreProbesRound10Test, SubjectOfASinceClauseActs) {
  auto court = MustExtract(std::string(kHead) +
                           "The International Criminal Court (ICC) faces threats.\n\n"
                           "The Corin Legal Centre has cooperated with the ICC since the Court "
                           "opened its investigation into the situation in Halvoria in January "
                           "2016.\n");
  EXPECT_EQ(ActorOf(court, "opened its investigation"), "International Criminal Court");
  auto it = MustExtract(std::string(kHead) +
                        "The International Criminal Court (ICC) faces threats.\n\n"
                        "The ICC has faced mounting pressure since it opened an investigation "
                        "into the situation in Halvoria in March 2021.\n");
  EXPECT_EQ(ActorOf(it, "opened an investigation"), "International Criminal Court");
  auto arrest = MustExtract(std::string(kHead) +
                            "Ana Ruiz has been held in Corin prison since her arrest by the "
                            "military on 3 May 2025.\n");
  EXPECT_EQ(ActorOf(arrest, "since her arrest"), "military");
}

// "Ana Ruiz coordinates the Forum ...\n\nOn 15 April 2025, she addressed
// a press conference": a paragraph that opens with "she" goes on with
// the person the paragraph before opened with. Before, the event had no
// actor. A "she" with no person opening the paragraph before stays
// without one.
TEST(GenreProbesRound10Test, PronounOpeningAParagraphIsThePersonBefore) {
  auto ruiz = MustExtract(std::string(kHead) + "Defenders face arrest.\n\n" +
                          "Ana Ruiz coordinates the Corin Women's Forum, a network that "
                          "documents disappearances.\n\n"
                          "On 15 April 2025, she addressed a press conference in Corin.\n");
  EXPECT_EQ(ActorOf(ruiz, "press conference"), "Ana Ruiz");
  auto none = MustExtract(std::string(kHead) + "Defenders face arrest.\n\n" +
                          "The Corin Women's Forum documents disappearances.\n\n"
                          "On 15 April 2025, she addressed a press conference in Corin.\n");
  EXPECT_EQ(ActorOf(none, "press conference"), "");
}

// "The experts' statement is endorsed by: Ms. Ana Ruiz, Special
// Rapporteur on ...; Mr. Tomas Berg, ...": the other heading of a UN
// release's list of mandate holders; they are its signers, by name.
// Before, only "The experts:" headed such a list. "The statement was
// welcomed by: ..." heads no list.
TEST(GenreProbesRound10Test, ExpertsEndorsementHeadsTheirList) {
  const std::string release =
      "Halvoria: UN experts alarmed by arrests of lawyers\n\n"
      "GENEVA (12 June 2025) \xE2\x80\x93 UN experts today expressed alarm at the arrest of "
      "three lawyers in Halvoria.\n\n";
  const std::string list =
      "Ms. Ana Ruiz, Special Rapporteur on the situation of human rights defenders; "
      "Mr. Tomas Berg, Special Rapporteur on the independence of judges and lawyers; and "
      "Ms. Lena Okafor, Chair-Rapporteur of the Working Group on Arbitrary Detention.\n";
  auto endorsed = MustExtract(release + "The experts' statement is endorsed by: " + list);
  EXPECT_EQ(SignerNames(endorsed), "Ana Ruiz; Tomas Berg; Lena Okafor; ");
  auto welcomed = MustExtract(release + "The statement was welcomed by: " + list);
  EXPECT_EQ(SignerNames(welcomed), "");
}

// "Yours sincerely,\n\nADDITIONAL INFORMATION\n\n<prose>": an urgent
// action's model letter is signed by its reader; the heading after the
// closing starts the next section and signs nothing. Before, it was a
// signer. A signer named under the closing still signs.
TEST(GenreProbesRound10Test, SectionHeadingAfterAModelLettersClosing) {
  const std::string letter =
      "URGENT ACTION\n\nLAWYER DETAINED\n\nDear Minister,\n\n"
      "I urge you to release lawyer Ana Ruiz immediately and unconditionally.\n\n"
      "Yours sincerely,\n\n";
  auto model = MustExtract(letter +
                           "ADDITIONAL INFORMATION\n\nAna Ruiz has defended protesters in "
                           "Corin for ten years and was detained on 2 March 2025.\n");
  EXPECT_EQ(SignerNames(model), "");
  auto signed_letter = MustExtract(letter +
                                   "CORIN BAR ASSOCIATION\n\nHALVORIAN LAWYERS UNION\n\n"
                                   "NORTHERN RIGHTS NETWORK\n");
  EXPECT_NE(SignerNames(signed_letter), "");
}

// "said PFF Americas program director Ana Ruiz Soto": a body's name and a
// lowercase role between the speech verb and the person. Before, the
// speaker was the body's name ("PFF Americas"). "said Tomas Berg, the
// Forum's director" still names Tomas Berg.
TEST(GenreProbesRound10Test, BodyAndLowercaseRoleBeforeTheSpeaker) {
  auto e = MustExtract(std::string(kHead) +
                       "Halvorian authorities must release journalist Ina Vos, the Press "
                       "Freedom Forum (PFF) said today.\n\n"
                       "\"Covering an eviction is not a crime,\" said PFF Americas program "
                       "director Ana Ruiz Soto. \"Halvoria must free Ina Vos now.\"\n\n"
                       "\"Journalists are not criminals,\" said Tomas Berg, the Forum's "
                       "director.\n");
  const amicus::v1::Quote* crime = QuoteContaining(e, "not a crime");
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ(crime->speaker().name(), "Ana Ruiz Soto");
  const amicus::v1::Quote* criminals = QuoteContaining(e, "not criminals");
  ASSERT_NE(criminals, nullptr);
  EXPECT_EQ(criminals->speaker().name(), "Tomas Berg");
}

// Quoted fragments in reported speech (a statement's house style when it
// reports officials and its own director).
const char kFragments[] =
    "Halvoria: union leader jailed\n\n"
    "Corin, 18 November 2025 \xE2\x80\x93 The Corin Labour Centre condemns the sentence.\n\n";

// "She added that the case showed that “…”": a "she" or "he" whose
// speech verb brings a "that" clause speaks the words that clause quotes.
// Before, "She" was taken for a name and the quote was dropped. "They
// added that “…”" stays unattributed: a collective is no speaker.
TEST(GenreProbesRound10Test, PronounSpeaksItsReportedClausesQuote) {
  auto e = MustExtract(std::string(kFragments) +
                       "The centre's director, Ilse Marten, called the verdict \"a travesty of "
                       "justice\". She added that the case showed that \"no independent union "
                       "is safe in Halvoria today\".\n\n"
                       "The Corin unions met on Monday. They added that \"every union in "
                       "Halvoria is now under threat\".\n");
  const amicus::v1::Quote* safe = QuoteContaining(e, "no independent union");
  ASSERT_NE(safe, nullptr);
  EXPECT_EQ(safe->speaker().name(), "Ilse Marten");
  EXPECT_EQ(QuoteContaining(e, "every union"), nullptr);
}

// "said that other journalists were being “monitored”.": a short phrase
// that ends the clause a named speaker's verb reports, and the sentence,
// is the speaker's words however far the verb is. Before, only a phrase
// within six words of the verb was. A cited term mid-clause ("said the
// “foreign agents” law ...") is not a quotation.
TEST(GenreProbesRound10Test, ShortPhraseClosingAReportedClause) {
  auto e = MustExtract(std::string(kFragments) +
                       "Police spokesperson Ramon Villa said that other journalists working on "
                       "the story were being \"monitored\".\n\n"
                       "Judge Ana Ruiz said the so-called \"foreign agents\" law adopted last "
                       "year was void.\n");
  const amicus::v1::Quote* monitored = QuoteContaining(e, "monitored");
  ASSERT_NE(monitored, nullptr);
  EXPECT_EQ(monitored->speaker().name(), "Ramon Villa");
  EXPECT_EQ(QuoteContaining(e, "foreign agents"), nullptr);
}

// "The foreign minister, Gabor Halmi, later described the court as “a
// political tool.”": a time word between the speaker and the speech verb
// tells when, not who. Before, the quote had no speaker and was dropped.
TEST(GenreProbesRound10Test, TimeWordBeforeTheSpeechVerb) {
  auto e = MustExtract(std::string(kFragments) +
                       "The foreign minister, Gabor Halmi, later described the court as \"a "
                       "political tool.\"\n\n"
                       "\"We will appeal,\" Ana Ruiz said.\n");
  const amicus::v1::Quote* tool = QuoteContaining(e, "political tool");
  ASSERT_NE(tool, nullptr);
  EXPECT_EQ(tool->speaker().name(), "Gabor Halmi");
  const amicus::v1::Quote* appeal = QuoteContaining(e, "We will appeal");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->speaker().name(), "Ana Ruiz");
}

// "On 6 May, the Committee on Enforced Disappearances opened ...": after a
// lowercase "the", a capitalized body noun heads a name that goes on past
// "on"; only a lowercase body noun ends at a place ("border officers at
// the crossing"). Before, the actor was "Committee".
TEST(GenreProbesRound10Test, CapitalizedBodyNounKeepsItsName) {
  auto committee = MustExtract(std::string(kHead) +
                               "On 6 May 2025, the Committee on Enforced Disappearances opened "
                               "an inquiry into the case.\n");
  EXPECT_EQ(ActorOf(committee, "opened an inquiry"), "Committee on Enforced Disappearances");
  auto officers = MustExtract(std::string(kHead) +
                              "On 6 May 2025, the police at the northern crossing detained two "
                              "journalists.\n");
  EXPECT_EQ(ActorOf(officers, "detained two"), "police");
}

// "the House of Peoples' Representatives extended ...": the apostrophe of
// a plural possessive inside a body's name does not end it. Before, the
// actor was "House of Peoples". A singular possessive still ends a name
// ("the Corin Bar Association's president, Ana Ruiz, ...").
TEST(GenreProbesRound10Test, PluralPossessiveInsideABodysName) {
  auto house = MustExtract(std::string(kHead) +
                           "On 2 May 2025, the House of Peoples' Representatives extended the "
                           "state of emergency by four months.\n");
  EXPECT_EQ(ActorOf(house, "extended the state"), "House of Peoples' Representatives");
  auto president = MustExtract(std::string(kHead) +
                               "On 2 May 2025, the Corin Bar Association's president, Ana Ruiz, "
                               "filed a complaint.\n");
  EXPECT_EQ(ActorOf(president, "filed a complaint"), "Ana Ruiz");
}

// "On 3 May, World Press Freedom Day, security forces detained ...": a
// day's name in apposition to the date is no subject. Before, the actor
// was "World Press Freedom Day". "On 3 May, Corin Radio, a community
// station, reported ..." keeps its subject.
TEST(GenreProbesRound10Test, NamedDayAfterTheDateIsNoActor) {
  auto day = MustExtract(std::string(kHead) +
                         "On 3 May 2025, World Press Freedom Day, security forces detained "
                         "seven journalists in Corin.\n");
  EXPECT_EQ(ActorOf(day, "detained seven"), "security forces");
  auto radio = MustExtract(std::string(kHead) +
                           "On 3 May 2025, Corin Radio, a community station, published a report "
                           "on the arrests.\n");
  EXPECT_EQ(ActorOf(radio, "published a report"), "Corin Radio");
}

// "Since the end of November 2024, police have detained more than 400
// protesters": a period bounded by its edge ("the end of", "the
// beginning of") is a period, as "since November 2024" is; so is the end
// of "between September 2024 and April 2025". Before, both were events.
// "At the end of May 2025, police arrested ..." still dates an arrest.
TEST(GenreProbesRound10Test, PeriodEdgesAndRangeEndsAreBounds) {
  auto since = MustExtract(std::string(kHead) +
                           "Since the end of November 2024, police have detained more than 400 "
                           "protesters in Corin.\n");
  EXPECT_EQ(since.events_size(), 0);
  auto between = MustExtract(std::string(kHead) +
                             "The report is based on 74 interviews conducted between September "
                             "2024 and April 2025 with residents and lawyers.\n");
  EXPECT_EQ(between.events_size(), 0);
  auto at_end = MustExtract(std::string(kHead) +
                            "At the end of May 2025, police arrested two journalists in Corin.\n");
  EXPECT_EQ(ActorOf(at_end, "arrested two"), "police");
}

// "REPORT SUMMARY" above a title: a research report's summary is a
// statement, not a press release, though its researcher is quoted as in
// a release. Before, it was read as a release. A
// "PRESS RELEASE" banner still gives a release.
TEST(GenreProbesRound10Test, ReportSummaryBannerIsAStatement) {
  const std::string body =
      "\n\n\"Switched Off\": Internet shutdowns in Halvoria\n\nCorin Rights Monitor\n"
      "Published: Thursday, 15 May 2025\n\n"
      "This report documents the shutdown of mobile internet in northern Halvoria and the "
      "arrests of journalists that accompanied it.\n\n"
      "\"The authorities should restore access now,\" said Ana Ruiz, Corin Rights Monitor's "
      "Halvoria researcher.\n";
  EXPECT_EQ(MustExtract("REPORT SUMMARY" + body).document().kind(),
            amicus::v1::DOCUMENT_KIND_STATEMENT);
  EXPECT_EQ(MustExtract("PRESS RELEASE" + body).document().kind(),
            amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
}

// "The arrest comes two months after the Halvorian government surrendered
// X on 12 March": an "after" clause with its own subject and verb holds
// the dated act, done by that subject. Before, the actor was the body the
// verb implies ("authorities"). "Police detained Ana Ruiz after the
// protest on 3 May" has no subject and verb after "after"; the main
// clause's subject acts.
TEST(GenreProbesRound10Test, SubjectOfAnAfterClauseActs) {
  auto after = MustExtract(std::string(kHead) +
                           "The arrest comes two months after the Halvorian government "
                           "surrendered former President Ivo Stan to the ICC on 12 March 2025.\n");
  EXPECT_EQ(ActorOf(after, "surrendered"), "Halvorian government");
  auto protest = MustExtract(std::string(kHead) +
                             "Police detained Ana Ruiz after the protest on 3 May 2025.\n");
  EXPECT_EQ(ActorOf(protest, "after the protest"), "Police");
}

// "Ana Ruiz was detained by plain-clothes officers on 17 April 2025. ...
// On 15 April, she spoke ... Two days later, plain-clothes officers
// stopped her car": a sentence dated only by a sequel phrase that lands
// on the day, type and actor of an event told before retells it. Before,
// the detention was two events. A sequel that lands on another day ("The
// following day, ...") is an event of its own.
TEST(GenreProbesRound10Test, SequelRetellingAnEarlierEventIsOneEvent) {
  const std::string opening = std::string(kHead) +
                              "Defender Ana Ruiz was detained by plain-clothes officers in Corin "
                              "on 17 April 2025.\n\n"
                              "On 15 April 2025, she addressed a press conference at the Corin "
                              "Press Club. ";
  auto retold = MustExtract(opening +
                            "Two days later, plain-clothes officers stopped her car and took her "
                            "away in an unmarked vehicle.\n");
  int detentions = 0;
  for (const auto& event : retold.events()) {
    detentions += event.date().month() == 4 && event.date().day() == 17;
  }
  EXPECT_EQ(detentions, 1);
  auto next_day = MustExtract(opening +
                              "The following day, plain-clothes officers stopped her car and "
                              "took her away in an unmarked vehicle.\n");
  int sixteenth = 0;
  for (const auto& event : next_day.events()) {
    sixteenth += event.date().month() == 4 && event.date().day() == 16;
  }
  EXPECT_EQ(sixteenth, 1);
}

// "the Prosecutor's applications for arrest warrants, which he announced
// on 20 May": with no person the paragraph is about, "he" stands for the
// office whose act the sentence named by a possessive. Before, the event
// had no actor. A possessive that is no office ("Halvoria's request,
// which he announced") gives none.
TEST(GenreProbesRound10Test, PronounForTheOfficeNamedByAPossessive) {
  auto office = MustExtract(std::string(kHead) +
                            "The bill was a response to the Prosecutor's applications for arrest "
                            "warrants in the situation in Halvoria, which he announced on 20 May "
                            "2024.\n");
  EXPECT_EQ(ActorOf(office, "which he announced"), "Prosecutor");
  auto state = MustExtract(std::string(kHead) +
                           "The bill was a response to Halvoria's request for arrest warrants in "
                           "the situation, which he announced on 20 May 2024.\n");
  EXPECT_EQ(ActorOf(state, "which he announced"), "");
}

// "Corin \xE2\x80\x94 Lawyer Ana Ruiz welcomed the ruling, describing it as “…”":
// the paragraph's dateline is no part of the speaker's name. Before, the
// speaker was "Corin". A quote in a paragraph with no dateline is read as
// before.
TEST(GenreProbesRound10Test, DatelineIsNoPartOfTheSpeaker) {
  auto e = MustExtract(
      "Halvoria: court frees organiser\n\n"
      "Corin \xE2\x80\x94 Lawyer Ana Ruiz welcomed the ruling of the High Court, describing it "
      "as \xE2\x80\x9c" "a victory for every family that waited so long for justice.\xE2\x80\x9d\n\n"
      "Tomas Berg welcomed the decision, describing it as \xE2\x80\x9c" "a first step towards "
      "accountability in Halvoria.\xE2\x80\x9d\n");
  const amicus::v1::Quote* victory = QuoteContaining(e, "a victory for every family");
  ASSERT_NE(victory, nullptr);
  EXPECT_EQ(victory->speaker().name().find("Corin"), std::string::npos);
  EXPECT_NE(victory->speaker().name().find("Ana Ruiz"), std::string::npos);
  const amicus::v1::Quote* step = QuoteContaining(e, "a first step");
  ASSERT_NE(step, nullptr);
  EXPECT_EQ(step->speaker().name(), "Tomas Berg");
}

// "Prime Minister Ivo Stan publicly invited X to visit and said the
// warrant would have “no effect” there.": a speech verb coordinated by
// "and" has the subject of its clause, a named person. Before, the quote
// had no speaker and was dropped. "police came to the office and said the
// search was “routine”." names no person; no quote.
TEST(GenreProbesRound10Test, SpeechVerbCoordinatedWithTheSubjectsPredicate) {
  auto e = MustExtract(std::string(kHead) +
                       "On 22 November 2024, Prime Minister Ivo Stan publicly invited the "
                       "suspect to visit Halvoria and said the warrant would have \"no effect\" "
                       "there.\n\n"
                       "On 3 May 2025, police came to the office and said the search was "
                       "\"routine\".\n");
  const amicus::v1::Quote* effect = QuoteContaining(e, "no effect");
  ASSERT_NE(effect, nullptr);
  EXPECT_NE(effect->speaker().name().find("Ivo Stan"), std::string::npos);
  EXPECT_EQ(QuoteContaining(e, "routine"), nullptr);
}

// "The Communications Authority ordered the internet cut in August 2023,
// when the federal government declared a state of emergency": a ", when"
// clause right after the date, with its own named subject and an active
// verb, tells a second happening of that date, each event with its own
// clause. Before, the sentence was one event. "Police arrested Ana Ruiz
// on 3 May 2025, when she was leaving her office" stays one event.
TEST(GenreProbesRound10Test, WhenClauseAfterTheDateIsASecondEvent) {
  auto two = MustExtract(std::string(kHead) +
                         "The Halvorian Communications Authority ordered mobile internet in the "
                         "north to be cut in August 2023, when the federal government declared a "
                         "state of emergency in the region.\n");
  EXPECT_EQ(two.events_size(), 2);
  EXPECT_EQ(ActorOf(two, "declared a state"), "federal government");
  EXPECT_EQ(ActorOf(two, "ordered mobile internet"), "Halvorian Communications Authority");
  auto one = MustExtract(std::string(kHead) +
                         "Police arrested Ana Ruiz on 3 May 2025, when she was leaving her "
                         "office in Corin.\n");
  EXPECT_EQ(one.events_size(), 1);
}

// "Council Regulation (EU) No 2024/15 was adopted on 3 May 2024": an
// instrument named after the body that makes it, adopted in the passive,
// was made by that body. Before, the event had no actor. "The Regulation
// was adopted" names no one.
TEST(GenreProbesRound10Test, InstrumentNamedAfterItsIssuer) {
  auto council = MustExtract(std::string(kHead) +
                             "Council Regulation (EU) No 2024/15 was adopted on 3 May 2024 to "
                             "protect European persons from sanctions.\n");
  EXPECT_EQ(ActorOf(council, "was adopted"), "Council");
  auto bare = MustExtract(std::string(kHead) +
                          "The Regulation was adopted on 3 June 2024 after long talks between "
                          "the member states.\n");
  EXPECT_EQ(ActorOf(bare, "was adopted"), "");
}

}  // namespace
}  // namespace amicus::extract
