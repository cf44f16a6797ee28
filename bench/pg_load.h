#ifndef AMICUS_BENCH_PG_LOAD_H_
#define AMICUS_BENCH_PG_LOAD_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "libpq-fe.h"

namespace amicus::bench {

// Copies the records the selective queries read from an amicus database
// into PostgreSQL with COPY FROM STDIN, then indexes and analyzes them:
//   events(seq, ordinal, actor, day, body, payload): payload = the stored
//     Event bytes, actor = its first actor in lower case, day = its date
//     when it has a day, body = its evidence and summary; indexed on
//     (seq, ordinal), (actor, seq, ordinal), (day, seq, ordinal) and, with
//     GIN, to_tsvector('simple', body);
//   signatory_sets(seq, ordinal, payload), keyed on (seq, ordinal), and
//   signatory_orgs(org, seq, ordinal): one row per signing organization
//     (lower case), indexed on (org, seq, ordinal).
// The same records, indexed for the same queries. Returns the event rows.
absl::StatusOr<int64_t> LoadRecords(PGconn* conn, const std::string& db_path,
                                    const std::string& secondary_dir);

// Runs statements that return no rows.
absl::Status Exec(PGconn* conn, const std::string& sql);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_PG_LOAD_H_
