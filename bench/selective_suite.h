#ifndef AMICUS_BENCH_SELECTIVE_SUITE_H_
#define AMICUS_BENCH_SELECTIVE_SUITE_H_

#include <cstdint>
#include <functional>
#include <string>

#include "bench/selective_queries.h"

namespace amicus::bench {

// One selective query as a client saw it.
struct QuerySample {
  double first_ms = 0;  // time to first record (to the end if none)
  double last_ms = 0;   // time to the end of the result
  int64_t records = 0;
};

struct SuiteOptions {
  std::string prefix;       // figure names start with <prefix>selective_
  int64_t docs = 0;         // queries select within the first `docs` docs
  int queries = 200;        // per kind and selectivity
  uint64_t seed = 7;
  std::string counts_path;  // where each query's record count is written
  // When set, only the parts ("<kind>_<selectivity>", e.g. actor_001pct)
  // listed here, comma-separated, run: for profiling one kind alone.
  std::string only;
};

// Runs every kind x selectivity (MakeQueries), one query at a time, and
// prints <prefix>selective_<kind>_<selectivity>_{ttfr,ttlr}_{p50,p99}_ms
// and _records_per_query, then <prefix>selective_ttfr_p99_ms, the worst
// p99 time to first record. Each query's record count goes to
// `counts_path` as "<kind>_<selectivity> <i> <count>", so two clients
// (amicus, PostgreSQL; or one scale and the next) can be compared line
// by line. `run` returns false on an error, which stops the suite.
bool RunSelectiveSuite(
    const SuiteOptions& options,
    const std::function<bool(const SelectiveQuery&, QuerySample*)>& run);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_SELECTIVE_SUITE_H_
