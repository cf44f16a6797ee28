// The extraction library alone (no gRPC, no storage) over the benchmark's
// documents: generated first, then extracted with the options amicus-ingest
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

struct Rate {
  double docs_per_s = 0;
  double mb_per_s = 0;
  int64_t errors = 0;
};

Rate ExtractAll(const std::vector<GeneratedDocument>& docs, int64_t count,
                int threads, const extract::ExtractOptions& options) {
  std::atomic<int64_t> errors{0}, bytes{0};
  Stopwatch clock;
  ParallelFor(count, threads, [&](int64_t i) {
    const GeneratedDocument& doc = docs[static_cast<size_t>(i)];
    bytes += static_cast<int64_t>(doc.content.size());
    if (!extract::Extract(doc.source_uri, doc.content, "text/plain", options)
             .ok()) {
      ++errors;
    }
  });
  const double seconds = clock.Seconds();
  return {static_cast<double>(count) / seconds,
          static_cast<double>(bytes.load()) / 1e6 / seconds, errors.load()};
}

int Run() {
  const int64_t count = absl::GetFlag(FLAGS_docs);
  std::vector<GeneratedDocument> docs =
      GenerateCorpus(0, count, absl::GetFlag(FLAGS_seed));
  const extract::ExtractOptions options = ServiceExtractOptions();
  Rate all = ExtractAll(docs, count, CoreCount(), options);
  Rate one = ExtractAll(
      docs, std::min(count, absl::GetFlag(FLAGS_single_thread_docs)), 1,
      options);
  Report("extract_docs_per_s", all.docs_per_s);
  Report("extract_mb_per_s", all.mb_per_s);
  Report("extract_threads", CoreCount());
  Report("extract_docs_per_s_1thread", one.docs_per_s);
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
