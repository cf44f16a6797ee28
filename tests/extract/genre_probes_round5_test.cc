// The fifth round of probes of the genre: short documents written for
// these tests (invented names and places) in the shapes rounds 3 and 4
// did not cover: UN special-procedures releases, letters to an official,
// events of other kinds and date forms, and quotes whose speaker is
// given by a surname or a pronoun. One test per rule, each with the case
// that must not change.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::ActorOf;
using testing::EventContaining;
using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

// Two speakers share a surname: "Ms Ruiz added" is the Ruiz named last
// before the quote, not the first one the document names. With one Ruiz
// the surname is hers.
TEST(GenreProbesRound5Test, SurnameIsTheNearestNamesake) {
  auto e = MustExtract(
      "Lindora, 14 March 2025 \xE2\x80\x93 The Press Guild condemned the detention of two "
      "reporters.\n\n"
      "\xE2\x80\x9CThis is an attack on all of us,\xE2\x80\x9D said Ana Ruiz, president of the "
      "Press Guild.\n\n"
      "Marta Ruiz, the reporters' lawyer, said: \xE2\x80\x9CThe charges are baseless and must "
      "be dropped.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe will appeal the decision,\xE2\x80\x9D Ms Ruiz added.\n");
  const auto* q = QuoteContaining(e, "We will appeal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Marta Ruiz");
  auto one = MustExtract(
      "Lindora, 14 March 2025 \xE2\x80\x93 The Press Guild condemned the detention of two "
      "reporters.\n\n"
      "\xE2\x80\x9CThis is an attack on all of us,\xE2\x80\x9D said Ana Ruiz, president of the "
      "Press Guild.\n\n"
      "Tomas Berg, the reporters' lawyer, said: \xE2\x80\x9CThe charges are baseless and must "
      "be dropped.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe will appeal the decision,\xE2\x80\x9D Ms Ruiz added.\n");
  q = QuoteContaining(one, "We will appeal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
}

// "she said" after a paragraph that opens with a person: that person,
// not the previous speaker. A person named inside a sentence ("... held
// Omar Castell") is not the pronoun's.
TEST(GenreProbesRound5Test, PronounIsTheParagraphsSubject) {
  auto e = MustExtract(
      "Lindora, 14 March 2025 \xE2\x80\x93 The Press Guild demanded the release of two "
      "reporters.\n\n"
      "\xE2\x80\x9CThe arrests are unlawful,\xE2\x80\x9D said Ana Ruiz, president of the Press "
      "Guild.\n\n"
      "Leila Haddad, a lawyer for the reporters, spoke to the press outside the court. "
      "\xE2\x80\x9CMy clients have done nothing wrong,\xE2\x80\x9D she said.\n");
  const auto* q = QuoteContaining(e, "My clients");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Leila Haddad");
  auto inside = MustExtract(
      "Lindora, 14 March 2025 \xE2\x80\x93 The Press Guild demanded the release of two "
      "reporters.\n\n"
      "\xE2\x80\x9CThe arrests are unlawful,\xE2\x80\x9D said Ana Ruiz, president of the Press "
      "Guild.\n\n"
      "She recalled that the police also held Omar Castell for a week. "
      "\xE2\x80\x9CThis has to stop,\xE2\x80\x9D she said.\n");
  q = QuoteContaining(inside, "This has to stop");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
}

// "said Ana Ruiz (Press Guild)" and "says X – Director, Y": the
// bracketed body and the dash's "role, organization" describe the
// speaker. "(pictured)" is no organization.
TEST(GenreProbesRound5Test, BracketAndDashAppositives) {
  auto e = MustExtract(
      "Lindora, 3 April 2025 \xE2\x80\x93 Two reporters were detained on 1 April 2025.\n\n"
      "\xE2\x80\x9CRelease them now,\xE2\x80\x9D said Ana Ruiz (Free Press Union).\n\n"
      "\xE2\x80\x9CJournalism is not a crime,\xE2\x80\x9D says Tomas Berg \xE2\x80\x93 Director, "
      "Media Defence Network.\n\n"
      "\xE2\x80\x9CWe stand with them,\xE2\x80\x9D said Leila Haddad (pictured).\n");
  const auto* q = QuoteContaining(e, "Release them");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().organization().name(), "Free Press Union");
  q = QuoteContaining(e, "not a crime");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Tomas Berg");
  EXPECT_EQ(q->speaker().role(), "Director");
  EXPECT_EQ(q->speaker().organization().name(), "Media Defence Network");
  q = QuoteContaining(e, "stand with them");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Leila Haddad");
  EXPECT_EQ(q->speaker().organization().name(), "");
}

