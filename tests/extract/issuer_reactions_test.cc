// The issuers' own reaction to a dated happening names who suffered it,
// not who did it: invented wording throughout.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

std::string Doc(const std::string& sentence) {
  return "Academics call for the release of Professor Lin Haoran\n\n6 May 2025\n\n" +
         sentence + "\n";
}

constexpr const char* kArrest = "the arrest of Professor Lin Haoran on 28 April 2025";

TEST(IssuerReactionsTest, AFeelingAboutAnArrestLeavesTheArrestToThePolice) {
  for (const char* opening : {"We are deeply concerned about ", "We are concerned about ",
                              "We, the undersigned academics, are alarmed by "}) {
    auto e = testing::MustExtract(Doc(std::string(opening) + kArrest + "."));
    EXPECT_EQ(testing::ActorOf(e, "28 April 2025"), "police") << opening;
  }
}

TEST(IssuerReactionsTest, UndersignedIsNoVerbOfTheSigners) {
  auto condemn = testing::MustExtract(
      Doc(std::string("We, the undersigned academics, condemn ") + kArrest + "."));
  EXPECT_EQ(testing::ActorOf(condemn, "28 April 2025"), "police");
  auto subject = testing::MustExtract(
      Doc(std::string("The undersigned are deeply concerned about ") + kArrest + "."));
  EXPECT_EQ(testing::ActorOf(subject, "28 April 2025"), "police");
  // What the signers did themselves stays theirs.
  auto wrote = testing::MustExtract(
      Doc("Coastal Press Watch and its partners wrote to the Minister of Justice on "
          "28 April 2025."));
  EXPECT_THAT(testing::ActorOf(wrote, "28 April 2025"),
              ::testing::HasSubstr("Coastal Press Watch"));
}

}  // namespace
}  // namespace amicus::extract
