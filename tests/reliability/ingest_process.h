#ifndef AMICUS_TESTS_RELIABILITY_INGEST_PROCESS_H_
#define AMICUS_TESTS_RELIABILITY_INGEST_PROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {

// A real amicus-ingest on 127.0.0.1:0 that a test can kill -9 at any
// moment. Started through `sh -c 'echo $$ > pidfile; exec ...'` so the
// shared Subprocess helper can run it while the test learns its pid.
class IngestProcess {
 public:
  static absl::StatusOr<std::unique_ptr<IngestProcess>> Start(
      const std::string& db, const std::vector<std::string>& extra_flags = {});

  // SIGKILL: no shutdown code runs, exactly like a crash.
  absl::Status Kill();
  // SIGTERM: the graceful path; returns the exit code.
  absl::StatusOr<int> Terminate();
  // True while the process has not exited.
  bool Running();

  const std::string& address() const { return address_; }
  v1::IngestService::Stub& stub() { return *stub_; }
  std::string Log() const { return process_->Stderr(); }

 private:
  IngestProcess() = default;
  std::unique_ptr<Subprocess> process_;
  pid_t pid_ = -1;
  std::string pid_file_;
  std::string address_;
  std::unique_ptr<v1::IngestService::Stub> stub_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_INGEST_PROCESS_H_
