#include "server/server_limits.h"

#include <climits>

#include "grpcpp/resource_quota.h"

namespace amicus::server {
namespace {

// The synchronous server's completion-queue pollers take threads from the
// same quota as calls: 1 queue, at most 2 pollers (gRPC's defaults).
constexpr int kPollerThreads = 2;

int Milliseconds(absl::Duration d) {
  const int64_t ms = absl::ToInt64Milliseconds(d);
  return ms > INT_MAX ? INT_MAX : static_cast<int>(ms);
}

}  // namespace

void ApplyLimits(const LimitOptions& limits, grpc::ServerBuilder& builder) {
  builder.SetMaxReceiveMessageSize(limits.max_message_bytes);
  builder.SetMaxSendMessageSize(limits.max_message_bytes);

  grpc::ResourceQuota quota("amicus-server");
  quota.SetMaxThreads(limits.max_concurrent_streams + kPollerThreads);
  builder.SetResourceQuota(quota);

  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS,
                             Milliseconds(limits.keepalive_time));
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS,
                             Milliseconds(limits.keepalive_timeout));
  // Follow streams can sit idle for hours; keep pinging them regardless of
  // how long no data was sent, so dead peers are still found.
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  builder.AddChannelArgument(
      GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS,
      Milliseconds(limits.min_client_ping_interval));
}

}  // namespace amicus::server
