#ifndef AMICUS_STORE_VIEW_H_
#define AMICUS_STORE_VIEW_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "rocksdb/db.h"
#include "rocksdb/iterator.h"
#include "store/column_families.h"
#include "store/cursor.h"
#include "store/intersect_cursor.h"
#include "store/merged_cursor.h"
#include "store/record_prefetch.h"

namespace amicus::store {

// One consistent state of the database: an iterator per column family, all
// created together while no catch-up ran (Reader::NewView). RocksDB 7.8
// secondaries support no snapshots, but an iterator without one stays
// pinned to the state at its creation, so everything read through a View
// belongs to one state, however long the View lives. Not thread-safe; use
// one View per thread.
class View {
 public:
  // `db` and `handles` (indexed by Cf) are where index cursors fetch
  // records in batches (RecordPrefetch); both must outlive the View.
  View(std::vector<std::unique_ptr<rocksdb::Iterator>> iterators,
       rocksdb::DB* db,
       const std::vector<rocksdb::ColumnFamilyHandle*>& handles);

  // Highest seq stored in this state; 0 for an empty database. Every
  // record visible here has seq <= watermark().
  uint64_t watermark() const { return watermark_; }

  // The seq of the document with this id, if stored in this state.
  std::optional<uint64_t> FindDocumentSeq(absl::string_view document_id);

  // The serialized value under `key` in `family`, if present.
  std::optional<std::string> Get(Cf family, absl::string_view key);

  // A cursor over `spec`. See Cursor for the rules on concurrent cursors.
  Cursor Scan(const ScanSpec& spec);

  // A cursor over several prefixes of one index in record-key order. Uses
  // the same iterators as Scan: not at the same time as a Scan of that
  // index or its record family.
  MergedCursor ScanMerged(const MergedScanSpec& spec);

  // A cursor over the records every term of `spec` holds. Uses the
  // iterators of the terms' families and of their record family.
  IntersectCursor ScanIntersect(const IntersectScanSpec& spec);

 private:
  rocksdb::Iterator* iterator(Cf family) {
    return iterators_[CfIndex(family)].get();
  }
  RecordSource RecordsOf(Cf index);

  std::vector<std::unique_ptr<rocksdb::Iterator>> iterators_;
  rocksdb::DB* db_;
  const std::vector<rocksdb::ColumnFamilyHandle*>& handles_;
  uint64_t watermark_ = 0;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_VIEW_H_
