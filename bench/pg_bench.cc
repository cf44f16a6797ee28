// The PostgreSQL side: the same events in an indexed table, read the ways a
// client would: a full scan in single-row mode, the same with COPY TO STDOUT
// (binary) parsed by the client, and the selective queries of
// selective_client (same names, same order). Every payload is parsed into an
// Event, as the gRPC clients parse theirs.
#include <arpa/inet.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/ascii.h"
#include "amicus/v1/records.pb.h"
#include "bench/corpus_generator.h"
#include "bench/pg_load.h"
#include "bench/report.h"

ABSL_FLAG(std::string, conninfo, "", "libpq connection string");
ABSL_FLAG(std::string, db, "", "amicus database directory to load from");
ABSL_FLAG(std::string, secondary_dir, "", "scratch directory for the reader");
ABSL_FLAG(int, queries, 200, "selective queries");
ABSL_FLAG(uint64_t, seed, 7, "which names are queried (as selective_client)");

namespace amicus::bench {
namespace {

struct Scan {
  int64_t rows = 0;
  int64_t bad = 0;
  double first_ms = -1;
};

bool ParseEvent(const char* data, int size, Scan* scan) {
  static thread_local v1::Event event;
  if (!event.ParseFromArray(data, size)) ++scan->bad;
  return true;
}

// Single-row mode: each row is handed over as it arrives (no client-side
// materialization of the whole result). Binary results: bytea arrives raw.
bool SingleRowQuery(PGconn* conn, const char* sql, const char* param,
                    Scan* scan, const Stopwatch& clock) {
  int nparams = param == nullptr ? 0 : 1;
  if (!PQsendQueryParams(conn, sql, nparams, nullptr, &param, nullptr, nullptr,
                         /*resultFormat=*/1) ||
      !PQsetSingleRowMode(conn)) {
    std::fprintf(stderr, "%s", PQerrorMessage(conn));
    return false;
  }
  bool ok = true;
  while (PGresult* r = PQgetResult(conn)) {
    ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_SINGLE_TUPLE) {
      if (scan->first_ms < 0) scan->first_ms = clock.Millis();
      ParseEvent(PQgetvalue(r, 0, 0), PQgetlength(r, 0, 0), scan);
      ++scan->rows;
    } else if (status != PGRES_TUPLES_OK) {
      std::fprintf(stderr, "%s", PQerrorMessage(conn));
      ok = false;
    }
    PQclear(r);
  }
  return ok;
}

// Binary COPY: 19-byte header, then per row int16 field count and, per
// field, int32 length + bytes; a count of -1 ends the data.
void ParseCopyRow(const char* data, int size, Scan* scan) {
  if (size < 2) return;
  int16_t fields;
  std::memcpy(&fields, data, 2);
  if (static_cast<int16_t>(ntohs(static_cast<uint16_t>(fields))) != 1) return;
  int32_t length;
  std::memcpy(&length, data + 2, 4);
  length = static_cast<int32_t>(ntohl(static_cast<uint32_t>(length)));
  ParseEvent(data + 6, length, scan);
  ++scan->rows;
}

bool CopyOut(PGconn* conn, Scan* scan) {
  PGresult* r = PQexec(
      conn, "COPY (SELECT payload FROM events) TO STDOUT (FORMAT binary)");
  bool ready = PQresultStatus(r) == PGRES_COPY_OUT;
  PQclear(r);
  if (!ready) return false;
  char* buffer = nullptr;
  bool header = true;
  int n;
  while ((n = PQgetCopyData(conn, &buffer, 0)) > 0) {
    // libpq hands over one row per call; the first also carries the header.
    int skip = header ? 19 : 0;
    header = false;
    ParseCopyRow(buffer + skip, n - skip, scan);
    PQfreemem(buffer);
  }
  bool ok = n == -1;
  // The COPY's own result, then NULL: the connection is free again.
  while ((r = PQgetResult(conn)) != nullptr) {
    ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
  }
  return ok;
}

void ReportRate(const std::string& name, const Scan& scan, double seconds) {
  Report(name + "_records", static_cast<double>(scan.rows));
  Report(name + "_records_per_s", static_cast<double>(scan.rows) / seconds);
}

bool Selective(PGconn* conn) {
  std::mt19937_64 random(absl::GetFlag(FLAGS_seed));
  std::vector<double> first, last;
  for (int i = 0; i < absl::GetFlag(FLAGS_queries); ++i) {
    std::string actor = absl::AsciiStrToLower(CorpusGenerator::Person(
        static_cast<int>(random() % CorpusGenerator::kPersonPoolSize)));
    Scan scan;
    Stopwatch clock;
    if (!SingleRowQuery(conn,
                        "SELECT payload FROM events WHERE actor = $1 "
                        "ORDER BY seq, ordinal",
                        actor.c_str(), &scan, clock)) {
      return false;
    }
    last.push_back(clock.Millis());
    first.push_back(scan.first_ms < 0 ? last.back() : scan.first_ms);
  }
  Report("pg_selective_ttfr_p50_ms", Percentile(first, 50));
  Report("pg_selective_ttfr_p99_ms", Percentile(first, 99));
  Report("pg_selective_ttlr_p50_ms", Percentile(last, 50));
  Report("pg_selective_ttlr_p99_ms", Percentile(last, 99));
  return true;
}

bool Measure(PGconn* conn) {
  Scan rows;
  Stopwatch clock;
  if (!SingleRowQuery(conn, "SELECT payload FROM events ORDER BY seq, ordinal",
                      nullptr, &rows, clock)) {
    return false;
  }
  ReportRate("pg_scan_events", rows, clock.Seconds());
  Scan copied;
  Stopwatch copy_clock;
  if (!CopyOut(conn, &copied)) return false;
  ReportRate("pg_copy_events", copied, copy_clock.Seconds());
  if (rows.bad + copied.bad > 0) {
    std::fprintf(stderr, "%lld rows did not parse as events\n",
                 static_cast<long long>(rows.bad + copied.bad));
    return false;
  }
  return Selective(conn);
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
  absl::StatusOr<int64_t> loaded = LoadEvents(
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
