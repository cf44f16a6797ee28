#ifndef AMICUS_TESTS_LOAD_STREAM_CLIENTS_H_
#define AMICUS_TESTS_LOAD_STREAM_CLIENTS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "amicus/v1/query_service.grpc.pb.h"

namespace amicus::load {

// What one client saw; each client owns its own, merged after the run.
struct ClientStats {
  int64_t streams_completed = 0;
  int64_t records = 0;
  // Time from opening a stream to its first record, per stream.
  std::vector<double> ttfr_ms;
  // Status code name -> count of calls that ended other than expected.
  std::map<std::string, int64_t> errors;
};

// Reads stream after stream (events, quotes, full documents in turn) as
// fast as it can until `end`; each must finish OK.
void RunReader(v1::QueryService::Stub& stub, int client, absl::Time end,
               ClientStats* stats);

// Holds one follow stream of events until `end` (its deadline).
void RunFollower(v1::QueryService::Stub& stub, absl::Time end,
                 ClientStats* stats);

// Opens a follow stream of full documents, reads one response, then reads
// one more every `pause` (never again if `pause` is infinite) until `end`.
// `opened` is set once the first response arrived.
void RunSlowReader(v1::QueryService::Stub& stub, absl::Duration pause,
                   absl::Time end, ClientStats* stats, std::atomic<int>* opened);

}  // namespace amicus::load

#endif  // AMICUS_TESTS_LOAD_STREAM_CLIENTS_H_