// A UN release: the mandate holder's long title is kept whole; the
// experts' words are no person's quote; the closing "The experts:" list
// (in one paragraph, or one per line) is its signers by name. A single
// expert is no joint list.
TEST(GenreProbesRound5Test, SpecialProceduresRelease) {
  const std::string head =
      "Veloria: UN experts alarmed by arrests of defenders\n\n"
      "GENEVA (12 May 2024) \xE2\x80\x93 UN experts today expressed alarm at the arrest of five "
      "human rights defenders in Veloria on 8 May 2024.\n\n"
      "\xE2\x80\x9CWe urge the authorities to release them,\xE2\x80\x9D the experts said.\n\n"
      "The Special Rapporteur on the rights to freedom of peaceful assembly and of "
      "association, Pavel Orlik, said the defenders were held incommunicado. "
      "\xE2\x80\x9CTheir families do not know where they are,\xE2\x80\x9D he said.\n\n";
  auto e = MustExtract(
      head + "The experts: Pavel Orlik, Special Rapporteur on the rights to freedom of peaceful "
             "assembly and of association; Ms. Nadia Osei, Special Rapporteur on the situation "
             "of human rights defenders; Kofi Mensah, Special Rapporteur on the independence of "
             "judges and lawyers.\n");
  EXPECT_EQ(QuoteContaining(e, "We urge the authorities"), nullptr);
  const auto* q = QuoteContaining(e, "Their families");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Pavel Orlik");
  EXPECT_EQ(q->speaker().role(),
            "Special Rapporteur on the rights to freedom of peaceful assembly and of "
            "association");
  EXPECT_EQ(SignerNames(e), "Pavel Orlik; Nadia Osei; Kofi Mensah; ");
  auto lines = MustExtract(
      head + "*The experts:\n\nMs. Nadia Osei, Special Rapporteur on the situation of human "
             "rights defenders\nMr. Pavel Orlik, Special Rapporteur on the rights to freedom of "
             "peaceful assembly and of association\n\nSpecial Rapporteurs are part of the "
             "Special Procedures of the Human Rights Council.\n");
  EXPECT_EQ(SignerNames(lines), "Nadia Osei; Pavel Orlik; ");
  auto one = MustExtract(head + "The expert: Pavel Orlik, Special Rapporteur on the rights to "
                                "freedom of peaceful assembly and of association.\n");
  EXPECT_EQ(SignerNames(one), "");
}

// People listed right after "We, the undersigned, ..." sign it. A list
// after "We, the undersigned organisations, call for the release of:"
// is the sentence's object, not its signers.
TEST(GenreProbesRound5Test, UndersignedPeople) {
  auto e = MustExtract(
      "Open letter on press freedom\n\n"
      "We, the undersigned journalists and editors, call on the government to repeal the "
      "Media Law.\n\n"
      "Ana Ruiz, editor, Daily Voice\nDr. Tomas Berg\nLeila Haddad, freelance journalist\n"
      "Omar Castell\n");
  EXPECT_EQ(SignerNames(e), "Ana Ruiz; Tomas Berg; Leila Haddad; Omar Castell; ");
  auto object = MustExtract(
      "Joint statement\n\n"
      "We, the undersigned organisations, call for the immediate release of:\n\n"
      "Ana Ruiz\nTomas Berg\nLeila Haddad\n\n"
      "Signed by:\nPress Guild\nMedia Watch Collective\nCivic Rights Centre\n");
  EXPECT_EQ(SignerNames(object), "Press Guild; Media Watch Collective; Civic Rights Centre; ");
}

// A range of days is dated by its start: "between 3 and 5 May", "3-5
// May", "from 3 May to 5 May". Each gives one event.
TEST(GenreProbesRound5Test, DayRangesDateByTheirStart) {
  for (const char* range : {"between 3 and 5 May 2025", "on 3-5 May 2025",
                            "from 3 May to 5 May 2025", "between 3 May and 5 May 2025"}) {
    auto e = MustExtract(std::string("Lindora, 14 May 2025 \xE2\x80\x93 The Press Guild "
                                     "condemned the raids.\n\nPolice raided the offices of the "
                                     "Press Guild ") +
                         range + ".\n");
    ASSERT_EQ(e.events_size(), 1) << range;
    EXPECT_EQ(e.events(0).date().month(), 5) << range;
    EXPECT_EQ(e.events(0).date().day(), 3) << range;
    EXPECT_EQ(ActorOf(e, "raided"), "Police") << range;
  }
}

