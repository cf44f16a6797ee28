#ifndef AMICUS_TESTS_CLUSTER_CLUSTER_LOAD_H_
#define AMICUS_TESTS_CLUSTER_CLUSTER_LOAD_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "tests/cluster/service_process.h"

namespace amicus::testing {

// Client threads that ingest GeneratedStatement(n) for n = first, first+1,
// ... (up to first + count, or until Stop()), spread over every ingest
// replica, through kills and restarts of replicas and NATS nodes: a call
// that fails is sent again, to the next replica, until it is answered.
// Records every answer, so a test can check that nothing acknowledged is
// missing and that no document was reported created twice.
class ClusterLoad {
 public:
  ClusterLoad(std::vector<ServiceProcess*> ingest, int first, int count);
  ~ClusterLoad() { Stop(); }

  void Start(int threads);
  // Stops sending; calls in flight finish first.
  void Stop();
  // Waits until `count` documents are acknowledged (or the load finished).
  bool WaitForAcknowledged(int count, absl::Duration timeout) const;

  // n -> the first OK answer for GeneratedStatement(n).
  std::map<int, v1::IngestResponse> Acknowledged() const;
  // n of statements answered created=true more than once.
  std::vector<int> CreatedTwice() const;
  int failed_calls() const { return failed_calls_; }
  int64_t max_log_position() const;

 private:
  void Send(int thread);
  bool SendOnce(int n, int replica, v1::IngestResponse* response);

  const std::vector<ServiceProcess*> ingest_;
  const int end_;
  std::atomic<int> next_;
  std::atomic<bool> stop_{false};
  std::atomic<int> failed_calls_{0};
  std::vector<std::thread> threads_;
  mutable absl::Mutex mu_;
  std::map<int, v1::IngestResponse> acknowledged_ ABSL_GUARDED_BY(mu_);
  std::map<int, int> created_ ABSL_GUARDED_BY(mu_);
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_CLUSTER_CLUSTER_LOAD_H_
