#include "store/name_key.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::store {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

TEST(NameKeyTest, NormalizesCasePunctuationAndSpaces) {
  EXPECT_EQ(NormalizeName("Michael R. Pompeo"), "michael r pompeo");
  EXPECT_EQ(NormalizeName("  MICHAEL   R  POMPEO \n"), "michael r pompeo");
  EXPECT_EQ(NormalizeName("O'Brien"), "obrien");
  EXPECT_EQ(NormalizeName("O\u2019Brien"), "obrien");
}

TEST(NameKeyTest, FoldsAccents) {
  EXPECT_EQ(NormalizeName("Fatou Bensouda"), NormalizeName("Fatóu Bénsouda"));
  EXPECT_EQ(NormalizeName("Łukasz Żak"), "lukasz zak");
  EXPECT_EQ(NormalizeName("Straße"), "strasse");
  EXPECT_EQ(NormalizeName("Ștefan"), "stefan");
  // Decomposed form: e + combining acute.
  EXPECT_EQ(NormalizeName("Jose\xCC\x81"), "jose");
}

TEST(NameKeyTest, DashesSeparateWords) {
  EXPECT_EQ(NormalizeName("Jean-Pierre Bemba"), "jean pierre bemba");
  EXPECT_EQ(NormalizeName("Jean\u2013Pierre"), "jean pierre");
}

TEST(NameKeyTest, KeepsOtherScripts) {
  EXPECT_EQ(NormalizeName("Андрей Сахаров"), "Андрей Сахаров");
}

TEST(NameKeyTest, PersonKeysAreEveryTrailingWordSequence) {
  EXPECT_THAT(PersonNameKeys("Michael R. Pompeo"),
              ElementsAre("michael r pompeo", "r pompeo", "pompeo"));
  EXPECT_THAT(PersonNameKeys(""), ElementsAre());
}

TEST(NameKeyTest, OrganizationKeysAreNameAndAcronym) {
  EXPECT_THAT(OrganizationKeys("The International Commission of Jurists",
                               "ICJ"),
              UnorderedElementsAre("international commission of jurists",
                                   "icj"));
  EXPECT_THAT(OrganizationKeys("Amnesty International", ""),
              ElementsAre("amnesty international"));
  EXPECT_EQ(OrganizationQueryKey("the International Commission of Jurists"),
            "international commission of jurists");
}

}  // namespace
}  // namespace amicus::store
