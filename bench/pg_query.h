#ifndef AMICUS_BENCH_PG_QUERY_H_
#define AMICUS_BENCH_PG_QUERY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bench/report.h"
#include "libpq-fe.h"

namespace amicus::bench {

// Receives the first column of each row, as raw bytes.
using RowVisitor = std::function<void(const char* data, int size)>;

struct RowScan {
  int64_t rows = 0;
  double first_ms = -1;  // on the caller's clock
};

// Runs `sql` with text `params` in single-row mode with binary results:
// each row is handed over as it arrives (no client-side materialization of
// the whole result), bytea raw.
bool SingleRowQuery(PGconn* conn, const char* sql,
                    const std::vector<std::string>& params,
                    const RowVisitor& visit, const Stopwatch& clock,
                    RowScan* scan);

// Runs `COPY (<select>) TO STDOUT (FORMAT binary)` for a one-column select
// and hands each row's value to `visit`.
bool CopyOut(PGconn* conn, const std::string& select, const RowVisitor& visit,
             RowScan* scan);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_PG_QUERY_H_
