#ifndef AMICUS_QUERY_SERVICE_STALL_WATCH_H_
#define AMICUS_QUERY_SERVICE_STALL_WATCH_H_

#include "absl/time/time.h"

namespace amicus::query {

// When a log consumer counts as stalled (LogApplier replaces it then):
// entries have been pending for `timeout` and nothing was delivered
// meanwhile. Timed from the last delivery alone, a consumer quiet for
// longer than the timeout because there was nothing to deliver was judged
// stalled by the first refresh that saw a new entry, before the delivery
// on its way was taken: bench/cluster had all three replicas replace their
// consumers at the start of a load phase, each new consumer seconds late
// on a busy cluster. Not thread-safe (the applier's thread owns it).
class StallWatch {
 public:
  explicit StallWatch(absl::Duration timeout) : timeout_(timeout) {}

  // A delivery, or a new consumer, at `now`.
  void Delivered(absl::Time now) { last_delivery_ = now; }

  // Called with whether entries not applied yet are in the log at `now`.
  bool Stalled(bool pending, absl::Time now);

 private:
  const absl::Duration timeout_;
  absl::Time last_delivery_ = absl::InfinitePast();
  // When the pending entries were first seen; InfiniteFuture while none
  // are.
  absl::Time pending_seen_ = absl::InfiniteFuture();
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_STALL_WATCH_H_
