#include "extract/boilerplate.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Clean(absl::string_view s) {
  return RemoveBoilerplate(IdentityMapped(s)).text.text;
}

TEST(BoilerplateTest, DropsCallsToActionRulesAndContacts) {
  std::string t = Clean(
      "To read the full letter, click here.\n\n"
      "______________________________\n\n"
      "The Commission condemned the sanctions imposed on 3 May 2021.\n\n"
      "Share this article\n\n"
      "Jane Roe, Geneva Forum, t: +41 22 555 01 02\n\n"
      "press@example.org");
  EXPECT_EQ(t, "The Commission condemned the sanctions imposed on 3 May 2021.");
}

TEST(BoilerplateTest, DropsShareButtonsButNotSharingInProse) {
  std::string t = Clean(
      "Share on Facebook Share on Twitter\n\n"
      "Police detained the union's president on 20 March 2025.\n\n"
      "Share on social media\n\n"
      "Activists continued to share on social media.");
  EXPECT_EQ(t,
            "Police detained the union's president on 20 March 2025.\n\n"
            "Activists continued to share on social media.");
}

TEST(BoilerplateTest, DropsAContactsBlockUnderItsHeading) {
  std::string t = Clean(
      "CONTACTS\n\nIn Nairobi:\n\nAmina Otieno\n\nPress Officer\n\n"
      "Rights Watchers Urge Parliament to Drop the Foreign Agents Bill\n\n"
      "Nairobi \xE2\x80\x94 Rights Watchers today urged Parliament to drop the bill.");
  EXPECT_THAT(t, Not(HasSubstr("Amina Otieno")));
  EXPECT_THAT(t, HasSubstr("Rights Watchers Urge Parliament"));
}

TEST(BoilerplateTest, DropsATeaserRepeatedAtTopAndBottomWithTheLinksAfterIt) {
  std::string teaser =
      "Here are ten things our partners achieved this year with the support of donors.";
  std::string t = Clean(
      "Annual highlights\n" + teaser +
      "\nThe Network welcomed the decision of the court on 2 June 2022.\n"
      "The ruling ends two years of harassment of the defenders.\n"
      "It is the first such ruling in the region.\n"
      "Contact our press office.\n" + teaser +
      "\nIn this article we explore other cases that shaped the year for defenders.");
  EXPECT_EQ(t,
            "The Network welcomed the decision of the court on 2 June 2022.\n"
            "The ruling ends two years of harassment of the defenders.\n"
            "It is the first such ruling in the region.\n"
            "Contact our press office.");
}

TEST(BoilerplateTest, KeepsRepeatedTextInsideTheBody) {
  std::string para = "The prosecutor opened an investigation into the killings last year.";
  std::string t = Clean("Title line\n\n" + para + "\n\nMore text.\n\n" + para +
                        "\n\nAnd an ending paragraph.\n\nFinal.");
  EXPECT_EQ(t, "Title line\n\n" + para + "\n\nMore text.\n\n" + para +
                   "\n\nAnd an ending paragraph.\n\nFinal.");
}

}  // namespace
}  // namespace amicus::extract
