#ifndef AMICUS_STORE_CURSOR_H_
#define AMICUS_STORE_CURSOR_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/iterator.h"
#include "store/column_families.h"
#include "store/key_codec.h"

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
// serialized record, fetched through the View's record-family iterator so
// that it belongs to the same consistent state. Index entries whose record
// is missing are skipped. Slices stay valid until the next Next().
//
// A Cursor borrows the View's iterators: keep the View alive, and do not
// run two cursors over the same family (or an index and its record family)
// of one View at the same time.
class Cursor {
 public:
  Cursor(rocksdb::Iterator* scan, rocksdb::Iterator* records, ScanSpec spec);

  bool Valid() const { return valid_; }
  void Next();

  absl::string_view position() const;
  absl::string_view record_key() const;
  absl::string_view value() const;
  // Non-OK if the underlying iterators failed; Valid() is false then.
  absl::Status status() const;

 private:
  // Moves forward from the scan iterator's place to the first entry inside
  // the range whose record exists.
  void Settle();
  // The end of the gap holding `key`, or nullptr.
  const std::string* GapEnd(absl::string_view key);
  // Whether the record of index entry `key` exists (positions records_).
  bool HasRecord(absl::string_view key);

  rocksdb::Iterator* scan_;
  rocksdb::Iterator* records_;  // == scan_ for a record family
  ScanSpec spec_;
  size_t record_key_bytes_;
  bool valid_ = false;
  size_t next_gap_ = 0;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_CURSOR_H_
