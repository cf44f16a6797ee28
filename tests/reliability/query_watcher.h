#ifndef AMICUS_TESTS_RELIABILITY_QUERY_WATCHER_H_
#define AMICUS_TESTS_RELIABILITY_QUERY_WATCHER_H_

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "amicus/v1/query_service.grpc.pb.h"

namespace amicus::testing {

// Lists the documents of amicus-query over and over while the ingest side
// crashes and restarts: every call must succeed and the number of documents
// must never go down.
class QueryWatcher {
 public:
  explicit QueryWatcher(v1::QueryService::Stub* stub);
  ~QueryWatcher();

  void Stop();

  int calls() const { return calls_; }
  // Failed calls and shrinking listings, in words.
  std::vector<std::string> Problems() const;

 private:
  void Watch();

  v1::QueryService::Stub* stub_;
  std::atomic<bool> stop_{false};
  std::atomic<int> calls_{0};
  mutable std::mutex mu_;
  std::vector<std::string> problems_;
  std::thread thread_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_QUERY_WATCHER_H_
