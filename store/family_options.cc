#include "store/family_options.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/memtablerep.h"
#include "rocksdb/slice_transform.h"
#include "rocksdb/table.h"
#include "store/column_families.h"
#include "store/cursor.h"
#include "store/key_codec.h"
#include "store/word_postings.h"

namespace amicus::store {
namespace {

// A key minus its last `n` bytes. Every family but two ends its keys with
// a seq or record key, and a document's entries go in with seqs higher than
// any stored: within one such prefix, inserts are appends.
class AllButTrailingBytes : public rocksdb::SliceTransform {
 public:
  explicit AllButTrailingBytes(size_t n)
      : n_(n), name_(absl::StrCat("amicus.AllButTrailingBytes.", n)) {}
  const char* Name() const override { return name_.c_str(); }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), key.size() - n_);
  }
  bool InDomain(const rocksdb::Slice& key) const override {
    return key.size() >= n_;
  }

 private:
  size_t n_;
  std::string name_;
};

// How many bytes of the family's keys are the seq or record key they end
// with; 0 for families keyed otherwise (meta, document ids).
size_t TrailingSeqBytes(const std::string& name) {
  std::vector<std::string> names = AllCfNames();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return 0;
  Cf family = static_cast<Cf>(it - names.begin());
  switch (family) {
    case Cf::kDefault:
    case Cf::kMeta:
    case Cf::kDocumentIds:
      return 0;
    case Cf::kOrganizationAliases:
    case Cf::kPeopleBySurname:
      return kSeqBytes;
    default:
      // Words of events and quotes are keyed by document (word_postings.h).
      return IndexesWordsByDocument(family) ? kSeqBytes
                                            : RecordKeyBytesOf(family);
  }
}

// The families full streams read end to end.
bool IsRecordFamily(const std::string& name) {
  return name == "events" || name == "quotes" || name == "signatory_sets";
}

// Families the writer reads: to find a document by id, to load a document
// and its records (to delete it, or to answer a duplicate), and the meta
// keys. It writes the others, the indexes, and never reads them (but
// once, at open, when upgrading an old layout).
bool WriterReadsFamily(const std::string& name) {
  return name == CfName(Cf::kDefault) || name == CfName(Cf::kMeta) ||
         name == CfName(Cf::kDocuments) || name == CfName(Cf::kDocumentIds) ||
         IsRecordFamily(name);
}

}  // namespace

std::shared_ptr<rocksdb::Cache> NewBlockCache() {
  return rocksdb::NewLRUCache(kBlockCacheBytes);
}

ReaderMemory NewReaderMemory(size_t bytes) {
  ReaderMemory memory;
  memory.cache = rocksdb::NewLRUCache(bytes);
  memory.memtables =
      std::make_shared<rocksdb::WriteBufferManager>(bytes, memory.cache);
  return memory;
}

rocksdb::ColumnFamilyOptions FamilyOptions(
    const std::string& name, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  // A reader keeps every table file open (secondaries must), and each
  // file's index would otherwise live outside the cache for as long: at a
  // million documents amicus-query started at 101 MB instead of 47 and
  // peaked at 273 MB. In the cache it counts against the cache's bound.
  // Partitioned (4 KiB pieces under a small pinned top level) so that a
  // lookup loads the piece it needs, not a whole file's index: with whole
  // index blocks in a cache that full streams sweep, a 0.01% actor query
  // took 10 ms instead of 1 at that scale.
  table.cache_index_and_filter_blocks = true;
  table.pin_l0_filter_and_index_blocks_in_cache = true;
  table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  table.metadata_block_size = 4 << 10;
  table.pin_top_level_index_and_filter = true;
  if (IsRecordFamily(name)) {
    // A full stream is bound by the work per block: with 4 KiB Snappy
    // blocks (about nine records each) decompression alone cost as much
    // per record as parsing it (callgrind of the in-process scan). Records
    // are small next to the documents' text, so storing them uncompressed
    // in larger blocks costs little disk and reads each block with one
    // copy.
    options.compression = rocksdb::kNoCompression;
    table.block_size = 16 << 10;
    // Selective queries fetch records by key (RecordPrefetch's MultiGet):
    // a hash index inside each block answers that without the binary and
    // linear search, and a memtable filter skips the skip-list search for
    // keys that live in table files (nearly all of them; without it the
    // memtable cost a quarter of a selective query). The filter is small:
    // amicus-query replays the writer's log into memtables of its own, and
    // at 0.02 of the write buffer their filters took ~80 MB during ingest;
    // 0.002 still gives ~10 bits per record a memtable can hold.
    table.data_block_index_type =
        rocksdb::BlockBasedTableOptions::kDataBlockBinaryAndHash;
    table.block_restart_interval = 2;
    options.memtable_whole_key_filtering = true;
    options.memtable_prefix_bloom_size_ratio = 0.002;
  }
  if (name == CfName(Cf::kDocumentIds)) {
    // Ingest looks up every new document's id (to store it once) and
    // GetDocument any id: point reads of random keys, which without a
    // filter search every level, and for a new id find nothing anywhere.
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    table.partition_filters = true;
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // A secondary starts a memtable per family for each WAL file it replays,
  // and drops a family's memtables only when that family is flushed: after
  // growth to 50k documents amicus-query held 110 immutable memtables (387
  // during the growth), most of them a few KiB of a small family. Each took
  // at least one arena block, by default 1 MiB (write_buffer_size / 8),
  // which RocksDB's memtable sizes do not count: ~130 MiB of heap against
  // 37 MiB reported, and the peak RSS of the run.
  options.arena_block_size = kReaderArenaBlockBytes;
  // Inserting into the memtable's skip list was a quarter of the store's
  // time; with a per-prefix hint an append costs no search.
  if (size_t n = TrailingSeqBytes(name); n > 0) {
    options.memtable_insert_with_hint_prefix_extractor =
        std::make_shared<AllButTrailingBytes>(n);
  }
  return options;
}

rocksdb::ColumnFamilyOptions WriterFamilyOptions(
    const std::string& name, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options = FamilyOptions(name, cache);
  // The WAL cap flushes every family at once, one after another on the
  // flush thread; with two memtables per family a second cap reached
  // meanwhile stopped all writes until the flushes ended ("Stopping writes
  // because we have 2 immutable memtables" in the LOG, seconds at a time in
  // bench/cluster's replicas). Memory stays bounded by db_write_buffer_size.
  options.max_write_buffer_number = 4;
  // Its memtables fill up to the write buffer: RocksDB's default blocks.
  options.arena_block_size = 0;
  if (!WriterReadsFamily(name)) {
    // Inserting into a skip list searches it, ~3,000 instructions per
    // index entry even with insert hints (entries of a new name or date
    // have no hint), and a document has ~110 of them; appending to a
    // vector costs no search, and the flush sorts it once.
    options.memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
    options.memtable_insert_with_hint_prefix_extractor = nullptr;  // no use
  }
  return options;
}

}  // namespace amicus::store
