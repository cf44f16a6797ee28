// amicus-load: many concurrent streaming clients plus a steady ingest
// against freshly started amicus-ingest and amicus-query; prints errors,
// time to first record, records/s and both services' peak memory, and
// exits 1 if a call failed, a reader was starved, or memory passed
// --max_rss_mb. RELIABILITY.md ("Load and limits") has the long command.
#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_split.h"
#include "tests/load/load_run.h"

ABSL_FLAG(std::string, bin_dir, AMICUS_BIN_DIR,
          "Directory holding amicus-ingest and amicus-query.");
ABSL_FLAG(int, clients, 200, "Concurrent streaming clients (up to 2,000).");
ABSL_FLAG(int, follow_clients, 20, "Of --clients, how many hold a follow stream.");
ABSL_FLAG(int, stalled_clients, 0, "Extra clients that stop reading.");
ABSL_FLAG(int, slow_clients, 0, "Extra clients reading one response per 200 ms.");
ABSL_FLAG(int, channels, 8, "Connections the clients share.");
ABSL_FLAG(absl::Duration, duration, absl::Seconds(30), "How long to run.");
ABSL_FLAG(int, seed_documents, 200, "Documents stored before the clients start.");
ABSL_FLAG(double, ingest_per_second, 5, "Documents ingested per second during the run.");
ABSL_FLAG(int, max_rss_mb, 0, "Fail if a service's peak RSS passes this; 0: no check.");
ABSL_FLAG(std::string, service_flags, "",
          "Comma-separated extra flags for both services.");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage("Load test of amicus-ingest and amicus-query.");
  absl::ParseCommandLine(argc, argv);
  amicus::load::LoadOptions options;
  options.bin_dir = absl::GetFlag(FLAGS_bin_dir);
  options.clients = absl::GetFlag(FLAGS_clients);
  options.follow_clients = absl::GetFlag(FLAGS_follow_clients);
  options.stalled_clients = absl::GetFlag(FLAGS_stalled_clients);
  options.slow_clients = absl::GetFlag(FLAGS_slow_clients);
  options.channels = absl::GetFlag(FLAGS_channels);
  options.duration = absl::GetFlag(FLAGS_duration);
  options.seed_documents = absl::GetFlag(FLAGS_seed_documents);
  options.ingest_per_second = absl::GetFlag(FLAGS_ingest_per_second);
  const std::string extra = absl::GetFlag(FLAGS_service_flags);
  if (!extra.empty()) options.service_flags = absl::StrSplit(extra, ',');

  amicus::load::LoadReport report = amicus::load::RunLoad(options);
  std::fputs(amicus::load::FormatReport(options, report).c_str(), stdout);
  const int64_t max_rss_kib = int64_t{absl::GetFlag(FLAGS_max_rss_mb)} * 1024;
  const bool memory_ok =
      max_rss_kib == 0 || (report.ingest_peak_rss_kib <= max_rss_kib &&
                           report.query_peak_rss_kib <= max_rss_kib);
  const bool ok = report.setup_error.empty() && report.error_count == 0 &&
                  report.starved_readers == 0 && report.silent_followers == 0 &&
                  memory_ok;
  std::puts(ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
