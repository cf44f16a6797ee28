#ifndef AMICUS_TESTS_NATS_NATS_SERVER_H_
#define AMICUS_TESTS_NATS_NATS_SERVER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {

// One nats-server with JetStream on 127.0.0.1, its store under `dir`, for
// tests. The first start picks a free port; Restart() comes back on the
// same port with the same store, so clients reconnect to it.
class NatsServer {
 public:
  struct Options {
    // The deploy and test configs' value (the server's default is 1 MB).
    int64_t max_payload = 20 << 20;
  };
  static absl::StatusOr<std::unique_ptr<NatsServer>> Start(
      const std::string& dir, Options options);
  static absl::StatusOr<std::unique_ptr<NatsServer>> Start(
      const std::string& dir) {
    return Start(dir, Options());
  }

  // "nats://127.0.0.1:PORT".
  std::string url() const;
  // SIGTERM, and waits for the exit.
  absl::Status Stop();
  absl::Status Restart();
  // SIGSTOP / SIGCONT: a server that keeps its connections open but
  // answers nothing, as a hung or partitioned node would.
  void Pause();
  void Resume();

 private:
  NatsServer(std::string dir, Options options)
      : dir_(std::move(dir)), options_(options) {}
  absl::Status Launch();

  const std::string dir_;
  const Options options_;
  int port_ = -1;  // -1: let the server pick
  std::unique_ptr<Subprocess> process_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_NATS_NATS_SERVER_H_
