#include "extract/organizations.h"

#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

TEST(OrganizationsTest, AnAcronymDefinedInParenthesesSpellsTheName) {
  OrgDirectory orgs("Observers from the Coastal Election Watch (CEW) were held.");
  EXPECT_EQ(orgs.FullName("CEW"), "Coastal Election Watch");
}

// Acronyms coined in another language often leave one word of the
// English name out; the first letter still matches.
TEST(OrganizationsTest, AnAcronymMayLeaveOneWordOfTheNameOut) {
  OrgDirectory orgs(
      "Observers from the Lakeland Monitoring and Policy Studies Center (LMPS) "
      "were held.");
  EXPECT_EQ(orgs.FullName("LMPS"), "Lakeland Monitoring and Policy Studies Center");
}

TEST(OrganizationsTest, TwoWordsLeftOutOrAnotherFirstLetterIsNoDefinition) {
  OrgDirectory orgs(
      "The Lakeland Monitoring and Policy Studies Center (LMP) and the "
      "Northern Press Freedom Union (APFU) spoke.");
  EXPECT_EQ(orgs.FullName("LMP"), "LMP");
  EXPECT_EQ(orgs.FullName("APFU"), "APFU");
}

}  // namespace
}  // namespace amicus::extract
