#ifndef AMICUS_SERVER_SERVE_H_
#define AMICUS_SERVER_SERVE_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "grpcpp/grpcpp.h"
#include "server/server_limits.h"
#include "server/transport_security.h"

namespace amicus::server {

struct ServeOptions {
  // Name used in log lines ("amicus-ingest").
  std::string name;
  // HOST:PORT to listen on; port 0 picks a free port.
  std::string listen;
  // Extra text for the start-up log line (e.g. "db=/data").
  std::string description;
  // TLS, mutual TLS and bearer tokens; all off by default.
  SecurityOptions security;
  // Message size, concurrency and keepalive limits.
  LimitOptions limits;
  // How long in-flight RPCs get to finish after SIGTERM/SIGINT.
  absl::Duration drain_timeout = absl::Seconds(20);
  // Called once the server accepts RPCs, with the bound address
  // ("127.0.0.1:41234" even when `listen` asked for port 0).
  std::function<void(const std::string& address)> on_listening;
  // Optional: what the server still needs before it can answer (a database
  // being created, say). When set, it runs on its own thread once the
  // server listens, while health reports NOT_SERVING; health turns SERVING
  // when it returns OK. An error stops the server and Serve returns it. On
  // SIGTERM/SIGINT meanwhile `stop` is notified: it should return soon
  // (any status), and Serve drains and returns OK as usual.
  std::function<absl::Status(const absl::Notification& stop)> prepare;
  // Optional: runs on the same thread once the server is SERVING (after
  // `prepare`, if set), until `stop` is notified. An error it returns turns
  // health NOT_SERVING for good, logged with its message, while calls are
  // still answered: for a state the server cannot recover from by itself
  // (a query replica whose log was replaced under it).
  std::function<absl::Status(const absl::Notification& stop)> watch;
};

// Runs a gRPC server with `services`, grpc.health.v1 health checking and
// server reflection, until SIGTERM or SIGINT. With tokens configured every
// call but health checks needs one (reflection needs a read token). On signal: health flips to
// NOT_SERVING, `before_drain` runs (e.g. to end follow streams), in-flight
// RPCs get `drain_timeout` to finish, then the server stops. Returns an
// error (without blocking) if the address cannot be bound or a
// certificate, key or token file cannot be used, or when
// `options.prepare` fails.
absl::Status Serve(const ServeOptions& options,
                   const std::vector<grpc::Service*>& services,
                   const std::function<void()>& before_drain = nullptr);

// Makes a running Serve() shut down exactly as SIGTERM would. For tests and
// embedders; async-signal-safe; a no-op when nothing is serving.
void RequestShutdown();

}  // namespace amicus::server

#endif  // AMICUS_SERVER_SERVE_H_
