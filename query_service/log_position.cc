#include "query_service/log_position.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace amicus::query {

bool ReachedLogPosition(store::Reader& reader, int64_t position) {
  // A failed catch-up leaves the last good state; the wait goes on with it.
  reader.CatchUp().IgnoreError();
  return position <= 0 || reader.LatestSeq() >= static_cast<uint64_t>(position);
}

absl::Status AwaitLogPosition(store::Reader& reader, int64_t position,
                              const grpc::ServerContextBase& call,
                              absl::Duration poll) {
  const absl::Time give_up =
      absl::FromChrono(call.deadline()) - kAnswerBeforeDeadline;
  while (!ReachedLogPosition(reader, position)) {
    const absl::Duration left = give_up - absl::Now();
    if (left <= absl::ZeroDuration()) {
      return absl::DeadlineExceededError(absl::StrCat(
          "applied log position ", reader.LatestSeq(), " < requested ",
          position,
          ": this server has not applied the ingest log that far within the "
          "deadline; retry with a longer deadline or on another replica "
          "(GetReplicationStatus shows its lag)"));
    }
    if (call.IsCancelled()) {
      return absl::CancelledError("cancelled while waiting for a log position");
    }
    reader.WaitForSeqAbove(static_cast<uint64_t>(position) - 1,
                           std::min(poll, left));
  }
  return absl::OkStatus();
}

}  // namespace amicus::query