// Events of other kinds: a travel ban is a visa restriction; a court
// rejecting an appeal and "the sentencing of X" are rulings; a
// deportation with no agent is the authorities'; a postponed hearing is
// the court's. An arrest is still "other".
TEST(GenreProbesRound5Test, OtherKindsOfEvents) {
  auto e = MustExtract(
      "Lindora, 14 May 2025 \xE2\x80\x93 The Press Guild condemned the crackdown.\n\n"
      "The Ministry of Interior imposed a travel ban on journalist Davit Kaan on 2 May 2025.\n\n"
      "The Court of Appeal on 8 May 2025 rejected the appeal of lawyer Sara Lind.\n\n"
      "Activist Leila Haddad was deported to Norland on 6 May 2025.\n\n"
      "The hearing in the case of Petra Novak was postponed on 12 May 2025.\n\n"
      "The Guild condemned the sentencing of blogger Omar Castell on 9 May 2025.\n\n"
      "Police arrested Tomas Berg on 10 May 2025.\n\n"
      "On 11 May 2025, the President signed an order authorising asset freezes and entry bans "
      "against two judges.\n\n"
      "Prosecutors charged Ana Ruiz on 12 May 2025 with treason, an offence that carries a "
      "sentence of up to twenty years.\n");
  const auto* ban = EventContaining(e, "travel ban");
  ASSERT_NE(ban, nullptr);
  EXPECT_EQ(ban->type(), amicus::v1::EVENT_TYPE_VISA_RESTRICTION);
  const auto* appeal = EventContaining(e, "rejected the appeal");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->type(), amicus::v1::EVENT_TYPE_RULING);
  const auto* sentencing = EventContaining(e, "sentencing");
  ASSERT_NE(sentencing, nullptr);
  EXPECT_EQ(sentencing->type(), amicus::v1::EVENT_TYPE_RULING);
  EXPECT_EQ(ActorOf(e, "was deported"), "authorities");
  // "Court of Appeal" has no head "Court", so the court stays unnamed.
  EXPECT_EQ(ActorOf(e, "was postponed"), "court");
  const auto* arrest = EventContaining(e, "arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->type(), amicus::v1::EVENT_TYPE_OTHER);
  // Asset freezes with the entry bans make a sanction; a charge with the
  // sentence it carries is no ruling.
  const auto* freezes = EventContaining(e, "asset freezes");
  ASSERT_NE(freezes, nullptr);
  EXPECT_EQ(freezes->type(), amicus::v1::EVENT_TYPE_SANCTION);
  const auto* charge = EventContaining(e, "charged Ana Ruiz");
  ASSERT_NE(charge, nullptr);
  EXPECT_NE(charge->type(), amicus::v1::EVENT_TYPE_RULING);
  for (const auto& org : e.document().issuers()) EXPECT_NE(org.name(), "Court of");
}

// "Belmont, 14 May 2025 – Police detained him.": a short sentence after
// the dateline is a lead, so the document is dated and the city acts in
// no event; an event of the lead leaves the dateline out of its
// evidence.
TEST(GenreProbesRound5Test, DatelineBeforeAShortLead) {
  auto e = MustExtract(
      "Crackdown in Veloria\n\nBelmont, 14 May 2025 \xE2\x80\x93 Police detained him.\n\n"
      "He was released on 12 May 2025.\n");
  EXPECT_EQ(e.document().date().day(), 14);
  EXPECT_EQ(e.document().place(), "Belmont");
  for (const auto& ev : e.events()) {
    for (const auto& a : ev.actors()) EXPECT_NE(a.name(), "Belmont");
  }
  auto lead = MustExtract(
      "Crackdown in Veloria\n\nBelmont, 14 May 2025 \xE2\x80\x93 The Ministry of Interior "
      "imposed a travel ban on journalist Davit Kaan on 2 May 2025.\n");
  const auto* ban = EventContaining(lead, "travel ban");
  ASSERT_NE(ban, nullptr);
  EXPECT_TRUE(absl::StartsWith(ban->evidence().text(), "The Ministry of Interior")) <<
      ban->evidence().text();
}

