// The name rules the entity registry is built on.
#include "store/entity_names.h"

#include "gtest/gtest.h"
#include "store/name_key.h"

namespace amicus::store {
namespace {

TEST(OrganizationCoreTest, GenericSuffixesAreDropped) {
  EXPECT_EQ(OrganizationCore("redress trust"), "redress");
  EXPECT_EQ(OrganizationCore("amnesty international"), "amnesty");
  EXPECT_EQ(OrganizationCore("open society foundations"), "open society");
  EXPECT_EQ(OrganizationCore("asylum access network"), "asylum access");
  EXPECT_EQ(OrganizationCore("redress"), "redress");
}

TEST(OrganizationCoreTest, KeepsAtLeastOneWordAndDistinctiveWords) {
  EXPECT_EQ(OrganizationCore("international"), "international");
  EXPECT_EQ(OrganizationCore("human rights watch"), "human rights watch");
  EXPECT_EQ(OrganizationCore("international commission of jurists"),
            "international commission of jurists");
}

TEST(OrganizationCoreTest, SpellingVariantsFoldToOneKey) {
  for (const char* variant :
       {"Human Rights Watch", "Human Rights-Watch", "HUMAN RIGHTS WATCH",
        "the Human Rights Watch", "Human Rights Watch."}) {
    EXPECT_EQ(OrganizationCore(OrganizationQueryKey(variant)),
              "human rights watch")
        << variant;
  }
}

TEST(DistinctiveFirstWordTest, CapitalizedFirstWordOfALongerName) {
  EXPECT_EQ(DistinctiveFirstWord("REDRESS Trust"), "redress");
  EXPECT_EQ(DistinctiveFirstWord("CIVICUS World Alliance for Citizen "
                                 "Participation"),
            "civicus");
}

TEST(DistinctiveFirstWordTest, NothingWhenCapitalsSayNothing) {
  EXPECT_EQ(DistinctiveFirstWord("HUMAN RIGHTS WATCH"), "");  // all caps
  EXPECT_EQ(DistinctiveFirstWord("Redress Trust"), "");       // not caps
  EXPECT_EQ(DistinctiveFirstWord("UN Human Rights Council"), "");  // short
  EXPECT_EQ(DistinctiveFirstWord("REDRESS"), "");  // the whole name
  EXPECT_EQ(DistinctiveFirstWord("ARTICLE 19"), "");
}

TEST(SamePersonTest, MiddleInitialsAndInitialsAreCompatible) {
  auto words = [](const char* name) { return PersonWords(name); };
  EXPECT_TRUE(SamePerson(words("Michael Pompeo"), words("Michael R. Pompeo")));
  EXPECT_TRUE(SamePerson(words("M. Pompeo"), words("Michael R. Pompeo")));
  EXPECT_TRUE(
      SamePerson(words("Michael Richard Pompeo"), words("Michael R. Pompeo")));
  EXPECT_TRUE(SamePerson(words("MICHAEL POMPEO"), words("Michaël Pompeo")));
}

TEST(SamePersonTest, DifferentGivenNamesOrSurnamesAreDifferentPeople) {
  auto words = [](const char* name) { return PersonWords(name); };
  EXPECT_FALSE(SamePerson(words("Jane Pompeo"), words("Michael Pompeo")));
  EXPECT_FALSE(
      SamePerson(words("Michael J. Pompeo"), words("Michael R. Pompeo")));
  EXPECT_FALSE(SamePerson(words("Michael Pompeo"), words("Michael Bolton")));
  // A bare surname is not a full name: the registry decides (see
  // ResolvePerson).
  EXPECT_FALSE(SamePerson(words("Pompeo"), words("Michael Pompeo")));
}

}  // namespace
}  // namespace amicus::store
