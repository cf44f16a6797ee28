#ifndef AMICUS_TESTS_LOAD_LOAD_OPTIONS_H_
#define AMICUS_TESTS_LOAD_LOAD_OPTIONS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/time/time.h"

namespace amicus::load {

struct LoadOptions {
  // Where amicus-ingest and amicus-query are.
  std::string bin_dir;
  // Streaming clients that read as fast as they can, one stream after
  // another (events, quotes, documents in turn), for the whole run.
  int clients = 200;
  // Of those, how many hold one follow stream for the whole run instead.
  int follow_clients = 20;
  // Extra clients that open a follow stream of full documents, read one
  // response and then never read again (flow control must hold them).
  int stalled_clients = 0;
  // Extra clients that read such a stream one response per 200 ms.
  int slow_clients = 0;
  // Connections the clients share (streams are spread over them).
  int channels = 8;
  absl::Duration duration = absl::Seconds(30);
  // Documents stored before the clients start, and ingested per second
  // during the run.
  int seed_documents = 200;
  double ingest_per_second = 5;
  // Extra flags for both services (e.g. --max_concurrent_streams=...).
  std::vector<std::string> service_flags;
};

struct LoadReport {
  int64_t streams_completed = 0;
  int64_t records = 0;
  double records_per_second = 0;
  double ttfr_p50_ms = 0;
  double ttfr_p99_ms = 0;
  int64_t documents_ingested = 0;
  // Status code name -> count, for calls that ended other than expected.
  std::map<std::string, int64_t> errors;
  int64_t error_count = 0;
  // Normal readers that completed no stream at all: stalled by something.
  int starved_readers = 0;
  // Follow clients that saw no record ingested during the run.
  int silent_followers = 0;
  int64_t ingest_peak_rss_kib = 0;
  int64_t query_peak_rss_kib = 0;
  // Set when the run itself could not happen (services did not start...).
  std::string setup_error;
};

}  // namespace amicus::load

#endif  // AMICUS_TESTS_LOAD_LOAD_OPTIONS_H_
