#include "store/family_options.h"

#include "rocksdb/table.h"

namespace amicus::store {
namespace {

// The families full streams read end to end.
bool IsRecordFamily(const std::string& name) {
  return name == "events" || name == "quotes" || name == "signatory_sets";
}

}  // namespace

std::shared_ptr<rocksdb::Cache> NewBlockCache() {
  return rocksdb::NewLRUCache(kBlockCacheBytes);
}

rocksdb::ColumnFamilyOptions FamilyOptions(
    const std::string& name, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  if (IsRecordFamily(name)) {
    // A full stream is bound by the work per block: with 4 KiB Snappy
    // blocks (about nine records each) decompression alone cost as much
    // per record as parsing it (callgrind of the in-process scan). Records
    // are small next to the documents' text, so storing them uncompressed
    // in larger blocks costs little disk and reads each block with one
    // copy.
    options.compression = rocksdb::kNoCompression;
    table.block_size = 16 << 10;
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

}  // namespace amicus::store
