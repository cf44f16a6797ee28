#ifndef AMICUS_STORE_FAMILY_OPTIONS_H_
#define AMICUS_STORE_FAMILY_OPTIONS_H_

#include <memory>
#include <string>

#include "rocksdb/cache.h"
#include "rocksdb/options.h"
#include "rocksdb/write_buffer_manager.h"

namespace amicus::store {

// Bytes of uncompressed blocks one process keeps cached, for all its column
// families together. RocksDB's default is a separate 8 MiB cache per
// family: eighteen of them would let a reader grow by ~150 MiB on a large
// database, and would still be too small for the families read most.
inline constexpr size_t kBlockCacheBytes = 64 << 20;

// A secondary reader's block cache and its memtables together
// (NewReaderMemory). The memtables mirror the writer's unflushed log: up to
// ~90 MiB of skip lists while amicus-ingest writes (its WAL cap is 32
// MiB), and on top of a 64 MiB cache of their own they made amicus-query's
// peak RSS (BENCHMARKS.md, "amicus-query's peak memory"). While queries
// run they hold 17-30 MiB in bench/run, so blocks keep at least the 64
// MiB they had.
inline constexpr size_t kReaderMemoryBytes = 96 << 20;

// Arena block of a reader's memtables (family_options.cc says why).
inline constexpr size_t kReaderArenaBlockBytes = 64 << 10;

// A block cache to share between the families of one database.
std::shared_ptr<rocksdb::Cache> NewBlockCache();

// A reader's block cache of `bytes`, with the write buffer manager that
// charges the reader's memtables to it: blocks are evicted as the memtables
// grow, so the two stay within `bytes` together (past it only while the
// memtables alone exceed it; RocksDB never drops an unflushed memtable).
// Goes into DBOptions::write_buffer_manager; the secondary never flushes,
// so the manager's own limit decides nothing else.
struct ReaderMemory {
  std::shared_ptr<rocksdb::Cache> cache;
  std::shared_ptr<rocksdb::WriteBufferManager> memtables;
};
ReaderMemory NewReaderMemory(size_t bytes);

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
