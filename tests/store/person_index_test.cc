// The person indexes: how names are filed, that a full-name query reads
// only entries that can be its person's (not every namesake's), and the
// upgrade of a database filed the older way.
#include "store/person_index.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/entity_resolver.h"
#include "store/meta_keys.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/db_inspection.h"
#include "tests/store/old_layout.h"
#include "tests/store/sample_records.h"
#include "tests/store/written_database.h"

namespace amicus::store {
namespace {

using amicus::testing::AddEvent;
using amicus::testing::MakeDate;
using amicus::testing::MakeDocument;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

std::string Exact(const std::string& name) {
  return absl::StrCat(name, absl::string_view("\0e", 2), "RK");
}
std::string Trailing(const std::string& name) {
  return absl::StrCat(name, absl::string_view("\0t", 2), "RK");
}

TEST(PersonIndexKeysTest, FullNameIsExactAndShorterRunsAreTrailing) {
  EXPECT_THAT(PersonIndexKeys("Michael R. Pompeo", "RK"),
              ElementsAre(Exact("michael r pompeo"), Trailing("r pompeo"),
                          Trailing("pompeo")));
  EXPECT_THAT(PersonIndexKeys("Pompeo", "RK"), ElementsAre(Exact("pompeo")));
  EXPECT_THAT(PersonIndexKeys(" . ", "RK"), IsEmpty());
}

TEST(PersonPrefixesTest, FullNameQueryReadsItsOwnNamesNotTheSurname) {
  PersonQuery query;
  query.words = {"maria", "okonkwo"};
  query.compatible_names = {"maria okonkwo", "m okonkwo"};
  EXPECT_THAT(PersonPrefixes(query),
              UnorderedElementsAre(ExactNamePrefix("maria okonkwo"),
                                   TrailingNamePrefix("maria okonkwo"),
                                   ExactNamePrefix("m okonkwo")));
  query.bare_surname_matches = true;
  EXPECT_THAT(PersonPrefixes(query),
              ::testing::Contains(ExactNamePrefix("okonkwo")));
}

TEST(PersonPrefixesTest, SurnameQueryReadsEveryNameEndingWithIt) {
  PersonQuery query;
  query.words = {"okonkwo"};
  query.bare_surname_matches = true;
  EXPECT_THAT(PersonPrefixes(query),
              ElementsAre(ExactNamePrefix("okonkwo"),
                          TrailingNamePrefix("okonkwo")));
}

class PersonIndexTest : public WrittenDatabaseTest {
 protected:
  // `count` documents with one event each, acted by `name`.
  void PutEvents(const std::string& name, int count) {
    for (int i = 0; i < count; ++i) {
      v1::Extraction doc = MakeDocument(absl::StrCat(name, "-", i),
                                        v1::DOCUMENT_KIND_STATEMENT, "Text.");
      AddEvent(&doc, MakeDate(2021, 1, 1 + i % 28), v1::EVENT_TYPE_STATEMENT,
               {name}, name + " spoke.");
      auto result = writer_->Put(doc);
      ASSERT_TRUE(result.ok()) << result.status();
    }
  }

  struct ScanResult {
    std::vector<std::string> actors;  // of every record read, in order
    size_t index_entries_read = 0;
    size_t prefixes = 0;
  };

  // Each prefix also looks at (at most) the one key past its end.
  static size_t Overhead(const ScanResult& result) {
    return result.actors.size() + result.prefixes;
  }

  ScanResult ScanPerson(const std::string& query_name) {
    std::unique_ptr<View> view = Latest();
    PersonQuery query = ResolvePerson(*view, query_name);
    MergedScanSpec spec;
    spec.family = Cf::kEventsByActor;
    spec.prefixes = PersonPrefixes(query);
    MergedCursor c = view->ScanMerged(spec);
    ScanResult result;
    for (; c.Valid(); c.Next()) {
      v1::Event event;
      EXPECT_TRUE(event.ParseFromArray(c.value().data(),
                                       static_cast<int>(c.value().size())));
      result.actors.push_back(event.actors(0).name());
      EXPECT_TRUE(PersonMatches(query, event.actors(0).name()))
          << event.actors(0).name();
    }
    EXPECT_TRUE(c.status().ok());
    result.index_entries_read = c.index_entries_read();
    result.prefixes = spec.prefixes.size();
    return result;
  }
};

TEST_F(PersonIndexTest, FullNameQueryReadsNoOtherNamesakesEntries) {
  for (const char* other : {"John Okonkwo", "Ada Okonkwo", "Peter Okonkwo",
                            "Chidi Okonkwo", "Emeka Okonkwo"}) {
    PutEvents(other, 40);
  }
  PutEvents("Maria Okonkwo", 3);
  PutEvents("M. Okonkwo", 1);
  PutEvents("Dr Maria Okonkwo", 1);
  ScanResult result = ScanPerson("Maria Okonkwo");
  EXPECT_THAT(result.actors,
              ElementsAre("Maria Okonkwo", "Maria Okonkwo", "Maria Okonkwo",
                          "M. Okonkwo", "Dr Maria Okonkwo"));
  // Not the 200 entries of the other five.
  EXPECT_LE(result.index_entries_read, Overhead(result));
}

TEST_F(PersonIndexTest, BareSurnameIsReadOnlyWhenItCanBeThePerson) {
  PutEvents("Maria Okonkwo", 1);
  PutEvents("Okonkwo", 30);
  EXPECT_EQ(ScanPerson("Maria Okonkwo").actors.size(), 31u);
  PutEvents("John Okonkwo", 1);
  ScanResult result = ScanPerson("Maria Okonkwo");
  EXPECT_THAT(result.actors, ElementsAre("Maria Okonkwo"));
  EXPECT_LE(result.index_entries_read, Overhead(result));
}

TEST_F(PersonIndexTest, OlderLayoutIsRefiledOnOpen) {
  PutEvents("Maria Okonkwo", 2);
  PutEvents("John R. Okonkwo", 2);
  std::map<std::string, int> fresh = amicus::testing::CountKeysPerCf(dir_.Sub("db"));
  writer_.reset();
  amicus::testing::DowngradeToVersion2(dir_.Sub("db"));
  OpenWriter();
  writer_.reset();  // so the read-only inspection below sees flushed state
  EXPECT_EQ(amicus::testing::CountKeysPerCf(dir_.Sub("db")), fresh);
  OpenWriter();
  EXPECT_THAT(ScanPerson("Maria Okonkwo").actors,
              ElementsAre("Maria Okonkwo", "Maria Okonkwo"));
  EXPECT_THAT(ScanPerson("R. Okonkwo").actors,
              ElementsAre("John R. Okonkwo", "John R. Okonkwo"));
  EXPECT_EQ(Latest()->Get(Cf::kMeta, kLayoutVersionKey),
            std::string(1, kLayoutVersion));
}

TEST_F(PersonIndexTest, NewerLayoutIsRefused) {
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
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[CfIndex(Cf::kMeta)],
                        kLayoutVersionKey, std::string(1, kLayoutVersion + 1))
                    .ok());
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
    }
  }
  WriterOptions options;
  auto writer = Writer::Open(dir_.Sub("db"), options);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace amicus::store
