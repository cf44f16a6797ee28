// The fourth round of probes of the genre: short documents written for
// these tests (invented names and places) in the layouts the hidden
// documents may have (tables, lists, block quotes, other datelines, PDF
// text), one test per rule, each with the case that must not change.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::EventContaining;
using testing::MustExtract;
using testing::ActorOf;
using testing::QuoteContaining;
using testing::SignerNames;

// A signers' table with no "Signed by:" above it: the header row
// "| Organisation | Country |" heads the list. A table of people headed
// "| Name | Country |" is no list of signers.
TEST(GenreProbesRound4Test, SignersTableWithoutClosing) {
  auto md = MustExtract(
      "# Joint letter on the detention of Ruben Aslanyan\n\n12 February 2025\n\n"
      "We, the undersigned organisations, call for the release of Ruben Aslanyan.\n\n"
      "| Organisation | Country |\n|---|---|\n| Centre for Open Justice | Armenia |\n"
      "| Lawyers for Liberty Network | Kenya |\n| Free Voices Foundation | Peru |\n",
      "text/markdown");
  EXPECT_EQ(SignerNames(md),
            "Centre for Open Justice (Armenia); Lawyers for Liberty Network (Kenya); "
            "Free Voices Foundation (Peru); ");
  auto html = MustExtract(
      "<html><body><h1>Open letter to the Minister of Justice</h1><p>20 May 2025</p>"
      "<p>We, the undersigned organisations, urge you to drop the charges.</p><table>"
      "<tr><th>Organisation</th><th>Country</th></tr>"
      "<tr><td>Justice Watch</td><td>Turkey</td></tr>"
      "<tr><td>Defenders at Risk</td><td>Germany</td></tr>"
      "<tr><td>Legal Aid Collective</td><td>France</td></tr></table></body></html>",
      "text/html");
  EXPECT_EQ(SignerNames(html),
            "Justice Watch (Turkey); Defenders at Risk (Germany); Legal Aid Collective (France); ");
  auto victims = MustExtract(
      "# Defenders in detention\n\n12 February 2025\n\nThe following defenders remain held.\n\n"
      "| Name | Country |\n|---|---|\n| Ana Lopez | Peru |\n| Omar Said | Egypt |\n"
      "| Lina Haddad | Jordan |\n",
      "text/markdown");
  EXPECT_EQ(SignerNames(victims), "");
}

// Datelines in the other forms of the genre: in parentheses with no dash
// after them, the date before the city, two cities with a slash, a date
// between two dashes. Each dates the document and states no happening.
TEST(GenreProbesRound4Test, DatelineForms) {
  struct Case {
    const char* dateline;
    const char* place;
  };
  for (const Case& c : {Case{"(Oberland, 12.05.2024) The", "Oberland"},
                        Case{"12 May 2024, Oberland \xE2\x80\x93 The", "Oberland"},
                        Case{"Oberland/Varel, 12 May 2024 - The", "Oberland/Varel"},
                        Case{"OBERLAND \xE2\x80\x94 May 12, 2024 \xE2\x80\x94 The", "Oberland"}}) {
    auto e = MustExtract(std::string("Court upholds ban on rights group\n\n") + c.dateline +
                         " Supreme Court upheld the ban on the Civic Rights Union on 10 May "
                         "2024, the union said.\n");
    SCOPED_TRACE(c.dateline);
    EXPECT_EQ(e.document().date().year(), 2024);
    EXPECT_EQ(e.document().date().month(), 5);
    EXPECT_EQ(e.document().date().day(), 12);
    EXPECT_EQ(e.document().place(), c.place);
    ASSERT_EQ(e.events_size(), 1);
    EXPECT_EQ(e.events(0).date().day(), 10);
    EXPECT_EQ(ActorOf(e, "upheld the ban"), "Supreme Court");
  }
  // A parenthesis that is no dateline: the court's name after the date.
  auto e = MustExtract(
      "Court upholds ban\n\n(Update) The Supreme Court upheld the ban on the Civic Rights "
      "Union on 10 May 2024, the union said.\n");
  EXPECT_FALSE(e.document().has_date());
}

