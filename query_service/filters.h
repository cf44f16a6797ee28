#ifndef AMICUS_QUERY_SERVICE_FILTERS_H_
#define AMICUS_QUERY_SERVICE_FILTERS_H_

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "store/cursor.h"
#include "store/date_key.h"
#include "store/view.h"

namespace amicus::query {

// Request filters turned into index ranges and record predicates, shared by
// every stream plan.

// INVALID_ARGUMENT unless `min_confidence` is within [0, 1] (NaN is not).
absl::Status CheckMinConfidence(float min_confidence);

// The requested interval, nullopt when neither end is set.
// INVALID_ARGUMENT for malformed dates or an end before the start.
absl::StatusOr<std::optional<store::DateInterval>> DateFilter(
    const amicus::v1::Date& start, const amicus::v1::Date& end);

// Scans of one index or record family, for StreamPlan::stored_scan.
// The families `record_family`, `families`, and for a plan with name
// filters the entity registry: what a plan's view opens (StreamPlan::reads).
store::CfSet PlanReads(store::Cf record_family,
                       std::initializer_list<store::Cf> families,
                       bool resolves_names);

using ScanFn = std::function<store::ScanSpec(store::View&)>;
ScanFn WholeFamily(store::Cf family);
ScanFn PrefixRange(store::Cf family, std::string prefix);
ScanFn DateRange(store::Cf family, const store::DateInterval& interval);
// The records of one document (by id, resolved in the view), or nothing.
ScanFn DocumentRecords(store::Cf record_family, std::string document_id);

// Predicates on a stored-phase scan position, for
// StreamPlan::matches_position.
using PositionFn = std::function<bool(absl::string_view position)>;
// For a DateRange scan: whether the date in the entry's key overlaps the
// interval, which is what the record's own date would say.
PositionFn DateInPosition(const store::DateInterval& interval);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_FILTERS_H_
