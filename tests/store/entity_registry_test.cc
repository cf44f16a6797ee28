// The entity registry: what documents state, written and deleted with them,
// and resolved through a secondary's view.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/column_families.h"
#include "store/entity_resolver.h"
#include "store/meta_keys.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/written_database.h"

namespace amicus::store {
namespace {

using amicus::testing::AddEvent;
using amicus::testing::AddQuote;
using amicus::testing::AddSignatorySet;
using amicus::testing::MakeDate;
using amicus::testing::MakeDocument;
using ::testing::ElementsAre;

v1::Extraction NamesOrganization(const std::string& id, const std::string& name,
                                 const std::string& acronym) {
  v1::Extraction extraction =
      MakeDocument(id, v1::DOCUMENT_KIND_STATEMENT, "Statement " + id);
  v1::Organization* org = extraction.mutable_document()->add_organizations();
  org->set_name(name);
  org->set_acronym(acronym);
  return extraction;
}

v1::Extraction NamesPerson(const std::string& id, const std::string& name) {
  v1::Extraction extraction =
      MakeDocument(id, v1::DOCUMENT_KIND_PRESS_RELEASE, "Release " + id);
  extraction.mutable_document()->add_people()->set_name(name);
  return extraction;
}

class EntityRegistryTest : public WrittenDatabaseTest {
 protected:
  void Put(const v1::Extraction& extraction) {
    auto result = writer_->Put(extraction);
    ASSERT_TRUE(result.ok()) << result.status();
  }

  std::vector<std::string> Organization(const std::string& key) {
    return ResolveOrganization(*Latest(), key);
  }

