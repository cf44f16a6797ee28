#include "query_service/replication_source.h"

#include <algorithm>

#include "google/protobuf/util/time_util.h"

namespace amicus::query {

amicus::v1::ReplicationStatus MakeReplicationStatus(
    uint64_t applied, const ReplicationSource* source, absl::Time now) {
  using amicus::v1::ReplicationStatus;
  ReplicationStatus status;
  status.set_applied_log_position(static_cast<int64_t>(applied));
  if (source == nullptr) {
    status.set_mode(ReplicationStatus::MODE_SINGLE_MACHINE);
    status.set_log_last_position(static_cast<int64_t>(applied));
    status.set_caught_up(true);
    return status;
  }
  status.set_mode(ReplicationStatus::MODE_NATS);
  ReplicationSource::Progress progress = source->progress();
  // The applier may have applied past the last position it was told of.
  uint64_t last = std::max(progress.log_last_position, applied);
  status.set_log_last_position(static_cast<int64_t>(last));
  status.set_lag(static_cast<int64_t>(last - applied));
  status.set_caught_up(progress.last_contact.has_value() && last == applied);
  if (progress.last_contact.has_value()) {
    using google::protobuf::util::TimeUtil;
    *status.mutable_last_contact_time() = TimeUtil::NanosecondsToTimestamp(
        absl::ToUnixNanos(*progress.last_contact));
    const absl::Duration staleness =
        std::max(now - *progress.last_contact, absl::ZeroDuration());
    *status.mutable_staleness() =
        TimeUtil::NanosecondsToDuration(absl::ToInt64Nanoseconds(staleness));
  }
  return status;
}

}  // namespace amicus::query