// "Judge (ret.) Samuel Okoro": a retirement mark inside the title ends
// no sentence and hides no speaker.
TEST(GenreProbesRound4Test, RetirementMarkInTitle) {
  auto e = MustExtract(
      "Statement\n\n3 March 2025\n\n\"The authorities must release him,\" said Judge (ret.) "
      "Samuel Okoro.\n\n\"The trial was unfair,\" said Justice (Rtd) Amina Wekesa, a member "
      "of the Panel of Jurists.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "must release him");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Samuel Okoro");
  EXPECT_EQ(q->speaker().role(), "Judge (ret.)");
  q = QuoteContaining(e, "trial was unfair");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Amina Wekesa");
  EXPECT_EQ(q->speaker().organization().name(), "Panel of Jurists");
}

// ", a human rights lawyer": a short lowercase appositive ending in an
// occupation is a role with no organization; a description ("a mother of
// three", "a vocal critic of ...") stays no role.
TEST(GenreProbesRound4Test, IndefiniteOccupationIsRole) {
  auto e = MustExtract(
      "Statement\n\n3 March 2025\n\n\"This is an attempt to silence the press,\" said Nino "
      "Beridze, a human rights lawyer.\n\n\"We will not stop,\" said Eka Lomidze, a mother of "
      "three.\n\n\"They fear us,\" said Gia Tsereteli, a vocal critic of the government.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "silence the press");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().role(), "human rights lawyer");
  q = QuoteContaining(e, "not stop");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().role(), "");
  q = QuoteContaining(e, "fear us");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Gia Tsereteli");
  EXPECT_EQ(q->speaker().role(), "");
}

// "was arrested on 3 April and charged on 5 April": the participle
// nearest before a date names its act, and prosecutors charge. The
// arrest stays the police's; "Police ... charged her" names its agent.
TEST(GenreProbesRound4Test, ChargeIsTheProsecutors) {
  auto e = MustExtract(
      "Statement\n\n10 April 2025\n\nJournalist Aram Petrosyan was arrested on 3 April and "
      "charged on 5 April with hooliganism.\n\nOn 6 April, his colleague was charged with "
      "treason.\n\nPolice detained Ani Hakobyan on 1 April 2025 and questioned her for hours.\n");
  const amicus::v1::Event* arrest = nullptr;
  const amicus::v1::Event* charge = nullptr;
  for (const auto& ev : e.events()) {
    if (ev.date().day() == 3) arrest = &ev;
    if (ev.date().day() == 5) charge = &ev;
  }
  ASSERT_NE(arrest, nullptr);
  ASSERT_NE(charge, nullptr);
  ASSERT_EQ(arrest->actors_size(), 1);
  EXPECT_EQ(arrest->actors(0).name(), "police");
  ASSERT_EQ(charge->actors_size(), 1);
  EXPECT_EQ(charge->actors(0).name(), "prosecutors");
  EXPECT_EQ(ActorOf(e, "charged with treason"), "prosecutors");
  EXPECT_EQ(ActorOf(e, "Police detained"), "Police");
}

// "by officers of the General Police Directorate": the body whose
// members acted, without the place after it; "by officers of the tax
// police" names the officers with their body.
TEST(GenreProbesRound4Test, MembersOfANamedBody) {
  auto e = MustExtract(
      "Statement\n\n10 April 2025\n\nThe activist was detained by officers of the General "
      "Police Directorate on 3 March 2025.\n\nThe journalist was questioned by agents of the "
      "State Security Service in Kestria on 4 March 2025.\n\nThe flat was searched by officers "
      "of the tax police on 6 March 2025.\n\nThe blogger was arrested on 7 March 2025.\n");
  EXPECT_EQ(ActorOf(e, "officers of the General"), "General Police Directorate");
  EXPECT_EQ(ActorOf(e, "agents of the State"), "State Security Service");
  // A lowercase body is named with its members (round 6): "officers"
  // alone said whose officers they were no more.
  EXPECT_EQ(ActorOf(e, "tax police"), "officers of the tax police");
  // The police the document names are the ones an arrest implies.
  EXPECT_EQ(ActorOf(e, "blogger was arrested"), "General Police Directorate");
}

// "Georgia's Parliament adopted": a State's organ keeps its State, which
// "Parliament" alone would lose; "the government's Anti-Corruption Unit"
// is still the Unit.
TEST(GenreProbesRound4Test, StateOrganKeepsItsState) {
  auto e = MustExtract(
      "Statement\n\n10 June 2025\n\nKestria's Parliament adopted the foreign agents law on 14 "
      "May 2024.\n\nThe government's Anti-Corruption Unit raided the office on 3 June 2025.\n");
  EXPECT_EQ(ActorOf(e, "adopted the foreign"), "Kestria's Parliament");
  EXPECT_EQ(ActorOf(e, "Anti-Corruption Unit raided"), "Anti-Corruption Unit");
}

