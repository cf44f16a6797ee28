#ifndef AMICUS_TESTS_LOAD_SERVICE_PROCESS_H_
#define AMICUS_TESTS_LOAD_SERVICE_PROCESS_H_

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace amicus::load {

// A service binary run as a child process, stderr to a file, whose peak
// memory can be read while it runs.
class ServiceProcess {
 public:
  // Starts `argv` and waits for its "listening on HOST:PORT" line.
  static absl::StatusOr<std::unique_ptr<ServiceProcess>> Start(
      const std::vector<std::string>& argv, const std::string& log_path);
  ~ServiceProcess();  // SIGTERM, then SIGKILL if it will not go

  const std::string& address() const { return address_; }
  // Peak resident memory so far (VmHWM of /proc/PID/status), in KiB; 0 if
  // it cannot be read.
  int64_t PeakRssKib() const;
  // Still running?
  bool Alive() const;

 private:
  ServiceProcess(pid_t pid, std::string log_path)
      : pid_(pid), log_path_(std::move(log_path)) {}
  absl::Status WaitForAddress(absl::Duration timeout);

  pid_t pid_;
  std::string log_path_;
  std::string address_;
  // Reaped already: the pid may belong to someone else now.
  mutable bool exited_ = false;
};

}  // namespace amicus::load

#endif  // AMICUS_TESTS_LOAD_SERVICE_PROCESS_H_
