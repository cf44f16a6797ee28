// The seventh round of probes of the genre: short documents written for
// these tests (invented names, organisations and places) in the layouts
// and quotation styles rounds 1 to 5 did not cover: footnoted signers'
// lists, signature blocks, other quotation marks, letters reported by a
// third party. One test per rule, each with the case that must not
// change.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

constexpr const char kLetterHead[] =
    "Veloria: end the crackdown on civil society\n\n12 May 2025\n\n"
    "We, the undersigned organisations, call on the authorities of Veloria to reopen the "
    "three rights groups closed on 2 May 2025.\n\n";

// Footnote marks after signers ("Union*", "Aid¹", "Collective [2]",
// "<sup>1</sup>") are no part of the name, and the notes under the list
// ("* Member of ...", "¹ Observer") sign nothing. Before, the marks stayed
// in the names and each note was one more signer. A Markdown bullet list
// ("* Name") whose entries carry no star is still a list.
TEST(GenreProbesRound7Test, FootnoteMarksInSignersList) {
  auto text = MustExtract(std::string(kLetterHead) +
                          "Signed by:\n\n"
                          "Coastal Rights Network*\nAndean Legal Aid (Peru)*\n"
                          "Lawyers for Open Justice\xC2\xB9\nLima Press Collective [2]\n\n"
                          "* Members of the Southern Civic Coalition\n"
                          "\xC2\xB9 Observer\n");
  EXPECT_EQ(SignerNames(text),
            "Coastal Rights Network; Andean Legal Aid (Peru); Lawyers for Open Justice; "
            "Lima Press Collective; ");
  auto table = MustExtract(std::string("# Veloria: end the crackdown\n\n") + kLetterHead +
                               "| Organisation | Country |\n|---|---|\n"
                               "| Coastal Rights Network | Kenya |\n| Andean Legal Aid | Peru |\n"
                               "| Free Press Union\xC2\xB9 | Ghana |\n\n"
                               "\xC2\xB9 Signed after publication.\n",
                           "text/markdown");
  EXPECT_EQ(SignerNames(table),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); ");
  auto html = MustExtract(
      "<html><body><h1>Veloria: end the crackdown</h1><p>12 May 2025</p>"
      "<p>We, the undersigned organisations, call on the authorities of Veloria to reopen the "
      "three rights groups closed on 2 May 2025.</p><p>Signed by:</p>"
      "<ul><li>Coastal Rights Network<sup>1</sup></li>"
      "<li>Andean Legal Aid<sup><a href=\"#n2\">2</a></sup></li><li>Free Press Union</li></ul>"
      "<p><sup>1</sup> Member of the Southern Civic Coalition.</p></body></html>",
      "text/html");
  EXPECT_EQ(SignerNames(html), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
  // Near miss: Markdown bullets are list markers, not notes.
  auto bullets = MustExtract(std::string(kLetterHead) +
                             "Signed by:\n\n* Coastal Rights Network\n* Andean Legal Aid\n"
                             "* Free Press Union\n");
  EXPECT_EQ(SignerNames(bullets), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
}

// "The letter from 14 NGOs, including X, urges ... to “…”": a letter that
// names its senders by their count is a collective's document, and its
// words are no person's quotation (FORMAT.md). Before, they were quoted
// as the words of the organisations the sentence names. "The letter
// states that “…”", which names no senders, still quotes the issuers.
TEST(GenreProbesRound7Test, LetterOfCountedSendersQuotesNoOne) {
  auto e = MustExtract(
      "Coalition writes to President Varro\n\n"
      "Belmont, 3 March 2025 \xE2\x80\x93 The Veloria Justice Coalition today sent a joint "
      "letter to President Anton Varro about the travel bans on the court's staff.\n\n"
      "The letter states that \xE2\x80\x9Cthe bans are meant to deter investigations into "
      "serious crimes and must be lifted without delay.\xE2\x80\x9D\n\n"
      "The letter from 14 NGOs, including Open Voices Watch, urges the governments to "
      "\xE2\x80\x9Cspeak out against the misuse of courts to silence critics.\xE2\x80\x9D\n\n"
      "The letter, signed by more than 40 organisations, calls on Veloria to "
      "\xE2\x80\x9Crelease every journalist held for their work.\xE2\x80\x9D\n");
  EXPECT_EQ(QuoteContaining(e, "speak out against"), nullptr);
  EXPECT_EQ(QuoteContaining(e, "release every journalist"), nullptr);
  EXPECT_NE(QuoteContaining(e, "the bans are meant"), nullptr);
}

// Guillemets and the German low mark open and close quotations as curly
// marks do: «…», « … » (French spacing), »…« and „…“. Before, none of
// them was a quotation mark, and „…“, sagte … paired the wrong marks. A
// breadcrumb ("Home » News » Lindora") is no quotation.
TEST(GenreProbesRound7Test, GuillemetsAndLowMarks) {
  auto e = MustExtract(
      "Home \xC2\xBB News \xC2\xBB Lindora\n\n"
      "Activists detained in Lindora\n\n"
      "Lindora, 3 June 2025 \xE2\x80\x93 Police detained six activists during a peaceful "
      "protest on 2 June 2025.\n\n"
      "\xC2\xABThese arrests are arbitrary and must end,\xC2\xBB said Ana Ruiz, director of "
      "the Lindora Rights Centre.\n\n"
      "\xC2\xAB We demand their immediate release \xC2\xBB, added Tomas Berg, a lawyer for "
      "the activists.\n\n"
      "Omar Castell said: \xC2\xBBThe world is watching Lindora.\xC2\xAB\n\n"
      "\xE2\x80\x9EThe police used excessive force\xE2\x80\x9C, said Leila Haddad, "
      "spokesperson of Civic Watch.\n");
  const auto* q = QuoteContaining(e, "These arrests are arbitrary");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
  q = QuoteContaining(e, "We demand their immediate release");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Tomas Berg");
  q = QuoteContaining(e, "The world is watching");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Omar Castell");
  q = QuoteContaining(e, "excessive force");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Leila Haddad");
  EXPECT_EQ(QuoteContaining(e, "News"), nullptr);
  EXPECT_EQ(e.quotes_size(), 4);
}

// Signatures of several people under a closing: "Name" / "Office" /
// "Organisation" blocks parted by blank lines, "Name" / "Office, Body"
// lines in turn, or "Name, Office, Body" lines (two are enough). The
// people sign; their offices and bodies are who they are. Before, each
// office and body line was one more signer, and two "Name, Office, Body"
// lines gave no set at all. A list of bodies is unchanged.
TEST(GenreProbesRound7Test, SignaturesOfSeveralPeople) {
  auto blocks = MustExtract(std::string(kLetterHead) +
                            "Sincerely,\n\nAna Ruiz\nExecutive Director\nCoastal Rights Network\n\n"
                            "Tomas Berg\nPresident\nAndean Legal Aid\nPeru\n");
  EXPECT_EQ(SignerNames(blocks), "Ana Ruiz; Tomas Berg (Peru); ");
  auto alternating = MustExtract(std::string(kLetterHead) +
                                 "Sincerely,\n\nAna Ruiz\nDirector, Coastal Rights Network\n"
                                 "Tomas Berg\nPresident, Andean Legal Aid\nLeila Haddad\n"
                                 "Coordinator, Free Press Union\n");
  EXPECT_EQ(SignerNames(alternating), "Ana Ruiz; Tomas Berg; Leila Haddad; ");
  auto two = MustExtract(std::string(kLetterHead) +
                         "Sincerely,\n\nAna Ruiz, Director, Coastal Rights Network\n"
                         "Tomas Berg, President, Andean Legal Aid\n");
  EXPECT_EQ(SignerNames(two), "Ana Ruiz; Tomas Berg; ");
  auto bodies = MustExtract(std::string(kLetterHead) +
                            "Sincerely,\n\nCoastal Rights Network\nAndean Legal Aid\n"
                            "Free Press Union\n");
  EXPECT_EQ(SignerNames(bodies), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
}

// "This statement is supported by the following organisations:" heads a
// signers' list as "endorsed by" does ("Supported by:", "Supporting
// organisations:"). Before, the list had no signers. A heading that
// says what someone supported ("The ministry has supported the
// following measures:") heads no signers.
TEST(GenreProbesRound7Test, SupportedByHeadsSigners) {
  const std::string list =
      "\n\nCoastal Rights Network (Kenya)\nAndean Legal Aid (Peru)\nFree Press Union (Ghana)\n";
  const std::string head =
      "Veloria: end the crackdown on civil society\n\n12 May 2025\n\n"
      "We call on the authorities of Veloria to reopen the three rights groups closed on 2 May "
      "2025.\n\n";
  auto e = MustExtract(head + "This statement is supported by the following organisations:" + list);
  EXPECT_EQ(SignerNames(e), "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); "
                            "Free Press Union (Ghana); ");
  auto short_heading = MustExtract(head + "Supporting organisations:" + list);
  EXPECT_EQ(SignerNames(short_heading), SignerNames(e));
  auto measures = MustExtract(head + "The ministry has supported the following measures:\n\n"
                              "Closing the registry of associations\nA ban on foreign funding\n"
                              "New reporting duties for charities\n");
  EXPECT_EQ(SignerNames(measures), "");
}

// "Ana Ruiz, president of the Free Press Union, spoke to reporters
// outside the court:" and then the quotation as its own paragraph: a
// person who speaks to or addresses an audience in a sentence that ends
// in a colon introduces it, with the phrase between the commas as her
// role. Before, no quote. Without the colon the sentence introduces
// nothing, and the quotation after it stays unattributed.
TEST(GenreProbesRound7Test, SpokeToAnAudienceIntroducesAQuote) {
  const std::string head =
      "Court jails journalist Tarik Veno\n\n"
      "Belmont, 14 May 2025 \xE2\x80\x93 A court in Belmont sentenced journalist Tarik Veno "
      "to five years in prison on 13 May 2025.\n\n";
  auto e = MustExtract(head +
                       "Ana Ruiz, president of the Free Press Union, spoke to reporters outside "
                       "the court:\n\n"
                       "\xE2\x80\x9CThis verdict is a warning to every reporter in the "
                       "country.\xE2\x80\x9D\n");
  const auto* q = QuoteContaining(e, "This verdict is a warning");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
  EXPECT_EQ(q->speaker().role(), "president");
  EXPECT_EQ(q->speaker().organization().name(), "Free Press Union");
  auto no_colon = MustExtract(head +
                              "Ana Ruiz spoke to reporters outside the court on Tuesday.\n\n"
                              "\xE2\x80\x9CThis verdict is a warning to every reporter in the "
                              "country.\xE2\x80\x9D\n");
  EXPECT_EQ(QuoteContaining(no_colon, "This verdict is a warning"), nullptr);
}

// "ANA RUIZ, journalist": a signer's name set in capitals is a person's
// name, so the list of people with roles gives the names alone. Before,
// the capitals read as acronyms: the roles stayed in the names and the
// last person was dropped. Bodies in capitals and acronyms are
// unchanged.
TEST(GenreProbesRound7Test, NamesInCapitals) {
  auto people = MustExtract(std::string(kLetterHead) +
                            "Signed by:\n\nANA RUIZ, journalist\nTOMAS BERG, lawyer\n"
                            "LEILA HADDAD, human rights defender\n");
  EXPECT_EQ(SignerNames(people), "ANA RUIZ; TOMAS BERG; LEILA HADDAD; ");
  auto bodies = MustExtract(std::string(kLetterHead) +
                            "SIGNATORIES:\n\nCOASTAL RIGHTS NETWORK\nANDEAN LEGAL AID\n"
                            "FIDH\nCRN, Kenya\n");
  EXPECT_EQ(SignerNames(bodies), "COASTAL RIGHTS NETWORK; ANDEAN LEGAL AID; FIDH; CRN, Kenya; ");
}

// "Veloria Women Lawyers" / "Association": a body's head noun alone on a
// line (or in a column cell, as PDF text sets two columns side by side)
// ends the name above it; no party is named by that word only. Before,
// "Association" was a signer of its own. One-word names in capitals or
// with inner capitals ("REDRESS", "OpenMedia") still stand alone.
TEST(GenreProbesRound7Test, LoneHeadNounEndsTheNameAbove) {
  auto lines = MustExtract(std::string(kLetterHead) +
                           "Signed by:\n\nCoastal Rights Network\nVeloria Women Lawyers\n"
                           "Association\nFree Press Union\nREDRESS\nOpenMedia\n");
  EXPECT_EQ(SignerNames(lines),
            "Coastal Rights Network; Veloria Women Lawyers Association; Free Press Union; "
            "REDRESS; OpenMedia; ");
  auto columns = MustExtract(std::string(kLetterHead) +
                             "Signatories:\n\n"
                             "Coastal Rights Network                    Andean Legal Aid\n"
                             "Free Press Union                          Lawyers for Open Justice\n"
                             "Centre for Civic Freedom in               Veloria Women Lawyers\n"
                             "the Southern Region                       Association\n");
  EXPECT_EQ(SignerNames(columns),
            "Coastal Rights Network; Free Press Union; Centre for Civic Freedom in the Southern "
            "Region; Andean Legal Aid; Lawyers for Open Justice; Veloria Women Lawyers "
            "Association; ");
}

// "Jonas Weller, executive director of Civic Watch:" as a paragraph of its
// own above a quotation: a speaker's heading, with no verb, introduces the
// quotation, and the phrase after the comma is the role. Before, no
// quote. A sentence with a verb before the colon ("... were detained on
// Monday:") is no heading.
TEST(GenreProbesRound7Test, SpeakerHeadingAboveAQuote) {
  const std::string head =
      "Activists detained in Lindora\n\n"
      "Lindora, 3 June 2025 \xE2\x80\x93 Police detained six activists during a peaceful "
      "protest on 2 June 2025.\n\n";
  auto e = MustExtract(head +
                       "Jonas Weller, executive director of Civic Watch:\n\n"
                       "\xE2\x80\x9CThe government must release them now.\xE2\x80\x9D\n");
  const auto* q = QuoteContaining(e, "must release them now");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Jonas Weller");
  EXPECT_EQ(q->speaker().organization().name(), "Civic Watch");
  auto verb = MustExtract(head +
                          "Ana Ruiz, Tomas Berg and Leila Haddad were detained on Monday:\n\n"
                          "\xE2\x80\x9CThe government must release them now.\xE2\x80\x9D\n");
  EXPECT_EQ(QuoteContaining(verb, "must release them now"), nullptr);
}

// Group headings of a signers' list without their colon, as HTML sets
// them ("<h2>Individual signatories</h2>" after country groups): the
// heading signs nothing. Before, "Individual signatories" was a signer
// with the last group's country. "Organisations:" with its colon is
// unchanged.
TEST(GenreProbesRound7Test, GroupHeadingWithoutColon) {
  auto e = MustExtract(
      "<html><body><h1>Veloria: end the crackdown</h1><p>12 May 2025</p>"
      "<p>We, the undersigned, call on the authorities of Veloria to reopen the three rights "
      "groups closed on 2 May 2025.</p><h2>Signatories</h2>"
      "<h3>Kenya</h3><ul><li>Coastal Rights Network</li><li>Nairobi Legal Clinic</li></ul>"
      "<h3>Peru</h3><ul><li>Andean Legal Aid</li><li>Lima Press Collective</li></ul>"
      "<h2>Individual signatories</h2><ul><li>Ana Ruiz</li><li>Tomas Berg</li></ul>"
      "</body></html>",
      "text/html");
  EXPECT_FALSE(absl::StrContains(SignerNames(e), "Individual"));
  EXPECT_TRUE(absl::StrContains(SignerNames(e), "Lima Press Collective (Peru); Ana Ruiz"));
  auto colon = MustExtract(std::string(kLetterHead) +
                           "Organisations:\nCoastal Rights Network\nAndean Legal Aid\n\n"
                           "Individuals:\nAna Ruiz, journalist\nTomas Berg, lawyer\n");
  EXPECT_EQ(SignerNames(colon), "Coastal Rights Network; Andean Legal Aid; Ana Ruiz; Tomas Berg; ");
}

// "Coastal Rights Network (CRN, Kenya)": an acronym and a country in one
// parenthesis. The acronym stays with the name, as FORMAT.md keeps it, and
// the country is the entry's. Before, both stayed in the name and the
// entry had no country. "(Ghana, regional office)" is left as it is.
TEST(GenreProbesRound7Test, AcronymAndCountryInOneParenthesis) {
  auto e = MustExtract(std::string(kLetterHead) +
                       "Signatories:\n\nCoastal Rights Network (CRN, Kenya)\n"
                       "Andean Legal Aid (ALA, Peru)\nFree Press Union (Ghana, regional office)\n");
  EXPECT_EQ(SignerNames(e),
            "Coastal Rights Network (CRN) (Kenya); Andean Legal Aid (ALA) (Peru); "
            "Free Press Union (Ghana, regional office); ");
}

// "Kenya: Coastal Rights Network, Nairobi Legal Clinic": a list line that
// opens with a country and a colon gives that country's signers, each
// with its country. Before, the whole line was one signer. It splits at
// commas only ("Centre for Law and Democracy" stays whole), and a line
// whose head is no country ("Free Press Union: Ghana chapter") is one
// entry as before.
TEST(GenreProbesRound7Test, CountryLineListsItsSigners) {
  auto e = MustExtract(std::string(kLetterHead) +
                       "Signatories:\n\nKenya: Coastal Rights Network, Nairobi Legal Clinic\n"
                       "Peru: Andean Legal Aid, Centre for Law and Democracy\n"
                       "Nepal: Lawyers for Open Justice\nFree Press Union: Ghana chapter\n");
  EXPECT_EQ(SignerNames(e),
            "Coastal Rights Network (Kenya); Nairobi Legal Clinic (Kenya); "
            "Andean Legal Aid (Peru); Centre for Law and Democracy (Peru); "
            "Lawyers for Open Justice (Nepal); Free Press Union: Ghana chapter; ");
}

// Signers named in prose in three more ways: "endorsed by 25
// organisations, including A and B" (the visible part of a count),
// "Signed: A, B, C" on one line, and "issued jointly by A, B and C".
// Before, none gave a signer. A count with no names ("endorsed by 25
// organisations.") gives none, as FORMAT.md asks.
TEST(GenreProbesRound7Test, MoreSignersInProse) {
  const std::string head =
      "Veloria: end the crackdown on civil society\n\n12 May 2025\n\n"
      "Rights groups called on the authorities of Veloria to reopen the three rights groups "
      "closed on 2 May 2025.\n\n";
  auto count = MustExtract(head +
                           "The appeal was endorsed by 25 organisations, including Coastal Rights "
                           "Network and Andean Legal Aid.\n");
  EXPECT_EQ(SignerNames(count), "Coastal Rights Network; Andean Legal Aid; ");
  auto line = MustExtract(head + "Signed: Coastal Rights Network, Andean Legal Aid, Free Press "
                                 "Union\n");
  EXPECT_EQ(SignerNames(line), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
  auto jointly = MustExtract(head +
                             "The call was issued jointly by Coastal Rights Network, Andean Legal "
                             "Aid and Free Press Union.\n");
  EXPECT_EQ(SignerNames(jointly), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
  auto bare = MustExtract(head + "The appeal was endorsed by 25 organisations.\n");
  EXPECT_EQ(SignerNames(bare), "");
}

// "| Name | Organisation | Country |" with no "Signed by:" above it: people
// listed with the bodies they belong to are the signers. Before, the
// table gave none. A table of detainees ("| Name | Age | Charge |") is
// still no list of signers.
TEST(GenreProbesRound7Test, PeopleWithTheirOrganisationsTable) {
  auto e = MustExtract(std::string("# Veloria\n\n") + kLetterHead +
                           "| Name | Organisation | Country |\n|---|---|---|\n"
                           "| Ana Ruiz | Free Press Union | Ghana |\n"
                           "| Tomas Berg | Andean Legal Aid | Peru |\n"
                           "| Leila Haddad | Coastal Rights Network | Kenya |\n",
                       "text/markdown");
  EXPECT_EQ(SignerNames(e), "Ana Ruiz (Ghana); Tomas Berg (Peru); Leila Haddad (Kenya); ");
  auto detainees = MustExtract(std::string("# Veloria\n\n") +
                                   "Veloria: free the detained students\n\n12 May 2025\n\n"
                                   "Police arrested these students on 2 May 2025.\n\n"
                                   "| Name | Age | Charge |\n|---|---|---|\n"
                                   "| Ana Ruiz | 21 | Unlawful assembly |\n"
                                   "| Tomas Berg | 22 | Unlawful assembly |\n"
                                   "| Leila Haddad | 20 | Insulting officials |\n",
                               "text/markdown");
  EXPECT_EQ(SignerNames(detainees), "");
}

// HTML sets some quotations without marks of their own: "<q>…</q>" (the
// browser draws them) and a block quote with a citation and no marks
// ("<blockquote><p>…</p><cite>Name, role</cite>", as blog software
// writes it). Both are quotations now, the citation their attribution.
// Before, neither was found. A block quote without a citation, and one
// that sets its own marks, are read as before.
TEST(GenreProbesRound7Test, HtmlQuotationsWithoutMarks) {
  auto e = MustExtract(
      "<html><body><h1>Court jails journalist Tarik Veno</h1>"
      "<p>Belmont, 14 May 2025 \xE2\x80\x93 A court in Belmont sentenced journalist Tarik "
      "Veno to five years in prison on 13 May 2025.</p>"
      "<p>Ana Ruiz, president of the Free Press Union, said: <q>This verdict is a warning to "
      "every reporter in the country.</q></p>"
      "<blockquote><p>We will appeal, and we will win.</p>"
      "<cite>Tomas Berg, lawyer for Tarik Veno</cite></blockquote>"
      "<blockquote><p>\xE2\x80\x9CThe charges were fabricated.\xE2\x80\x9D</p>"
      "<footer>\xE2\x80\x94 Leila Haddad, director of Coastal Rights Network</footer>"
      "</blockquote>"
      "<blockquote><p>Freedom of expression is protected by article 19.</p></blockquote>"
      "</body></html>",
      "text/html");
  const auto* q = QuoteContaining(e, "This verdict is a warning");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
  q = QuoteContaining(e, "We will appeal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Tomas Berg");
  q = QuoteContaining(e, "The charges were fabricated");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Leila Haddad");
  EXPECT_EQ(QuoteContaining(e, "article 19"), nullptr);
  EXPECT_EQ(e.quotes_size(), 3);
}

// "“We will appeal,”" and then "said Tomas Berg, ..." as the next
// paragraph: a paragraph break inside the sentence (bad markup, a pull
// quote) leaves the attribution at the start of the next paragraph, in
// lowercase. Before, no quote. A next paragraph that opens with no
// speech verb ("as the crowd outside cheered.") attributes nothing.
TEST(GenreProbesRound7Test, AttributionOpensTheNextParagraph) {
  const std::string head =
      "Court jails journalist\n\n"
      "Belmont, 14 May 2025 \xE2\x80\x93 A court in Belmont sentenced journalist Tarik Veno "
      "to five years in prison on 13 May 2025.\n\n";
  auto e = MustExtract(head +
                       "\xE2\x80\x9CWe will appeal, and we will win,\xE2\x80\x9D\n\n"
                       "said Tomas Berg, lawyer for Tarik Veno.\n");
  const auto* q = QuoteContaining(e, "We will appeal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Tomas Berg");
  auto none = MustExtract(head +
                          "\xE2\x80\x9CWe will appeal, and we will win,\xE2\x80\x9D\n\n"
                          "as the crowd outside cheered.\n");
  EXPECT_EQ(QuoteContaining(none, "We will appeal"), nullptr);
}

// Three more ways a letter gives its signers: "A, B, C and D have written
// to the President" (a joint subject of "written"), an "On behalf of:"
// heading, and a heading with a note on the list's order ("Signed by (in
// alphabetical order)"). Before, none gave signers. Bodies that "have
// welcomed" a decision issue no joint text, as before.
TEST(GenreProbesRound7Test, MoreHeadingsAndJointSubjects) {
  const std::string head = "Veloria statement\n\n12 May 2025\n\n";
  const std::string ask =
      "The undersigned call on the authorities of Veloria to reopen the three rights groups "
      "closed on 2 May 2025.\n\n";
  const std::string list = "\n\nAndean Legal Aid\nCoastal Rights Network\nFree Press Union\n";
  const std::string three = "Andean Legal Aid; Coastal Rights Network; Free Press Union; ";
  auto written = MustExtract(head +
                             "Andean Legal Aid, Coastal Rights Network and Free Press Union have "
                             "written to the President of Veloria to demand the reopening of "
                             "three rights groups.\n");
  EXPECT_EQ(SignerNames(written), three);
  EXPECT_EQ(SignerNames(MustExtract(head + ask + "On behalf of:" + list)), three);
  EXPECT_EQ(SignerNames(MustExtract(head + ask + "Signed by (in alphabetical order)" + list)),
            three);
  auto welcomed = MustExtract(head +
                              "Andean Legal Aid, Coastal Rights Network and Free Press Union "
                              "have welcomed the decision of the court.\n");
  EXPECT_EQ(SignerNames(welcomed), "");
}

// "In the words of Leila Haddad, director of Civic Watch, “…”" and "As
// Petra Lind put it, “…”" name the speaker before the quotation, as
// "according to" does. Before, neither was a quote. "As the court put
// it, “…”" names a body, and stays unquoted.
TEST(GenreProbesRound7Test, InTheWordsOfAndAsXPutIt) {
  auto e = MustExtract(
      "Activists detained in Lindora\n\n"
      "Lindora, 3 June 2025 \xE2\x80\x93 Police detained six activists during a peaceful "
      "protest on 2 June 2025.\n\n"
      "In the words of Leila Haddad, director of Civic Watch, \xE2\x80\x9Cnobody is safe in "
      "Lindora today.\xE2\x80\x9D\n\n"
      "As Petra Lind put it, \xE2\x80\x9Cthis is a test for the new government.\xE2\x80\x9D\n\n"
      "As the court put it, \xE2\x80\x9Cpublic order comes first in times like "
      "these.\xE2\x80\x9D\n");
  const auto* q = QuoteContaining(e, "nobody is safe");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Leila Haddad");
  EXPECT_EQ(q->speaker().organization().name(), "Civic Watch");
  q = QuoteContaining(e, "a test for the new government");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Petra Lind");
  EXPECT_EQ(QuoteContaining(e, "public order comes first"), nullptr);
}

// What a release or a page sets after its signers ends their list:
// "Notes to editors", "Related", "Media contact: ...", share buttons
// ("Twitter", "Facebook"). A web address after a name ("Network –
// www.crn.example.org") is no part of it. Before, each of those lines
// was a signer, and a list with addresses kept only its first entry.
// Bodies whose names open with such words ("Media Defence Network",
// "Related Rights Society") still sign.
TEST(GenreProbesRound7Test, PageFurnitureEndsTheSigners) {
  const std::string list =
      "Signed by:\nCoastal Rights Network\nAndean Legal Aid\nFree Press Union\n";
  const std::string three = "Coastal Rights Network; Andean Legal Aid; Free Press Union; ";
  EXPECT_EQ(SignerNames(MustExtract(std::string(kLetterHead) + list +
                                    "Notes to editors\nThe Coastal Rights Network is a network of "
                                    "lawyers.\n")),
            three);
  EXPECT_EQ(SignerNames(MustExtract(std::string(kLetterHead) + list +
                                    "Related\nVeloria: journalists detained\n")),
            three);
  EXPECT_EQ(SignerNames(MustExtract(std::string(kLetterHead) + list +
                                    "\nTwitter\nFacebook\nEmail\n")),
            three);
  EXPECT_EQ(SignerNames(MustExtract(std::string(kLetterHead) +
                                    "Signed by:\nCoastal Rights Network \xE2\x80\x93 "
                                    "www.crn.example.org\nAndean Legal Aid \xE2\x80\x93 "
                                    "www.ala.example.org\nFree Press Union "
                                    "(https://fpu.example.org)\n")),
            three);
  EXPECT_EQ(SignerNames(MustExtract(std::string(kLetterHead) + list +
                                    "Media Defence Network\nRelated Rights Society\n")),
            three + "Media Defence Network; Related Rights Society; ");
}

// "The following organisations call on the authorities ..." and then a
// list of "Name (Country)" lines with no heading: the sentence names its
// subject by the list, as "We, the undersigned" does. Before, no
// signers. "The following groups were closed ..." lists victims, not
// signers.
TEST(GenreProbesRound7Test, TheFollowingOrganisationsThenTheList) {
  const std::string list =
      "<ul><li>Coastal Rights Network (Kenya)</li><li>Andean Legal Aid (Peru)</li>"
      "<li>Free Press Union (Ghana)</li></ul></body></html>";
  auto e = MustExtract(
      "<html><body><h1>Veloria: end the crackdown</h1><p>12 May 2025</p>"
      "<p>The following organisations call on the authorities of Veloria to reopen the three "
      "rights groups closed on 2 May 2025.</p>" + list,
      "text/html");
  EXPECT_EQ(SignerNames(e),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); ");
  auto victims = MustExtract(
      "<html><body><h1>Veloria: rights groups shut down</h1><p>12 May 2025</p>"
      "<p>The following groups were closed by the authorities of Veloria on 2 May 2025.</p>" +
          list,
      "text/html");
  EXPECT_EQ(SignerNames(victims), "");
}

}  // namespace
}  // namespace amicus::extract
