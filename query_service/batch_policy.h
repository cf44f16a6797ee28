#ifndef AMICUS_QUERY_SERVICE_BATCH_POLICY_H_
#define AMICUS_QUERY_SERVICE_BATCH_POLICY_H_

#include <cstddef>

#include "absl/time/time.h"

namespace amicus::query {

struct BatchOptions {
  // Records in the first response: one, so the first result goes out as
  // soon as it is found (waiting for 16 cost a selective query ~16 record
  // lookups before its first answer); later batches grow.
  int first_batch_records = 1;
  // Each later batch may hold this many times as many records as the one
  // before. Doubling sent a 10-record answer in four messages and a
  // 300-record one in nine, each write ~10,000 server instructions and a
  // resume token (callgrind of the 0.01% date queries: 74,000 per query).
  int batch_growth = 8;
  // Up to this many bytes (well below gRPC's message limits). One record
  // per message would cap a stream near 10^5 records/s.
  size_t max_batch_bytes = 1 << 20;
  // A partial batch goes out once its first record has waited this long,
  // so sparse matches in a long scan are not held back.
  absl::Duration max_batch_delay = absl::Milliseconds(20);
};

// Decides when a stream's pending batch goes out.
class BatchPolicy {
 public:
  explicit BatchPolicy(const BatchOptions& options);

  // Whether a batch of this size must go out now.
  bool Full(int records, size_t bytes) const;
  // Whether a non-empty batch whose first record arrived at `started` has
  // waited long enough.
  bool Overdue(absl::Time started, absl::Time now) const;
  // Call after each sent batch: the next one may be batch_growth times as
  // large.
  void Sent();

 private:
  BatchOptions options_;
  int record_limit_;
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_BATCH_POLICY_H_
