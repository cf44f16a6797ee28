#ifndef AMICUS_SERVER_SERVER_LIMITS_H_
#define AMICUS_SERVER_SERVER_LIMITS_H_

#include "absl/time/time.h"
#include "grpcpp/server_builder.h"

namespace amicus::server {

struct LimitOptions {
  // Largest request or response message accepted, in bytes.
  int max_message_bytes = 64 << 20;
  // Calls (streams included) handled at once, server-wide. The synchronous
  // server runs one thread per call; beyond this, new calls get
  // RESOURCE_EXHAUSTED at once instead of more threads being made.
  int max_concurrent_streams = 4096;
  // The server pings a connection idle for keepalive_time and closes it if
  // no answer comes within keepalive_timeout: a vanished client's streams
  // (follow streams wait forever otherwise) end and free their thread.
  absl::Duration keepalive_time = absl::Seconds(60);
  absl::Duration keepalive_timeout = absl::Seconds(20);
  // Clients may ping this often (with or without calls in flight); more
  // often and the server closes the connection (gRPC's ping strikes).
  absl::Duration min_client_ping_interval = absl::Seconds(10);
};

// Applies `limits` to `builder`.
void ApplyLimits(const LimitOptions& limits, grpc::ServerBuilder& builder);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_SERVER_LIMITS_H_
