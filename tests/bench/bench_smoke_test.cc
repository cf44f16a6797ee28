// bench/run at a tiny scale: every figure a reader of BENCHMARKS.md expects
// is printed, once, as name=number. Values are not judged here.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace {

const std::vector<std::string> kFigures = {
    "docs", "nproc", "load_start", "load_end",
    "ingest_docs_per_s", "ingest_mb_per_s", "ingest_records", "ingest_errors",
    "query_rss_idle_mb",
    "stream_events_records", "stream_events_records_per_s",
    "stream_events_mb_per_s", "stream_events_ttfr_ms",
    "stream_quotes_records", "stream_quotes_records_per_s",
    "stream_quotes_mb_per_s", "stream_quotes_ttfr_ms",
    "rocksdb_scan_events_records", "rocksdb_scan_events_records_per_s",
    "rocksdb_scan_events_mb_per_s", "stream_events_vs_rocksdb_scan",
    "selective_ttfr_p50_ms", "selective_ttfr_p99_ms", "selective_ttlr_p50_ms",
    "selective_ttlr_p99_ms", "selective_records_per_query",
    "get_document_p50_ms", "get_document_p99_ms",
    "get_document_achieved_per_s", "get_document_errors",
    "slow_client_responses", "query_rss_slow_clients_max_mb",
    "query_rss_peak_mb"};

const std::vector<std::string> kPostgresFigures = {
    "pg_load_seconds", "pg_scan_events_records",
    "pg_scan_events_records_per_s", "pg_copy_events_records",
    "pg_copy_events_records_per_s", "pg_selective_ttfr_p50_ms",
    "pg_selective_ttfr_p99_ms", "pg_selective_ttlr_p50_ms",
    "pg_selective_ttlr_p99_ms", "stream_events_vs_pg_scan",
    "stream_events_vs_pg_copy", "selective_ttfr_p50_vs_pg",
    "selective_ttlr_p50_vs_pg"};

struct BenchOutput {
  int exit_code = -1;
  std::map<std::string, std::vector<std::string>> values;
};

BenchOutput RunBench() {
  std::string command = std::string(AMICUS_SOURCE_DIR) +
                        "/bench/run --docs=200 --seconds=1 --bin=" +
                        AMICUS_BIN_DIR;
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

void ExpectNumbers(const BenchOutput& run,
                   const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    auto it = run.values.find(name);
    ASSERT_NE(it, run.values.end()) << name << " was not printed";
    EXPECT_EQ(it->second.size(), 1u) << name << " printed more than once";
    double value;
    EXPECT_TRUE(absl::SimpleAtod(it->second[0], &value))
        << name << "=" << it->second[0] << " is not a number";
  }
}

TEST(BenchRun, PrintsEveryFigureAsANumber) {
  BenchOutput run = RunBench();
  ASSERT_EQ(run.exit_code, 0) << "bench/run failed";
  ExpectNumbers(run, kFigures);
  EXPECT_EQ(run.values["ingest_errors"], std::vector<std::string>{"0"});
  bool postgres = std::system("command -v initdb >/dev/null 2>&1") == 0 &&
                  std::system(("test -x " + std::string(AMICUS_BIN_DIR) +
                               "/bench_pg").c_str()) == 0;
  if (postgres) {
    ExpectNumbers(run, kPostgresFigures);
  } else {
    EXPECT_EQ(run.values["pg_skipped"], std::vector<std::string>{"1"});
  }
}

}  // namespace
