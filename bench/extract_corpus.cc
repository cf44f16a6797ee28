// The extraction library alone (no gRPC, no storage) over the benchmark's
// documents: generated first (a chunk at a time, untimed), then extracted with the options amicus-ingest
// uses, on one thread per core (the service extracts a stream's documents
// in parallel) and then on one thread (over the first
// --single_thread_docs documents, to bound the run time).
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "bench/corpus_extraction.h"
#include "bench/report.h"

ABSL_FLAG(int64_t, docs, 1000, "documents (0 .. N-1 of the corpus)");
ABSL_FLAG(int64_t, single_thread_docs, 2000,
          "documents for the one-thread rate (at most --docs)");
ABSL_FLAG(uint64_t, seed, 1, "corpus seed");

namespace amicus::bench {
namespace {

struct Totals {
  int64_t docs = 0;
  int64_t bytes = 0;
  int64_t errors = 0;
  double seconds = 0;
};

// Extracts documents 0..count-1 on `threads` threads, generating them a
// chunk at a time (untimed) so memory stays flat at any scale.
Totals ExtractAll(int64_t count, int threads,
                  const extract::ExtractOptions& options) {
  Totals totals;
  for (int64_t first = 0; first < count; first += kChunkDocs) {
    const int64_t n = std::min(kChunkDocs, count - first);
    std::vector<GeneratedDocument> docs =
        GenerateCorpus(first, n, absl::GetFlag(FLAGS_seed));
    std::atomic<int64_t> errors{0};
    Stopwatch clock;
    ParallelFor(n, threads, [&](int64_t i) {
      const GeneratedDocument& doc = docs[static_cast<size_t>(i)];
      if (!extract::Extract(doc.source_uri, doc.content, "text/plain",
                            options).ok()) {
        ++errors;
      }
    });
    totals.seconds += clock.Seconds();
    totals.errors += errors;
    totals.docs += n;
    for (const GeneratedDocument& d : docs) {
      totals.bytes += static_cast<int64_t>(d.content.size());
    }
  }
  return totals;
}

int Run() {
  const int64_t count = absl::GetFlag(FLAGS_docs);
  const extract::ExtractOptions options = ServiceExtractOptions();
  Totals all = ExtractAll(count, CoreCount(), options);
  Totals one = ExtractAll(
      std::min(count, absl::GetFlag(FLAGS_single_thread_docs)), 1, options);
  Report("extract_docs_per_s", static_cast<double>(all.docs) / all.seconds);
  Report("extract_mb_per_s",
         static_cast<double>(all.bytes) / 1e6 / all.seconds);
  Report("extract_threads", CoreCount());
  Report("extract_docs_per_s_1thread",
         static_cast<double>(one.docs) / one.seconds);
  if (all.errors + one.errors > 0) {
    std::fprintf(stderr, "%lld documents failed to extract\n",
                 static_cast<long long>(all.errors + one.errors));
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
