#ifndef AMICUS_TESTS_E2E_SUBPROCESS_H_
#define AMICUS_TESTS_E2E_SUBPROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace amicus::testing {

// A child process whose stdout and stderr go to files, so a test can read
// them at any time without pipe buffers filling up.
class Subprocess {
 public:
  static absl::StatusOr<std::unique_ptr<Subprocess>> Start(
      const std::vector<std::string>& argv);
  ~Subprocess();

  // Waits for the "listening on HOST:PORT" log line; returns HOST:PORT.
  absl::StatusOr<std::string> WaitForListenAddress(absl::Duration timeout);
  // Waits for the process to exit; returns its exit code (128+signal if
  // killed), or an error on timeout.
  absl::StatusOr<int> Wait(absl::Duration timeout);
  // Sends SIGTERM and waits.
  absl::StatusOr<int> Terminate(absl::Duration timeout);
  // Sends SIGKILL (a crash: no shutdown code runs) and waits.
  absl::StatusOr<int> Kill(absl::Duration timeout);

  std::string Stdout() const;
  std::string Stderr() const;
  // For signals a test sends itself (SIGSTOP, SIGCONT).
  pid_t pid() const { return pid_; }

 private:
  Subprocess(pid_t pid, std::string dir) : pid_(pid), dir_(std::move(dir)) {}
  pid_t pid_;
  std::string dir_;
  bool exited_ = false;
  int exit_code_ = -1;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a command to completion (or kills it after `timeout`).
RunResult RunCommand(const std::vector<std::string>& argv,
              absl::Duration timeout = absl::Seconds(60));

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_E2E_SUBPROCESS_H_
