// The floor: the events column family read in-process straight from
// RocksDB, each record parsed into an Event, no gRPC.
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <unistd.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "amicus/v1/records.pb.h"
#include "bench/report.h"
#include "bench/rocks_records.h"

ABSL_FLAG(std::string, db, "", "amicus database directory");
ABSL_FLAG(std::string, secondary_dir, "", "scratch directory for the reader");

namespace amicus::bench {
namespace {

int Run() {
  int64_t records = 0, bytes = 0, bad = 0;
  v1::Event event;
  // Timed from the first record: opening the database is not scanning.
  std::optional<Stopwatch> clock;
  absl::Status s = ForEachEntry(
      absl::GetFlag(FLAGS_db), absl::GetFlag(FLAGS_secondary_dir), "events",
      [&](const rocksdb::Slice&, const rocksdb::Slice& value) {
        if (!clock) clock.emplace();
        if (!event.ParseFromArray(value.data(), static_cast<int>(value.size()))) {
          ++bad;
        }
        ++records;
        bytes += static_cast<int64_t>(value.size());
      });
  double seconds = clock ? clock->Seconds() : 1;
  if (!s.ok() || bad > 0) {
    std::fprintf(stderr, "scan: %s, %lld unparsable\n", s.ToString().c_str(),
                 static_cast<long long>(bad));
    return 1;
  }
  Report("rocksdb_scan_events_records", static_cast<double>(records));
  Report("rocksdb_scan_events_records_per_s",
         static_cast<double>(records) / seconds);
  Report("rocksdb_scan_events_mb_per_s",
         static_cast<double>(bytes) / 1e6 / seconds);
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
