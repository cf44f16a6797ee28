#include "extract/countries.h"

#include "extract/iso_countries.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

TEST(CountriesTest, IsoEntriesAreKnownByAllTheirNames) {
  auto names = ParseIsoCountries(R"({"3166-1": [
      {"alpha_2": "IR", "name": "Iran, Islamic Republic of", "common_name": "Iran",
       "official_name": "Islamic Republic of Iran"},
      {"alpha_2": "CD", "name": "Congo, The Democratic Republic of the"},
      {"alpha_2": "CG", "name": "Congo", "official_name": "Republic of the Congo"},
      {"alpha_2": "NL", "name": "Netherlands", "official_name": "Kingdom of the Netherlands"}]})");
  ASSERT_TRUE(names.ok()) << names.status();
  EXPECT_EQ(names->Canonical("Iran"), "Iran");
  EXPECT_EQ(names->Canonical("Islamic Republic of Iran"), "Iran");
  EXPECT_EQ(names->Canonical("iran, islamic republic of"), "Iran");
  // The short form of an inverted name does not take another's name.
  EXPECT_EQ(names->Canonical("Congo"), "Congo");
  EXPECT_EQ(names->Canonical("Democratic Republic of the Congo"),
            "Democratic Republic of the Congo");
  EXPECT_EQ(names->Canonical("The Netherlands"), "Netherlands");
  // Colloquial forms come with every table; joined countries join.
  EXPECT_EQ(names->Canonical("USA"), "United States");
  EXPECT_EQ(names->Canonical("Iran and Congo"), "Iran and Congo");
  EXPECT_FALSE(names->IsCountry("Nairobi"));
  EXPECT_FALSE(ParseIsoCountries("not json").ok());
}

TEST(CountriesTest, TheSystemListLoadsWhenInstalled) {
  auto names = LoadIsoCountries();
  if (!names) GTEST_SKIP() << "no " << kIsoCountriesPath;
  EXPECT_GT(names->size(), 249u);
  EXPECT_TRUE(names->IsCountry("Equatorial Guinea"));
  EXPECT_TRUE(names->IsCountry("Republic of Korea"));
  EXPECT_TRUE(names->IsCountry("Bolivia"));
}

}  // namespace
}  // namespace amicus::extract
