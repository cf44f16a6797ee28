// The store alone: store::Writer writing prebuilt extraction results of the
// benchmark's documents into a fresh database with the durability
// amicus-ingest ships with (sync on: the WAL fsynced before a Put
// returns), driven the way its IngestStream drives it
// (ingest_service/stream_pipeline.h): up to --depth documents in flight,
// each Put started once the previous one is queued, so documents ready
// together share one WAL sync (group commit).
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "bench/corpus_extraction.h"
#include "bench/report.h"
#include "store/writer.h"

ABSL_FLAG(std::string, db, "", "database directory (must not exist)");
ABSL_FLAG(int64_t, docs, 1000, "documents (0 .. N-1 of the corpus)");
ABSL_FLAG(uint64_t, seed, 1, "corpus seed");
ABSL_FLAG(int, depth, 0,
          "documents in flight; 0: as amicus-ingest (2 per core, >= 4)");

namespace amicus::bench {
namespace {

// Hands the writer documents in index order, as StreamPipeline does.
class Turns {
 public:
  void Await(int64_t index) {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return turn_ == index; });
  }
  void Pass(int64_t index) {
    std::lock_guard<std::mutex> lock(mu_);
    if (turn_ == index) turn_ = index + 1;
    changed_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable changed_;
  int64_t turn_ = 0;
};

// Extractions of documents first..first+count-1 (untimed).
std::vector<v1::Extraction> Prebuild(int64_t first, int64_t count,
                                     int64_t* bytes) {
  std::vector<GeneratedDocument> docs =
      GenerateCorpus(first, count, absl::GetFlag(FLAGS_seed));
  static const extract::ExtractOptions options = ServiceExtractOptions();
  std::vector<v1::Extraction> out(static_cast<size_t>(count));
  ParallelFor(count, CoreCount(), [&](int64_t i) {
    const GeneratedDocument& doc = docs[static_cast<size_t>(i)];
    auto e = extract::Extract(doc.source_uri, doc.content, "text/plain",
                              options);
    // A failed extraction leaves an empty record, which Put refuses.
    if (e.ok()) out[static_cast<size_t>(i)] = *std::move(e);
  });
  for (const GeneratedDocument& d : docs) {
    *bytes += static_cast<int64_t>(d.content.size());
  }
  return out;
}

// Puts one chunk in order, `depth` documents in flight; returns failures.
// Each extraction is moved into its Put, as IngestStream hands them over.
int64_t WriteChunk(store::Writer* writer, std::vector<v1::Extraction>& chunk,
                   int depth) {
  Turns turns;
  std::atomic<int64_t> errors{0};
  ParallelFor(static_cast<int64_t>(chunk.size()), depth, [&](int64_t i) {
    turns.Await(i);
    auto put = writer->Put(std::move(chunk[static_cast<size_t>(i)]),
                           [&turns, i] { turns.Pass(i); });
    turns.Pass(i);  // in case Put returned before queueing
    if (!put.ok()) ++errors;
  });
  return errors;
}

int Run() {
  const int64_t count = absl::GetFlag(FLAGS_docs);
  store::WriterOptions writer_options;
  writer_options.sync = true;
  auto writer = store::Writer::Open(absl::GetFlag(FLAGS_db), writer_options);
  if (!writer.ok()) {
    std::fprintf(stderr, "%s\n", writer.status().ToString().c_str());
    return 1;
  }
  int depth = absl::GetFlag(FLAGS_depth);
  if (depth <= 0) depth = std::max(4, 2 * CoreCount());
  // Prepared a chunk at a time so memory stays flat at any scale; only the
  // writing is timed.
  int64_t bytes = 0, errors = 0;
  double seconds = 0;
  for (int64_t first = 0; first < count; first += kChunkDocs) {
    std::vector<v1::Extraction> chunk =
        Prebuild(first, std::min(kChunkDocs, count - first), &bytes);
    Stopwatch clock;
    errors += WriteChunk(writer->get(), chunk, depth);
    seconds += clock.Seconds();
  }
  Report("store_docs_per_s", static_cast<double>(count) / seconds);
  Report("store_mb_per_s", static_cast<double>(bytes) / 1e6 / seconds);
  if (errors > 0) {
    std::fprintf(stderr, "%lld Puts failed\n", static_cast<long long>(errors));
  }
  return errors == 0 ? 0 : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
