#include "query_service/filters.h"

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/entity_resolver.h"
#include "store/key_codec.h"

namespace amicus::query {
namespace {

absl::Status CheckDate(absl::string_view field, const amicus::v1::Date& date) {
  if (store::IsValidDate(date)) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      field, " is not a valid date (year 1-9999, month 0-12, day 0-31, "
             "0 for unknown parts)"));
}

}  // namespace

absl::Status CheckMinConfidence(float min_confidence) {
  if (min_confidence >= 0 && min_confidence <= 1) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "min_confidence must be between 0 and 1, got ", min_confidence));
}

absl::StatusOr<std::optional<store::DateInterval>> DateFilter(
    const amicus::v1::Date& start, const amicus::v1::Date& end) {
  if (absl::Status s = CheckDate("start_date", start); !s.ok()) return s;
  if (absl::Status s = CheckDate("end_date", end); !s.ok()) return s;
  if (start.year() == 0 && end.year() == 0) {
    return std::optional<store::DateInterval>();
  }
  store::DateInterval interval = store::RequestInterval(start, end);
  if (start.year() != 0 && end.year() != 0 &&
      std::make_tuple(interval.end.year(), interval.end.month(),
                      interval.end.day()) <
          std::make_tuple(interval.start.year(), interval.start.month(),
                          interval.start.day())) {
    return absl::InvalidArgumentError("end_date is before start_date");
  }
  return std::optional<store::DateInterval>(interval);
}

store::CfSet PlanReads(store::Cf record_family,
                       std::initializer_list<store::Cf> families,
                       bool resolves_names) {
  store::CfSet reads = resolves_names ? store::RegistryFamilies() : store::CfSet();
  reads.set(store::CfIndex(record_family));
  for (store::Cf family : families) reads.set(store::CfIndex(family));
  return reads;
}

ScanFn WholeFamily(store::Cf family) {
  return [family](store::View&) { return store::ScanSpec{family, "", ""}; };
}

ScanFn PrefixRange(store::Cf family, std::string prefix) {
  return [family, prefix = std::move(prefix)](store::View&) {
    return store::ScanSpec{family, prefix, store::PrefixSuccessor(prefix)};
  };
}

ScanFn DateRange(store::Cf family, const store::DateInterval& interval) {
  store::DateKeyRange range = store::DateKeyRangeFor(interval);
  return [family, range](store::View&) {
    return store::ScanSpec{family, range.lower, range.upper, range.gaps};
  };
}

PositionFn DateInPosition(const store::DateInterval& interval) {
  return [interval](absl::string_view position) {
    return position.size() >= store::kDateKeyBytes &&
           store::DateOverlaps(store::DecodeDateKey(position), interval);
  };
}

ScanFn DocumentRecords(store::Cf record_family, std::string document_id) {
  return [record_family, id = std::move(document_id)](store::View& view) {
    std::optional<uint64_t> seq = view.FindDocumentSeq(id);
    // Absent: an empty range (lower == upper).
    std::string prefix = store::EncodeSeq(seq.value_or(0));
    std::string upper = seq.has_value() ? store::PrefixSuccessor(prefix) : prefix;
    return store::ScanSpec{record_family, prefix, upper};
  };
}

}  // namespace amicus::query
