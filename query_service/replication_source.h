#ifndef AMICUS_QUERY_SERVICE_REPLICATION_SOURCE_H_
#define AMICUS_QUERY_SERVICE_REPLICATION_SOURCE_H_

#include <cstdint>
#include <optional>

#include "absl/time/time.h"
#include "amicus/v1/query_service.pb.h"

namespace amicus::query {

// What a query replica knows of the replicated log it applies (distributed
// mode: the LogApplier). Thread-safe.
class ReplicationSource {
 public:
  struct Progress {
    // The log's last position as last seen.
    uint64_t log_last_position = 0;
    // When the log was last heard from; nullopt before the first contact.
    std::optional<absl::Time> last_contact;
  };

  virtual ~ReplicationSource() = default;
  virtual Progress progress() const = 0;
};

// The GetReplicationStatus answer of a server whose queries read up to
// `applied`, with `source` null in single-machine mode.
amicus::v1::ReplicationStatus MakeReplicationStatus(
    uint64_t applied, const ReplicationSource* source, absl::Time now);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_REPLICATION_SOURCE_H_
