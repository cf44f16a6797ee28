#include "tests/ingest/store_snapshot.h"

#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "rocksdb/db.h"

namespace amicus::testing {

absl::StatusOr<std::map<std::string, std::string>> StoreSnapshot(
    const std::string& path) {
  std::vector<std::string> names;
  rocksdb::Status status =
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names);
  if (!status.ok()) return absl::InternalError(status.ToString());
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& name : names) {
    families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  status = rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), path, families,
                                        &handles, &raw);
  if (!status.ok()) return absl::InternalError(status.ToString());
  std::unique_ptr<rocksdb::DB> db(raw);

  std::map<std::string, std::string> snapshot;
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), handle));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      snapshot[absl::StrCat(handle->GetName(), "/", it->key().ToString())] =
          it->value().ToString();
    }
    status = it->status();
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle);
  }
  if (!status.ok()) return absl::InternalError(status.ToString());
  return snapshot;
}

}  // namespace amicus::testing
