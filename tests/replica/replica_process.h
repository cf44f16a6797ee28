#ifndef AMICUS_TESTS_REPLICA_REPLICA_PROCESS_H_
#define AMICUS_TESTS_REPLICA_REPLICA_PROCESS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {

// One amicus-query --nats process on 127.0.0.1 over its own database
// directory, for tests.
class ReplicaProcess {
 public:
  static absl::StatusOr<std::unique_ptr<ReplicaProcess>> Start(
      const std::string& nats_url, const std::string& db);

  v1::QueryService::Stub& stub() { return *stub_; }
  Subprocess& process() { return *process_; }

  absl::StatusOr<v1::ReplicationStatus> Status();
  // Polls the health service until it says SERVING, or `timeout` passes.
  absl::Status WaitUntilServing(absl::Duration timeout = absl::Seconds(120));
  // The same for either health status.
  absl::Status WaitForHealth(bool serving,
                             absl::Duration timeout = absl::Seconds(120));
  // Polls GetReplicationStatus until the replica shows `position` to
  // queries, or `timeout` passes; returns the last status.
  absl::StatusOr<v1::ReplicationStatus> WaitForPosition(
      int64_t position, absl::Duration timeout = absl::Seconds(120));

  // The serialized records of every stream (documents, events, quotes,
  // signatory sets), in stream order: what clients of two replicas must
  // see alike.
  absl::StatusOr<std::vector<std::string>> AllRecords();

 private:
  ReplicaProcess() = default;
  std::unique_ptr<Subprocess> process_;
  std::unique_ptr<v1::QueryService::Stub> stub_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_REPLICA_REPLICA_PROCESS_H_
