#ifndef AMICUS_STORE_RECORD_PREFETCH_H_
#define AMICUS_STORE_RECORD_PREFETCH_H_

#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/db.h"
#include "rocksdb/iterator.h"

namespace amicus::store {

// Where an index cursor fetches the records its entries point to: the
// database's newest state, with the View's own record iterator for what
// that state no longer has.
struct RecordSource {
  rocksdb::DB* db = nullptr;
  rocksdb::ColumnFamilyHandle* family = nullptr;
  rocksdb::Iterator* view_records = nullptr;
};

// A batch of index entries read ahead, with their records fetched in one
// MultiGet. A Seek per entry in the record family's iterator cost a binary
// search in the memtable and every table file (59% of a selective query's
// instructions); MultiGet looks each key up in one place, sharing block
// reads between keys.
//
// Reading the newest state instead of the View's is safe because a record
// key is never written twice (seqs are not reused and records never
// change): a key the View's index lists is, in the newest state, either the
// same record or deleted since, and only then is the View's iterator asked.
class RecordPrefetch {
 public:
  // Record keys are the last `record_key_bytes` of each position.
  RecordPrefetch(RecordSource source, size_t record_key_bytes);

  // Adds an index entry. Positions shorter than a record key are ignored.
  // `record` is the record itself when the index entry carries it
  // (covering entries, document_entries.h): it is taken as is, not
  // fetched.
  void Add(absl::string_view position, absl::string_view record = {});

  // Starts a new batch: calls `read_one` (which Adds the cursor's next
  // entry, or returns false at the end of its range) until the batch is
  // full, fetches the records, and repeats while no entry has one. A batch
  // holds one entry first, for a quick first answer, then four times more
  // each time, up to kMaxBatch. Entries without a record in the View are
  // skipped; Valid() is false at the end or on an error.
  absl::Status Refill(absl::FunctionRef<bool()> read_one);

  bool Valid() const { return at_ < count_; }
  // To the next entry with a record.
  void Next();

  absl::string_view position() const { return positions_[at_]; }
  absl::string_view record_key() const;
  absl::string_view value() const;

 private:
  // Fetches the batch's records and moves to the first entry with one.
  absl::Status Fetch();
  // Reads the records of the entries that do not carry them.
  void MultiGetFetched();
  // Looks a key the newest state lacks up in the View (deleted since it
  // was taken): OK, NotFound when the View lacks it too, or the View's
  // iterator error.
  rocksdb::Status FetchFromView(size_t i);
  void SkipMissing();

  RecordSource source_;
  size_t record_key_bytes_;
  // Entries [0, count_) are the batch; buffers past it are spare.
  std::vector<std::string> positions_;
  std::vector<std::string> carried_;  // the record, for covering entries
  std::vector<bool> is_carried_;
  std::vector<size_t> fetched_;       // entries MultiGet reads
  size_t count_ = 0;
  std::vector<rocksdb::Slice> keys_;
  std::vector<rocksdb::PinnableSlice> values_;
  std::vector<rocksdb::Status> statuses_;
  size_t at_ = 0;
  size_t limit_ = 1;
  // Past a few dozen keys MultiGet gains little, and a batch only holds
  // more block-cache handles.
  static constexpr size_t kMaxBatch = 64;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_RECORD_PREFETCH_H_
