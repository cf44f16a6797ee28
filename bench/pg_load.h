#ifndef AMICUS_BENCH_PG_LOAD_H_
#define AMICUS_BENCH_PG_LOAD_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "libpq-fe.h"

namespace amicus::bench {

// Copies the events of an amicus database into the PostgreSQL table
//   events(seq bigint, ordinal int, actor text, payload bytea)
// (payload = the stored Event bytes, actor = its first actor's name in lower
// case) with COPY FROM STDIN, then indexes (seq, ordinal) and (actor, seq,
// ordinal) and analyzes: the same records, indexed for the same queries.
// Returns the number of rows.
absl::StatusOr<int64_t> LoadEvents(PGconn* conn, const std::string& db_path,
                                   const std::string& secondary_dir);

// Runs a statement that returns no rows.
absl::Status Exec(PGconn* conn, const std::string& sql);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_PG_LOAD_H_
