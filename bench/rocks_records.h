#ifndef AMICUS_BENCH_ROCKS_RECORDS_H_
#define AMICUS_BENCH_ROCKS_RECORDS_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "rocksdb/db.h"
#include "rocksdb/slice.h"

namespace amicus::bench {

// One column family of an amicus database read directly with RocksDB
// (opened as a secondary in `secondary_dir`, so the ingest service may keep
// running, with the service's table options and block cache): the floor
// any stream over that family could reach.
class FamilyScanner {
 public:
  static absl::StatusOr<std::unique_ptr<FamilyScanner>> Open(
      const std::string& db_path, const std::string& secondary_dir,
      const std::string& family);
  ~FamilyScanner();

  // Visits every entry in key order.
  absl::Status ForEach(
      const std::function<void(const rocksdb::Slice& key,
                               const rocksdb::Slice& value)>& visit);

 private:
  FamilyScanner(std::unique_ptr<rocksdb::DB> db,
                std::vector<rocksdb::ColumnFamilyHandle*> handles,
                rocksdb::ColumnFamilyHandle* family)
      : db_(std::move(db)), handles_(std::move(handles)), family_(family) {}

  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  rocksdb::ColumnFamilyHandle* family_;
};

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_ROCKS_RECORDS_H_
