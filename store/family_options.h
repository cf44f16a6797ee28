#ifndef AMICUS_STORE_FAMILY_OPTIONS_H_
#define AMICUS_STORE_FAMILY_OPTIONS_H_

#include <memory>
#include <string>

#include "rocksdb/cache.h"
#include "rocksdb/options.h"

namespace amicus::store {

// Bytes of uncompressed blocks one process keeps cached, for all its column
// families together. RocksDB's default is a separate 8 MiB cache per
// family: eighteen of them would let a reader grow by ~150 MiB on a large
// database, and would still be too small for the families read most.
inline constexpr size_t kBlockCacheBytes = 64 << 20;

// Arena block of a reader's memtables (family_options.cc says why).
inline constexpr size_t kReaderArenaBlockBytes = 64 << 10;

// A block cache to share between the families of one database.
std::shared_ptr<rocksdb::Cache> NewBlockCache();

// RocksDB options of the column family `name` for secondary readers,
// caching blocks in `cache`.
rocksdb::ColumnFamilyOptions FamilyOptions(
    const std::string& name, const std::shared_ptr<rocksdb::Cache>& cache);

// The writer's: the same tables, but the index families, which the writer
// never reads back, keep their memtables as unsorted vectors (sorted once,
// when flushed) instead of skip lists. Needs
// DBOptions::allow_concurrent_memtable_write off.
rocksdb::ColumnFamilyOptions WriterFamilyOptions(
    const std::string& name, const std::shared_ptr<rocksdb::Cache>& cache);

}  // namespace amicus::store

#endif  // AMICUS_STORE_FAMILY_OPTIONS_H_
