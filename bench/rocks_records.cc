#include "bench/rocks_records.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "rocksdb/db.h"
#include "store/family_options.h"

namespace amicus::bench {

absl::Status ForEachEntry(
    const std::string& db_path, const std::string& secondary_dir,
    const std::string& family,
    const std::function<void(const rocksdb::Slice&, const rocksdb::Slice&)>&
        visit) {
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
  std::unique_ptr<rocksdb::DB> db(raw);
  {
    rocksdb::ReadOptions read;
    read.fill_cache = false;
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(read, handles[wanted]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) visit(it->key(), it->value());
    s = it->status();
  }
  for (rocksdb::ColumnFamilyHandle* h : handles) db->DestroyColumnFamilyHandle(h);
  return s.ok() ? absl::OkStatus() : absl::DataLossError(s.ToString());
}

}  // namespace amicus::bench
