// A short run of the load tool (the long one is in RELIABILITY.md): no call
// fails, clients that stop reading or read slowly stall nobody else, and
// the services' memory stays bounded while they hold their streams.
#include "gtest/gtest.h"
#include "tests/load/load_run.h"

namespace amicus::load {
namespace {

TEST(LoadTest, ShortRunWithStalledAndSlowReaders) {
  LoadOptions options;
  options.bin_dir = AMICUS_BIN_DIR;
  options.clients = 40;
  options.follow_clients = 8;
  options.stalled_clients = 8;
  options.slow_clients = 4;
  options.channels = 4;
  options.duration = absl::Seconds(5);
  options.seed_documents = 60;
  options.ingest_per_second = 4;
  LoadReport report = RunLoad(options);
  ASSERT_EQ(report.setup_error, "");
  std::string printed = FormatReport(options, report);
  EXPECT_EQ(report.error_count, 0) << printed;
  // Every reader completed streams while the stalled clients held theirs.
  EXPECT_EQ(report.starved_readers, 0) << printed;
  EXPECT_EQ(report.silent_followers, 0) << printed;
  EXPECT_GT(report.streams_completed, options.clients) << printed;
  // Generous: the services idle at tens of MiB; unbounded buffering for the
  // stalled clients would show as far more.
  EXPECT_GT(report.query_peak_rss_kib, 0);
  EXPECT_LT(report.query_peak_rss_kib, 1024 * 1024) << printed;
  EXPECT_LT(report.ingest_peak_rss_kib, 1024 * 1024) << printed;
  std::fputs(printed.c_str(), stdout);
}

}  // namespace
}  // namespace amicus::load
