#include "bench/rocks_records.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "store/family_options.h"

namespace amicus::bench {

absl::StatusOr<std::unique_ptr<FamilyScanner>> FamilyScanner::Open(
    const std::string& db_path, const std::string& secondary_dir,
    const std::string& family) {
  rocksdb::Options options;
  options.max_open_files = -1;  // required for secondaries
  std::vector<std::string> names;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(options, db_path, &names);
  if (!s.ok()) return absl::UnavailableError(s.ToString());
  // The query service's own table options (block cache, block layout), so
  // the ceiling reads the data the way the service does.
  std::shared_ptr<rocksdb::Cache> cache = store::NewBlockCache();
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  size_t wanted = names.size();
  for (size_t i = 0; i < names.size(); ++i) {
    descriptors.emplace_back(names[i], store::FamilyOptions(names[i], cache));
    if (names[i] == family) wanted = i;
  }
  if (wanted == names.size()) {
    return absl::NotFoundError(absl::StrCat("no column family ", family));
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  s = rocksdb::DB::OpenAsSecondary(options, db_path, secondary_dir,
                                   descriptors, &handles, &raw);
  if (!s.ok()) return absl::UnavailableError(s.ToString());
  rocksdb::ColumnFamilyHandle* wanted_handle = handles[wanted];
  return std::unique_ptr<FamilyScanner>(new FamilyScanner(
      std::unique_ptr<rocksdb::DB>(raw), std::move(handles), wanted_handle));
}

FamilyScanner::~FamilyScanner() {
  for (rocksdb::ColumnFamilyHandle* h : handles_) {
    db_->DestroyColumnFamilyHandle(h);
  }
}

absl::Status FamilyScanner::ForEach(
    const std::function<void(const rocksdb::Slice&, const rocksdb::Slice&)>&
        visit) {
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(rocksdb::ReadOptions(), family_));
  for (it->SeekToFirst(); it->Valid(); it->Next()) visit(it->key(), it->value());
  rocksdb::Status s = it->status();
  return s.ok() ? absl::OkStatus() : absl::DataLossError(s.ToString());
}

}  // namespace amicus::bench
