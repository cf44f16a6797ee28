#include "server/shutdown_signal.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace amicus::server {
namespace {

// Only lock-free atomics and write() are touched from the handler.
std::atomic<int> g_write_fd{-1};
std::atomic<int> g_signal{0};

void OnSignal(int signo) {
  const int saved_errno = errno;
  g_signal.store(signo);
  const int fd = g_write_fd.load();
  if (fd >= 0) {
    const char byte = 1;
    // A full pipe already holds a wake-up, so a failed write loses nothing.
    [[maybe_unused]] ssize_t ignored = write(fd, &byte, 1);
  }
  errno = saved_errno;
}

}  // namespace

absl::StatusOr<std::unique_ptr<ShutdownSignal>> ShutdownSignal::Install() {
  if (g_write_fd.load() >= 0) {
    return absl::FailedPreconditionError(
        "a shutdown signal handler is already installed");
  }
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    return absl::InternalError(
        absl::StrCat("cannot create shutdown pipe: ", std::strerror(errno)));
  }
  fcntl(fds[1], F_SETFL, O_NONBLOCK);
  std::unique_ptr<ShutdownSignal> signal(new ShutdownSignal(fds[0], fds[1]));
  g_signal.store(0);
  g_write_fd.store(fds[1]);

  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGTERM, &action, &signal->old_term_);
  sigaction(SIGINT, &action, &signal->old_int_);
  return signal;
}

ShutdownSignal::~ShutdownSignal() {
  sigaction(SIGTERM, &old_term_, nullptr);
  sigaction(SIGINT, &old_int_, nullptr);
  g_write_fd.store(-1);
  close(write_fd_);
  close(read_fd_);
}

const char* ShutdownSignal::Wait() {
  char byte;
  while (read(read_fd_, &byte, 1) < 0 && errno == EINTR) {
  }
  switch (g_signal.load()) {
    case SIGTERM:
      return "SIGTERM";
    case SIGINT:
      return "SIGINT";
    default:
      return "shutdown request";
  }
}

void ShutdownSignal::Trigger() { OnSignal(0); }

}  // namespace amicus::server
