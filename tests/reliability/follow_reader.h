#ifndef AMICUS_TESTS_RELIABILITY_FOLLOW_READER_H_
#define AMICUS_TESTS_RELIABILITY_FOLLOW_READER_H_

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "amicus/v1/query_service.grpc.pb.h"

namespace amicus::testing {

// Holds a ListDocuments stream in follow mode open in the background, the
// way a client would: whenever the stream ends it records the status and
// resumes from the last resume token it received.
class FollowReader {
 public:
  explicit FollowReader(v1::QueryService::Stub* stub);
  ~FollowReader();

  // Ids in the order delivered, across every resumed stream.
  std::vector<std::string> Ids() const;
  // How each stream that ended did so, "CODE: message (token: yes/no)".
  std::vector<std::string> Endings() const;
  // Ends the current stream (cancels it) and stops.
  void Stop();

 private:
  void Follow();
  // Reads one stream to its end; returns false when stopped.
  bool ReadOneStream();

  v1::QueryService::Stub* stub_;
  std::atomic<bool> stop_{false};
  mutable std::mutex mu_;
  std::vector<std::string> ids_;
  std::vector<std::string> endings_;
  std::string token_;
  grpc::ClientContext* context_ = nullptr;  // guarded by mu_
  std::thread thread_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_FOLLOW_READER_H_
