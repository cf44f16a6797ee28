#ifndef AMICUS_STORE_CURSOR_H_
#define AMICUS_STORE_CURSOR_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/iterator.h"
#include "store/column_families.h"
#include "store/key_codec.h"
#include "store/record_prefetch.h"

namespace amicus::store {

// The family holding the records an index points to (a record family maps
// to itself), and the length of those records' keys.
Cf RecordCfOf(Cf family);
size_t RecordKeyBytesOf(Cf family);
bool IsRecordCf(Cf family);

// What to scan: a family (a record family, or an index over one) and a key
// range within it.
struct ScanSpec {
  Cf family = Cf::kEvents;
  // First key to visit, inclusive.
  std::string lower;
  // First key not to visit; empty scans to the end of the family.
  std::string upper;
  // Ranges inside [lower, upper) known to hold nothing wanted, in key order
  // and disjoint: the cursor seeks past each instead of reading it.
  std::vector<KeyGap> gaps = {};
};

// Walks one ScanSpec in key order inside one View, yielding for each entry
// its position (the key in the scanned family), the record key, and the
// serialized record as the View's state holds it. Over an index, entries
// are read ahead in batches (one entry first, for a quick first answer,
// then more) and their records fetched together (RecordPrefetch), but for
// entries that carry their record (document_entries.h), which are read as
// they are. Index entries whose record is missing are skipped. Slices stay valid until the
// next Next().
//
// A Cursor borrows the View's iterators: keep the View alive, and do not
// run two cursors over the same family (or an index and its record family)
// of one View at the same time.
class Cursor {
 public:
  // Over a record family, `scan` is also where records are read from;
  // over an index, `records` says where.
  Cursor(rocksdb::Iterator* scan, ScanSpec spec);
  Cursor(rocksdb::Iterator* scan, RecordSource records, ScanSpec spec);

  bool Valid() const { return valid_; }
  void Next();

  absl::string_view position() const;
  absl::string_view record_key() const;
  absl::string_view value() const;
  // Non-OK if the underlying iterators failed; Valid() is false then.
  absl::Status status() const;

 private:
  // Moves the scan iterator from its place to the first entry inside the
  // range and outside the gaps; false when there is none.
  bool SkipToWanted();
  // The end of the gap holding `key`, or nullptr.
  const std::string* GapEnd(absl::string_view key);
  // Reads index entries ahead until one has a record, or the range ends.
  void Refill();

  rocksdb::Iterator* scan_;
  ScanSpec spec_;
  bool valid_ = false;
  size_t next_gap_ = 0;
  // Over an index only.
  std::optional<RecordPrefetch> prefetch_;
  absl::Status fetch_status_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_CURSOR_H_
