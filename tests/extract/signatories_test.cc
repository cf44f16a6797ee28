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

TEST(SignatoriesTest, ATwoLineSignatureIsNotAList) {
  auto e = MustExtract("Dear Minister,\n\nPlease act now.\n\nSincerely,\n\nJane Roe\nDirector\n");
  EXPECT_EQ(e.signatory_sets_size(), 0);
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

}  // namespace
}  // namespace amicus::extract
