#include "tests/nats/nats_server.h"

#include <signal.h>

#include <filesystem>
#include <fstream>
#include <system_error>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace amicus::testing {
namespace {

constexpr char kListenMarker[] = "Listening for client connections on ";
constexpr char kReadyMarker[] = "Server is ready";

// The port of the "Listening for client connections on HOST:PORT" line.
absl::StatusOr<int> ListenPort(const std::string& log) {
  const size_t at = log.find(kListenMarker);
  if (at != std::string::npos) {
    const std::string line = log.substr(at, log.find('\n', at) - at);
    int port = 0;
    if (absl::SimpleAtoi(line.substr(line.rfind(':') + 1), &port)) return port;
  }
  return absl::InternalError("nats-server did not say its port: " + log);
}

}  // namespace

absl::StatusOr<std::unique_ptr<NatsServer>> NatsServer::Start(
    const std::string& dir, Options options) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return absl::InternalError("cannot create " + dir);
  std::unique_ptr<NatsServer> server(new NatsServer(dir, options));
  if (absl::Status s = server->Launch(); !s.ok()) return s;
  return server;
}

absl::Status NatsServer::Launch() {
  const std::string config = dir_ + "/nats.conf";
  {
    std::ofstream out(config);
    out << "host: 127.0.0.1\nport: " << port_ << "\n"
        << "max_payload: " << options_.max_payload << "\n"
        << "jetstream { store_dir: \"" << dir_ << "/jetstream\" }\n";
    if (!out) return absl::InternalError("cannot write " + config);
  }
  absl::StatusOr<std::unique_ptr<Subprocess>> process =
      Subprocess::Start({AMICUS_NATS_SERVER, "-c", config});
  if (!process.ok()) return process.status();
  process_ = *std::move(process);
  const absl::Time deadline = absl::Now() + absl::Seconds(20);
  while (absl::Now() < deadline) {
    const std::string log = process_->Stderr();
    if (log.find(kReadyMarker) != std::string::npos) {
      absl::StatusOr<int> port = ListenPort(log);
      if (!port.ok()) return port.status();
      port_ = *port;
      return absl::OkStatus();
    }
    if (process_->Wait(absl::Milliseconds(20)).ok()) {
      return absl::InternalError("nats-server exited: " + log);
    }
  }
  return absl::DeadlineExceededError("nats-server not ready after 20 s: " +
                                     process_->Stderr());
}

std::string NatsServer::url() const {
  return absl::StrCat("nats://127.0.0.1:", port_);
}

absl::Status NatsServer::Stop() {
  absl::StatusOr<int> exit = process_->Terminate(absl::Seconds(20));
  if (!exit.ok()) return exit.status();
  return absl::OkStatus();
}

absl::Status NatsServer::Restart() { return Launch(); }

void NatsServer::Pause() { kill(process_->pid(), SIGSTOP); }

void NatsServer::Resume() { kill(process_->pid(), SIGCONT); }

}  // namespace amicus::testing
