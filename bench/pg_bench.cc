// The PostgreSQL side: the same records in indexed tables (pg_load.h), read
// the ways a client would: every event in single-row mode (libpq), the
// same with COPY TO STDOUT (binary), and the selective queries of
// selective_client (same queries, same order, selective_suite.h). Every
// payload is parsed, as the gRPC clients parse theirs.
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "amicus/v1/records.pb.h"
#include "bench/pg_load.h"
#include "bench/pg_query.h"
#include "bench/report.h"
#include "bench/selective_suite.h"

ABSL_FLAG(std::string, conninfo, "", "libpq connection string");
ABSL_FLAG(std::string, db, "", "amicus database directory to load from");
ABSL_FLAG(std::string, secondary_dir, "", "scratch directory for the reader");
ABSL_FLAG(int64_t, docs, 1000, "queries select within the first N documents");
ABSL_FLAG(int, queries, 200, "queries per kind and selectivity");
ABSL_FLAG(uint64_t, seed, 7, "which queries are asked (as selective_client)");
ABSL_FLAG(std::string, counts_out, "", "file for each query's record count");

namespace amicus::bench {
namespace {

// Parses each payload into a reused message; counts the ones that fail.
template <typename Record>
RowVisitor Parser(int64_t* bad) {
  return [bad, record = std::make_shared<Record>()](const char* data,
                                                    int size) {
    if (!record->ParseFromArray(data, size)) ++*bad;
  };
}

bool FullScans(PGconn* conn) {
  int64_t bad = 0;
  RowScan rows;
  Stopwatch clock;
  if (!SingleRowQuery(conn, "SELECT payload FROM events ORDER BY seq, ordinal",
                      {}, Parser<v1::Event>(&bad), clock, &rows)) {
    return false;
  }
  const double seconds = clock.Seconds();
  Report("pg_libpq_records", static_cast<double>(rows.rows));
  Report("pg_libpq_records_per_s", static_cast<double>(rows.rows) / seconds);
  RowScan copied;
  Stopwatch copy_clock;
  if (!CopyOut(conn, "SELECT payload FROM events", Parser<v1::Event>(&bad),
               &copied)) {
    return false;
  }
  const double copy_seconds = copy_clock.Seconds();
  Report("pg_copy_records", static_cast<double>(copied.rows));
  Report("pg_copy_records_per_s",
         static_cast<double>(copied.rows) / copy_seconds);
  if (bad > 0) {
    std::fprintf(stderr, "%lld rows did not parse as events\n",
                 static_cast<long long>(bad));
  }
  return bad == 0;
}

std::string DateParam(const CalendarDate& d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year, d.month, d.day);
}

// The PostgreSQL form of a selective query, on the indexes pg_load makes.
bool Query(PGconn* conn, const SelectiveQuery& q, QuerySample* sample) {
  static const char* const kByDay =
      "SELECT payload FROM events WHERE day BETWEEN $1::date AND $2::date "
      "ORDER BY day, seq, ordinal";
  static const char* const kByActor =
      "SELECT payload FROM events WHERE actor = $1 ORDER BY seq, ordinal";
  // The GIN index's expression (pg_load.cc), so that the index answers.
  static const char* const kByWord =
      "SELECT payload FROM events WHERE to_tsvector('simple', body) @@ "
      "plainto_tsquery('simple', $1) ORDER BY seq, ordinal";
  static const char* const kBySigner =
      "SELECT s.payload FROM signatory_orgs o JOIN signatory_sets s "
      "ON s.seq = o.seq AND s.ordinal = o.ordinal WHERE o.org = $1 "
      "ORDER BY o.seq, o.ordinal";
  int64_t bad = 0;
  RowScan scan;
  Stopwatch clock;
  bool ok;
  if (q.kind == QueryKind::kDate) {
    ok = SingleRowQuery(conn, kByDay,
                        {DateParam(q.first_date), DateParam(q.last_date)},
                        Parser<v1::Event>(&bad), clock, &scan);
  } else if (q.kind == QueryKind::kActor) {
    ok = SingleRowQuery(conn, kByActor, {absl::AsciiStrToLower(q.name)},
                        Parser<v1::Event>(&bad), clock, &scan);
  } else if (q.kind == QueryKind::kText) {
    ok = SingleRowQuery(conn, kByWord, {q.name}, Parser<v1::Event>(&bad),
                        clock, &scan);
  } else {
    ok = SingleRowQuery(conn, kBySigner, {absl::AsciiStrToLower(q.name)},
                        Parser<v1::SignatorySet>(&bad), clock, &scan);
  }
  sample->last_ms = clock.Millis();
  sample->first_ms = scan.first_ms < 0 ? sample->last_ms : scan.first_ms;
  sample->records = scan.rows;
  return ok && bad == 0;
}

bool Measure(PGconn* conn) {
  if (!FullScans(conn)) return false;
  SuiteOptions options;
  options.prefix = "pg_";
  options.docs = absl::GetFlag(FLAGS_docs);
  options.queries = absl::GetFlag(FLAGS_queries);
  options.seed = absl::GetFlag(FLAGS_seed);
  options.counts_path = absl::GetFlag(FLAGS_counts_out);
  return RunSelectiveSuite(options,
                           [conn](const SelectiveQuery& q, QuerySample* s) {
                             return Query(conn, q, s);
                           });
}

int Run() {
  PGconn* conn = PQconnectdb(absl::GetFlag(FLAGS_conninfo).c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::fprintf(stderr, "%s", PQerrorMessage(conn));
    PQfinish(conn);
    return 1;
  }
  // Only warnings and errors reach stderr (not DROP IF EXISTS notices).
  PQclear(PQexec(conn, "SET client_min_messages = warning"));
  Stopwatch load_clock;
  absl::StatusOr<int64_t> loaded = LoadRecords(
      conn, absl::GetFlag(FLAGS_db), absl::GetFlag(FLAGS_secondary_dir));
  bool ok = loaded.ok();
  if (ok) {
    Report("pg_load_seconds", load_clock.Seconds());
    ok = Measure(conn);
  } else {
    std::fprintf(stderr, "%s\n", std::string(loaded.status().message()).c_str());
  }
  PQfinish(conn);
  return ok ? 0 : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
