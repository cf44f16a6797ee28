#include "query_service/batch_policy.h"

#include <algorithm>
#include <limits>

namespace amicus::query {

BatchPolicy::BatchPolicy(const BatchOptions& options)
    : options_(options), record_limit_(std::max(1, options.first_batch_records)) {}

bool BatchPolicy::Full(int records, size_t bytes) const {
  return records >= record_limit_ || bytes >= options_.max_batch_bytes;
}

bool BatchPolicy::Overdue(absl::Time started, absl::Time now) const {
  return now - started >= options_.max_batch_delay;
}

void BatchPolicy::Sent() {
  const int growth = std::max(1, options_.batch_growth);
  if (record_limit_ <= std::numeric_limits<int>::max() / growth) {
    record_limit_ *= growth;
  }
}

}  // namespace amicus::query
