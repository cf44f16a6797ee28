// The ceiling: the events column family read in-process straight from
// RocksDB, no gRPC. An untimed pass first warms the block cache as the
// stream client's warm-up pass warms the server's; then a plain iterator
// scan that only takes each key and value (rocksdb_scan_*), and one that
// also parses each value into an Event (rocksdb_scan_parse_*), as a stream
// client must.
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/records.pb.h"
#include "bench/report.h"
#include "bench/rocks_records.h"

ABSL_FLAG(std::string, db, "", "amicus database directory");
ABSL_FLAG(std::string, secondary_dir, "", "scratch directory for the reader");

namespace amicus::bench {
namespace {

struct Pass {
  int64_t records = 0;
  int64_t bytes = 0;
  int64_t bad = 0;
  double seconds = 0;
};

// One pass over the events; `parse` also parses each value. Timed from
// the first record: opening the database is not scanning.
absl::Status Scan(bool parse, FamilyScanner& events, Pass* pass) {
  v1::Event event;
  uint64_t touched = 0;
  std::optional<Stopwatch> clock;
  absl::Status s = events.ForEach(
      [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        if (!clock) clock.emplace();
        if (parse) {
          if (!event.ParseFromArray(value.data(),
                                    static_cast<int>(value.size()))) {
            ++pass->bad;
          }
        } else if (!value.empty()) {
          // Read the bytes, not only the sizes.
          touched += static_cast<unsigned char>(key[0]) +
                     static_cast<unsigned char>(value[value.size() - 1]);
        }
        ++pass->records;
        pass->bytes += static_cast<int64_t>(key.size() + value.size());
      });
  pass->seconds = clock ? clock->Seconds() : 1;
  if (touched == 1) std::fprintf(stderr, " ");  // keeps the reads
  return s;
}

void ReportPass(const std::string& name, const Pass& pass) {
  Report(name + "_records_per_s",
         static_cast<double>(pass.records) / pass.seconds);
  Report(name + "_mb_per_s",
         static_cast<double>(pass.bytes) / 1e6 / pass.seconds);
}

int Run() {
  auto events = FamilyScanner::Open(absl::GetFlag(FLAGS_db),
                                    absl::GetFlag(FLAGS_secondary_dir),
                                    "events");
  if (!events.ok()) {
    std::fprintf(stderr, "scan: %s\n", events.status().ToString().c_str());
    return 1;
  }
  Pass warm_up, plain, parsed;
  absl::Status s = Scan(false, **events, &warm_up);
  if (s.ok()) s = Scan(false, **events, &plain);
  if (s.ok()) s = Scan(true, **events, &parsed);
  if (!s.ok() || parsed.bad > 0) {
    std::fprintf(stderr, "scan: %s, %lld unparsable\n", s.ToString().c_str(),
                 static_cast<long long>(parsed.bad));
    return 1;
  }
  Report("rocksdb_scan_records", static_cast<double>(plain.records));
  ReportPass("rocksdb_scan", plain);
  ReportPass("rocksdb_scan_parse", parsed);
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
