#include "server/server_limits.h"

#include <climits>

#include "grpcpp/resource_quota.h"

namespace amicus::server {
namespace {

// The synchronous server's completion-queue pollers take threads from the
// same quota as calls. A call arrives at a poller, which becomes its
// handler and starts a new poller if none is left waiting and the quota
// allows; if it does not, the call is answered RESOURCE_EXHAUSTED. Only one
// poller is ever started that way, so with every handler place taken at
// most one waits: a quota of handlers + 1 makes the cap exact. A handler
// whose call ends goes back to waiting while fewer than two do. With one
// at most, every call started a thread and ended one (its handler, as the
// new poller already waited): ~10% of amicus-query's CPU over the
// selective queries, on each query's path (BENCHMARKS.md, "A thread per
// call").
constexpr int kMinPollers = 1;
constexpr int kMaxPollers = 2;

int Milliseconds(absl::Duration d) {
  const int64_t ms = absl::ToInt64Milliseconds(d);
  return ms > INT_MAX ? INT_MAX : static_cast<int>(ms);
}

}  // namespace

void ApplyLimits(const LimitOptions& limits, grpc::ServerBuilder& builder) {
  builder.SetMaxReceiveMessageSize(limits.max_message_bytes);
  builder.SetMaxSendMessageSize(limits.max_message_bytes);

  grpc::ResourceQuota quota("amicus-server");
  quota.SetMaxThreads(limits.max_concurrent_streams + kMinPollers);
  builder.SetResourceQuota(quota);
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::NUM_CQS, 1);
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::MIN_POLLERS,
                              kMinPollers);
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::MAX_POLLERS,
                              kMaxPollers);

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
