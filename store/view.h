#ifndef AMICUS_STORE_VIEW_H_
#define AMICUS_STORE_VIEW_H_

#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
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

// A set of column families, indexed by Cf: the ones a view opens.
using CfSet = std::bitset<kCfCount>;

// Every column family: what a view opens unless told otherwise.
inline CfSet AllFamilies() { return CfSet().set(); }

// One consistent state of the database: an iterator per column family it
// reads, all created together while no catch-up ran (Reader::NewViews).
// RocksDB 7.8 secondaries support no snapshots, but an iterator without
// one stays pinned to the state at its creation, so everything read
// through a View belongs to one state, however long the View lives. Not
// thread-safe; use one View per thread.
//
// Creating an iterator costs ~10,000 instructions, so a view opens only
// the families it is told it reads. One it was not told of is opened on
// first use if the state has not changed since (`open_later`); if it has,
// reads of that family see nothing and status() says why, so that a caller
// reports an error rather than an answer mixing two states.
class View {
 public:
  // Opens `family` in the view's state, or returns nullptr when the
  // state has changed since the view was created.
  using OpenLater = std::function<rocksdb::Iterator*(Cf family)>;

  // `iterators` is indexed by Cf, null for families not opened yet.
  // `db` and `handles` (indexed by Cf) are where index cursors fetch
  // records in batches (RecordPrefetch); both must outlive the View.
  // `state_id` names the state: two views with the same id see the same
  // data.
  View(std::vector<std::unique_ptr<rocksdb::Iterator>> iterators,
       uint64_t watermark, uint64_t state_id, OpenLater open_later,
       rocksdb::DB* db,
       const std::vector<rocksdb::ColumnFamilyHandle*>& handles);

  // Highest seq stored in this state; 0 for an empty database. Every
  // record visible here has seq <= watermark().
  uint64_t watermark() const { return watermark_; }

  // Equal for views of the same state (Reader::NewViews), whatever their
  // families; unique within the process. For caches of what a state says.
  uint64_t state_id() const { return state_id_; }

  // Not OK once a family the view was not created with was needed after
  // the state changed: what was read since may be incomplete.
  const absl::Status& status() const { return status_; }

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
  rocksdb::Iterator* iterator(Cf family);
  RecordSource RecordsOf(Cf index);

  std::vector<std::unique_ptr<rocksdb::Iterator>> iterators_;
  OpenLater open_later_;
  rocksdb::DB* db_;
  const std::vector<rocksdb::ColumnFamilyHandle*>& handles_;
  uint64_t watermark_ = 0;
  uint64_t state_id_ = 0;
  absl::Status status_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_VIEW_H_