// A block quote whose attribution is a line of its own ("— Name, role"),
// in Markdown and in HTML (a <footer> inside the <blockquote>, which the
// page's own footer rule dropped). A list of people after a paragraph
// that ends in quoted words attributes nothing.
TEST(GenreProbesRound4Test, BlockQuoteAttributionLine) {
  auto md = MustExtract(
      "# Statement on the trial of Marta Ruiz\n\n2 April 2025\n\nThe trial of journalist "
      "Marta Ruiz opened on 1 April 2025.\n\n> \xE2\x80\x9CThis trial is a warning to every "
      "journalist in the country.\xE2\x80\x9D\n>\n> \xE2\x80\x94 Pablo Ortega, director of "
      "Free Press Union\n",
      "text/markdown");
  const amicus::v1::Quote* q = QuoteContaining(md, "a warning to every journalist");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Pablo Ortega");
  EXPECT_EQ(q->speaker().organization().name(), "Free Press Union");
  auto html = MustExtract(
      "<html><body><h1>Statement</h1><p>2 April 2025</p><p>The trial of journalist Marta Ruiz "
      "opened on 1 April 2025.</p><blockquote><p>\xE2\x80\x9CThis trial is a warning to every "
      "journalist.\xE2\x80\x9D</p><footer>\xE2\x80\x94 Pablo Ortega, director of Free Press "
      "Union</footer></blockquote><footer>Copyright Free Press Union</footer></body></html>",
      "text/html");
  q = QuoteContaining(html, "a warning to every journalist");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Pablo Ortega");
  EXPECT_FALSE(absl::StrContains(html.document().text(), "Copyright"));
  auto list = MustExtract(
      "Statement\n\n2 April 2025\n\nThe following people signed the \"Call for Justice\":\n\n"
      "- Ana Lopez, lawyer\n- Omar Said, journalist\n- Lina Haddad, teacher\n");
  EXPECT_EQ(list.quotes_size(), 0);
}

// An HTML list of bodies right after "We, the undersigned organisations,
// call on ..." is the signers' list though no heading opens it; a list
// of demands after "... call on the authorities to:" signs nothing.
TEST(GenreProbesRound4Test, UndersignedSentenceThenList) {
  auto e = MustExtract(
      "<html><body><h1>Joint statement: Free Marta Ruiz</h1><p>2 April 2025</p><p>We, the "
      "undersigned organisations, call on the authorities to release Marta Ruiz.</p><ol>"
      "<li><strong>Article Nine Network</strong> (Peru)</li><li><strong>Free Press "
      "Union</strong> (Chile)</li><li><strong>Human Rights Defenders Hub</strong> "
      "(Argentina)</li></ol></body></html>",
      "text/html");
  EXPECT_EQ(SignerNames(e),
            "Article Nine Network (Peru); Free Press Union (Chile); Human Rights Defenders Hub "
            "(Argentina); ");
  auto demands = MustExtract(
      "Joint statement\n\n2 April 2025\n\nWe, the undersigned organisations, call on the "
      "authorities to:\n\n- Release Marta Ruiz\n- Drop all charges against the Press Union\n"
      "- Reopen the Media Centre\n");
  EXPECT_EQ(SignerNames(demands), "");
}

// Two speakers who share a surname: "Marta Ruiz" is not resolved to the
// "Ana Ruiz" quoted before her; "Ruiz" alone and "Ms Ruiz" still are.
TEST(GenreProbesRound4Test, SharedSurnameIsNoSamePerson) {
  auto e = MustExtract(
      "Statement\n\n3 March 2025\n\n\"We will appeal,\" said Ana Ruiz, a lawyer with Free "
      "Press Union.\n\nMarta Ruiz, the union's president, said: \"We are not afraid.\"\n\n"
      "\"The verdict is unjust,\" Ms Ruiz added.\n");
  const amicus::v1::Quote* q = QuoteContaining(e, "not afraid");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Marta Ruiz");
  q = QuoteContaining(e, "will appeal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker().name(), "Ana Ruiz");
  q = QuoteContaining(e, "verdict is unjust");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker().name().find("Ruiz"), std::string::npos);
}

}  // namespace
}  // namespace amicus::extract
