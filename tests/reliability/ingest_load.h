#ifndef AMICUS_TESTS_RELIABILITY_INGEST_LOAD_H_
#define AMICUS_TESTS_RELIABILITY_INGEST_LOAD_H_

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "amicus/v1/ingest_service.grpc.pb.h"

namespace amicus::testing {

// Client threads that ingest GeneratedStatement(n) for ever larger n until
// their first error (the service died) or Stop(). Remembers what was sent
// and what was acknowledged, across any number of runs.
class IngestLoad {
 public:
  // Starts `threads` senders against `stub`, which must outlive Stop().
  void Start(v1::IngestService::Stub* stub, int threads);
  // Waits for every sender to finish (they stop on their own after an
  // error).
  void Stop();

  // n of every statement whose request was sent, answered or not.
  std::set<int> Sent() const;
  // n -> reply of every statement whose reply was received.
  std::map<int, v1::IngestResponse> Acknowledged() const;

 private:
  void Send(v1::IngestService::Stub* stub);

  std::atomic<int> next_{0};
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
  mutable std::mutex mu_;
  std::set<int> sent_;
  std::map<int, v1::IngestResponse> acknowledged_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_INGEST_LOAD_H_
