#ifndef AMICUS_QUERY_SERVICE_LOG_POSITION_H_
#define AMICUS_QUERY_SERVICE_LOG_POSITION_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "grpcpp/server_context.h"
#include "store/reader.h"

namespace amicus::query {

// How long before a call's deadline a wait for a log position gives up, so
// that the client gets the reason rather than gRPC's bare "Deadline
// Exceeded".
inline constexpr absl::Duration kAnswerBeforeDeadline = absl::Milliseconds(50);

// Waits until `reader` shows the ingest log up to `position` (its
// LatestSeq; min_log_position of the read requests), catching it up first.
// OK at once when it already does or `position` <= 0. DEADLINE_EXCEEDED
// "applied log position X < requested Y" just before the call's deadline,
// CANCELLED when the client goes away (checked every `poll`).
absl::Status AwaitLogPosition(store::Reader& reader, int64_t position,
                              const grpc::ServerContextBase& call,
                              absl::Duration poll = absl::Milliseconds(50));

// Catches `reader` up (reads start from the newest state, so a document
// just ingested is found), then says whether it shows the log up to
// `position`.
bool ReachedLogPosition(store::Reader& reader, int64_t position);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_LOG_POSITION_H_
