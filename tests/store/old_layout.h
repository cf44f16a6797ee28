// Rewrites a closed database into an older layout, so tests can check the
// upgrade on open: version 2, where a person was indexed under each
// trailing run of their name with no mark telling the full name from the
// shorter runs, or version 3, which had no word indexes (text search).
#ifndef AMICUS_TESTS_STORE_OLD_LAYOUT_H_
#define AMICUS_TESTS_STORE_OLD_LAYOUT_H_

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "amicus/v1/records.pb.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "rocksdb/write_batch.h"
#include "store/column_families.h"
#include "store/meta_keys.h"
#include "store/name_key.h"

namespace amicus::testing {

// The version 2 key of one person index entry.
inline std::string Version2NameKey(const std::string& name_key,
                                   const rocksdb::Slice& record_key) {
  return absl::StrCat(name_key, absl::string_view("\0", 1),
                      record_key.ToString());
}

// Version 2 entries of every record of `records` in `index`, the person
// named by `names_of` in each.
template <typename Record, typename NamesOf>
void WriteVersion2Index(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* records,
                        rocksdb::ColumnFamilyHandle* index, NamesOf names_of,
                        rocksdb::WriteBatch* batch) {
  std::unique_ptr<rocksdb::Iterator> old(
      db->NewIterator(rocksdb::ReadOptions(), index));
  for (old->SeekToFirst(); old->Valid(); old->Next()) {
    batch->Delete(index, old->key());
  }
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), records));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Record record;
    ASSERT_TRUE(record.ParseFromString(it->value().ToString()));
    for (const std::string& name : names_of(record)) {
      for (const std::string& key : store::PersonNameKeys(name)) {
        batch->Put(index, Version2NameKey(key, it->key()), "");
      }
    }
  }
}

inline std::vector<std::string> ActorNames(const amicus::v1::Event& event) {
  std::vector<std::string> names;
  for (const auto& actor : event.actors()) names.push_back(actor.name());
  return names;
}

inline std::vector<std::string> SpeakerName(const amicus::v1::Quote& quote) {
  return {quote.speaker().name()};
}

// Rewrites the person indexes of the database at `path` (no writer open)
// in the version 2 layout and marks it version 2.
inline void DowngradeToVersion2(const std::string& path) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : store::AllCfNames()) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(
      rocksdb::DB::Open(rocksdb::DBOptions(), path, descriptors, &handles, &raw)
          .ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  auto cf = [&handles](store::Cf family) {
    return handles[store::CfIndex(family)];
  };
  rocksdb::WriteBatch batch;
  WriteVersion2Index<amicus::v1::Event>(db.get(), cf(store::Cf::kEvents),
                                        cf(store::Cf::kEventsByActor),
                                        ActorNames, &batch);
  WriteVersion2Index<amicus::v1::Quote>(db.get(), cf(store::Cf::kQuotes),
                                        cf(store::Cf::kQuotesBySpeaker),
                                        SpeakerName, &batch);
  batch.Put(cf(store::Cf::kMeta), store::kLayoutVersionKey, std::string(1, 2));
  ASSERT_TRUE(db->Write(rocksdb::WriteOptions(), &batch).ok());
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
  }
}

// The word index families of layout version 4, which version 3 lacks.
inline std::vector<std::string> WordIndexFamilies() {
  return {store::CfName(store::Cf::kEventsByWord),
          store::CfName(store::Cf::kQuotesByWord),
          store::CfName(store::Cf::kDocumentsByWord)};
}

// Drops the word index families of the database at `path` (no writer
// open) and marks it version 3: what a database written before text
// search looks like.
inline void DowngradeToVersion3(const std::string& path) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : store::AllCfNames()) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(
      rocksdb::DB::Open(rocksdb::DBOptions(), path, descriptors, &handles, &raw)
          .ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  std::vector<std::string> dropped = WordIndexFamilies();
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    if (std::find(dropped.begin(), dropped.end(), handle->GetName()) !=
        dropped.end()) {
      ASSERT_TRUE(db->DropColumnFamily(handle).ok());
    }
  }
  ASSERT_TRUE(db->Put(rocksdb::WriteOptions(),
                      handles[store::CfIndex(store::Cf::kMeta)],
                      store::kLayoutVersionKey, std::string(1, 3))
                  .ok());
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
  }
}

// The column families stored in the database at `path`.
inline std::vector<std::string> StoredFamilies(const std::string& path) {
  std::vector<std::string> names;
  EXPECT_TRUE(
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  return names;
}

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_STORE_OLD_LAYOUT_H_