// A letter to an official: "Your Excellency" before the office and name
// is no part of the addressee, and the "cc:" line after the signers'
// list copies the letter to addressees, signing nothing. A "Your
// Excellency," alone stays the addressee.
TEST(GenreProbesRound5Test, LetterToAnOfficialWithCopies) {
  auto e = MustExtract(
      "<html><body><h1>Letter to the Prime Minister on the Foreign Agents Bill</h1>"
      "<p>Your Excellency Prime Minister Anders Vik,</p>"
      "<p>We, the undersigned organisations, urge you to withdraw the Foreign Agents Bill.</p>"
      "<p>Yours sincerely,</p><ul><li>Press Guild</li><li>Civic Space Watch</li>"
      "<li>Lawyers Without Borders Veloria</li></ul>"
      "<p>cc: Minister of Justice Eva Holm<br>Speaker of Parliament Lars Berg</p>"
      "</body></html>",
      "text/html");
  EXPECT_EQ(SignerNames(e), "Press Guild; Civic Space Watch; Lawyers Without Borders Veloria; ");
  ASSERT_EQ(e.signatory_sets_size(), 1);
  EXPECT_EQ(e.signatory_sets(0).addressee(), "Prime Minister Anders Vik");
  auto bare = MustExtract(
      "Your Excellency,\n\nWe are writing about the travel ban on journalist Davit Kaan.\n\n"
      "Yours faithfully,\n\nPress Guild\nCivic Space Watch\nMedia Watch Collective\n\n"
      "cc: Special Rapporteur on freedom of expression\n");
  EXPECT_EQ(SignerNames(bare), "Press Guild; Civic Space Watch; Media Watch Collective; ");
  ASSERT_EQ(bare.signatory_sets_size(), 1);
  EXPECT_EQ(bare.signatory_sets(0).addressee(), "Your Excellency");
}

// "The internet was shut down ... in March 2024": a month-dated event,
// the authorities' though the sentence names no agent.
TEST(GenreProbesRound5Test, ShutdownWithNoAgent) {
  auto e = MustExtract(
      "Lindora, 14 May 2025 \xE2\x80\x93 The Digital Rights Forum condemned the shutdowns.\n\n"
      "The internet was shut down in the northern region in March 2024.\n");
  const auto* ev = EventContaining(e, "shut down");
  ASSERT_NE(ev, nullptr);
  EXPECT_EQ(ev->date().year(), 2024);
  EXPECT_EQ(ev->date().month(), 3);
  EXPECT_EQ(ev->date().day(), 0);
  EXPECT_EQ(ActorOf(e, "shut down"), "authorities");
}

// A treaty body's review: "Committee Expert Jonas Weller" is Jonas
// Weller; a code the Government adopted is legislation, but a charge
// "under the Criminal Code" is no law made.
TEST(GenreProbesRound5Test, TreatyBodyReview) {
  auto e = MustExtract(
      "GENEVA (28 November 2024) \xE2\x80\x93 The Committee against Torture today concluded "
      "its review of the report of Veloria.\n\n"
      "Committee Expert Jonas Weller, the Country Rapporteur, said the Committee was concerned "
      "about ill-treatment in custody. \xE2\x80\x9CWe received credible allegations of "
      "beatings,\xE2\x80\x9D Mr. Weller said.\n\n"
      "Introducing the report, Sara Lund, Minister of Justice of Veloria, said that the "
      "Government had adopted a new Criminal Procedure Code on 1 October 2024.\n\n"
      "Prosecutors charged the activist Omar Castell under the Criminal Code on 3 October "
      "2024.\n");
  const auto* q = QuoteContaining(e, "credible allegations");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Jonas Weller");
  const auto* code = EventContaining(e, "Criminal Procedure Code");
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(code->type(), amicus::v1::EVENT_TYPE_LEGISLATION);
  const auto* charge = EventContaining(e, "charged the activist");
  ASSERT_NE(charge, nullptr);
  EXPECT_NE(charge->type(), amicus::v1::EVENT_TYPE_LEGISLATION);
}

// A UN release in HTML: "UN experts today urged ..." is the release's own
// appeal, no event; "lawyers who have been detained since 20 February" is
// a detention the police made, not the experts; a working group in the
// experts' list is one of its signers.
TEST(GenreProbesRound5Test, UnReleaseInHtml) {
  auto e = MustExtract(
      "<html><body><h1>Veloria: UN experts urge release of detained lawyers</h1>"
      "<p>GENEVA (4 March 2025) \xE2\x80\x93 UN human rights experts* today urged Veloria to "
      "release lawyers who have been detained since 20 February 2025.</p>"
      "<p>\xE2\x80\x9CLawyers must be able to work without fear,\xE2\x80\x9D said Nadia Osei, "
      "Special Rapporteur on the independence of judges and lawyers.</p>"
      "<p>*<strong>The experts:</strong> Nadia Osei, Special Rapporteur on the independence of "
      "judges and lawyers; Pavel Orlik, Special Rapporteur on the situation of human rights "
      "defenders; the Working Group on Arbitrary Detention.</p></body></html>",
      "text/html");
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_EQ(e.events(0).date().month(), 2);
  EXPECT_EQ(e.events(0).date().day(), 20);
  EXPECT_EQ(ActorOf(e, "detained since"), "police");
  EXPECT_EQ(SignerNames(e), "Nadia Osei; Pavel Orlik; Working Group on Arbitrary Detention; ");
}

}  // namespace
}  // namespace amicus::extract
