#ifndef AMICUS_STORE_MERGED_CURSOR_H_
#define AMICUS_STORE_MERGED_CURSOR_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/iterator.h"
#include "store/column_families.h"
#include "store/record_prefetch.h"

namespace amicus::store {

// Several prefixes of one index family (one per alias of an entity), read
// as one sequence in record-key order, each record once however many
// prefixes hold it.
struct MergedScanSpec {
  Cf family = Cf::kQuotesByOrganization;
  std::vector<std::string> prefixes;
  // First record key to visit, inclusive.
  std::string start;
};

// Walks a MergedScanSpec with one index iterator: it remembers each
// prefix's next record key and re-seeks only the prefix it consumed, so a
// step costs a seek per prefix holding the record plus a comparison per
// prefix. position() is the record key, so a resume point is one key
// whichever prefixes produced it. Records are fetched in batches as
// Cursor's are (RecordPrefetch). Same borrowing rules as Cursor.
class MergedCursor {
 public:
  MergedCursor(rocksdb::Iterator* index, RecordSource records,
               MergedScanSpec spec);

  bool Valid() const { return valid_; }
  void Next();

  absl::string_view position() const { return prefetch_.position(); }
  absl::string_view record_key() const { return prefetch_.record_key(); }
  absl::string_view value() const;
  absl::Status status() const;

  // Index entries looked at so far: what a scan reads besides the records
  // it returns (tests check that a query reads no one else's entries).
  size_t index_entries_read() const { return index_entries_read_; }

 private:
  // The first record key at or after `from` under prefix `i`, or "". With
  // the index iterator on prefix `i`'s head, `from` must be just past it.
  // Sets head_values_[i] to the entry's value (the record, if it carries
  // it).
  std::string HeadAt(size_t i, absl::string_view from);
  // The smallest head, and moves every prefix holding it past it; false
  // when all prefixes are exhausted.
  bool TakeSmallestHead(std::string* head, std::string* value);
  // Takes heads ahead until one has a record, or all are exhausted.
  void Refill();

  rocksdb::Iterator* index_;
  MergedScanSpec spec_;
  size_t record_key_bytes_;
  std::vector<std::string> heads_;  // "" when a prefix is exhausted
  std::vector<std::string> head_values_;
  std::string current_;
  std::string current_value_;
  RecordPrefetch prefetch_;
  absl::Status fetch_status_;
  bool valid_ = false;
  size_t index_entries_read_ = 0;
  // The prefix whose head the index iterator is on, if any.
  static constexpr size_t kNowhere = static_cast<size_t>(-1);
  size_t at_ = kNowhere;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_MERGED_CURSOR_H_
