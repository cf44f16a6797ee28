#ifndef AMICUS_QUERY_SERVICE_STREAM_CONTEXT_H_
#define AMICUS_QUERY_SERVICE_STREAM_CONTEXT_H_

#include <atomic>

#include "absl/time/time.h"
#include "grpcpp/server_context.h"
#include "query_service/batch_policy.h"
#include "store/reader.h"

namespace amicus::query {

// What a stream needs from the service around it.
struct StreamContext {
  store::Reader* reader = nullptr;
  grpc::ServerContext* rpc = nullptr;
  // Set when the server begins draining: follow streams end.
  const std::atomic<bool>* draining = nullptr;
  BatchOptions batch;
  // How long a follow stream waits for new documents between checks for
  // cancellation and draining.
  absl::Duration poll_interval = absl::Milliseconds(50);
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_STREAM_CONTEXT_H_