  bool PersonQueryMatches(const std::string& query, const std::string& name) {
    return PersonMatches(ResolvePerson(*Latest(), query), name);
  }
};

TEST_F(EntityRegistryTest, AcronymDefinedInOneDocumentJoinsTheFullName) {
  Put(NamesOrganization("a", "International Commission of Jurists", "ICJ"));
  EXPECT_THAT(Organization("icj"),
              ElementsAre("icj", "international commission of jurists"));
  EXPECT_THAT(Organization("international commission of jurists"),
              ElementsAre("icj", "international commission of jurists"));
}

TEST_F(EntityRegistryTest, UnknownNamesResolveToThemselves) {
  Put(NamesOrganization("a", "International Commission of Jurists", "ICJ"));
  EXPECT_THAT(Organization("fidh"), ElementsAre("fidh"));
}

TEST_F(EntityRegistryTest, GenericSuffixJoinsTheBareName) {
  v1::Extraction letter =
      MakeDocument("letter", v1::DOCUMENT_KIND_JOINT_LETTER, "We urge you.");
  AddSignatorySet(&letter, "The Minister", {{"Redress Trust", "", "UK"}});
  Put(letter);
  EXPECT_THAT(Organization("redress"), ElementsAre("redress", "redress trust"));
  EXPECT_THAT(Organization("redress trust"),
              ElementsAre("redress", "redress trust"));
}

TEST_F(EntityRegistryTest, DistinctiveFirstWordJoinsTheFullName) {
  Put(NamesOrganization("a", "CIVICUS World Alliance for Citizen Participation",
                        ""));
  EXPECT_THAT(Organization("civicus"),
              ElementsAre("civicus",
                          "civicus world alliance for citizen participation"));
}

TEST_F(EntityRegistryTest, AmbiguousAcronymFindsBothButMergesNeither) {
  Put(NamesOrganization("a", "International Commission of Jurists", "ICJ"));
  Put(NamesOrganization("b", "International Court of Justice", "ICJ"));
  EXPECT_THAT(Organization("icj"),
              ElementsAre("icj", "international commission of jurists",
                          "international court of justice"));
  EXPECT_THAT(Organization("international court of justice"),
              ElementsAre("international court of justice"));
  EXPECT_THAT(Organization("international commission of jurists"),
              ElementsAre("international commission of jurists"));
}

TEST_F(EntityRegistryTest, DeletingADocumentForgetsWhatItTaught) {
  Put(NamesOrganization("a", "International Commission of Jurists", "ICJ"));
  Put(NamesOrganization("b", "International Court of Justice", "ICJ"));
  ASSERT_TRUE(writer_->Delete("b").ok());
  EXPECT_THAT(Organization("international commission of jurists"),
              ElementsAre("icj", "international commission of jurists"));
  ASSERT_TRUE(writer_->Delete("a").ok());
  EXPECT_THAT(Organization("icj"), ElementsAre("icj"));
}

TEST_F(EntityRegistryTest, AliasStatedByTwoDocumentsSurvivesDeletingOne) {
  Put(NamesOrganization("a", "International Commission of Jurists", "ICJ"));
  Put(NamesOrganization("b", "International Commission of Jurists", "ICJ"));
  ASSERT_TRUE(writer_->Delete("a").ok());
  EXPECT_THAT(Organization("icj"),
              ElementsAre("icj", "international commission of jurists"));
}

TEST_F(EntityRegistryTest, OrganizationsAreLearnedFromRecordsToo) {
  v1::Extraction release = MakeDocument("r", v1::DOCUMENT_KIND_PRESS_RELEASE,
                                        "Geneva - A statement.");
  AddQuote(&release, "Sam Zarifi", "International Commission of Jurists", "ICJ",
           "The rule of law is under attack");
  Put(release);
  EXPECT_THAT(Organization("icj"),
              ElementsAre("icj", "international commission of jurists"));
}

TEST_F(EntityRegistryTest, FullNamesWithCompatibleGivenNamesMatch) {
  Put(NamesPerson("a", "Michael R. Pompeo"));
  EXPECT_TRUE(PersonQueryMatches("Michael Pompeo", "Michael R. Pompeo"));
  EXPECT_TRUE(PersonQueryMatches("Michael R. Pompeo", "Michael Pompeo"));
  EXPECT_TRUE(PersonQueryMatches("M. Pompeo", "Michael Pompeo"));
  EXPECT_TRUE(PersonQueryMatches("Pompeo", "Michael R. Pompeo"));
  EXPECT_FALSE(PersonQueryMatches("Michael J. Pompeo", "Michael R. Pompeo"));
  EXPECT_FALSE(PersonQueryMatches("Michael Pompeo", "Michael Bolton"));
}

TEST_F(EntityRegistryTest, BareSurnameJoinsOnlyWhenOneKnownPersonHasIt) {
  Put(NamesPerson("a", "Michael R. Pompeo"));
  EXPECT_TRUE(PersonQueryMatches("Michael Pompeo", "Pompeo"));
  Put(NamesPerson("b", "Jane Pompeo"));
  EXPECT_FALSE(PersonQueryMatches("Michael Pompeo", "Pompeo"));
  EXPECT_FALSE(PersonQueryMatches("Jane Pompeo", "Pompeo"));
  // A surname query still finds every Pompeo.
  EXPECT_TRUE(PersonQueryMatches("Pompeo", "Pompeo"));
  EXPECT_TRUE(PersonQueryMatches("Pompeo", "Jane Pompeo"));
  ASSERT_TRUE(writer_->Delete("b").ok());
  EXPECT_TRUE(PersonQueryMatches("Michael Pompeo", "Pompeo"));
}

TEST_F(EntityRegistryTest, PeopleAreLearnedFromActorsAndSpeakers) {
  v1::Extraction release = MakeDocument("r", v1::DOCUMENT_KIND_PRESS_RELEASE,
                                        "Geneva - A statement.");
  AddEvent(&release, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
           {"Jane Pompeo"}, "Jane Pompeo imposed sanctions.");
  Put(release);
  EXPECT_FALSE(PersonQueryMatches("Michael Pompeo", "Pompeo"));
}

// A database written before the registry existed gets it on open.
TEST_F(EntityRegistryTest, OpeningAnOlderDatabaseDerivesTheRegistry) {
  Put(NamesOrganization("a", "International Commission of Jurists", "ICJ"));
  writer_.reset();
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : AllCfNames()) {
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir_.Sub("db"),
                                  descriptors, &handles, &raw)
                    .ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    rocksdb::ColumnFamilyHandle* aliases =
        handles[CfIndex(Cf::kOrganizationAliases)];
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), aliases));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ASSERT_TRUE(db->Delete(rocksdb::WriteOptions(), aliases, it->key()).ok());
    }
    ASSERT_TRUE(db->Delete(rocksdb::WriteOptions(), handles[CfIndex(Cf::kMeta)],
                           kLayoutVersionKey)
                    .ok());
    it.reset();
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
    }
  }
  OpenWriter();
  EXPECT_THAT(Organization("icj"),
              ElementsAre("icj", "international commission of jurists"));
}

}  // namespace
}  // namespace amicus::store
