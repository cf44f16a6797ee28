// bench/run at a tiny scale (200 documents, grown to 2,000): every figure a
// reader of BENCHMARKS.md expects is printed, once, as name=number, and the
// same queries return the same counts on amicus, on PostgreSQL and after
// growth. Values are not judged here.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace {

using Names = std::vector<std::string>;

const Names kFigures = {
    "docs", "growth_docs", "nproc", "load_start", "load_end",
    "extract_docs_per_s", "extract_mb_per_s", "extract_threads",
    "extract_docs_per_s_1thread", "store_docs_per_s", "store_mb_per_s",
    "store_entries_per_doc", "store_entry_bytes_per_doc",
    "store_bytes_written_per_doc",
    "ingest_docs_per_s", "ingest_mb_per_s", "ingest_records",
    "ingest_errors", "ingest_vs_extract", "ingest_vs_store",
    "bytes_written_per_doc", "db_bytes_per_doc",
    "ingest_cpu_ms_per_doc", "query_cpu_ms_per_doc",
    "ingest_client_cpu_ms_per_doc",
    "query_rss_idle_mb",
    "stream_records", "stream_records_per_s", "stream_ttfr_ms",
    "stream_quotes_records", "stream_quotes_records_per_s",
    "stream_quotes_ttfr_ms",
    "rocksdb_scan_records", "rocksdb_scan_records_per_s",
    "rocksdb_scan_mb_per_s", "rocksdb_scan_parse_records_per_s",
    "rocksdb_scan_parse_mb_per_s", "stream_vs_rocksdb_scan",
    "stream_vs_rocksdb_scan_parse", "selective_ttfr_p99_ms",
    "get_document_p50_ms", "get_document_p99_ms",
    "get_document_achieved_per_s", "get_document_errors",
    "grpc_health_p50_ms", "grpc_health_p99_ms", "grpc_health_errors",
    "slow_client_records", "slow_client_seconds", "query_rss_slow_client_mb",
    "grown_ingest_docs_per_s", "grown_ingest_mb_per_s",
    "grown_ingest_records", "grown_ingest_errors", "ingest_growth_ratio",
    "grown_ingest_cpu_ms_per_doc", "grown_query_cpu_ms_per_doc",
    "grown_ingest_client_cpu_ms_per_doc",
    "grown_stream_records", "grown_stream_records_per_s",
    "grown_stream_ttfr_ms", "grown_rocksdb_scan_records_per_s",
    "grown_selective_ttfr_p99_ms", "grown_get_document_p99_ms",
    "selective_growth_ratio", "query_rss_mb", "ingest_rss_mb"};

const Names kPostgresFigures = {
    "pg_load_seconds", "pg_libpq_records", "pg_libpq_records_per_s",
    "pg_copy_records", "pg_copy_records_per_s", "pg_selective_ttfr_p99_ms",
    "stream_vs_pg_libpq", "stream_vs_pg_copy"};

const Names kKinds = {"date", "actor", "organization", "text"};
const Names kSelectivities = {"1pct", "001pct"};

// selective_<kind>_<selectivity>_<figure> for every kind and selectivity.
Names Selective(const std::string& prefix, const Names& figures) {
  Names names;
  for (const std::string& kind : kKinds) {
    for (const std::string& sel : kSelectivities) {
      for (const std::string& figure : figures) {
        names.push_back(absl::StrCat(prefix, "selective_", kind, "_", sel,
                                     "_", figure));
      }
    }
  }
  return names;
}

const Names kQueryFigures = {"ttfr_p50_ms", "ttfr_p99_ms", "ttlr_p50_ms",
                             "ttlr_p99_ms", "records_per_query"};

struct BenchOutput {
  int exit_code = -1;
  std::map<std::string, std::vector<std::string>> values;
};

BenchOutput RunBench() {
  std::string command = std::string(AMICUS_SOURCE_DIR) +
                        "/bench/run --docs=200 --growth_docs=2000 "
                        "--seconds=1 --bin=" + AMICUS_BIN_DIR;
  BenchOutput run;
  FILE* out = popen(command.c_str(), "r");
  if (out == nullptr) return run;
  char line[4096];
  while (std::fgets(line, sizeof line, out) != nullptr) {
    std::vector<std::string> parts =
        absl::StrSplit(absl::StripTrailingAsciiWhitespace(line),
                       absl::MaxSplits('=', 1));
    if (parts.size() == 2) run.values[parts[0]].push_back(parts[1]);
  }
  run.exit_code = pclose(out);
  return run;
}

void ExpectNumbers(const BenchOutput& run, const Names& names) {
  for (const std::string& name : names) {
    auto it = run.values.find(name);
    ASSERT_NE(it, run.values.end()) << name << " was not printed";
    EXPECT_EQ(it->second.size(), 1u) << name << " printed more than once";
    double value;
    EXPECT_TRUE(absl::SimpleAtod(it->second[0], &value))
        << name << "=" << it->second[0] << " is not a number";
  }
}

// Each selective query kind returned as many records under both prefixes.
void ExpectSameCounts(BenchOutput& run, const std::string& a,
                      const std::string& b) {
  for (const std::string& name : Selective("", {"records_per_query"})) {
    EXPECT_EQ(run.values[a + name], run.values[b + name]) << b + name;
  }
}

// Debian installs initdb off PATH; bench/run looks in both places.
bool HavePostgres() {
  return std::system("command -v initdb >/dev/null 2>&1 || "
                     "ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1") ==
         0;
}

TEST(BenchRun, PrintsEveryFigureAsANumber) {
  BenchOutput run = RunBench();
  ASSERT_EQ(run.exit_code, 0) << "bench/run failed";
  ExpectNumbers(run, kFigures);
  ExpectNumbers(run, Selective("", kQueryFigures));
  ExpectNumbers(run, Selective("grown_", kQueryFigures));
  ExpectNumbers(run, Selective("", {"growth_ratio"}));
  EXPECT_EQ(run.values["ingest_errors"], std::vector<std::string>{"0"});
  EXPECT_EQ(run.values["grown_ingest_errors"], std::vector<std::string>{"0"});
  ExpectSameCounts(run, "", "grown_");
  // With PostgreSQL installed (scripts/install-deps installs it) its
  // figures are required: a missing bench_pg (no libpq-dev) fails here.
  if (HavePostgres()) {
    ExpectNumbers(run, kPostgresFigures);
    ExpectNumbers(run, Selective("pg_", kQueryFigures));
    ExpectNumbers(run, Selective("", {"vs_pg_libpq"}));
    ExpectSameCounts(run, "", "pg_");
  } else {
    EXPECT_EQ(run.values["pg_skipped"], std::vector<std::string>{"1"});
  }
}

}  // namespace
