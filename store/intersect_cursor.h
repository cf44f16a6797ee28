#ifndef AMICUS_STORE_INTERSECT_CURSOR_H_
#define AMICUS_STORE_INTERSECT_CURSOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/iterator.h"
#include "store/column_families.h"
#include "store/record_prefetch.h"

namespace amicus::store {

// One condition on a record, as index prefixes: the record meets it when
// any of the prefixes holds its key (one prefix per word, or one per alias
// of an entity). Every prefix's keys are the prefix and a record key.
struct IndexTerm {
  Cf family = Cf::kEventsByWord;
  std::vector<std::string> prefixes;
};

// The records meeting every term, in record-key order. Terms may be in
// different index families, all over the same record family.
struct IntersectScanSpec {
  std::vector<IndexTerm> terms;
  // First record key to visit, inclusive.
  std::string start;
};

// Walks an IntersectScanSpec by leapfrogging: each term in turn is moved to
// its first record key at or after the current candidate, and a term that
// lands past it makes its key the new candidate, until all terms agree.
// A term only ever moves forward, and jumps (one Seek) over whatever the
// others have ruled out, so the rarest term sets the pace: the work is in
// proportion to the rarest term's entries, not to the commonest's. A
// single term with one prefix is a plain prefix scan (Next, no Seek).
// position() is the record key. Records are fetched in batches as Cursor's
// are (RecordPrefetch). Same borrowing rules as Cursor; terms of one family
// share its iterator.
class IntersectCursor {
 public:
  // `iterators[i]` reads `spec.terms[i].family`.
  IntersectCursor(const std::vector<rocksdb::Iterator*>& iterators,
                  RecordSource records, IntersectScanSpec spec);
  ~IntersectCursor();
  IntersectCursor(IntersectCursor&&);

  bool Valid() const { return valid_; }
  void Next();

  absl::string_view position() const { return prefetch_.position(); }
  absl::string_view record_key() const { return prefetch_.record_key(); }
  absl::string_view value() const { return prefetch_.value(); }
  absl::Status status() const;

  // Index entries looked at so far (tests check that a query reads in
  // proportion to its answer).
  size_t index_entries_read() const;

 private:
  struct SharedIterator;
  class Posting;
  class Term;
  // Moves `candidate_` to the next record key every term holds; false when
  // a term is exhausted.
  bool FindNext();
  void Refill();

  // The iterators the terms read, one per family (SharedIterator).
  std::vector<std::unique_ptr<SharedIterator>> shared_;
  std::vector<std::unique_ptr<Term>> terms_;
  std::string candidate_;
  RecordPrefetch prefetch_;
  absl::Status fetch_status_;
  bool valid_ = false;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_INTERSECT_CURSOR_H_
