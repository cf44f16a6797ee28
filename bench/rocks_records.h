#ifndef AMICUS_BENCH_ROCKS_RECORDS_H_
#define AMICUS_BENCH_ROCKS_RECORDS_H_

#include <functional>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "rocksdb/slice.h"

namespace amicus::bench {

// Visits every entry of one column family of an amicus database directly
// with RocksDB (opened as a secondary in `secondary_dir`, so the ingest
// service may keep running), in key order: the floor any stream over that
// family could reach.
absl::Status ForEachEntry(
    const std::string& db_path, const std::string& secondary_dir,
    const std::string& family,
    const std::function<void(const rocksdb::Slice& key,
                              const rocksdb::Slice& value)>& visit);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_ROCKS_RECORDS_H_
