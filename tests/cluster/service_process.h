#ifndef AMICUS_TESTS_CLUSTER_SERVICE_PROCESS_H_
#define AMICUS_TESTS_CLUSTER_SERVICE_PROCESS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {

// One amicus-ingest or amicus-query process on 127.0.0.1:0 that a test can
// kill -9 and start again with the same flags (and so the same --db). Each
// start listens on a new port; stubs made after it reach the new process.
// Thread-safe: load threads make stubs while the test kills and restarts.
class ServiceProcess {
 public:
  // `flags` follow the binary's name; --listen=127.0.0.1:0 is added.
  static absl::StatusOr<std::unique_ptr<ServiceProcess>> Start(
      const std::string& binary, std::vector<std::string> flags);

  absl::Status Kill();
  absl::Status Stop();  // SIGTERM, the graceful drain
  absl::Status Restart();
  bool running() const;

  // Waits until grpc.health.v1 reports `service` SERVING.
  absl::Status WaitUntilServing(const std::string& service, absl::Duration timeout) const;

  std::unique_ptr<v1::IngestService::Stub> IngestStub() const;
  std::unique_ptr<v1::QueryService::Stub> QueryStub() const;
  std::shared_ptr<grpc::Channel> channel() const;
  // stderr of the current process and of every earlier one.
  std::string Log() const;

 private:
  ServiceProcess() = default;
  absl::Status Launch();

  std::vector<std::string> argv_;
  mutable absl::Mutex mu_;
  std::unique_ptr<Subprocess> process_ ABSL_GUARDED_BY(mu_);
  std::shared_ptr<grpc::Channel> channel_ ABSL_GUARDED_BY(mu_);
  std::string past_logs_ ABSL_GUARDED_BY(mu_);
};

// The service name each binary reports health for.
inline constexpr char kIngestService[] = "amicus.v1.IngestService";
inline constexpr char kQueryService[] = "amicus.v1.QueryService";

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_CLUSTER_SERVICE_PROCESS_H_
