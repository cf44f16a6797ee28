#ifndef AMICUS_TESTS_STORE_DB_INSPECTION_H_
#define AMICUS_TESTS_STORE_DB_INSPECTION_H_

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/column_families.h"

namespace amicus::testing {

// Every key and value of the database at `path`, by column family name,
// in key order, read through a separate read-only instance (the writer may
// stay open).
using DatabaseDump =
    std::map<std::string, std::vector<std::pair<std::string, std::string>>>;
inline DatabaseDump DumpDatabase(const std::string& path) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : amicus::store::AllCfNames()) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::OpenForReadOnly(
      rocksdb::DBOptions(), path, descriptors, &handles, &raw);
  EXPECT_TRUE(s.ok()) << s.ToString();
  DatabaseDump dump;
  if (!s.ok()) return dump;
  std::unique_ptr<rocksdb::DB> db(raw);
  for (size_t i = 0; i < handles.size(); ++i) {
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), handles[i]));
    auto& entries = dump[descriptors[i].name];
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      entries.emplace_back(it->key().ToString(), it->value().ToString());
    }
    db->DestroyColumnFamilyHandle(handles[i]);
  }
  return dump;
}

// Number of keys in every column family of the database at `path`.
inline std::map<std::string, int> CountKeysPerCf(const std::string& path) {
  std::map<std::string, int> counts;
  for (const auto& [name, entries] : DumpDatabase(path)) {
    counts[name] = static_cast<int>(entries.size());
  }
  return counts;
}

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_STORE_DB_INSPECTION_H_
