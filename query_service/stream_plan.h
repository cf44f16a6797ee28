#ifndef AMICUS_QUERY_SERVICE_STREAM_PLAN_H_
#define AMICUS_QUERY_SERVICE_STREAM_PLAN_H_

#include <cstdint>
#include <functional>

#include "absl/status/status.h"

#include "query_service/resume_token.h"
#include "store/column_families.h"
#include "store/cursor.h"
#include "store/intersect_cursor.h"
#include "store/merged_cursor.h"
#include "store/view.h"

namespace amicus::query {

// How one stream request is answered: which range of which family to scan
// for the stored records (the most selective index the filters allow), and
// the predicate every record must pass (all filters, including the one the
// index already narrowed, so that records ingested later, read in seq order
// without an index, are filtered the same way).
template <typename Record>
struct StreamPlan {
  ResumeToken::Stream stream = ResumeToken::Stream::kEvents;
  uint64_t filter_digest = 0;
  // Where the records live; later records are read from it in seq order.
  store::Cf record_family = store::Cf::kEvents;
  // The families the stream's view opens (View): everything the scans,
  // `resolve` and the record family read. A family read but not listed is
  // opened late, which fails if the database changed meanwhile. Opening
  // all 21 was a third of a small query's server instructions.
  store::CfSet reads = store::AllFamilies();
  // Called with every view the stream reads from, before it reads: name
  // filters resolve their aliases there. May be empty.
  std::function<void(store::View&)> resolve;
  // The stored-phase scan within a view (some need the view, e.g. to find a
  // document's seq).
  std::function<store::ScanSpec(store::View&)> stored_scan;
  // When set, the stored phase reads this instead of stored_scan: several
  // index prefixes (an entity's aliases) merged in record-key order.
  std::function<store::MergedScanSpec(store::View&)> merged_scan;
  // When set, the stored phase reads this instead of either: the records
  // that several indexes all hold (words of a text search, with names or
  // a type when asked too), intersected in record-key order.
  std::function<store::IntersectScanSpec(store::View&)> intersect_scan;
  // Empty when the request has no filters: every record matches, and
  // records that nothing else changes are sent as stored, unparsed.
  std::function<bool(const Record&)> matches;
  // When set, stands in for `matches` in the stored phase: the filters the
  // stored scan's index does not answer exactly (a text search's words
  // without phrases are answered by the word index; checking them again
  // on the record was half of a word query's work).
  std::function<bool(const Record&)> stored_matches;
  // When set, stands in for `matches` in the stored phase, deciding from
  // the scan position alone: for filters the index key answers entirely
  // (a date range alone), so matching records go out unparsed there too.
  // Parsing was a fifth of a selective query's work.
  std::function<bool(absl::string_view position)> matches_position;
  // Applied to each record before it is sent; may be empty.
  std::function<void(Record*)> finish;
  // Adds what other stored records say about a record (corroboration),
  // read from a second view of the same state; may be empty.
  std::function<absl::Status(store::View&, Record*)> annotate;
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_STREAM_PLAN_H_
