#include "extract/signatories.h"

#include <string>
#include <vector>

#include "extract/text_units.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;

struct Entry {
  std::string name;
  std::string country;
  std::string acronym;
  bool operator==(const Entry& o) const {
    return name == o.name && country == o.country && acronym == o.acronym;
  }
};

std::ostream& operator<<(std::ostream& os, const Entry& e) {
  return os << "{" << e.name << " | " << e.country << " | " << e.acronym << "}";
}

std::vector<Entry> Entries(const amicus::v1::Extraction& e) {
  std::vector<Entry> out;
  for (const auto& set : e.signatory_sets()) {
    for (const auto& s : set.signatories()) out.push_back({s.name(), s.country(), s.acronym()});
  }
  return out;
}

TEST(SignatoriesTest, OnePerLineWithCountriesAcronymsAndAddressee) {
  auto e = MustExtract(
      "June 1, 2023\n\nPresident Ana Silva\nPresidential Palace\nBrasilia\n\n"
      "Dear President Silva:\n\nWe write to urge you to defend the Court.\n\n"
      "Sincerely,\n\n"
      "Action Corps (US)\n"
      "Arab Lawyers Union (Egypt)\n"
      "Centre for Justice (CFJ)\n"
      "Crimea Reintegration Group (Ukraine and France)\n"
      "Friends Committee (US)\n"
      "Peace Now Network (US)\n"
      "Reformed Church (USA)\n"
      "Watch Group \xE2\x80\x93 Peru\n");
  ASSERT_EQ(e.signatory_sets_size(), 1);
  EXPECT_EQ(e.signatory_sets(0).addressee(), "President Ana Silva");
  EXPECT_EQ(e.signatory_sets(0).date().year(), 2023);
  std::vector<Entry> expected = {
      {"Action Corps", "US", ""},
      {"Arab Lawyers Union", "Egypt", ""},
      {"Centre for Justice (CFJ)", "", "CFJ"},
      {"Crimea Reintegration Group", "Ukraine and France", ""},
      {"Friends Committee", "US", ""},
      {"Peace Now Network", "US", ""},
      {"Reformed Church (USA)", "", "USA"},
      {"Watch Group \xE2\x80\x93 Peru", "", ""},
  };
  EXPECT_EQ(Entries(e), expected);
  EXPECT_EQ(e.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
}

TEST(SignatoriesTest, WrappedHyphenatedAndPageBrokenEntries) {
  auto e = MustExtract(
      "Your Excellency,\n\nWe, the undersigned organizations, urge you to act.\n\n"
      "Sincerely,\n\n"
      "Asociaci\xC3\xB3n de Derechos Humanos\n"
      "Centro de Prevenci\xC3\xB3n Tratamiento y Rehabilitaci\xC3\xB3n de las V\xC3\xAD""ctimas y sus\n"
      "Familiares (Honduras)\n"
      "Civil Association Movimiento por la Uni\xC3\xB3n Sudamericana y el Parlamen-\n"
      "to Mundial\n"
      "Documenta\n"
      "\n\n\n"
      "Forum for Peace\n"
      "The Regional Coalition for Women Human Rights Defenders in Asia and North\n"
      "Africa\n"
      "Rights Network\n");
  std::vector<Entry> expected = {
      {"Asociaci\xC3\xB3n de Derechos Humanos", "", ""},
      {"Centro de Prevenci\xC3\xB3n Tratamiento y Rehabilitaci\xC3\xB3n de las V\xC3\xAD""ctimas y sus "
       "Familiares", "Honduras", ""},
      {"Civil Association Movimiento por la Uni\xC3\xB3n Sudamericana y el Parlamento Mundial", "",
       ""},
      {"Documenta", "", ""},
      {"Forum for Peace", "", ""},
      {"The Regional Coalition for Women Human Rights Defenders in Asia and North Africa", "", ""},
      {"Rights Network", "", ""},
  };
  EXPECT_EQ(Entries(e), expected);
}

TEST(SignatoriesTest, LigatureDamageInNamesIsRepaired) {
  auto e = MustExtract(
      "Your Excellency,\n\nThe undersigned organiza?ons call for ac?on.\n\n"
      "Sincerely,\n\n"
      "Interna?onal Commission of Jurists\n"
      "Associa?on for Jus?ce\n"
      "Norwegian Helsinki Commi_ee\n");
  std::vector<Entry> expected = {
      {"International Commission of Jurists", "", ""},
      {"Association for Justice", "", ""},
      {"Norwegian Helsinki Committee", "", ""},
  };
  EXPECT_EQ(Entries(e), expected);
}

// One person's signature is that person (the spec's individual signer),
// without the role; a country line below is the country.
TEST(SignatoriesTest, AOnePersonSignatureIsThatPerson) {
  auto e = MustExtract("Dear Minister,\n\nPlease act now.\n\nSincerely,\n\nJane Roe\nDirector\n");
  std::vector<Entry> expected = {{"Jane Roe", "", ""}};
  EXPECT_EQ(Entries(e), expected);
  auto with_country = MustExtract(
      "Dear Minister,\n\nPlease act now.\n\nYours sincerely,\n\nJan de Vries\n"
      "Chair, Open Society Forum\nThe Netherlands\n");
  expected = {{"Jan de Vries", "The Netherlands", ""}};
  EXPECT_EQ(Entries(with_country), expected);
}

TEST(SignatoriesTest, AnAddressBlockLabelledToNamesItsFirstAddressee) {
  auto e = MustExtract(
      "Open letter on the protest law\n\n15 May 2023\n\nTo: President Ana Torres\n"
      "Minister of Interior Luis Vega\nSpeaker of Parliament Rosa Diaz\n\n"
      "Dear President Torres,\n\nWe write to urge you to veto the protest law adopted by "
      "Parliament on 10 May 2023.\n\nSincerely,\n\n"
      "1. Centro de Derechos Humanos (Peru)\n2. Observatorio Ciudadano (Chile)\n"
      "3. Front Line Defenders (Ireland)\n4. Asociacion Pro Derechos Humanos (Spain)\n");
  ASSERT_EQ(e.signatory_sets_size(), 1);
  EXPECT_EQ(e.signatory_sets(0).addressee(), "President Ana Torres");
  EXPECT_EQ(e.signatory_sets(0).signatories(0).country(), "Peru");
}

// A "To:" line anywhere in the letter's head names the addressee when the
// salutation names no one ("Your Excellency") or there is none.
TEST(SignatoriesTest, ALabelledAddresseeAboveAGenericSalutation) {
  const std::string body =
      "\n\nWe write to raise our concern about the travel ban imposed on lawyer Julia "
      "Mendes on 2 May 2026.\n\nSincerely,\n\n"
      "Lakeside Rights Forum\nNorthern Lawyers Union\nOpen Archive Project\n";
  const std::string head =
      "To: H.E. Maria Castillo, Minister of Foreign Affairs of Veloria\n\n"
      "Re: Reprisals against defenders\n\n14 May 2026";
  auto generic = MustExtract(head + "\n\nYour Excellency," + body);
  auto none = MustExtract(head + body);
  for (const auto* e : {&generic, &none}) {
    ASSERT_EQ(e->signatory_sets_size(), 1);
    EXPECT_EQ(e->signatory_sets(0).addressee(),
              "H.E. Maria Castillo, Minister of Foreign Affairs of Veloria");
  }
}

TEST(SignatoriesTest, SalutationsAreRecognized) {
  EXPECT_TRUE(IsSalutation("Dear President Biden:"));
  EXPECT_TRUE(IsSalutation("Your Excellency,"));
  EXPECT_FALSE(IsSalutation("Dearly held principles of justice are at stake."));
}

TEST(SignatoriesTest, CommaAndDashCountryColumnsAreSplitOff) {
  const char* kHead =
      "March 2, 2024\n\nDear Ministers,\n\n"
      "We urge you to protect the Court, its officials and everyone who cooperates with it from sanctions, threats and every other form of reprisal.\n\n"
      "Sincerely,\n\n";
  auto commas = MustExtract(std::string(kHead) +
                            "1. Lake Region Justice Forum, Kenya\n"
                            "2. Centre for Law, Rights and Society, Uganda\n"
                            "3. Open Archive Project\n"
                            "4. Lawyers for Liberty (LFL), South Africa\n");
  std::vector<Entry> expected = {{"Lake Region Justice Forum", "Kenya", ""},
                                 {"Centre for Law, Rights and Society", "Uganda", ""},
                                 {"Open Archive Project", "", ""},
                                 {"Lawyers for Liberty (LFL)", "South Africa", ""}};
  EXPECT_EQ(Entries(commas), expected);
  auto dashes = MustExtract(std::string(kHead) +
                            "Abogados Unidos \xE2\x80\x93 Guatemala\n"
                            "Al-Nour Rights Group \xE2\x80\x93 Palestine\n"
                            "Asia Monitor Network\n"
                            "Truth Finders \xE2\x80\x93 Ukraine\n");
  expected = {{"Abogados Unidos", "Guatemala", ""},
              {"Al-Nour Rights Group", "Palestine", ""},
              {"Asia Monitor Network", "", ""},
              {"Truth Finders", "Ukraine", ""}};
  EXPECT_EQ(Entries(dashes), expected);
}

// In a column set off by dashes, bodies working across countries give a
// region or scope there instead of a country: it leaves the name, and it
// is no country (FORMAT.md: the country attribute names a country).
TEST(SignatoriesTest, ARegionInADashCountryColumnLeavesTheName) {
  auto e = MustExtract(
      "March 2, 2024\n\nDear Ministers,\n\n"
      "We urge you to protect the Court, its officials and everyone who cooperates with it "
      "from sanctions, threats and every other form of reprisal.\n\nSincerely,\n\n"
      "Abogados Unidos \xE2\x80\x93 Guatemala\n"
      "Open Archive Project \xE2\x80\x93 International\n"
      "Al-Nour Rights Group \xE2\x80\x93 Palestine\n"
      "River Basin Forum \xE2\x80\x93 Latin America\n"
      "Truth Finders \xE2\x80\x93 Ukraine\n");
  std::vector<Entry> expected = {{"Abogados Unidos", "Guatemala", ""},
                                 {"Open Archive Project", "", ""},
                                 {"Al-Nour Rights Group", "Palestine", ""},
                                 {"River Basin Forum", "", ""},
                                 {"Truth Finders", "Ukraine", ""}};
  EXPECT_EQ(Entries(e), expected);
}

// ", within the framework of ...", ", a member of ...": a description
// after the name, not part of it; a name's own lowercase words stay.
TEST(SignatoriesTest, ADescriptionAfterACommaLeavesTheName) {
  auto e = MustExtract(
      "March 2, 2024\n\nDear Ministers,\n\n"
      "We urge you to protect the Court, its officials and everyone who cooperates with it "
      "from sanctions, threats and every other form of reprisal.\n\nSigned:\n\n"
      "Lakeside Rights Forum\n"
      "Northern Lawyers Union (NLU), within the framework of the Defenders Observatory\n"
      "Open Archive Project, a member of the Free Press Network\n"
      "Centro de Estudios, promoción y desarrollo\n");
  std::vector<Entry> expected = {{"Lakeside Rights Forum", "", ""},
                                 {"Northern Lawyers Union (NLU)", "", ""},
                                 {"Open Archive Project", "", ""},
                                 {"Centro de Estudios, promoción y desarrollo", "", ""}};
  EXPECT_EQ(Entries(e), expected);
}

TEST(SignatoriesTest, CountryOnTheLineBelowTheName) {
  auto e = MustExtract(
      "March 2, 2024\n\nYour Excellency,\n\n"
      "We urge you to protect the Court, its officials and everyone who cooperates with it from sanctions, threats and every other form of reprisal.\n\n"
      "Respectfully,\n\n"
      "Asociación Pro Verdad\nGuatemala\n\n"
      "Coastal Legal Aid Centre\nKenya\n\n"
      "Fundación Debido Proceso\nRegional\n\n"
      "Women Defenders Network\nUganda\n");
  std::vector<Entry> expected = {{"Asociación Pro Verdad", "Guatemala", ""},
                                 {"Coastal Legal Aid Centre", "Kenya", ""},
                                 {"Fundación Debido Proceso", "", ""},
                                 {"Women Defenders Network", "Uganda", ""}};
  EXPECT_EQ(Entries(e), expected);
}

TEST(SignatoriesTest, SignersNamedInProseAfterASigningCue) {
  auto e = MustExtract(
      "Rights groups urge the release of the lawyers\n\n"
      "The statement was signed by the Lake Region Justice Forum (Kenya), Women Defenders "
      "Network, Centre for Law and Democracy (Canada), and Press Freedom Union of England "
      "and Wales, which will present it on Monday.\n");
  std::vector<Entry> expected = {{"Lake Region Justice Forum", "Kenya", ""},
                                 {"Women Defenders Network", "", ""},
                                 {"Centre for Law and Democracy", "Canada", ""},
                                 {"Press Freedom Union of England and Wales", "", ""}};
  EXPECT_EQ(Entries(e), expected);
}

TEST(SignatoriesTest, WeOpeningAndCountedStatesInParentheses) {
  auto we = MustExtract(
      "Paris, 3 May 2022. We, the Coastal Legal Aid Centre, Asia Monitor Network and "
      "the Open Archive Project, today launch a campaign against impunity.\n");
  std::vector<Entry> expected = {{"Coastal Legal Aid Centre", "", ""},
                                 {"Asia Monitor Network", "", ""},
                                 {"Open Archive Project", "", ""}};
  EXPECT_EQ(Entries(we), expected);
  auto states = MustExtract(
      "On June 3, another four countries (Chile, Trinidad and Tobago, Kenya, Nepal) signed "
      "the joint letter.\n");
  expected = {{"Chile", "", ""}, {"Trinidad and Tobago", "", ""}, {"Kenya", "", ""},
              {"Nepal", "", ""}};
  EXPECT_EQ(Entries(states), expected);
}

TEST(SignatoriesTest, OrganisationsActingTogetherAsTheSubject) {
  auto e = MustExtract(
      "The Coastal Legal Aid Centre (CLAC), the Asia Monitor Network, together with the "
      "Lawyers Union, today called on the authorities to release the detainees.\n");
  std::vector<Entry> expected = {{"Coastal Legal Aid Centre (CLAC)", "", "CLAC"},
                                 {"Asia Monitor Network", "", ""},
                                 {"Lawyers Union", "", ""}};
  EXPECT_EQ(Entries(e), expected);
  // A reaction in a press release is no joint text with signers.
  auto welcome = MustExtract(
      "The Coastal Legal Aid Centre, the Asia Monitor Network and the Lawyers Union "
      "welcome the ruling of the court.\n");
  EXPECT_EQ(welcome.signatory_sets_size(), 0);
  // "A and 40 other NGOs have urged": the named lead signer.
  auto counted = MustExtract(
      "On 2 March 2021, the Asia Monitor Network and 40 other human rights groups have "
      "urged the government to act.\n");
  expected = {{"Asia Monitor Network", "", ""}};
  EXPECT_EQ(Entries(counted), expected);
}

TEST(SignatoriesTest, PeopleWithOutletsOrRolesKeepOnlyTheName) {
  auto outlets = MustExtract(
      "Signatories to the statement include Ana Silva of the Daily Courier, Piotr Nowak "
      "of Radio North and Lee Wong of The Observer, among others.\n");
  std::vector<Entry> expected = {{"Ana Silva", "", ""}, {"Piotr Nowak", "", ""},
                                 {"Lee Wong", "", ""}};
  EXPECT_EQ(Entries(outlets), expected);
  auto lines = MustExtract(
      "We stand with the detained writers.\n\n"
      "<strong>Ana Silva</strong>, Lusophone PEN \xE2\x80\x93 Brazil Centre\n\n"
      "<strong>Piotr Nowak</strong>, Polish Writers Association\n\n"
      "<strong>Halla</strong>, Nordic Writers Union\n\n"
      "<strong>Lee Wong</strong>, Hong Kong Writers Circle\n");
  expected = {{"Ana Silva", "", ""}, {"Piotr Nowak", "", ""}, {"Halla", "", ""},
              {"Lee Wong", "", ""}};
  EXPECT_EQ(Entries(lines), expected);
  auto offices = MustExtract(
      "We condemn the threats.\n\n"
      "Maria Lopez Former Minister of Justice of Chile |\n\n"
      "John Carter Former President of the Bar |\n\n"
      "Sara Ndiaye Chair of the Board of the Institute |\n");
  expected = {{"Maria Lopez", "", ""}, {"John Carter", "", ""}, {"Sara Ndiaye", "", ""}};
  EXPECT_EQ(Entries(offices), expected);
}

TEST(SignatoriesTest, FlattenedNumberedListsTablesAndFurniture) {
  auto numbered = MustExtract(
      "Our statement.\n\nSignatories: 1. Asia Monitor Network 2. Lawyers Union 3. Open "
      "Archive Project\n");
  std::vector<Entry> expected = {{"Asia Monitor Network", "", ""}, {"Lawyers Union", "", ""},
                                 {"Open Archive Project", "", ""}};
  EXPECT_EQ(Entries(numbered), expected);
  auto table = MustExtract(
      "Our statement.\n\nSignatories:\n\n| Organisation | Country |\n|---|---|\n"
      "| Asia Monitor Network | Nepal |\n| Lawyers Union | Kenya |\n"
      "| Open Archive Project | Peru |\n",
      "text/markdown");
  expected = {{"Asia Monitor Network", "Nepal", ""}, {"Lawyers Union", "Kenya", ""},
              {"Open Archive Project", "Peru", ""}};
  EXPECT_EQ(Entries(table), expected);
  auto furniture = MustExtract(
      "Our statement.\n\nSIGNED:\n\nAna Silva - Coordinator\n\nPiotr Nowak - Director\n\n"
      "Lee Wong - Project Officer\n\nTweets by openarchive_org\n");
  expected = {{"Ana Silva", "", ""}, {"Piotr Nowak", "", ""}, {"Lee Wong", "", ""}};
  EXPECT_EQ(Entries(furniture), expected);
}

TEST(SignatoriesTest, ListsThatAreNotSigners) {
  const char* kTexts[] = {
      // a count only
      "The statement was signed by more than 150 organisations from around the world.\n",
      // speakers in a debate
      "Speaking in the debate were Chile on behalf of a group of countries, Nepal on behalf "
      "of the Asian Group, Kenya, Peru and Norway.\n",
      // States acting in a meeting
      "Canada, Norway and Sweden called for an independent inquiry.\n",
      // targets
      "The government imposed sanctions on Judge Ana Silva, Judge Piotr Nowak and the "
      "Lawyers Union.\n",
      // addressees
      "To:\n\nAna Silva, President of the Republic\nPiotr Nowak, Minister of Justice\n"
      "Lee Wong, Prosecutor General\n",
  };
  for (const char* text : kTexts) {
    EXPECT_EQ(MustExtract(text).signatory_sets_size(), 0) << text;
  }
}

TEST(SignatoriesTest, ConfidenceFollowsTheCue) {
  auto closing = MustExtract(
      "Dear Minister,\n\nAct now.\n\nSincerely,\n\nAsia Monitor Network\nLawyers Union\n"
      "Open Archive Project\n");
  auto subject = MustExtract(
      "The Asia Monitor Network, the Lawyers Union and the Open Archive Project today urged "
      "the minister to act.\n");
  ASSERT_EQ(closing.signatory_sets_size(), 1);
  ASSERT_EQ(subject.signatory_sets_size(), 1);
  EXPECT_GT(closing.signatory_sets(0).confidence(), subject.signatory_sets(0).confidence());
  EXPECT_GE(closing.signatory_sets(0).signatories(0).confidence(), 0.8f);
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

TEST(SignatureLinesTest, AnAffiliationLineKeepsItsCountry) {
  // "Name, affiliation (Country)" signatures: the person signs, with the
  // country the line gives (before: the country went with the affiliation).
  auto e = testing::MustExtract(
      "Open letter\n\n6 May 2025\n\nTo: The President\n\nWe, the undersigned "
      "academics, call for the release of Professor Lin Haoran.\n\nSigned by:\n\n"
      "Ana Ruiz, University of Santiago (Chile)\nTomas Berg, Uppsala University "
      "(Sweden)\nLeila Haddad, American University of Beirut, Lebanon\n");
  EXPECT_EQ(testing::SignerNames(e), "Ana Ruiz (Chile); Tomas Berg (Sweden); Leila Haddad (Lebanon); ");
  // An affiliation that only names a country keeps it in its own name.
  auto named = testing::MustExtract(
      "Open letter\n\n6 May 2025\n\nTo: The President\n\nWe, the undersigned "
      "academics, call for the release of Professor Lin Haoran.\n\nSigned by:\n\n"
      "Ana Ruiz, University of Chile\nTomas Berg, Uppsala University\nLeila "
      "Haddad, American University of Beirut\n");
  EXPECT_EQ(testing::SignerNames(named), "Ana Ruiz; Tomas Berg; Leila Haddad; ");
}

}  // namespace
}  // namespace amicus::extract
