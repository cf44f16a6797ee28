#ifndef AMICUS_TESTS_CLUSTER_REPLICA_CONTENTS_H_
#define AMICUS_TESTS_CLUSTER_REPLICA_CONTENTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "amicus/v1/query_service.grpc.pb.h"

namespace amicus::testing {

// Everything one query replica streams, each record as its deterministic
// wire bytes, in stream order: two replicas hold the same data exactly
// when these compare equal.
struct ReplicaContents {
  std::vector<std::string> documents;
  std::vector<std::string> events;
  std::vector<std::string> quotes;
  std::vector<std::string> signatory_sets;
  std::vector<std::string> document_ids;
  // The smallest log_position any response of the four streams carried.
  int64_t view_position = 0;

  bool operator==(const ReplicaContents& other) const;
};

// Reads the four streams of `stub` once it has applied the log up to
// `min_log_position` (each call waits for it, within `timeout`).
absl::StatusOr<ReplicaContents> ReadReplica(v1::QueryService::Stub& stub,
                                            int64_t min_log_position,
                                            absl::Duration timeout);

// Where two contents first differ, in words ("" when they are equal).
std::string FirstDifference(const ReplicaContents& a, const ReplicaContents& b);

// Deterministic wire bytes of a message.
std::string WireBytes(const google::protobuf::Message& message);

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_CLUSTER_REPLICA_CONTENTS_H_
