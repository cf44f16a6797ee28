#ifndef AMICUS_SERVER_SHUTDOWN_SIGNAL_H_
#define AMICUS_SERVER_SHUTDOWN_SIGNAL_H_

#include <csignal>
#include <memory>

#include "absl/status/statusor.h"

namespace amicus::server {

// Turns SIGTERM/SIGINT into a wake-up of an ordinary thread (self-pipe): the
// handler only write()s one byte, all real work happens in Wait()'s caller.
// One instance at a time per process; the previous handlers come back when
// it is destroyed.
class ShutdownSignal {
 public:
  static absl::StatusOr<std::unique_ptr<ShutdownSignal>> Install();
  ~ShutdownSignal();

  ShutdownSignal(const ShutdownSignal&) = delete;
  ShutdownSignal& operator=(const ShutdownSignal&) = delete;

  // Blocks until a signal arrives or Trigger() is called; returns the
  // signal's name ("SIGTERM"), or "shutdown request" for Trigger().
  const char* Wait();

  // Wakes Wait() as a signal would. Async-signal-safe; a no-op when no
  // instance is installed.
  static void Trigger();

 private:
  ShutdownSignal(int read_fd, int write_fd) : read_fd_(read_fd), write_fd_(write_fd) {}

  int read_fd_;
  int write_fd_;
  struct sigaction old_term_ = {};
  struct sigaction old_int_ = {};
};

}  // namespace amicus::server

#endif  // AMICUS_SERVER_SHUTDOWN_SIGNAL_H_
